"""Importing packages from the window: choose files, passwords, import off the UI thread.

Each file is its own import (the core merges one package in one
transaction), so one refused file never stops the others: its refusal is
reported beside the others' counts.  Passwords are asked for before the
work starts, on the UI thread, because only files that are encrypted need
one and the first bytes say which.  The report dialog can run a file again
with a password or with its hand edits accepted; this module does that run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.package.counts import PackageCounts
from ui.package.files import FileOutcome, PackageFile, ask_password, import_files, is_encrypted
from ui.package.import_report import ImportReportDialog
from ui.shared import prompts, settings
from ui.shared.workers import Operation


class PackageImporter(QObject):
    """Runs imports for one window and shows their report.

    Signals:
        imported(): a run finished and may have changed the database.
        conflicts_requested(): the user wants to resolve the conflicts now.
    """

    imported = Signal()
    conflicts_requested = Signal()

    def __init__(self, database_path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._database_path = database_path
        self._window = parent
        self.report_dialog: ImportReportDialog | None = None

    def choose_and_import(self) -> Operation | None:
        """Ask for files (and passwords), then import them; None if the user cancels."""
        store = settings.open_settings()
        folder = settings.start_folder(settings.LAST_IMPORT_FOLDER, store)
        paths = prompts.open_package_files(self._window, folder)
        if not paths:
            return None
        settings.LAST_IMPORT_FOLDER.write(store, str(paths[0].parent))
        return self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> Operation:
        """Import ``paths``, asking for the password of each encrypted one first."""
        files = []
        for path in paths:
            file = PackageFile(path)
            # Without a password the core refuses the file, and the report offers to retry.
            files.append((ask_password(self._window, file) or file) if is_encrypted(path) else file)
        operation = self._start(files, self._window)
        operation.succeeded.connect(self._show_report)
        return operation

    def choose_odk_and_import(self, mission_uuid: str | None) -> Operation | None:
        """Ask for a folder of ODK submissions, then merge it into the mission."""
        from ui.package.odk import choose_submissions_folder

        if mission_uuid is None:
            return None
        folder = choose_submissions_folder(self._window)
        return None if folder is None else self.import_odk(folder, mission_uuid)

    def import_odk(self, folder: Path, mission_uuid: str) -> Operation:
        """Merge ODK Collect or Kobo submissions under ``folder``; reported as a package is."""
        from ui.package.odk import import_odk_folder

        operation = Operation(
            self._window,
            lambda task: import_odk_folder(task, folder, mission_uuid),
            database_path=self._database_path,
        )
        operation.with_progress(
            QCoreApplication.translate(
                "package_import", "Importing ODK submissions from {name}…"
            ).format(name=folder.name)
        )
        operation.succeeded.connect(lambda _outcomes: self.imported.emit())
        operation.succeeded.connect(self._show_report)
        operation.run_in_background()
        return operation

    def retry(self, row: int, file: PackageFile) -> Operation:
        """Import one file of the report again (with a password or accepted edits)."""
        # The report is modal: its progress must sit above it, not behind it.
        operation = self._start([file], self.report_dialog or self._window)
        operation.succeeded.connect(lambda outcomes: self._replace(row, outcomes))
        return operation

    def _start(self, files: list[PackageFile], parent: QWidget) -> Operation:
        operation = Operation(
            parent,
            lambda task: import_files(task, files),
            database_path=self._database_path,
        )
        label = (
            QCoreApplication.translate("package_import", "Importing {name}…").format(
                name=files[0].path.name
            )
            if len(files) == 1
            else PackageCounts().importing(len(files))
        )
        operation.with_progress(label)
        operation.succeeded.connect(lambda _outcomes: self.imported.emit())
        operation.run_in_background()
        return operation

    def _show_report(self, outcomes: list[FileOutcome]) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        dialog = ImportReportDialog(outcomes, self._window)
        dialog.retry_requested.connect(self.retry)
        dialog.conflicts_requested.connect(self.conflicts_requested)
        self.report_dialog = dialog
        dialog.open()

    def _replace(self, row: int, outcomes: list[FileOutcome]) -> None:
        if self.report_dialog is not None:
            self.report_dialog.set_outcome(row, outcomes[0])
