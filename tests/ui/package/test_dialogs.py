"""Export and import from the window, with every modal question answered by the test."""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.package.importing import import_package
from storage.demo import demo_uuid
from tests.ui.package.support import cell, import_through_window, make_window
from ui.main_window import MainWindow
from ui.package.export_options import ExportDialog
from ui.package.exporting import suggested_name
from ui.package.outcomes import ADDED, CONFLICTS, RESULT, UNCHANGED
from ui.shared import prompts
from ui.shared.workers import Operation

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown

ROLE_CELL = ("diagnostic", "B2")  # respondent/respondent_role of the first interview


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """Messages the window told the user (``prompts.tell``), answered without the action."""
    messages: list[str] = []
    monkeypatch.setattr(prompts, "tell", lambda _parent, text, _action=None: messages.append(text))
    return messages


def export_through_dialog(monkeypatch, window: MainWindow, target: Path, **fill) -> dict:
    """Answer the export dialog with ``fill`` and the save dialog with ``target``."""
    seen: dict = {}

    def run(dialog: ExportDialog) -> bool:
        seen["dialog"] = dialog
        dialog.charts.setChecked(False)
        if "password" in fill:
            dialog.password.setText(fill["password"])
            dialog.repeat.setText(fill["password"])
        if fill.get("all"):
            dialog.every_mission.setChecked(True)
        return True

    def save(_parent, suggestion: Path) -> Path:
        seen["suggestion"] = suggestion
        return target

    monkeypatch.setattr(prompts, "run_dialog", run)
    monkeypatch.setattr(prompts, "save_package_file", save)
    seen["operation"] = window.export_package()
    return seen


def test_suggested_name_is_the_country_and_the_day() -> None:
    window_missions = [type("M", (), {"country": "KHM"})()]
    assert suggested_name(window_missions, dt.date(2026, 11, 23)) == (
        "fieldwheel-KHM-2026-11-23.xlsx"
    )
    two = [*window_missions, type("M", (), {"country": "LAO"})()]
    assert suggested_name(two, dt.date(2026, 11, 23)) == "fieldwheel-all-2026-11-23.xlsx"


def test_export_dialog_exports_the_selected_mission_and_hq_imports_it(
    qtbot, monkeypatch, demo_db, empty_db, said, told, tmp_path
) -> None:
    window = make_window(qtbot, demo_db)
    mission = demo_db.mission(demo_uuid("mission"))
    window.missions.select(mission.uuid)
    target = tmp_path / "out" / "package.xlsx"
    target.parent.mkdir()
    seen = export_through_dialog(monkeypatch, window, target)
    with qtbot.waitSignal(seen["operation"].succeeded, timeout=60_000):
        pass
    assert seen["dialog"].choices().missions == (mission.uuid,)
    assert seen["suggestion"].name == f"fieldwheel-KHM-{dt.date.today().isoformat()}.xlsx"
    assert told == [] and "package.xlsx" in said[0]
    assert "package.xlsx" in window.statusBar().currentMessage()
    report = import_package(empty_db, target)
    assert report.added["mission"] == 1 and report.added["submission"] == mission.submission_count


def test_password_fields_must_agree(qtbot) -> None:
    dialog = ExportDialog(None, 2)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.every_mission.isChecked() and not dialog.only_selected.isEnabled()
    dialog.password.setText("secret")
    dialog.repeat.setText("secreT")
    assert not ok.isEnabled() and not dialog.mismatch.isHidden()
    dialog.repeat.setText("secret")
    assert ok.isEnabled() and dialog.mismatch.isHidden()
    dialog.show_password.setChecked(True)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Normal
    assert dialog.choices().password == "secret" and dialog.choices().missions is None


def test_cancelled_export_leaves_no_file(qtbot, monkeypatch, demo_db, said, tmp_path) -> None:
    window = make_window(qtbot, demo_db)
    folder = tmp_path / "out"
    folder.mkdir()
    release = threading.Event()
    # Hold the database thread so the export starts only after Cancel was pressed.
    blocker = Operation(None, lambda _task: release.wait(30), database_path=demo_db.path)
    blocker.run_in_background()
    seen = export_through_dialog(monkeypatch, window, folder / "package.xlsx", all=True)
    seen["operation"].task.cancel.set()
    release.set()
    with qtbot.waitSignal(seen["operation"].cancelled, timeout=60_000):
        pass
    assert list(folder.iterdir()) == [] and said == []


