"""The main window on a fresh database: missions, submissions, forms, the sample."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from forms.errors import FormError, UserError
from forms.library import BUILTIN_ORDER
from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.editing import store_form
from ui.filler.open_windows import FillerWindows
from ui.main_window import MainWindow
from ui.missions.country_picker import CountryPicker
from ui.missions.dialog import MissionDialog
from ui.shared import prompts
from ui.submissions.model import ANSWERED
from ui.submissions.starter import SubmissionStarter

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown

TINY_FORM = """
| survey |
| | type | name | label |
| | text | place | Where are you? |
| | integer | people | How many people? |
| settings |
| | form_id | version | form_title |
| | tiny_check | 3 | Tiny check |
"""

BROKEN_FORM = """
| survey |
| | type | name | label |
| | select_one missing_list | colour | Colour? |
"""


@pytest.fixture
def db(tmp_path):
    """A database whose person (Sok) has already given their name."""
    database = Database(tmp_path / "fieldwheel.sqlite3")
    database.set_author("Sok")
    yield database
    database.close()


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def fill_dialog(monkeypatch):
    """Answer mission dialogs with these field values (None: cancel)."""
    answers: dict = {}
    seen: list[MissionDialog] = []

    def run(_window, dialog: MissionDialog) -> bool:
        seen.append(dialog)
        if "country" in answers:
            dialog.country.setEditText(answers["country"])
        if "title" in answers:
            dialog.title.setText(answers["title"])
        if "phase" in answers:
            dialog.phase.setCurrentIndex(dialog.phase.findData(answers["phase"]))
        if "end_date" in answers:
            dialog.end_date.set_iso_date(answers["end_date"])
        if "start_date" in answers:
            dialog.start_date.set_iso_date(answers["start_date"])
        if "team" in answers:
            dialog.team.setPlainText(answers["team"])
        dialog.accept()
        return dialog.result() == MissionDialog.DialogCode.Accepted

    monkeypatch.setattr(MainWindow, "_run_dialog", run)
    answers["seen"] = seen
    return answers


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Submissions the window asked to open in the filler."""
    calls: list[str] = []
    monkeypatch.setattr(FillerWindows, "open", lambda _self, uuid, by: calls.append(uuid))
    return calls


def test_empty_database_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome_page
    assert window.empty_state.demo_button.isVisible()
    assert not window.new_submission_action.isEnabled()


def test_a_database_with_missions_builds_no_welcome_page_until_it_is_needed(
    qtbot, db: Database, monkeypatch
) -> None:
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    assert main.pages.currentWidget() is main.splitter
    assert main.welcome_page.built is None
    main.refresh(select_mission=mission.uuid)
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    main.delete_action.trigger()
    assert main.pages.currentWidget() is main.welcome_page
    assert main.welcome_page.built is not None
    assert main.empty_state.new_button.isVisible()


def test_status_bar_says_where_the_database_is_and_that_it_is_saved(
    window: MainWindow, db: Database
) -> None:
    text = window.database_label.text()
    assert str(db.path) in text
    assert "saved" in text


def test_create_a_mission_through_the_dialog(window: MainWindow, db: Database, fill_dialog) -> None:
    fill_dialog.update(
        country="camb", title="Cambodia diagnostic", phase="strategy", team="Sok\n\nDara"
    )
    fill_dialog["country"] = "Cambodia"
    window.new_mission_action.trigger()
    [mission] = db.missions()
    assert (mission.country, mission.title, mission.phase) == (
        "KHM",
        "Cambodia diagnostic",
        "strategy",
    )
    assert mission.team == ("Sok", "Dara")
    assert window.pages.currentWidget() is window.splitter
    assert window.missions.selected_uuid() == mission.uuid
    assert window.new_submission_action.isEnabled()


def test_invalid_input_shows_the_message_and_stores_nothing(
    window: MainWindow, db: Database, fill_dialog
) -> None:
    fill_dialog.update(country="KHM", title="   ", phase="strategy")
    window.new_mission()
    [dialog] = fill_dialog["seen"]
    assert dialog.result() != MissionDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "A mission needs a title."
    assert db.missions() == []


