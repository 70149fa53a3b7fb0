"""Fixtures every window test shares: private settings and recorded error dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from exports.package.write import export_package
from storage import Database
from storage.demo import build_demo
from ui.shared import catalogue, errors, language, prompts, workers


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp) -> None:
    """The catalogues compiled as ``make translations`` does; the window speaks English.

    English has a catalogue too: the singular and plural of every ``%n`` message.
    """
    catalogue.compile_all(catalogue.ts_files(), catalogue.TRANSLATIONS_DIR)
    language.apply_language("en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Settings go to the test's folder; the user's own are never read or written."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


class Told(list):
    """Error dialogs a window test showed, recorded instead of shown.

    Reading the list in any way (comparing, iterating, taking its length)
    counts as the test looking at what the user was told; a dialog nobody
    looked at fails the test, so an unexpected error cannot pass unseen.
    """

    looked = False

    def _look(self) -> None:
        self.looked = True

    def __eq__(self, other: object) -> bool:
        self._look()
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __iter__(self):
        self._look()
        return super().__iter__()

    def __len__(self) -> int:
        self._look()
        return super().__len__()

    def __bool__(self) -> bool:
        self._look()
        return super().__len__() > 0

    def __getitem__(self, index):
        self._look()
        return super().__getitem__(index)


@pytest.fixture(autouse=True)
def error_dialogs(monkeypatch) -> Iterator[Told]:
    """Every window test records error dialogs; one nobody looked at fails the test.

    A test that expects an error asks for ``told`` and checks it; any other
    dialog (a crash, a refused save) is a failure, not a silently closed box.
    """
    shown = Told()
    monkeypatch.setattr(errors, "show_user_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(errors, "show_crash", lambda _parent, error: shown.append(error))
    yield shown
    workers.wait_for_workers()
    if list.__len__(shown) and not shown.looked:
        pytest.fail(
            "the user was shown error dialogs the test did not expect: "
            + "; ".join(f"{type(error).__name__}: {error}" for error in list.__iter__(shown)),
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def unanswered_questions(monkeypatch):
    """A question no test answers fails the test instead of waiting for ever offscreen."""

    def unexpected(_parent, question: str, _text: str = "") -> str | None:
        raise AssertionError(f"the window asked a question the test did not expect: {question}")

    monkeypatch.setattr(prompts, "ask_text", unexpected)


@pytest.fixture
def told(error_dialogs: Told) -> Told:
    """The errors the user was shown; the test must look at them (see ``error_dialogs``)."""
    return error_dialogs


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
    """The sample mission on a field laptop where Dara works."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(field, path)
    database = Database(path)
    database.set_author("Dara")
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path):
    """Headquarters' empty database, where Lead works."""
    database = Database(tmp_path / "hq.sqlite3")
    database.set_author("Lead")
    yield database
    database.close()
