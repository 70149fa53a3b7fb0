"""Fixtures for storage tests: a fresh database per test (SQLite and PostgreSQL), a stored form."""

from __future__ import annotations

import pytest

from storage import Database, Mission, Submission

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test of a ``db`` runs on both backends, unless it reads SQLite itself."""
    if "location" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("location", ["sqlite"] if only_sqlite else BACKENDS, indirect=True)


@pytest.fixture
def location(request, tmp_path) -> str:
    """Where a test's database lives: a new SQLite file, or a new database on the test server."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_url")
    return str(tmp_path / "fieldwheel.sqlite3")


@pytest.fixture
def db(location):
    database = Database(location)
    yield database
    database.close()


@pytest.fixture
def mission(db: Database) -> Mission:
    return db.create_mission("KHM", "Cambodia diagnostic", "strategy", team=["Sok", "Dara"])


@pytest.fixture
def submission(db: Database, mission: Mission) -> Submission:
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    return db.create_submission(mission.uuid, "tiny", "1", "Sok")
