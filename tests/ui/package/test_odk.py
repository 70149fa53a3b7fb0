"""ODK submissions from the window: the export dialog's ODK format and Mission ▸ Import ODK."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.demo import demo_uuid
from tests.exports.odk.test_importing import KOBO
from tests.ui.package.support import cell, make_window
from ui.main_window import MainWindow
from ui.package.export_options import ODK_FORMAT, ExportDialog
from ui.package.outcomes import ADDED, RESULT, UNCHANGED
from ui.shared import prompts


@pytest.fixture
def said(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(prompts, "tell", lambda _parent, text, _action=None: messages.append(text))
    return messages


def choose(monkeypatch, folder: Path) -> list[str]:
    """Answer the folder prompt with ``folder``; the titles it was asked with are kept."""
    titles: list[str] = []

    def chosen(_parent, title: str, _start: str) -> Path:
        titles.append(title)
        return folder

    monkeypatch.setattr(prompts, "choose_folder", chosen)
    return titles


def export_odk(monkeypatch, window: MainWindow, folder: Path):
    def run(dialog: ExportDialog) -> bool:
        dialog.odk.setChecked(True)
        assert not dialog.charts.isEnabled() and not dialog.labels.isEnabled()
        assert dialog.choices().format == ODK_FORMAT
        return True

    monkeypatch.setattr(prompts, "run_dialog", run)
    choose(monkeypatch, folder)
    return window.export_package()


def test_the_export_dialog_writes_the_selected_mission_as_a_briefcase_folder(
    qtbot, monkeypatch, demo_db, said, told, tmp_path
) -> None:
    window = make_window(qtbot, demo_db)
    mission = demo_db.mission(demo_uuid("mission"))
    window.missions.select(mission.uuid)
    operation = export_odk(monkeypatch, window, tmp_path / "briefcase")
    with qtbot.waitSignal(operation.succeeded, timeout=60_000):
        pass
    written = sorted((tmp_path / "briefcase").glob("*/instances/uuid*/submission.xml"))
    assert len(written) == mission.submission_count
    assert (tmp_path / "briefcase" / "diagnostic" / "diagnostic.xml").is_file()
    assert told == [] and "ODK Briefcase" in said[0] and "briefcase" in said[0]
    assert "briefcase" in window.statusBar().currentMessage()


def test_an_odk_export_into_a_file_is_refused_in_one_sentence(
    qtbot, monkeypatch, demo_db, said, told, tmp_path
) -> None:
    window = make_window(qtbot, demo_db)
    window.missions.select(demo_uuid("mission"))
    blocked = tmp_path / "notes.txt"
    blocked.write_text("not a folder")
    operation = export_odk(monkeypatch, window, blocked)
    with qtbot.waitSignal(operation.failed, timeout=60_000):
        pass
    assert len(told) == 1 and "notes.txt" in told[0].message and said == []


def test_import_odk_submissions_merges_into_the_selected_mission_and_reports(
    qtbot, monkeypatch, demo_db, told, tmp_path
) -> None:
    mission = demo_uuid("mission")
    folder = tmp_path / "collected" / "instances" / "one"
    folder.mkdir(parents=True)
    (folder / "submission.xml").write_text(KOBO, encoding="utf-8")
    before = demo_db.mission(mission).submission_count
    window = make_window(qtbot, demo_db)
    window.missions.select(mission)
    assert window.import_odk_action.isEnabled()
    titles = choose(monkeypatch, tmp_path / "collected")
    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        window.import_odk_action.trigger()
    dialog = window.importer.report_dialog
    assert titles and dialog is not None and dialog.isVisible()
    assert cell(dialog, 0, RESULT) == "Imported" and cell(dialog, 0, ADDED) != "0"
    assert demo_db.mission(mission).submission_count == before + 1
    assert told == []

    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        window.import_odk_action.trigger()  # the same files again change nothing
    dialog = window.importer.report_dialog
    assert cell(dialog, 0, RESULT) == "Already imported" and cell(dialog, 0, UNCHANGED) != "0"


def test_a_folder_without_submissions_is_reported_not_imported(
    qtbot, monkeypatch, demo_db, told, tmp_path
) -> None:
    window = make_window(qtbot, demo_db)
    window.missions.select(demo_uuid("mission"))
    (tmp_path / "empty").mkdir()
    choose(monkeypatch, tmp_path / "empty")
    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        window.import_odk_action.trigger()
    dialog = window.importer.report_dialog
    assert cell(dialog, 0, RESULT) == "Not imported"
    dialog.view.selectRow(0)
    assert "holds no ODK submission files" in dialog.summary.text()
    assert "\n" not in dialog.summary.text() and told == []


def test_import_odk_needs_a_selected_mission(qtbot, empty_db) -> None:
    window = make_window(qtbot, empty_db)
    assert not window.import_odk_action.isEnabled()
    assert window.import_odk_action.shortcut().toString() == "Ctrl+Shift+I"
