"""The repository API: missions, forms, submissions, answers, audit, snapshots."""

from __future__ import annotations

import sqlite3

import pytest

from forms.errors import StorageError, UserError
from storage import Database


@pytest.mark.sqlite_only
def test_new_database_has_settings_and_device(db: Database):
    connection = sqlite3.connect(db.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] >= 1
    connection.close()
    assert len(db.device_uuid) == 36
    again = Database(db.path)
    assert again.device_uuid == db.device_uuid
    again.close()


def test_mission_round_trip(db: Database, mission):
    assert mission.country == "KHM"
    assert mission.team == ("Sok", "Dara")
    listed = db.missions()
    assert [m.uuid for m in listed] == [mission.uuid]
    updated = db.update_mission(mission.uuid, country="mdg", title="Madagascar", phase="initiation")
    assert (updated.country, updated.title, updated.phase) == ("MDG", "Madagascar", "initiation")
    db.delete_mission(mission.uuid)
    assert db.missions() == []


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"country": "XXX"}, "unknown-country"),
        ({"country": "FR"}, "unknown-country"),
        ({"title": "   "}, "empty-title"),
        ({"phase": "planning"}, "invalid-phase"),
        ({"start_date": "23/11/2026"}, "invalid-date"),
        ({"start_date": "2026-12-01", "end_date": "2026-11-01"}, "dates-reversed"),
    ],
)
def test_bad_mission_fields_are_refused(db: Database, fields, code):
    arguments = {"country": "KHM", "title": "Valid", "phase": "strategy"} | fields
    with pytest.raises(UserError) as caught:
        db.create_mission(**arguments)
    assert caught.value.code == code
    assert db.missions() == []


def test_answer_saved_with_audit_in_one_step(db: Database, submission):
    assert db.save_answer(submission.uuid, "access/score", "3", "Sok")
    assert not db.save_answer(submission.uuid, "access/score", "3", "Sok")
    assert db.save_answer(submission.uuid, "access/score", "4", "Dara")
    assert db.save_answer(submission.uuid, "access/score", None, "Dara")
    assert db.answers(submission.uuid) == {}
    trail = [(e.old_value, e.new_value, e.by) for e in db.audit(submission.uuid)]
    assert trail == [(None, "3", "Sok"), ("3", "4", "Dara"), ("4", None, "Dara")]
    tombstone = db.answer_rows(submission.uuid)[0]
    assert tombstone.value is None and tombstone.updated_by == "Dara"


def test_hard_text_survives(db: Database, submission):
    text = "=SUM(A1)\n\u0645\u0631\u062d\u0628\u0627 🎉 0012345\t" + "x" * 40_000
    db.save_answer(submission.uuid, "notes", text, "Sok")
    assert db.answers(submission.uuid) == {"notes": text}


@pytest.mark.sqlite_only
def test_audit_log_is_append_only(db: Database, submission):
    db.save_answer(submission.uuid, "a", "1", "Sok")
    connection = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("UPDATE audit SET new_value = 'forged'")
    connection.close()


def test_save_answers_is_atomic(db: Database, submission):
    with pytest.raises(UserError):
        db.save_answers("no-such-submission", {"a": "1", "b": "2"}, "Sok")
    assert db.audit() == []
    assert db.save_answers(submission.uuid, {"r[1]/x": "a", "r[2]/x": "b"}, "Sok") == 2


def test_submission_lifecycle(db: Database, mission, submission):
    assert db.submissions(mission.uuid)[0].status == "draft"
    db.set_status(submission.uuid, "complete")
    db.set_last_path(submission.uuid, "access/score")
    again = db.submission(submission.uuid)
    assert (again.status, again.last_path) == ("complete", "access/score")
    assert db.mission(mission.uuid).submission_count == 1
    with pytest.raises(UserError):
        db.set_status(submission.uuid, "approved")
    db.delete_submission(submission.uuid)
    assert db.submissions(mission.uuid) == []


def test_form_source_is_kept_and_versions_cannot_clash(db: Database):
    record = db.save_form("f", "1", "F", "f.xlsx", b"\x00bytes", "a" * 64)
    assert db.form_record("f", "1").source == b"\x00bytes" == record.source
    assert db.save_form("f", "1", "F", "f.xlsx", b"\x00bytes", "a" * 64) == record
    with pytest.raises(UserError) as caught:
        db.save_form("f", "1", "F", "f.xlsx", b"changed", "b" * 64)
    assert caught.value.code == "form-version-clash"


def test_unknown_form_or_mission_refused(db: Database, mission):
    with pytest.raises(UserError) as caught:
        db.create_submission(mission.uuid, "nope", "1", "Sok")
    assert caught.value.code == "unknown-form"
    with pytest.raises(UserError):
        db.mission("not-a-uuid")


@pytest.mark.sqlite_only
def test_snapshot_is_a_consistent_copy(db: Database, submission, tmp_path):
    db.save_answer(submission.uuid, "a", "1", "Sok")
    copy = db.snapshot(tmp_path / "snap.sqlite3")
    with Database(copy) as restored:
        assert restored.answers(submission.uuid) == {"a": "1"}
    with pytest.raises(StorageError):
        db.snapshot(copy)
