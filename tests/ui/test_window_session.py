"""The window reopened on another database: File ▸ Open server database… (ui/app.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storage import Database
from ui import app as application
from ui.app import WindowSession
from ui.main_window import MainWindow
from ui.server.recent import recent_servers
from ui.shared import prompts, settings


@pytest.fixture
def session(qtbot, tmp_path: Path):
    database = Database(tmp_path / "field.sqlite3")
    database.set_author("Sok")
    database.create_mission("KHM", "Cambodia diagnostic", "strategy")
    opened = WindowSession(database)
    opened.window.show()
    yield opened
    opened.window.close()
    opened.database.close()


def _hq(tmp_path: Path) -> Path:
    path = tmp_path / "hq.sqlite3"
    with Database(path) as database:
        database.create_mission("SEN", "Senegal monitoring", "monitoring")
    return path


def test_the_file_menu_offers_the_server_database_first(session):
    window = session.window
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is window.server_action
    assert window.server_action.text() == "Open &server database…"
    assert window.server_action.shortcut().toString() == "Ctrl+Shift+O"


def test_the_address_chosen_is_asked_of_the_application(session, monkeypatch, qtbot):
    def answer(dialog):
        qtbot.addWidget(dialog)
        dialog.url.setText("postgresql://ana@hq/fieldwheel")
        dialog.accept()
        return True

    monkeypatch.setattr(prompts, "run_dialog", answer)
    requested = []
    monkeypatch.setattr(session, "switch_to", requested.append)
    session.window.database_requested.disconnect()
    session.window.database_requested.connect(session.switch_to)
    session.window.server_action.trigger()
    assert requested == ["postgresql://ana@hq/fieldwheel"]


def test_cancelling_the_dialog_keeps_the_window(session, monkeypatch, qtbot):
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: qtbot.addWidget(dialog) or False)
    window = session.window
    window.server_action.trigger()
    assert session.window is window


def test_the_window_reopens_on_the_other_database_and_lets_go_of_the_first(
    session, tmp_path, qtbot
):
    old_window, old_database = session.window, session.database
    assert session.switch_to(str(_hq(tmp_path)))
    assert session.window is not old_window
    assert isinstance(session.window, MainWindow)
    assert session.window.isVisible() and not old_window.isVisible()
    assert [m.title for m in session.window.database.missions()] == ["Senegal monitoring"]
    assert str(tmp_path / "hq.sqlite3") in session.window.database_label.text()
    assert QApplication.quitOnLastWindowClosed()
    with pytest.raises(Exception, match="closed"):
        old_database.missions()
    file_urls = recent_servers(settings.open_settings())
    assert file_urls == [], "files are not listed among the server databases"


def test_a_database_that_cannot_be_opened_leaves_the_window_as_it_was(session, tmp_path, told):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    window, database = session.window, session.database
    assert not session.switch_to(str(broken))
    assert len(told) == 1
    assert (session.window, session.database) == (window, database)
    assert window.isVisible()
    assert [m.title for m in database.missions()] == ["Cambodia diagnostic"]


def test_the_first_window_s_place_is_the_new_one_s(session, tmp_path, qtbot):
    session.window.resize(640, 480)
    assert session.switch_to(str(_hq(tmp_path)))
    assert (session.window.width(), session.window.height()) == (640, 480)


def test_open_database_reports_through_the_caller(tmp_path):
    refused = []
    (tmp_path / "folder.sqlite3").mkdir()
    assert application.open_database(tmp_path / "folder.sqlite3", refuse=refused.append) is None
    assert len(refused) == 1


def test_the_reopened_window_can_open_another_database_in_turn(session, tmp_path):
    first = str(session.database.path)
    assert session.switch_to(str(_hq(tmp_path)))
    session.window.database_requested.emit(first)
    assert str(session.database.path) == first
    assert [m.title for m in session.window.database.missions()] == ["Cambodia diagnostic"]


def test_the_window_reopens_on_a_server_database_and_remembers_it(session, postgres_url):
    assert session.switch_to(postgres_url)
    assert session.database.kind == "postgresql"
    assert session.window.isVisible()
    session.database.create_mission("MDG", "Madagascar on the server", "initiation")
    session.window.refresh()
    assert session.window.missions.model.rowCount() == 1
    assert session.database.path.name in session.window.windowTitle()
    assert recent_servers(settings.open_settings()) == [postgres_url]


def test_a_read_only_role_opens_without_tidying_drafts(tmp_path, monkeypatch):
    from forms.errors import StorageError

    def read_only(_self, uuid=None):
        raise StorageError("permission-denied", "You may not change it (read-only).")

    monkeypatch.setattr(Database, "discard_if_untouched", read_only)
    refused = []
    database = application.open_database(tmp_path / "viewer.sqlite3", refuse=refused.append)
    assert database is not None and refused == []
    database.close()
