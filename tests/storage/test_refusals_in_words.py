"""Storage's refusals reach people as the sentence they were written as, in every language.

Each refusal below is raised for real and checked word for word, with its
code, and its template looked up in every catalogue under the context the
window translates it in: a sentence changed by accident, or marked under
another context, would reach a French or Khmer user in English.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forms.errors import StorageError, UserError
from storage import Database, Submission
from storage.conflicts import list_conflicts, record_conflict, resolve_conflict
from storage.connection import check_integrity
from storage.database import touch_submission
from tests.exports.package.support import assert_translated

PATH = "info/code"


class _Reporting:
    """A connection whose check reports ``rows`` (damage SQLite found)."""

    def __init__(self, rows: list[tuple[str]]) -> None:
        self.rows = rows

    def execute(self, _sql: str) -> _Reporting:
        return self

    def fetchall(self) -> list[tuple[str]]:
        return self.rows


@pytest.fixture
def conflict(db: Database, submission: Submission) -> int:
    db.save_answer(submission.uuid, PATH, "HQ", "Lead", at="2099-01-01T00:00:01.000000Z")
    with db.transaction() as tx:
        assert record_conflict(
            tx,
            submission.uuid,
            PATH,
            ("HQ", "2099-01-01T00:00:01.000000Z", "Lead"),
            ("FIELD", "2099-01-01T00:00:02.000000Z", "Dara"),
            "package-1",
            "field-device",
        )
    return list_conflicts(db)[0].id


def refused(code: str, call, *args, **kwargs) -> str:
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code
    assert_translated(caught.value)
    return caught.value.message


def test_damage_found_by_the_check_is_named_in_every_language(tmp_path):
    path = tmp_path / "field.sqlite3"
    report = [("row 5 missing from index answers_by_path",), ("wrong # of entries",)]
    message = refused("damaged", check_integrity, _Reporting(report), path)
    assert message == (
        f"The database {path} is damaged (row 5 missing from index answers_by_path); "
        "restore it from a snapshot or a package."
    )


def test_a_check_that_sqlite_cannot_run_names_the_file(tmp_path):
    """Not damage (nothing is malformed): SQLite's own failure, with the file it concerns."""
    path = tmp_path / "field.sqlite3"
    connection = sqlite3.connect(path)
    connection.close()
    with pytest.raises(StorageError) as caught:
        check_integrity(connection, Path(path))
    assert caught.value.code == "database-error"
    assert (
        caught.value.message == f"The database {path} failed: Cannot operate on a closed database."
    )
    assert isinstance(caught.value.__cause__, sqlite3.ProgrammingError)


def test_a_status_other_than_draft_or_complete(db, submission):
    message = refused("invalid-status", db.set_status, submission.uuid, "sent")
    assert message == "'sent' is not draft or complete."


def test_a_conflict_choice_that_is_not_one(db, conflict):
    message = refused("conflict-bad-choice", resolve_conflict, db, conflict, "mine", by="Lead")
    assert message == "Choose local, package or value, not 'mine'."


def test_a_conflict_resolved_twice(db, conflict):
    resolve_conflict(db, conflict, "local", by="Lead")
    message = refused("conflict-resolved", resolve_conflict, db, conflict, "package", by="Lead")
    assert message == f"Conflict {conflict} is already resolved."


def test_a_value_typed_for_a_conflict_that_does_not_exist(db, conflict):
    message = refused("unknown-conflict", resolve_conflict, db, 999, "value", by="L", value="x")
    assert message == "There is no conflict 999."


def test_resolving_locks_the_conflicts_own_submission(db, submission, conflict, monkeypatch):
    """On a server the lock makes an import's merge of that submission wait for the
    resolution (and the other way round); locking anything else would let them race."""
    locked = []
    monkeypatch.setattr(db, "lock_submission", locked.append)
    resolve_conflict(db, conflict, "package", by="Lead")
    assert locked == [submission.uuid]


def test_what_is_not_there_is_named(db, mission, submission):
    assert refused("unknown-mission", db.mission, "m-404") == "There is no mission m-404."
    assert refused("unknown-submission", db.submission, "s-404") == "There is no submission s-404."
    with db.transaction() as tx:
        message = refused("unknown-submission", touch_submission, tx, "s-404", "2099")
    assert message == "There is no submission s-404."


def test_a_blank_name_is_refused_where_edits_are_credited(db, conflict):
    assert refused("author-needs-name", db.set_author, "  ") == (
        "Give a name to credit your edits to."
    )
    assert refused("conflict-needs-name", resolve_conflict, db, conflict, "local", by=" ") == (
        "Say who resolves the conflict (--by NAME)."
    )


def test_a_snapshot_over_an_existing_file(db, tmp_path):
    (tmp_path / "taken.sqlite3").write_bytes(b"mine")
    message = refused("snapshot-exists", db.snapshot, tmp_path / "taken.sqlite3")
    assert message == f"{tmp_path / 'taken.sqlite3'} already exists; choose a new name."


@pytest.mark.parametrize("where", ["folder", "file"])
def test_no_right_to_write_names_the_place(tmp_path, monkeypatch, where):
    """The words of both refusals, in this process (the tests that take the rights away
    for real run Fieldwheel in a child process, as root cannot lose them here)."""
    from storage import connection

    path = tmp_path / "fieldwheel.sqlite3"
    Database(path).close()
    refuses = tmp_path if where == "folder" else path
    monkeypatch.setattr(connection.os, "access", lambda place, _mode: Path(place) != refuses)
    code = "read-only-folder" if where == "folder" else "read-only-file"
    message = refused(code, Database, path)
    assert message == (
        f"The folder {tmp_path} is read-only; Fieldwheel needs to write its database and "
        "journal there. Choose another place with --db."
        if where == "folder"
        else f"The database {path} cannot be written (check its permissions)."
    )