def test_import_report_counts_and_a_second_import_changes_nothing(qtbot, empty_db, package) -> None:
    window = make_window(qtbot, empty_db)
    dialog = import_through_window(qtbot, window, [package])
    assert cell(dialog, 0, RESULT) == "Imported"
    assert int(cell(dialog, 0, ADDED)) > 0 and cell(dialog, 0, CONFLICTS) == "0"
    assert "added" in dialog.summary.text() and "submissions" in dialog.counts.text()
    assert window.missions.model.rowCount() == 4  # the window was refreshed

    dialog = import_through_window(qtbot, window, [package])
    assert cell(dialog, 0, RESULT) == "Already imported"
    assert cell(dialog, 0, ADDED) == "0" and int(cell(dialog, 0, UNCHANGED)) > 0
    assert "nothing changed" in dialog.summary.text()


def test_a_refused_file_is_listed_beside_the_imported_one(qtbot, empty_db, package, tmp_path):
    window = make_window(qtbot, empty_db)
    stranger = tmp_path / "budget.xlsx"
    stranger.write_bytes(b"not a spreadsheet at all")
    dialog = import_through_window(qtbot, window, [package, stranger])
    assert [cell(dialog, row, RESULT) for row in (0, 1)] == ["Imported", "Not imported"]
    assert dialog.heading.text() == "1 of 2 packages imported."
    dialog.view.selectRow(1)
    assert dialog.model.record(1).error is not None
    assert dialog.summary.text() == dialog.model.record(1).error.message
    assert "\n" not in dialog.summary.text()


def test_wrong_password_is_one_sentence_and_the_right_one_imports(
    qtbot, monkeypatch, demo_db, empty_db, said, tmp_path
) -> None:
    target = tmp_path / "locked.xlsx"
    field_window = make_window(qtbot, demo_db)
    seen = export_through_dialog(monkeypatch, field_window, target, password="s3cret", all=True)
    with qtbot.waitSignal(seen["operation"].succeeded, timeout=60_000):
        pass

    monkeypatch.setattr(prompts, "ask_password", lambda _parent, _question: "wrong")
    window = make_window(qtbot, empty_db)
    dialog = import_through_window(qtbot, window, [target])
    outcome = dialog.model.record(0)
    assert outcome.error is not None and outcome.error.code == "package-wrong-password"
    text = dialog.summary.text()
    assert "\n" not in text and text.endswith(".") and "locked.xlsx" in text
    assert dialog.password_button.isVisibleTo(dialog)

    monkeypatch.setattr(prompts, "ask_password", lambda _parent, _question: "s3cret")
    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        dialog.password_button.click()
    assert cell(dialog, 0, RESULT) == "Imported"
    assert not dialog.password_button.isVisibleTo(dialog)
    assert len(empty_db.missions()) == 4


def test_hand_edited_package_lists_cells_and_imports_as_accepted_edits(
    qtbot, monkeypatch, empty_db, package, tmp_path
) -> None:
    edited = tmp_path / "edited.xlsx"
    workbook = load_workbook(package)
    sheet, ref = ROLE_CELL
    workbook[sheet][ref] = "Director, corrected at HQ"
    workbook.save(edited)

    window = make_window(qtbot, empty_db)
    dialog = import_through_window(qtbot, window, [edited])
    assert cell(dialog, 0, RESULT) == "Not imported"
    assert f"{sheet}!{ref}" in dialog.cells.text()
    assert dialog.accept_edits_button.isVisibleTo(dialog)
    assert empty_db.missions() == []

    monkeypatch.setattr(prompts, "ask_text", lambda _parent, _question, _text="": "Lead")
    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        dialog.accept_edits_button.click()
    assert cell(dialog, 0, RESULT) == "Imported"
    assert dialog.model.record(0).report.edits_accepted == 1
    mission = empty_db.mission(demo_uuid("mission"))
    roles = {
        empty_db.answers(s.uuid).get("respondent/respondent_role")
        for s in empty_db.submissions(mission.uuid)
    }
    assert "Director, corrected at HQ" in roles
    assert window.missions.model.rowCount() == 4


def test_the_export_dialog_offers_labels_in_the_forms_languages(
    qtbot, monkeypatch, demo_db, said, tmp_path
) -> None:
    window = make_window(qtbot, demo_db)
    window.missions.select(demo_uuid("mission"))
    target = tmp_path / "labels.xlsx"

    def run(dialog: ExportDialog) -> bool:
        dialog.charts.setChecked(False)
        assert dialog.labels.currentData() is None  # names by default
        dialog.labels.setCurrentIndex(dialog.labels.findData("French (fr)"))
        return True

    monkeypatch.setattr(prompts, "run_dialog", run)
    monkeypatch.setattr(prompts, "save_package_file", lambda _parent, _suggestion: target)
    operation = window.export_package()
    with qtbot.waitSignal(operation.succeeded, timeout=60_000):
        pass
    with closing(load_workbook(target, read_only=True)) as workbook:
        header = [c.value for c in next(workbook["diagnostic"].rows)]
    assert "Organisation" in header and "respondent/organisation" not in header
