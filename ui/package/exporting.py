"""Exporting a package from the window: choices, a file name, the work off the UI thread.

The core (``exports.package.write``) does the writing and guarantees that a
cancelled or failed export leaves no file; this module only asks, names the
file, and says where it went.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QWidget

from storage import Database, Mission
from ui.package.counts import PackageCounts
from ui.package.export_options import ODK_FORMAT, ExportChoices, ExportDialog
from ui.shared import prompts, settings
from ui.shared.workers import Operation, Task

if TYPE_CHECKING:
    from exports.package.write import ExportSummary


def suggested_name(missions: list[Mission], today: dt.date | None = None) -> str:
    """``fieldwheel-KHM-2026-11-23.xlsx``: the missions' country and the day of export.

    Several countries give ``fieldwheel-all-…``, so the name never lies about
    what is inside.
    """
    countries = {mission.country for mission in missions if mission.country}
    where = countries.pop() if len(countries) == 1 else "all"
    return f"fieldwheel-{where}-{(today or dt.date.today()).isoformat()}.xlsx"


def export_with_dialog(
    parent: QWidget, database: Database, selected: Mission | None
) -> Operation | None:
    """Ask what to export and where, then export in the background; None if cancelled."""
    every = database.missions()
    if not every:
        return None
    dialog = ExportDialog(selected, len(every), parent, _languages(database))
    if not prompts.run_dialog(dialog):
        return None
    choices = dialog.choices()
    chosen = [m for m in every if choices.missions is None or m.uuid in choices.missions]
    store = settings.open_settings()
    folder = settings.start_folder(settings.LAST_EXPORT_FOLDER, store)
    if choices.format == ODK_FORMAT:
        from ui.package.odk import export_odk_to_folder

        return export_odk_to_folder(parent, database.path, choices.missions, folder)
    path = prompts.save_package_file(parent, Path(folder) / suggested_name(chosen))
    if path is None:
        return None
    settings.LAST_EXPORT_FOLDER.write(store, str(path.parent))
    return start_export(parent, database.path, path, choices, by=database.author())


def _languages(database: Database) -> list[str]:
    """The stored forms' languages, offered for the data sheets' labels."""
    from storage.editing import parse_stored_form

    found: list[str] = []
    for record in database.form_records():
        form = parse_stored_form(record.source, record.source_name)
        found.extend(language for language in form.languages if language not in found)
    return found


def start_export(
    parent: QWidget | None, database_path: Path, path: Path, choices: ExportChoices, *, by: str
) -> Operation:
    """Write the package at ``path`` with its own connection; says where it went on success."""

    def work(task: Task) -> ExportSummary:
        from exports.package.write import export_package

        return export_package(
            task.database(),
            path,
            missions=choices.missions,
            password=choices.password,
            by=by,
            charts=choices.charts,
            labels=choices.labels,
            progress=task.progress,
            cancel=task.cancel,
        )

    operation = Operation(parent, work, database_path=database_path)
    operation.with_progress(
        QCoreApplication.translate("package_export", "Exporting {name}…").format(name=path.name)
    )
    operation.succeeded.connect(lambda summary: _exported(parent, summary))
    operation.run_in_background()
    return operation


def _exported(parent: QWidget | None, summary: ExportSummary) -> None:
    """Say it in the status bar, then offer to open the folder the file is in."""
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            QCoreApplication.translate("package_export", "Exported {path}.").format(
                path=summary.path
            ),
            10_000,
        )
    counts = PackageCounts()
    text = QCoreApplication.translate(
        "package_export",
        "{name} is ready: {missions}, {submissions} and {answers}. "
        "Carry this one file to headquarters.",
    ).format(
        name=summary.path.name,
        missions=counts.missions(summary.missions),
        submissions=counts.submissions(summary.submissions),
        answers=counts.answers(summary.answers),
    )
    if prompts.tell(parent, text, QCoreApplication.translate("package_export", "Show in folder")):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(summary.path.parent)))
