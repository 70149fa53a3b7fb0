"""File ▸ Report…: the dialog's choices, the PDF made off the UI thread, opened when done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from storage import Database
from ui.main_window import MainWindow
from ui.report.dialog import ReportDialog, suggested_name
from ui.shared import prompts

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown


def _cambodia(db: Database):
    return next(mission for mission in db.missions() if mission.country == "KHM")


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    window.missions.select(_cambodia(demo_db).uuid)
    return window


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Files handed to the system's viewer, instead of opening one."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def answer_dialog(monkeypatch, target: Path, language: str = "en", kind: str = "full") -> dict:
    seen: dict = {}

    def run(dialog: ReportDialog) -> bool:
        seen["dialog"] = dialog
        seen["suggested"] = dialog.file.text()
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.file.setText(str(target))
        return True

    monkeypatch.setattr(prompts, "run_dialog", run)
    return seen


def test_suggested_name_says_country_kind_language_and_day(demo_db: Database) -> None:
    mission = _cambodia(demo_db)
    assert suggested_name(mission, "workshop", "km", dt.date(2026, 11, 23)) == (
        "KHM-minutes-km-2026-11-23.pdf"
    )


def test_the_name_follows_language_and_kind_until_typed(qtbot, demo_db: Database, tmp_path):
    dialog = ReportDialog(_cambodia(demo_db), tmp_path, has_workshop=True)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert Path(dialog.file.text()).name.startswith("KHM-report-fr-")
    qtbot.keyClicks(dialog.file, "x")
    dialog.kind.setCurrentIndex(dialog.kind.findData("workshop"))
    assert dialog.file.text().endswith("x")
    assert dialog.choices().path.suffix == ".pdf"


def test_minutes_cannot_be_chosen_without_a_workshop(qtbot, demo_db: Database, tmp_path):
    dialog = ReportDialog(_cambodia(demo_db), tmp_path, has_workshop=False)
    qtbot.addWidget(dialog)
    assert not dialog.kind.model().item(1).isEnabled()


def test_report_is_made_in_the_background_and_opened(
    qtbot, window: MainWindow, monkeypatch, tmp_path, opened
) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    seen = answer_dialog(monkeypatch, target, language="fr", kind="workshop")
    operation = window.make_report()
    assert operation is not None
    with qtbot.waitSignal(operation.succeeded, timeout=60_000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [str(target)]
    assert "KHM-report-en-" in seen["suggested"]
    assert str(target) in window.statusBar().currentMessage()


def test_cancel_leaves_no_file(qtbot, window: MainWindow, monkeypatch, tmp_path, opened) -> None:
    target = tmp_path / "report.pdf"
    answer_dialog(monkeypatch, target)
    operation = window.make_report()
    assert operation is not None
    operation.task.cancel.set()
    with qtbot.waitSignal(operation.cancelled, timeout=60_000):
        pass
    assert not target.exists() and opened == []


def test_a_refusal_is_one_sentence(qtbot, window: MainWindow, monkeypatch, tmp_path, told):
    """A folder that does not exist: the core's sentence, shown once, nothing opened."""
    answer_dialog(monkeypatch, tmp_path / "missing" / "report.pdf")
    operation = window.make_report()
    assert operation is not None
    with qtbot.waitSignal(operation.failed, timeout=60_000):
        pass
    assert len(told) == 1


def test_the_action_needs_a_selected_mission(qtbot, window: MainWindow) -> None:
    assert window.report_action.isEnabled()
    assert window.report_action.shortcut().toString() == "Ctrl+Shift+R"
    window.missions.view.clearSelection()
    assert not window.report_action.isEnabled()
    assert window.make_report() is None
