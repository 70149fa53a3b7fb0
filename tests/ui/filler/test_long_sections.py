"""A long section shows its first screenfuls at once and builds the rest while idle."""

from __future__ import annotations

from storage import Database
from tests.ui.filler.support import markdown_form, new_submission, open_form
from ui.filler.page import BATCH_FIELDS, FIRST_FIELDS
from ui.filler.window import FormFillerWindow

QUESTIONS = FIRST_FIELDS + 2 * BATCH_FIELDS + 5

LONG_FORM = "\n".join(
    [
        "| survey |",
        "| | type | name | label | relevant |",
        *(f"| | text | q{i} | Question {i} | |" for i in range(QUESTIONS - 1)),
        "| | text | last | The last question | ${q0} != 'hide' |",
    ]
)


def test_only_the_first_questions_exist_when_the_form_opens(qtbot, tmp_path):
    db = Database(tmp_path / "fieldwheel.sqlite3")
    window = FormFillerWindow(db, new_submission(db, markdown_form(LONG_FORM)), by="Sok")
    qtbot.addWidget(window)
    page = window.filler.pages[window.filler.current_key]
    assert len(page._fields) == FIRST_FIELDS
    window.show()
    qtbot.waitUntil(lambda: len(page._fields) == QUESTIONS, timeout=5000)
    assert list(page.fields) == [*(f"q{i}" for i in range(QUESTIONS - 1)), "last"]
    window.close()
    db.close()


def test_a_question_built_after_an_edit_shows_the_edit(qtbot, tmp_path):
    db = Database(tmp_path / "fieldwheel.sqlite3")
    window = FormFillerWindow(db, new_submission(db, markdown_form(LONG_FORM)), by="Sok")
    qtbot.addWidget(window)
    page = window.filler.pages[window.filler.current_key]
    first = page._fields["q0"]
    first.line.setText("hide")
    first.line.textEdited.emit("hide")  # as typing does
    first.flush()
    assert window.filler.editor.state.value("q0") == "hide"
    assert "last" not in page._fields
    assert page.fields["last"].isHidden()


def test_revealing_a_question_not_built_yet_builds_it(qtbot, tmp_path):
    opened = open_form(qtbot, tmp_path, markdown_form(LONG_FORM))
    opened.filler.reveal(f"q{QUESTIONS - 2}")
    page = opened.filler.pages[opened.filler.current_key]
    assert f"q{QUESTIONS - 2}" in page._fields
