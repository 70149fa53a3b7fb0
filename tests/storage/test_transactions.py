"""The durability promises: the same safe settings on every connection, and whole rollbacks.

A write that fails after it has already written rows must leave the file
exactly as it was (byte for byte once closed), so these tests fail a
transaction *after* its first writes, never before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forms.errors import UserError
from storage import Database
from storage.connection import BUSY_TIMEOUT_MS, open_connection

SETTINGS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}
"""What every connection must use; ``synchronous`` 2 is FULL (fsync at every commit)."""


def settings(connection: sqlite3.Connection) -> dict[str, object]:
    found: dict[str, object] = {
        name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in SETTINGS
    }
    found["busy_timeout"] = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    return found


EXPECTED = {**SETTINGS, "busy_timeout": BUSY_TIMEOUT_MS}


def test_new_and_reopened_databases_are_durable(tmp_path):
    path = tmp_path / "fieldwheel.sqlite3"
    with Database(path) as first:
        assert settings(first._connection) == EXPECTED
        first.create_mission("KHM", "Durable", "strategy")
    with Database(path) as again:
        assert settings(again._connection) == EXPECTED
    connection = open_connection(path)
    try:
        assert settings(connection) == EXPECTED
    finally:
        connection.close()


def test_busy_timeout_is_long_enough_to_wait_for_another_writer():
    """Five seconds covers any single save; less would turn a busy file into an error."""
    assert BUSY_TIMEOUT_MS == 5000


def file_state(path: Path) -> bytes:
    """The database file's bytes; the write-ahead log must be empty (all checkpointed)."""
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return path.read_bytes()


def test_failed_save_after_its_first_writes_changes_nothing(tmp_path):
    path = tmp_path / "fieldwheel.sqlite3"
    with Database(path) as db:
        mission = db.create_mission("KHM", "Rollback", "strategy")
        db.save_form("tiny", "1", "Tiny", "tiny.md", b"| survey |", "0" * 64)
        submission = db.create_submission(mission.uuid, "tiny", "1", "Sok")
        db.save_answers(submission.uuid, {"a": "1"}, "Sok")
        db.delete_submission(submission.uuid)
    before = file_state(path)
    with Database(path) as db:
        written = db._connection.total_changes
        # Answers and audit rows are written first; the deleted submission is
        # only found at the end of the transaction, which must then undo them.
        with pytest.raises(UserError) as refused:
            db.save_answers(submission.uuid, {f"q{n}": str(n) for n in range(50)}, "Sok")
        assert refused.value.code == "unknown-submission"
        assert db._connection.total_changes - written >= 100  # the rows were really written
        assert db.query("SELECT count(*) AS n FROM answers")[0]["n"] == 1
    assert file_state(path) == before


def test_any_error_inside_a_transaction_rolls_it_back_whole(tmp_path):
    path = tmp_path / "fieldwheel.sqlite3"
    with Database(path) as db:
        db.create_mission("KHM", "Kept", "strategy")
    before = file_state(path)
    with Database(path) as db:
        with pytest.raises(KeyboardInterrupt), db.transaction() as tx:
            tx.execute("UPDATE missions SET title = 'changed'")
            tx.execute("INSERT INTO device (uuid, created_at) VALUES ('other', 'now')")
            raise KeyboardInterrupt
        assert [m.title for m in db.missions()] == ["Kept"]
        db.create_mission("KHM", "After", "strategy")  # the connection is usable again
    with Database(path) as db:
        assert sorted(m.title for m in db.missions()) == ["After", "Kept"]
        assert db.query("SELECT count(*) AS n FROM device")[0]["n"] == 1
    assert file_state(path) != before


def test_a_committed_write_is_visible_to_another_connection_at_once(tmp_path):
    """A method returns only after COMMIT: a second reader sees the change immediately."""
    path = tmp_path / "fieldwheel.sqlite3"
    with Database(path) as db:
        mission = db.create_mission("KHM", "Seen", "strategy")
        reader = sqlite3.connect(path)
        try:
            rows = reader.execute("SELECT title FROM missions WHERE uuid=?", (mission.uuid,))
            assert rows.fetchall() == [("Seen",)]
            assert not db._connection.in_transaction
        finally:
            reader.close()
