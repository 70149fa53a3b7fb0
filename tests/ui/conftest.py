"""Fixtures every window test shares: private settings and recorded error dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from exports.package.write import export_package
from storage import Database
from storage.demo import build_demo
from ui.shared import errors, workers


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Settings go to the test's folder; the user's own are never read or written."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def told(monkeypatch) -> list[BaseException]:
    """The errors the user was shown (recorded instead of shown); waits for workers."""
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(errors, "show_crash", lambda _parent, error: shown.append(error))
    yield shown
    workers.wait_for_workers()


@pytest.fixture
def db(tmp_path):
    """An empty database of the test's own."""
    database = Database(tmp_path / "fieldwheel.sqlite3")
    yield database
    database.close()


@pytest.fixture
def filled(db: Database) -> Database:
    """Two missions; the Cambodia one has two submissions of a stored form."""
    db.create_mission("SEN", "Senegal monitoring", "monitoring", start_date="2026-01-05")
    mission = db.create_mission("KHM", "Cambodia diagnostic", "strategy", notes="Pilot")
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    first = db.create_submission(mission.uuid, "tiny", "1", "Sok")
    db.create_submission(mission.uuid, "tiny", "1", "Dara")
    db.save_answers(first.uuid, {"a": "1", "b": "2"}, "Sok")
    db.set_status(first.uuid, "complete")
    return db


@pytest.fixture(scope="module")
def field(tmp_path_factory) -> Path:
    """A database holding the sample mission, built once and copied per test."""
    path = tmp_path_factory.mktemp("field") / "field.sqlite3"
    with Database(path) as database:
        build_demo(database)
    return path


@pytest.fixture(scope="module")
def package(field, tmp_path_factory) -> Path:
    """The sample mission exported (without charts, to be quick)."""
    path = tmp_path_factory.mktemp("package") / "fieldwheel-KHM.xlsx"
    with Database(field) as database:
        export_package(database, path, charts=False)
    return path


@pytest.fixture
def demo_db(field, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(field, path)
    database = Database(path)
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path):
    database = Database(tmp_path / "hq.sqlite3")
    yield database
    database.close()
