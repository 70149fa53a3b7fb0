"""ODK submissions from the window: a Briefcase folder out, Collect or Kobo submissions in.

The core (``exports.odk``) writes and reads the files; this module asks for
the folder, runs the work off the UI thread with progress, and says what
happened in plain words.  An import is reported like a package's (added,
merged, conflicts) by the ``PackageImporter``, which also refreshes the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QWidget

from forms.errors import UserError
from ui.package.counts import PackageCounts
from ui.package.files import FileOutcome, PackageFile
from ui.shared import prompts, settings
from ui.shared.workers import Operation, Task

if TYPE_CHECKING:
    from exports.odk.briefcase import BriefcaseSummary


def export_odk_to_folder(
    parent: QWidget, database_path: Path, missions: tuple[str, ...] | None, start: str
) -> Operation | None:
    """Ask for a folder, then write the missions' submissions there; None if cancelled."""
    folder = prompts.choose_folder(
        parent,
        QCoreApplication.translate("package_odk", "Export ODK submissions into a folder"),
        start,
    )
    if folder is None:
        return None
    settings.LAST_EXPORT_FOLDER.write(settings.open_settings(), str(folder))

    def work(task: Task) -> BriefcaseSummary:
        from exports.odk.briefcase import export_briefcase

        return export_briefcase(task.database(), folder, missions, progress=task.progress)

    operation = Operation(parent, work, database_path=database_path)
    operation.with_progress(
        QCoreApplication.translate("package_odk", "Writing ODK submissions into {name}…").format(
            name=folder.name
        )
    )
    operation.succeeded.connect(lambda summary: _exported(parent, summary))
    operation.run_in_background()
    return operation


def _exported(parent: QWidget | None, summary: BriefcaseSummary) -> None:
    """Say where the files went and how to send them on, then offer to open the folder."""
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            QCoreApplication.translate(
                "package_odk", "Exported ODK submissions into {folder}."
            ).format(folder=summary.folder),
            10_000,
        )
    counts = PackageCounts()
    text = QCoreApplication.translate(
        "package_odk",
        "{submissions} of {forms} written into {folder} in ODK Briefcase's layout. Push "
        "them to ODK Central with ODK Briefcase, or post each submission.xml to ODK Central "
        "or KoboToolbox.",
    ).format(
        submissions=counts.submissions(summary.submissions),
        forms=counts.forms(summary.forms),
        folder=summary.folder,
    )
    if prompts.tell(parent, text, QCoreApplication.translate("package_odk", "Show in folder")):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(summary.folder)))


def choose_submissions_folder(parent: QWidget) -> Path | None:
    """The folder of ODK Collect or Kobo submissions to import; None if the user cancels."""
    store = settings.open_settings()
    start = settings.start_folder(settings.LAST_IMPORT_FOLDER, store)
    folder = prompts.choose_folder(
        parent,
        QCoreApplication.translate("package_odk", "Import ODK submissions from a folder"),
        start,
    )
    if folder is not None:
        settings.LAST_IMPORT_FOLDER.write(store, str(folder))
    return folder


def import_odk_folder(task: Task, folder: Path, mission_uuid: str) -> list[FileOutcome]:
    """Worker thread: merge the folder's submissions into the mission, all or nothing.

    Returned as the one outcome of a package import, so the import report shows it.
    """
    from exports.odk.importing import import_briefcase

    task.progress(0, 0, QCoreApplication.translate("package_odk", "Reading the submissions…"))
    file = PackageFile(folder)
    try:
        report = import_briefcase(task.database(), folder, mission_uuid)
    except UserError as error:
        return [FileOutcome(file, error=error)]
    return [FileOutcome(file, report=report)]
