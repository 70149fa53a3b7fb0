"""A package's mission and submission carry the same ``updated_at`` as the local ones.

Metadata follows the later ``updated_at``; at the same moment neither edit is
later, and the local fields stay (an exchange by real packages never ties:
each edit has its own stamp, so only records fed to ``merge_package`` show it).
"""

from __future__ import annotations

from typing import Any

from storage import Database, Mission, Submission
from storage.merge import PackageRecords, merge_package

LATER = "2099-01-01T00:00:00.000000Z"


def row(db: Database, table: str, uuid: str) -> dict[str, Any]:
    [found] = db.query(f"SELECT * FROM {table} WHERE uuid=?", (uuid,))
    return found


def package(missions=(), submissions=()) -> PackageRecords:
    return PackageRecords("p-1", "field-device", "hash-1", [], [*missions], [*submissions], [], [])


def test_a_mission_edited_at_the_same_moment_keeps_its_local_fields(db, mission: Mission):
    theirs = {**row(db, "missions", mission.uuid), "title": "Their title", "phase": "monitoring"}
    report = merge_package(db, package(missions=[theirs]), file_name="p.xlsx")
    assert (db.mission(mission.uuid).title, db.mission(mission.uuid).phase) == (
        "Cambodia diagnostic",
        "strategy",
    )
    assert report.updated["mission"] == 0


def test_a_mission_edited_later_takes_the_package_fields(db, mission: Mission):
    theirs = {**row(db, "missions", mission.uuid), "title": "Their title", "updated_at": LATER}
    report = merge_package(db, package(missions=[theirs]), file_name="p.xlsx")
    assert db.mission(mission.uuid).title == "Their title"
    assert row(db, "missions", mission.uuid)["updated_at"] == LATER
    assert report.updated["mission"] == 1


def test_a_submission_changed_at_the_same_moment_keeps_its_local_status(db, submission: Submission):
    theirs = {**row(db, "submissions", submission.uuid), "status": "complete", "last_path": "x"}
    report = merge_package(db, package(submissions=[theirs]), file_name="p.xlsx")
    kept = row(db, "submissions", submission.uuid)
    assert (kept["status"], kept["last_path"]) == (submission.status, submission.last_path)
    assert report.updated["submission"] == 0
