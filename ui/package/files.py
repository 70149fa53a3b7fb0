"""Package files to import, the worker that imports them, and what became of each.

The import report and the importer both speak of these; keeping them here,
below both, lets the importer show the report without the report importing
the importer back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from forms.errors import Cancelled, UserError
from ui.shared import prompts
from ui.shared.workers import Task

if TYPE_CHECKING:
    from storage.merge import ImportReport


@dataclass(frozen=True)
class PackageFile:
    """One file to import and how: its password and whose hand edits to accept."""

    path: Path
    password: str | None = None
    accept_edits_by: str | None = None
    allow_unsigned: bool = False
    """Take a package without a signature (the report then says it was not signed)."""


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: a report, a refusal, or cancelled before its turn."""

    file: PackageFile
    report: ImportReport | None = None
    error: UserError | None = None

    @property
    def cancelled(self) -> bool:
        return self.report is None and self.error is None


def import_files(task: Task, files: list[PackageFile]) -> list[FileOutcome]:
    """Worker thread: import each file in turn with the task's own connection.

    A cancel before any file went in is silent; after that the files already
    imported stay imported, so the rest are reported as cancelled instead.
    """
    from exports.package.devices import DevicePolicy
    from exports.package.importing import import_package

    outcomes: list[FileOutcome] = []
    for number, file in enumerate(files, start=1):
        progress = _file_progress(task, file, number, len(files))
        try:
            report = import_package(
                task.database(),
                file.path,
                password=file.password,
                accept_edits_by=file.accept_edits_by,
                progress=progress,
                cancel=task.cancel,
                policy=DevicePolicy(allow_unsigned=file.allow_unsigned),
            )
        except UserError as error:
            outcomes.append(FileOutcome(file, error=error))
        except Cancelled:
            if not any(outcome.report is not None for outcome in outcomes):
                raise
            outcomes.extend(FileOutcome(rest) for rest in files[len(outcomes) :])
            break
        else:
            outcomes.append(FileOutcome(file, report=report))
    return outcomes


def _file_progress(
    task: Task, file: PackageFile, number: int, count: int
) -> Callable[[int, int, str], None]:
    """Progress for one of several files: the file's name and place prefix the label."""
    prefix = f"{file.path.name} ({number}/{count}) " if count > 1 else ""

    def progress(done: int, total: int, label: str) -> None:
        task.progress(done, total, f"{prefix}{label}".strip())

    return progress


def is_encrypted(path: Path) -> bool:
    """True when the file is password-protected (an unreadable file is the core's to report).

    Only an ordinary file is opened: opening a FIFO would block the window for ever.
    """
    from exports.package.crypto import OLE_MAGIC
    from exports.package.crypto import is_encrypted as encrypted_bytes

    if not path.is_file():
        return False
    try:
        with path.open("rb") as stream:
            return encrypted_bytes(stream.read(len(OLE_MAGIC)))
    except OSError:
        return False


def ask_password(parent: QWidget | None, file: PackageFile) -> PackageFile | None:
    """The file with the password the user typed; None if they would not give one."""
    password = prompts.ask_password(
        parent,
        QCoreApplication.translate(
            "package_import", "{name} is protected by a password. Type its password:"
        ).format(name=file.path.name),
    )
    return replace(file, password=password) if password else None
