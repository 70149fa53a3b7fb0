"""Making the report from the window: the dialog, the work off the UI thread, the PDF opened.

The core (``exports.report.build.write_report``) does everything and leaves
no file when cancelled or refused; this module asks, runs it with its own
database connection behind a progress dialog with Cancel, and opens the
finished PDF in the system's viewer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QWidget

from storage import Database, Mission
from ui.report.dialog import ReportChoices, ReportDialog
from ui.shared import prompts, settings
from ui.shared.workers import Operation, Task


def report_with_dialog(
    parent: QWidget, database: Database, mission: Mission | None
) -> Operation | None:
    """Ask for the report's choices, then make it in the background; None if cancelled."""
    if mission is None:
        return None
    store = settings.open_settings()
    folder = Path(settings.start_folder(settings.LAST_REPORT_FOLDER, store))
    from exports.report.workshop import FORM_ID

    has_workshop = any(s.form_id == FORM_ID for s in database.submissions(mission.uuid))
    dialog = ReportDialog(mission, folder, has_workshop=has_workshop, parent=parent)
    if not prompts.run_dialog(dialog):
        return None
    choices = dialog.choices()
    settings.LAST_REPORT_FOLDER.write(store, str(choices.path.parent))
    return start_report(parent, database.path, mission.uuid, choices, by=database.author())


def start_report(
    parent: QWidget | None,
    database_path: Path,
    mission_uuid: str,
    choices: ReportChoices,
    *,
    by: str,
) -> Operation:
    """Write the report with the worker's own connection; open it when it is done."""

    def work(task: Task) -> Path:
        from exports.report.build import ReportOptions, write_report

        options = ReportOptions(choices.language, choices.kind, choices.paper)
        return write_report(
            task.database(),
            mission_uuid,
            choices.path,
            options,
            by=by,
            progress=task.progress,
            cancel=task.cancel,
        )

    operation = Operation(parent, work, database_path=database_path)
    operation.with_progress(
        QCoreApplication.translate("report", "Making the report {name}…").format(
            name=choices.path.name
        )
    )
    operation.succeeded.connect(lambda path: _made(parent, path))
    operation.run_in_background()
    return operation


def _made(parent: QWidget | None, path: Path) -> None:
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            QCoreApplication.translate("report", "Report written to {path}.").format(path=path),
            10_000,
        )
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
