"""Fixtures for storage tests: a fresh database file per test, with a stored form."""

from __future__ import annotations

import pytest

from storage import Database, Mission, Submission


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "fieldwheel.sqlite3")
    yield database
    database.close()


@pytest.fixture
def mission(db: Database) -> Mission:
    return db.create_mission("KHM", "Cambodia diagnostic", "strategy", team=["Sok", "Dara"])


@pytest.fixture
def submission(db: Database, mission: Mission) -> Submission:
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    return db.create_submission(mission.uuid, "tiny", "1", "Sok")
