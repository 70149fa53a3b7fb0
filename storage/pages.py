"""Reading long lists a page at a time, and what a page shows, in few queries.

A mission at headquarters can hold 10⁵ submissions; a list shows a screenful.
Pages are keyset pages: each starts after the last record of the previous
one in the list's own order, so a page costs the same at row 100 as at row
100,000 and rows added meanwhile are neither skipped nor shown twice.
Answer counts come from one grouped query over the page's submissions, never
one query per row.

The schema has no index in the submissions list's order yet, so a page still
reads every row of the mission to sort them (about 0.1 s at 10⁵
submissions); with an index on ``(mission_uuid, created_at, uuid)`` for live
rows the same queries read only the page (README, Performance).
"""

from __future__ import annotations

from collections.abc import Sequence

from storage.database import Database, mission_from_row
from storage.records import Mission, Submission

_SUBMISSION_COLUMNS = (
    "SELECT s.uuid, s.mission_uuid, s.form_id, s.form_version, s.status, s.author,"
    " s.device_uuid, s.created_at, s.updated_at, s.last_path FROM submissions s"
)
_LIVE_OF_MISSION = "s.mission_uuid = ? AND s.deleted_at IS NULL"
_MISSION_COLUMNS = (
    "SELECT m.*, (SELECT count(*) FROM submissions s WHERE s.mission_uuid = m.uuid"
    " AND s.deleted_at IS NULL) AS submission_count FROM missions m"
)


def submissions_page(
    db: Database, mission_uuid: str, *, after: Submission | None = None, limit: int
) -> list[Submission]:
    """Up to ``limit`` of the mission's live submissions after ``after``, oldest first."""
    where, params = _LIVE_OF_MISSION, [mission_uuid]
    if after is not None:
        where += " AND (s.created_at, s.uuid) > (?, ?)"
        params += [after.created_at, after.uuid]
    rows = db.query(
        f"{_SUBMISSION_COLUMNS} WHERE {where} ORDER BY s.created_at, s.uuid LIMIT ?",
        (*params, limit),
    )
    counts = answer_counts(db, [row["uuid"] for row in rows])
    return [Submission(**row, answer_count=counts.get(row["uuid"], 0)) for row in rows]


def submission_position(db: Database, mission_uuid: str, uuid: str) -> int | None:
    """The row of submission ``uuid`` in its mission's list, None if it is not listed."""
    rows = db.query(
        f"SELECT (SELECT count(*) FROM submissions s WHERE {_LIVE_OF_MISSION}"
        " AND (s.created_at, s.uuid) < (t.created_at, t.uuid)) AS position"
        " FROM submissions t WHERE t.uuid = ? AND t.mission_uuid = ? AND t.deleted_at IS NULL",
        (mission_uuid, uuid, mission_uuid),
    )
    return rows[0]["position"] if rows else None


def answer_counts(db: Database, submission_uuids: Sequence[str]) -> dict[str, int]:
    """How many answers (cleared ones left out) each submission has: one grouped query."""
    counts: dict[str, int] = {}
    for start in range(0, len(submission_uuids), 500):  # well under SQLite's variable limit
        chunk = submission_uuids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.query(
            "SELECT submission_uuid, count(*) AS n FROM answers"
            f" WHERE submission_uuid IN ({marks}) AND value IS NOT NULL GROUP BY submission_uuid",
            tuple(chunk),
        )
        counts.update((row["submission_uuid"], row["n"]) for row in rows)
    return counts


def missions_page(db: Database, *, after: Mission | None = None, limit: int) -> list[Mission]:
    """Up to ``limit`` live missions after ``after``, newest first, with submission counts."""
    where, params = "m.deleted_at IS NULL", []
    if after is not None:
        where += " AND (m.created_at < ? OR (m.created_at = ? AND m.uuid > ?))"
        params += [after.created_at, after.created_at, after.uuid]
    rows = db.query(
        f"{_MISSION_COLUMNS} WHERE {where} ORDER BY m.created_at DESC, m.uuid LIMIT ?",
        (*params, limit),
    )
    return [mission_from_row(row) for row in rows]


def mission_position(db: Database, uuid: str) -> int | None:
    """The row of mission ``uuid`` in the missions list, None if it is not listed."""
    rows = db.query(
        "SELECT (SELECT count(*) FROM missions m WHERE m.deleted_at IS NULL"
        " AND (m.created_at > t.created_at OR (m.created_at = t.created_at AND m.uuid < t.uuid)))"
        " AS position FROM missions t WHERE t.uuid = ? AND t.deleted_at IS NULL",
        (uuid,),
    )
    return rows[0]["position"] if rows else None
