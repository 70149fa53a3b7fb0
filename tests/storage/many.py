"""A mission with many submissions, written in bulk (creating each one would take minutes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import Database


def many_submissions(path: Path, count: int, *, same_moment: int = 0) -> str:
    """A mission with ``count`` submissions, submission i holding i % 7 answers (one cleared).

    The first ``same_moment`` submissions share one creation stamp, so the
    list's tie-break on uuid is exercised.  Returns the mission's uuid.
    """
    with Database(path) as db:
        mission = db.create_mission("KHM", "Many", "strategy")
        db.create_mission("MDG", "Other", "initiation")
        db.save_form("f", "1", "A form", "f.md", b"x", "0" * 64)
        device = db.device_uuid
    submissions, answers = [], []
    for index in range(count):
        uuid = f"{(index * 7919) % 100_000:05d}-{index:06d}"
        second = 0 if index < same_moment else index
        stamp = f"2026-01-01T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z"
        submissions.append((uuid, mission.uuid, "f", "1", "a", device, stamp, stamp))
        for answer in range(index % 7):
            value = None if answer == 3 else str(answer)
            answers.append((uuid, f"q{answer}", value, stamp, "a"))
    raw = sqlite3.connect(path)
    with raw:
        raw.executemany(
            "INSERT INTO submissions (uuid, mission_uuid, form_id, form_version, author,"
            " device_uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            submissions,
        )
        raw.executemany(
            "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
            " VALUES (?,?,?,?,?)",
            answers,
        )
    raw.close()
    return mission.uuid
