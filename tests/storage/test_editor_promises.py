"""What an open form promises about the disk: refused values change nothing, a stamp
given to an edit is the stamp stored, defaults are saved once with the first edit,
an editor notices (and shows) answers another writer changed, and an answer typed over
one changed meanwhile keeps both as a conflict."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from forms.xlsform.load import load_form
from storage import Database
from storage.conflicts import list_conflicts
from storage.database import AnswersChangedError
from storage.editing import SubmissionEditor, store_form

FORM = """\
| survey | | | | |
| | type | name | label | default |
| | text | country | Country | Cambodia |
| | integer | year | Year | |
| | text | note | Note | |
| | begin_repeat | people | People | |
| | text | person | Name | |
| | end_repeat | | | |
"""
STAMP = "2026-01-02T03:04:05.000006+00:00"


@pytest.fixture
def open_editor(db: Database, mission, tmp_path):
    path = tmp_path / "editor_form.md"
    path.write_text(FORM)
    form = load_form(path)
    store_form(db, form)

    def opened(submission=None) -> SubmissionEditor:
        submission = submission or db.create_submission(mission.uuid, form.id, form.version, "Sok")
        return SubmissionEditor(db, submission, form, by="Sok")

    return opened


def rows(db: Database, uuid: str) -> dict[str, tuple[str | None, str, str]]:
    return {row.path: (row.value, row.updated_at, row.updated_by) for row in db.answer_rows(uuid)}


def test_a_value_that_cannot_be_the_answer_is_refused_by_its_rule_and_nothing_changes(
    db, open_editor
):
    editor = open_editor()
    editor.set("year", "2024")
    before = (rows(db, editor.submission.uuid), db.audit(editor.submission.uuid))
    with pytest.raises(UserError) as refused:
        editor.set("year", "soon")
    assert refused.value.code == "answer-type"
    assert refused.value.message == "Year: 'soon' is not a whole number."
    assert (rows(db, editor.submission.uuid), db.audit(editor.submission.uuid)) == before
    assert editor.state.value("year") == "2024"


def test_the_first_edit_saves_the_defaults_and_the_edit_with_the_given_stamp(db, open_editor):
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.set("year", "2024", at=STAMP)
    assert rows(db, uuid) == {
        "country": ("Cambodia", STAMP, "Sok"),
        "year": ("2024", STAMP, "Sok"),
    }
    assert [(entry.path, entry.new_value, entry.at) for entry in db.audit(uuid)] == [
        ("country", "Cambodia", STAMP),
        ("year", "2024", STAMP),
    ]
    assert db.submission(uuid).updated_at == STAMP
    # The defaults are saved once: later edits write only what they change.
    editor.set("note", "second")
    assert [entry.path for entry in db.audit(uuid)] == ["country", "year", "note"]


def test_a_draft_reopened_is_not_saved_again(db, open_editor):
    editor = open_editor()
    editor.set("year", "2024")
    audit = db.audit(editor.submission.uuid)
    again = open_editor(editor.submission)
    assert again.state.value("country") == "Cambodia"
    again.set("note", "later")
    assert db.audit(editor.submission.uuid)[: len(audit)] == audit
    assert [entry.path for entry in db.audit(editor.submission.uuid)[len(audit) :]] == ["note"]


def test_an_added_repeat_is_stored_with_the_given_stamp(db, open_editor):
    editor = open_editor()
    editor.set("people[1]/person", "Sok")
    instance = editor.add_repeat("people", at=STAMP)
    assert instance == "people[2]"
    assert db.repeat_sizes(editor.submission.uuid) == {"people": 2}
    editor.set(f"{instance}/person", "Dara", at=STAMP)
    assert rows(db, editor.submission.uuid)["people[2]/person"] == ("Dara", STAMP, "Sok")


def test_an_editor_is_stale_once_another_writer_changes_an_answer_or_a_repeat(db, open_editor):
    editor = open_editor()
    uuid = editor.submission.uuid
    assert not editor.stale()
    editor.set("year", "2024")
    editor.add_repeat("people")
    assert not editor.stale()
    db.save_answer(uuid, "note", "from HQ", "HQ import")
    assert editor.stale()
    editor.reload()
    assert not editor.stale()
    db.save_answers(uuid, {}, "HQ import", repeat_sizes={"people": 5})
    assert editor.stale()


def test_reload_shows_the_stored_answers_and_names_each_difference(db, open_editor):
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.set("year", "2024")
    editor.set("note", "mine")
    editor.set("people[1]/person", "Sok")
    db.save_answers(
        uuid,
        {"year": "2025", "note": None, "people[3]/person": "Vanna"},
        "HQ import",
        repeat_sizes={"people": 3},
    )
    assert editor.reload() == {
        "note": ("mine", None),
        "people[3]/person": (None, "Vanna"),
        "year": ("2024", "2025"),
    }
    assert editor.state.value("year") == "2025"
    assert editor.state.value("note") is None
    assert editor.state.value("people[3]/person") == "Vanna"
    assert editor.state.repeat_count("people") == 3
    assert editor.reload() == {}
    # The reloaded editor saves over what it now shows, without a refusal.
    editor.set("year", "2026")
    assert db.answers(uuid)["year"] == "2026"


def test_an_untouched_form_reloaded_after_an_import_does_not_save_its_defaults(db, open_editor):
    editor = open_editor()
    uuid = editor.submission.uuid
    db.save_answer(uuid, "year", "2030", "HQ import")
    assert editor.reload() == {"country": ("Cambodia", None), "year": (None, "2030")}
    editor.set("note", "after the import")
    assert db.answers(uuid) == {"year": "2030", "note": "after the import"}


def test_a_typed_answer_saved_over_one_changed_elsewhere_keeps_both_as_a_conflict(db, open_editor):
    """What the merge leaves when the edit commits first, left when it commits second."""
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.set("year", "2024", at=STAMP)
    db.save_answer(uuid, "year", "1999", "HQ import", at="2026-05-05T00:00:00.000000Z")
    editor.set("year", "2030", at="2026-06-06T00:00:00.000000Z")
    assert editor.conflicted == ["year"]
    assert db.answers(uuid) == {"country": "Cambodia", "year": "2030"}
    [conflict] = list_conflicts(db)
    assert (conflict.submission_uuid, conflict.path) == (uuid, "year")
    assert (conflict.local_value, conflict.local_updated_by) == ("2030", "Sok")
    assert conflict.local_updated_at == "2026-06-06T00:00:00.000000Z"
    assert (conflict.package_value, conflict.package_updated_by) == ("1999", "HQ import")
    assert conflict.package_updated_at == "2026-05-05T00:00:00.000000Z"
    assert conflict.package_device_uuid == db.device_uuid and conflict.package_uuid == ""
    assert [e.new_value for e in db.audit(uuid) if e.path == "year"] == ["2024", "1999", "2030"]
    assert not editor.stale()
    editor.set("year", "2031")
    assert editor.conflicted == [] and len(list_conflicts(db)) == 1


def test_a_conflict_kept_by_an_edit_names_the_package_that_wrote_the_other_value(db, open_editor):
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.set("year", "2024")
    at = "2026-05-05T00:00:00.000000Z"
    with db.transaction() as tx:  # what a merge writes: the row, its entry, the import
        tx.execute(
            "UPDATE answers SET value='1999', updated_at=?, updated_by='Dara' WHERE path='year'",
            (at,),
        )
        tx.execute(
            "INSERT INTO audit (submission_uuid, path, old_value, new_value, at, by,"
            " device_uuid) VALUES (?, 'year', '2024', '1999', ?, 'Dara', 'laptop-7')",
            (uuid, at),
        )
        tx.execute(
            "INSERT INTO imports (package_uuid, content_sha256, source_device_uuid, file_name,"
            " imported_at, added, updated, unchanged, conflicts)"
            " VALUES ('package-1', 'abc', 'laptop-7', 'KHM.xlsx', ?, 0, 1, 0, 0)",
            (at,),
        )
    editor.set("year", "2030")
    [conflict] = list_conflicts(db)
    assert (conflict.package_uuid, conflict.package_device_uuid) == ("package-1", "laptop-7")
    assert (conflict.local_value, conflict.package_value) == ("2030", "1999")


def test_an_answer_typed_as_it_was_changed_elsewhere_is_no_conflict(db, open_editor):
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.set("year", "2024")
    db.save_answer(uuid, "year", "2030", "HQ import")
    editor.set("year", "2030")
    assert editor.conflicted == [] and list_conflicts(db) == []
    assert db.answers(uuid)["year"] == "2030"


def test_a_save_not_typed_over_an_answer_changed_elsewhere_is_refused_and_reloads(db, open_editor):
    """Renumbering repeats moves answers nobody typed: over a changed one it writes nothing."""
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.add_repeat("people")
    editor.set("people[1]/person", "Sok")
    editor.add_repeat("people")
    editor.set("people[2]/person", "Dara")
    db.save_answer(uuid, "people[1]/person", "Sok Chan", "HQ import")
    audit = db.audit(uuid)
    with pytest.raises(AnswersChangedError) as refused:
        editor.move_repeat("people[2]", 1)
    assert refused.value.code == "answer-changed-elsewhere"
    assert db.audit(uuid) == audit and list_conflicts(db) == []
    assert editor.state.value("people[1]/person") == "Sok Chan"
    assert not editor.stale()


def test_the_refusal_names_the_answer_and_the_submission(db, open_editor):
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.set("year", "2024")
    db.save_answer(uuid, "year", "1999", "HQ import")
    with pytest.raises(AnswersChangedError) as refused:
        db.save_answers(uuid, {"year": "2030"}, "Sok", expected={"year": "2024"})
    assert refused.value.message == (
        "year was changed elsewhere (an import or a resolved conflict) since this form was "
        "read; nothing was overwritten and the form now shows the stored answers."
    )
    assert refused.value.context == {"submission_uuid": uuid, "path": "year"}


def test_an_edit_is_saved_over_its_own_answer_only(db, open_editor):
    """Another writer's change to a different answer neither blocks the edit nor is undone."""
    editor = open_editor()
    uuid = editor.submission.uuid
    editor.set("year", "2024")
    editor.add_repeat("people")
    db.save_answers(
        uuid, {"year": "2025", "note": "from HQ"}, "HQ import", repeat_sizes={"people": 4}
    )
    editor.set("country", "Kingdom of Cambodia")
    assert db.answers(uuid) == {"country": "Kingdom of Cambodia", "year": "2025", "note": "from HQ"}
    assert db.repeat_sizes(uuid) == {"people": 4}


