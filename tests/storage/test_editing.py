"""SubmissionEditor: FormState edits land on disk, defaults and all."""

from __future__ import annotations

import pytest

from forms.errors import StorageError
from forms.xlsform.load import load_form
from storage import Database
from storage.editing import SubmissionEditor, store_form

FORM = """\
| survey | | | | | |
| | type | name | label | default | relevant |
| | text | country | Country | Cambodia | |
| | integer | year | Year | | |
| | text | why | Why? | | ${year} > 2020 |
| | begin_repeat | people | People | | |
| | text | person | Name | | |
| | end_repeat | | | | |
"""


@pytest.fixture
def editor_for(db: Database, mission, tmp_path):
    path = tmp_path / "tiny_defaults.md"
    path.write_text(FORM)
    form = load_form(path)
    store_form(db, form)

    def open_editor(submission=None) -> SubmissionEditor:
        submission = submission or db.create_submission(mission.uuid, form.id, form.version, "Sok")
        return SubmissionEditor(db, submission, form, by="Sok")

    return open_editor


def test_new_submission_saves_its_defaults_with_the_first_edit(db, editor_for):
    editor = editor_for()
    assert db.answer_rows(editor.submission.uuid) == []
    editor.set("year", "2024")
    assert db.answers(editor.submission.uuid) == {"country": "Cambodia", "year": "2024"}


def test_a_new_submission_closed_unanswered_is_discarded(db, editor_for):
    editor = editor_for()
    assert editor.discard_if_untouched()
    assert db.query("SELECT uuid FROM submissions") == []


def test_discarding_one_editor_leaves_another_untouched_submission(db, editor_for):
    first, second = editor_for(), editor_for()
    assert first.discard_if_untouched()
    assert db.query("SELECT uuid FROM submissions") == [{"uuid": second.submission.uuid}]


def test_an_answered_submission_is_never_discarded(db, editor_for):
    editor = editor_for()
    editor.set("year", "2024")
    editor.set("year", None)
    assert not editor.discard_if_untouched()
    assert [row["uuid"] for row in db.query("SELECT uuid FROM submissions")] == [
        editor.submission.uuid
    ]


def test_cleared_default_stays_cleared_on_reopen(db, editor_for):
    editor = editor_for()
    editor.set("country", None)
    again = editor_for(editor.submission)
    assert again.state.value("country") is None
    assert db.answers(editor.submission.uuid) == {}


def test_edits_and_repeats_are_saved(db, editor_for):
    editor = editor_for()
    editor.set("year", "2024")
    editor.set("why", "new strategy")
    second = editor.add_repeat("people")
    editor.set(f"{second}/person", "Dara")
    editor.set("people[1]/person", "Sok")
    editor.move_repeat(second, 1)
    assert db.answers(editor.submission.uuid) == {
        "country": "Cambodia",
        "year": "2024",
        "why": "new strategy",
        "people[1]/person": "Dara",
        "people[2]/person": "Sok",
    }


def test_a_failed_save_is_written_by_the_next_one(db, editor_for, monkeypatch):
    editor = editor_for()
    real = db.save_answers

    def full_disk(*args, **kwargs):
        raise StorageError("disk-full", "The disk is full.")

    monkeypatch.setattr(db, "save_answers", full_disk)
    with pytest.raises(StorageError):
        editor.set("year", "2019")
    monkeypatch.setattr(db, "save_answers", real)
    editor.set("country", "Kingdom of Cambodia")
    assert db.answers(editor.submission.uuid) == {"country": "Kingdom of Cambodia", "year": "2019"}


def test_an_empty_repeat_instance_survives_a_reopen(db, editor_for):
    editor = editor_for()
    editor.set("people[1]/person", "Sok")
    editor.add_repeat("people")
    editor.add_repeat("people")
    assert editor.state.repeat_count("people") == 3
    again = editor_for(editor.submission)
    assert again.state.repeat_count("people") == 3
    again.remove_repeat("people[3]")
    assert editor_for(editor.submission).state.repeat_count("people") == 2


def test_answers_beyond_the_saved_size_still_show(db, editor_for):
    editor = editor_for()
    editor.add_repeat("people")
    db.save_answer(editor.submission.uuid, "people[4]/person", "imported", "HQ")
    assert editor_for(editor.submission).state.repeat_count("people") == 4
