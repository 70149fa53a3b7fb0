"""Export, import and conflicts from the window, with every modal question answered by the test."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from exports.package.importing import import_package
from exports.package.write import export_package
from storage import Database
from storage.demo import build_demo
from ui.conflicts.model import OURS, QUESTION, THEIRS
from ui.main_window import MainWindow
from ui.package.export_options import ExportDialog
from ui.package.exporting import suggested_name
from ui.package.outcomes import ADDED, CONFLICTS, RESULT, UNCHANGED
from ui.shared import prompts
from ui.shared.workers import Operation

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown

EVIDENCE = "access/infrastructure/infrastructure_evidence"
ROLE_CELL = ("diagnostic", "B2")  # respondent/respondent_role of the first interview


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


def make_window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    return window


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


def import_through_window(qtbot, window: MainWindow, paths: list[Path]):
    operation = window.importer.import_paths(paths)
    with qtbot.waitSignal(operation.succeeded, timeout=60_000):
        pass
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def cell(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


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
    [mission] = demo_db.missions()
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
    assert window.missions.model.rowCount() == 1  # the window was refreshed

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
    assert len(empty_db.missions()) == 1


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
    [mission] = empty_db.missions()
    roles = {
        empty_db.answers(s.uuid).get("respondent/respondent_role")
        for s in empty_db.submissions(mission.uuid)
    }
    assert "Director, corrected at HQ" in roles
    assert window.missions.model.rowCount() == 1


def test_conflict_is_listed_and_resolved_with_their_value(
    qtbot, demo_db, empty_db, package, tmp_path
) -> None:
    import_package(empty_db, package)
    [mission] = demo_db.missions()
    uuid = demo_db.submissions(mission.uuid)[0].uuid
    demo_db.save_answer(uuid, EVIDENCE, "Backbone reaches 23 provinces.", "Dara")
    empty_db.save_answer(uuid, EVIDENCE, "Backbone reaches 22 provinces.", "Lead")
    second = tmp_path / "second.xlsx"
    export_package(demo_db, second, charts=False)

    window = make_window(qtbot, empty_db)
    assert window.conflicts_hint.isHidden()
    report = import_through_window(qtbot, window, [second])
    assert cell(report, 0, CONFLICTS) == "1"
    assert window.conflicts_hint.text() == "1 conflict to resolve"
    assert window.conflicts_hint.isVisible()

    report.conflicts_button.click()
    dialog = window.conflicts_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        pass
    assert dialog.model.rowCount() == 1
    question = dialog.model.index(0, QUESTION)
    assert question.data() != EVIDENCE and question.data(Qt.ItemDataRole.ToolTipRole) == EVIDENCE
    assert dialog.model.index(0, OURS).data() == "Backbone reaches 22 provinces."
    assert dialog.model.index(0, THEIRS).data() == "Backbone reaches 23 provinces."
    assert "Lead" in dialog.ours.text() and "Dara" in dialog.theirs.text()

    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        dialog.take_theirs.click()
    assert dialog.model.rowCount() == 0
    assert dialog.heading.text() == "No conflicts to resolve."
    assert empty_db.answers(uuid)[EVIDENCE] == "Backbone reaches 23 provinces."
    assert window.conflicts_hint.isHidden()


def test_conflict_resolved_with_a_typed_value(qtbot, demo_db, empty_db, package, tmp_path):
    import_package(empty_db, package)
    [mission] = demo_db.missions()
    uuid = demo_db.submissions(mission.uuid)[0].uuid
    demo_db.save_answer(uuid, EVIDENCE, "field", "Dara")
    empty_db.save_answer(uuid, EVIDENCE, "hq", "Lead")
    second = tmp_path / "second.xlsx"
    export_package(demo_db, second, charts=False)
    import_package(empty_db, second)

    window = make_window(qtbot, empty_db)
    window.show_conflicts()
    dialog = window.conflicts_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        pass
    assert dialog.own_value.text() == "hq"
    dialog.own_value.setText("both were partly right")
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        dialog.use_value.click()
    assert dialog.model.rowCount() == 0
    assert empty_db.answers(uuid)[EVIDENCE] == "both were partly right"