FLAT_FORM = """\
| survey | | | | | |
| | type | name | label::English (en) | label::French (fr) | default |
| | text | country | Country | Pays | Cambodia |
| | text | note | Note | Note | |
"""


@pytest.fixture
def open_flat(db: Database, mission, tmp_path):
    path = tmp_path / "flat_form.md"
    path.write_text(FLAT_FORM)
    form = load_form(path)
    store_form(db, form)

    def opened(submission=None, language=None) -> SubmissionEditor:
        submission = submission or db.create_submission(mission.uuid, form.id, form.version, "Sok")
        return SubmissionEditor(db, submission, form, by="Sok", language=language)

    return opened


def test_a_cleared_default_in_a_form_without_repeats_stays_cleared(db, open_flat):
    editor = open_flat()
    editor.set("country", None)
    again = open_flat(editor.submission)
    assert again.state.value("country") is None
    again.set("note", "later")
    assert db.answers(editor.submission.uuid) == {"note": "later"}


def test_the_chosen_language_is_kept_when_opened_and_reloaded(db, open_flat):
    editor = open_flat(language="French (fr)")
    assert editor.state.language == "French (fr)"
    editor.set("note", "x")
    db.save_answer(editor.submission.uuid, "note", "y", "HQ import")
    editor.reload()
    assert editor.state.language == "French (fr)"


