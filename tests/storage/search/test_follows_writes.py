"""The index follows every write in the writer's own transaction: autosave, import,
conflict resolution, deletion; a write that is rolled back leaves the index as it was."""

from __future__ import annotations

import threading

import pytest

from forms.errors import Cancelled
from storage import Database
from storage.conflicts import list_conflicts, resolve_conflict
from storage.database import AnswersChangedError
from storage.editing import SubmissionEditor, store_form
from storage.merge import PackageRecords, merge_package
from tests.storage.search.conftest import assert_index_in_step, found

# Compares with FTS5's tables (PostgreSQL: test_postgres_search); each search reads the
# answers as saved (pending, beside FTS5), or folds them first.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("index_state")]


def test_autosave_indexes_each_edit_and_forgets_the_old_text(db, editor_for):
    editor = editor_for()
    editor.set("evidence", "spectrum auction")
    assert found(db, "spectrum") == [(editor.submission.uuid, "evidence")]
    editor.set("evidence", "tower sharing")
    assert found(db, "spectrum") == []
    assert found(db, "tower") == [(editor.submission.uuid, "evidence")]
    editor.set("evidence", None)
    assert found(db, "tower") == []
    assert_index_in_step(db)


def test_repeat_answers_follow_removal_and_reordering(db, editor_for):
    editor = editor_for()
    editor.add_repeat("pledges")
    editor.set("pledges[1]/description", "first pledge")
    editor.add_repeat("pledges")
    editor.set("pledges[2]/description", "second pledge")
    editor.move_repeat("pledges[2]", 1)
    assert found(db, "second") == [(editor.submission.uuid, "pledges[1]/description")]
    editor.remove_repeat("pledges[1]")
    assert found(db, "second") == []
    assert_index_in_step(db)


def test_a_refused_save_leaves_the_index_as_it_was(db, editor_for):
    editor = editor_for()
    editor.set("evidence", "kept")
    with pytest.raises(AnswersChangedError):
        db.save_answers(
            editor.submission.uuid,
            {"sector": "health", "evidence": "lost"},
            "Sok",
            expected={"sector": None, "evidence": "not what is stored"},
        )
    assert found(db, "lost") == [] and found(db, "health") == []
    assert found(db, "kept") == [(editor.submission.uuid, "evidence")]
    assert_index_in_step(db)


def test_deleting_a_submission_or_a_mission_removes_its_text(db, mission, editor_for):
    first, second = editor_for(), editor_for()
    first.set("evidence", "fibre one")
    second.set("evidence", "fibre two")
    db.delete_submission(first.submission.uuid)
    assert found(db, "fibre") == [(second.submission.uuid, "evidence")]
    db.delete_mission(mission.uuid)
    assert found(db, "fibre") == [] and found(db, "cambodia") == []
    assert_index_in_step(db)


def test_an_untouched_submission_discarded_leaves_nothing(db, editor_for):
    editor = editor_for()
    assert editor.discard_if_untouched()
    assert db.query("SELECT count(*) AS n FROM search_docs WHERE submission_uuid IS NOT NULL") == [
        {"n": 0}
    ]
    assert_index_in_step(db)


def _package(source: Database, number: int) -> PackageRecords:
    tables = {
        table: source.query(f"SELECT * FROM {table}")
        for table in ("forms", "missions", "submissions", "answers", "audit")
    }
    for entry in tables["audit"]:
        del entry["seq"]
    return PackageRecords(f"package-{number}", source.device_uuid, f"hash-{number}", **tables)


@pytest.fixture
def field(tmp_path, form):
    """Another database (a field laptop) holding the form, a mission and a submission."""
    database = Database(tmp_path / "field.sqlite3")
    store_form(database, form)
    mission = database.create_mission("KHM", "Field mission Kampot", "strategy")
    submission = database.create_submission(mission.uuid, form.id, "1", "Dara")
    editor = SubmissionEditor(database, submission, form, by="Dara")
    editor.set("evidence", "regulator interview on spectrum")
    editor.set("sector", "health")
    yield database, editor
    database.close()


def test_an_import_indexes_new_forms_missions_and_answers(db, field):
    source, editor = field
    merge_package(db, _package(source, 1), file_name="field.xlsx")
    uuid = editor.submission.uuid
    assert found(db, "spectrum") == [(uuid, "evidence")]
    assert found(db, "santé") == [(uuid, "sector")]  # the package's form, catalogued on import
    assert found(db, "kampot") == [(None, "#title")]
    editor.set("evidence", "regulator interview on towers")
    merge_package(db, _package(source, 2), file_name="field.xlsx")
    assert found(db, "spectrum") == [] and found(db, "towers") == [(uuid, "evidence")]
    assert_index_in_step(db)


def test_a_conflict_keeps_the_local_text_until_resolved(db, field):
    source, editor = field
    merge_package(db, _package(source, 1), file_name="field.xlsx")
    uuid = editor.submission.uuid
    db.save_answer(uuid, "evidence", "local text about roaming", "Lead")
    editor.set("evidence", "field text about satellites")
    merge_package(db, _package(source, 2), file_name="field.xlsx")
    [conflict] = list_conflicts(db)
    assert found(db, "roaming") == [(uuid, "evidence")] and found(db, "satellites") == []
    resolve_conflict(db, conflict.id, "package", by="Lead")
    assert found(db, "roaming") == [] and found(db, "satellites") == [(uuid, "evidence")]
    assert_index_in_step(db)


def test_a_failed_import_leaves_the_index_as_it_was(db, field):
    source, _editor = field
    records = _package(source, 1)
    records.submissions[0]["form_version"] = "no such version"
    with pytest.raises(Exception):  # noqa: B017 - whichever refusal, nothing may stay
        merge_package(db, records, file_name="broken.xlsx")
    assert found(db, "spectrum") == [] and found(db, "kampot") == []
    assert_index_in_step(db)


def test_an_import_indexes_its_answers_in_bulk_and_leaves_the_triggers_on(db, field):
    source, editor = field
    source.save_answer(editor.submission.uuid, "pledges[1]/description", "ខ្សែកាបក្រោមសមុទ្រ", "D")
    merge_package(db, _package(source, 1), file_name="field.xlsx")
    uuid = editor.submission.uuid
    assert found(db, "ក្រោមសមុទ្រ") == [(uuid, "pledges[1]/description")]  # the trigram index
    assert db.query("SELECT count(*) AS n FROM search_deferred") == [{"n": 0}]
    db.save_answer(uuid, "others", "energy", "Lead")  # a new row: its trigger is on again
    assert found(db, "énergie") == [(uuid, "others")]
    assert_index_in_step(db)


def test_an_import_cancelled_while_indexing_leaves_nothing(db, field):
    source, _editor = field
    cancel = threading.Event()
    cancel.set()  # a package this small is first asked between its indexing statements
    with pytest.raises(Cancelled):
        merge_package(db, _package(source, 1), file_name="field.xlsx", cancel=cancel)
    assert db.query("SELECT count(*) AS n FROM search_deferred") == [{"n": 0}]
    assert db.query("SELECT count(*) AS n FROM answers") == [{"n": 0}]
    assert found(db, "spectrum") == [] and found(db, "kampot") == []
    assert_index_in_step(db)