def test_reversed_dates_and_unknown_countries_are_refused_plainly(qtbot, db: Database) -> None:
    dialog = MissionDialog(db)
    qtbot.addWidget(dialog)
    dialog.country.setEditText("Atlantis")
    dialog.title.setText("Somewhere")
    dialog.accept()
    assert "not an ISO 3166-1 alpha-3 country code" in dialog.error.text()
    dialog.country.set_code("KHM")
    dialog.start_date.set_iso_date("2026-05-01")
    dialog.end_date.set_iso_date("2026-04-01")
    dialog.accept()
    assert dialog.error.text() == "The mission's end date is before its start date."
    assert db.missions() == []


def test_edit_a_mission_through_the_dialog(window: MainWindow, db: Database, fill_dialog) -> None:
    mission = db.create_mission("KHM", "Draft title", "initiation", team=["Sok"])
    window.refresh(select_mission=mission.uuid)
    fill_dialog.update(title="Final title", phase="implementation")
    window.edit_mission_action.trigger()
    [dialog] = fill_dialog["seen"]
    assert dialog.country.code() == "KHM"
    edited = db.mission(mission.uuid)
    assert (edited.title, edited.phase, edited.team) == ("Final title", "implementation", ("Sok",))
    row = window.missions.model.row_of(mission.uuid)
    assert window.missions.model.index(row, 2).data() == "Final title"


def test_delete_asks_first_and_keeps_the_mission_when_refused(
    window: MainWindow, db: Database, monkeypatch
) -> None:
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    window.refresh(select_mission=mission.uuid)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, question, _a: questions.append(question))
    window.delete_action.trigger()
    assert "Cambodia" in questions[0]
    assert [m.uuid for m in db.missions()] == [mission.uuid]
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    window.delete_action.trigger()
    assert db.missions() == []
    assert window.pages.currentWidget() is window.welcome_page


def test_delete_removes_the_selected_submission_when_its_list_has_focus(
    qtbot, window: MainWindow, db: Database, monkeypatch
) -> None:
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    submission = db.create_submission(mission.uuid, "tiny", "1", "Sok")
    window.refresh(select_mission=mission.uuid)
    window.submissions.select(submission.uuid)
    window.submissions.view.setFocus()
    qtbot.waitUntil(window.submissions.view.hasFocus)
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    window.delete_action.trigger()
    assert db.submissions(mission.uuid) == []
    assert [m.uuid for m in db.missions()] == [mission.uuid]


def test_country_search_finds_cambodia_from_camb(qtbot) -> None:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    completer = picker.completer()
    completer.setCompletionPrefix("camb")
    found = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert found == ["Cambodia (KHM)"]
    picker.setEditText(found[0])
    assert picker.code() == "KHM"
    for typed in ("cambodia", "khm", " KHM "):
        picker.setEditText(typed)
        assert picker.code() == "KHM"
    picker.setEditText("Atlantis")
    assert picker.code() == "Atlantis"


def test_selecting_a_mission_lists_its_submissions(window: MainWindow, db: Database) -> None:
    first = db.create_mission("KHM", "Cambodia", "strategy")
    second = db.create_mission("SEN", "Senegal", "monitoring")
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    for author in ("Sok", "Dara"):
        db.create_submission(first.uuid, "tiny", "1", author)
    window.refresh(select_mission=first.uuid)
    assert window.submissions.model.rowCount() == 2
    assert "Cambodia" in window.submissions.heading.text()
    window.missions.select(second.uuid)
    assert window.submissions.model.rowCount() == 0
    assert window.submissions.hint.isVisibleTo(window)


def test_start_a_submission_from_a_built_in_form(
    qtbot, window: MainWindow, db: Database, opened: list[str], monkeypatch
) -> None:
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    window.refresh(select_mission=mission.uuid)
    offered: list[str] = []

    def choose_first(_self, dialog) -> bool:
        offered.extend(form.id for form in dialog._forms)
        dialog.author_edit.setText("Sophea")
        dialog.accept()
        return True

    monkeypatch.setattr(SubmissionStarter, "_run_dialog", choose_first)
    window.new_submission_action.trigger()
    qtbot.waitUntil(lambda: len(db.submissions(mission.uuid)) == 1, timeout=20_000)
    assert offered == list(BUILTIN_ORDER)
    [submission] = db.submissions(mission.uuid)
    assert (submission.form_id, submission.author) == ("diagnostic", "Sophea")
    assert db.author() == "Sophea"  # the person at this database from now on
    assert db.form_record("diagnostic", submission.form_version) is not None
    assert opened == [submission.uuid]
    assert window.submissions.selected_uuid() == submission.uuid
    assert (
        window.submissions.model.form_title(submission) == "360° digital transformation diagnostic"
    )