LOGIC_FORM = """\
| survey | | | | | |
| | type | name | label | default | relevant |
| | integer | year | Year | | |
| | text | why | Why? | | ${year} > 2020 |
| | begin_repeat | visits | Visits | | |
| | text | place | Place | Capital | |
| | end_repeat | | | | |
"""


@pytest.fixture
def open_logic(db: Database, mission, tmp_path):
    path = tmp_path / "logic_form.md"
    path.write_text(LOGIC_FORM)
    form = load_form(path)
    store_form(db, form)

    def opened(submission=None) -> SubmissionEditor:
        submission = submission or db.create_submission(mission.uuid, form.id, form.version, "Sok")
        return SubmissionEditor(db, submission, form, by="Sok")

    return opened


def test_a_draft_opened_keeps_its_stored_answers_hidden_or_not(db, open_logic):
    editor = open_logic()
    uuid = editor.submission.uuid
    editor.set("year", "2024")
    editor.set("why", "a new plan")
    db.save_answers(uuid, {"year": "2019", "old/question": "kept"}, "HQ import")
    stored = db.answers(uuid)
    audit = db.audit(uuid)
    open_logic(editor.submission)
    assert db.answers(uuid) == stored
    assert db.audit(uuid) == audit


def test_an_added_instance_saves_its_defaults_with_the_given_stamp(db, open_logic):
    editor = open_logic()
    editor.set("year", "2024")
    instance = editor.add_repeat("visits", at=STAMP)
    assert rows(db, editor.submission.uuid)[f"{instance}/place"] == ("Capital", STAMP, "Sok")


def test_reload_keeps_empty_instances_another_writer_stored(db, open_logic):
    editor = open_logic()
    uuid = editor.submission.uuid
    editor.set("year", "2024")
    db.save_answers(uuid, {"visits[1]/place": "Kampot"}, "HQ import", repeat_sizes={"visits": 3})
    editor.reload()
    assert editor.state.repeat_count("visits") == 3
    assert open_logic(editor.submission).state.repeat_count("visits") == 3


def test_a_repeat_emptied_stays_empty_when_reopened(db, open_logic):
    editor = open_logic()
    editor.set("year", "2024")
    for instance in range(editor.state.repeat_count("visits"), 0, -1):
        editor.remove_repeat(f"visits[{instance}]")
    assert db.repeat_sizes(editor.submission.uuid) == {"visits": 0}
    assert open_logic(editor.submission).state.repeat_count("visits") == 0