def test_start_a_submission_from_an_xlsform_file(
    qtbot, window: MainWindow, db: Database, opened: list[str], tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "tiny_check.md"
    path.write_text(TINY_FORM, encoding="utf-8")
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    window.refresh(select_mission=mission.uuid)
    monkeypatch.setattr(prompts, "open_form_file", lambda _parent, _folder: path)
    window.from_file_action.trigger()
    qtbot.waitUntil(lambda: len(db.submissions(mission.uuid)) == 1, timeout=20_000)
    [submission] = db.submissions(mission.uuid)
    record = db.form_record("tiny_check", "3")
    assert record is not None and record.source == path.read_bytes()
    assert submission.form_id == "tiny_check"
    assert opened == [submission.uuid]
    assert window.submissions.model.index(0, 0).data() == "Tiny check"


def test_a_broken_xlsform_is_reported_in_plain_words(
    qtbot, window: MainWindow, db: Database, told: list, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "broken.md"
    path.write_text(BROKEN_FORM, encoding="utf-8")
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    window.refresh(select_mission=mission.uuid)
    monkeypatch.setattr(prompts, "open_form_file", lambda _parent, _folder: path)
    window.new_submission_from_file()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    [error] = told
    assert isinstance(error, FormError) and "broken.md" in error.message
    assert db.submissions(mission.uuid) == []


def test_load_the_sample_mission_in_the_background(qtbot, window: MainWindow, db: Database) -> None:
    with qtbot.waitSignal(window.load_demo().succeeded, timeout=60_000):
        pass
    mission, *others = db.missions()
    assert len(others) == 3  # Madagascar, Dominican Republic, Mauritania
    assert mission.country == "KHM" and mission.submission_count >= 4
    assert window.pages.currentWidget() is window.splitter
    assert window.missions.selected_uuid() == mission.uuid
    assert window.submissions.model.rowCount() == mission.submission_count


class _FakeFiller(QWidget):
    """Stands in for ui.filler.window.FormFillerWindow: same constructor and signal."""

    answers_saved = Signal(str)
    made: ClassVar[list[_FakeFiller]] = []

    def __init__(self, db: Database, submission_uuid: str, *, by: str, parent=None) -> None:
        super().__init__(parent)
        self.db, self.submission_uuid, self.by = db, submission_uuid, by
        _FakeFiller.made.append(self)


def test_double_click_opens_the_filler_and_its_saves_refresh_the_list(
    qtbot, window: MainWindow, db: Database, monkeypatch
) -> None:
    fake = types.ModuleType("ui.filler.window")
    fake.FormFillerWindow = _FakeFiller
    monkeypatch.setitem(sys.modules, "ui.filler.window", fake)
    _FakeFiller.made.clear()
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    submission = db.create_submission(mission.uuid, "tiny", "1", "Sok")
    window.refresh(select_mission=mission.uuid)
    view = window.submissions.view
    rect = view.visualRect(window.submissions.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    [filler] = _FakeFiller.made
    assert (filler.submission_uuid, filler.db) == (submission.uuid, db)
    assert filler.isWindow() and filler.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # already open: raised, not duplicated
    assert len(_FakeFiller.made) == 1
    db.save_answer(submission.uuid, "place", "Phnom Penh", "Sok")
    filler.answers_saved.emit("place")
    assert window.submissions.model.index(0, ANSWERED).data() == 1
    filler.close()
    qtbot.waitUntil(lambda: not window.fillers.is_open(submission.uuid))


def test_a_filler_that_cannot_open_says_why(
    window: MainWindow, db: Database, told: list, monkeypatch
) -> None:
    class Refusing(_FakeFiller):
        def __init__(self, *args, **kwargs) -> None:
            raise UserError("unknown-form", "Form tiny version 9 is not stored in this database.")

    fake = types.ModuleType("ui.filler.window")
    fake.FormFillerWindow = Refusing
    monkeypatch.setitem(sys.modules, "ui.filler.window", fake)
    window.open_submission("no-such-submission")
    assert [error.code for error in told] == ["unknown-form"]


def test_keyboard_shortcuts(window: MainWindow) -> None:
    shortcuts = {
        action.shortcut().toString()
        for action in (
            window.new_mission_action,
            window.new_submission_action,
            window.delete_action,
            window.refresh_action,
            window.quit_action,
        )
    }
    assert {"Ctrl+N", "Ctrl+Shift+N", "Del", "F5", "Ctrl+Q"} <= shortcuts
    assert all(action.toolTip() for action in window.actions())


def test_window_geometry_and_splitter_are_remembered(qtbot, db: Database) -> None:
    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([100, 500])
    first.resize(640, 480)
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 480)
    assert second.splitter.sizes() == sizes


def _start_first_form(qtbot, window: MainWindow, db: Database, monkeypatch):
    """A new mission and a real filler window on a new submission of the first built-in form."""
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    window.refresh(select_mission=mission.uuid)

    def choose_first(_self, dialog) -> bool:
        dialog.author_edit.setText("Sophea")
        dialog.accept()
        return True

    monkeypatch.setattr(SubmissionStarter, "_run_dialog", choose_first)
    window.new_submission_action.trigger()
    qtbot.waitUntil(lambda: len(window.fillers._open) == 1, timeout=20_000)
    [filler] = window.fillers._open.values()
    return mission, filler


def test_a_new_submission_closed_unanswered_leaves_nothing(
    qtbot, window: MainWindow, db: Database, monkeypatch
) -> None:
    mission, filler = _start_first_form(qtbot, window, db, monkeypatch)
    [submission] = db.submissions(mission.uuid)
    assert db.answer_rows(submission.uuid) == []
    filler.close()
    qtbot.waitUntil(lambda: not window.fillers._open, timeout=10_000)
    assert db.submissions(mission.uuid) == []
    assert window.submissions.model.rowCount() == 0


def test_a_new_submission_exists_from_its_first_answer(
    qtbot, window: MainWindow, db: Database, monkeypatch
) -> None:
    mission, filler = _start_first_form(qtbot, window, db, monkeypatch)
    [submission] = db.submissions(mission.uuid)
    filler.editor.set("respondent/organisation", "Ministry of Posts")
    filler.close()
    qtbot.waitUntil(lambda: not window.fillers._open, timeout=10_000)
    assert [s.uuid for s in db.submissions(mission.uuid)] == [submission.uuid]


@pytest.fixture
def nameless_db(tmp_path):
    """A database nobody has given their name in yet."""
    database = Database(tmp_path / "new.sqlite3")
    yield database
    database.close()


def test_the_name_is_asked_once_shown_and_used_for_edits(
    qtbot, nameless_db: Database, monkeypatch
) -> None:
    database = nameless_db
    form = load_form_bytes(TINY_FORM.encode(), "tiny_check.md")
    store_form(database, form)
    mission = database.create_mission("KHM", "Cambodia", "strategy")
    uuid = database.create_submission(mission.uuid, form.id, form.version, "someone").uuid
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.author_button.text() == "Who is editing?"
    asked: list[str] = []

    def answer(_parent, question: str, text: str = "") -> str:
        asked.append(text)
        return "  Chan   Sophea "

    monkeypatch.setattr(prompts, "ask_text", answer)
    window.open_submission(uuid)
    window.open_submission(uuid)
    assert len(asked) == 1
    assert database.author() == "Chan Sophea"
    assert window.author_button.text() == "Editing as Chan Sophea"
    assert window.windowTitle().endswith("Chan Sophea")
    filler = window.fillers._open[uuid]
    filler.editor.set(next(filler.editor.state.form.questions()).path, "x")
    assert {row.updated_by for row in database.answer_rows(uuid)} == {"Chan Sophea"}
    filler.close()
    qtbot.waitUntil(lambda: not window.fillers._open, timeout=10_000)
    monkeypatch.setattr(prompts, "ask_text", lambda _parent, _question, _text="": "Dara")
    window.author_action.trigger()
    assert database.author() == "Dara"
    assert window.author_button.text() == "Editing as Dara"
