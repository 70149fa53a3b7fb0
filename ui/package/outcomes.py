"""A table model over an import's outcomes: one row per file, its counts or its refusal.

Counts are records of every kind (forms, missions, submissions, answers)
added, updated or left unchanged, as the core records them per import; the
tooltip breaks them down.  The words for a refusal come from the error's
code where the core's sentence speaks to the command line.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from ui.package.counts import PackageCounts
from ui.package.files import FileOutcome
from ui.shared.core_messages import error_message
from ui.shared.records.model import RIGHT_ALIGNED, RecordTableModel

"""A row's ``FileOutcome``."""

FILE, RESULT, ADDED, UPDATED, UNCHANGED, CONFLICTS = range(6)
KINDS = ("form", "mission", "submission", "answer")
PASSWORD_CODES = frozenset({"package-password-needed", "package-wrong-password"})
EDITED = "package-edited"
UNSIGNED = "package-unsigned"


def breakdown(counter: Counter) -> str:
    """``1 form, 8 submissions, 671 answers``; ``none`` when the counter is empty."""
    counts = PackageCounts()
    phrases = {
        "form": counts.forms,
        "mission": counts.missions,
        "submission": counts.submissions,
        "answer": counts.answers,
    }
    parts = [phrases[kind](counter[kind]) for kind in KINDS if counter[kind]]
    return ", ".join(parts) or QCoreApplication.translate("package_report", "none")


def result_text(outcome: FileOutcome) -> str:
    if outcome.report is not None:
        return (
            QCoreApplication.translate("package_report", "Imported")
            if outcome.report.changed
            else QCoreApplication.translate("package_report", "Already imported")
        )
    if outcome.error is not None:
        return QCoreApplication.translate("package_report", "Not imported")
    return QCoreApplication.translate("package_report", "Cancelled")


def explanation(outcome: FileOutcome) -> str:
    """One paragraph: the core's summary, or the refusal in the window's words."""
    name = outcome.file.path.name
    if outcome.report is not None:
        return outcome.report.summary
    error = outcome.error
    if error is None:
        return QCoreApplication.translate(
            "package_report", "Cancelled before its turn; nothing from {name} was imported."
        ).format(name=name)
    if error.code == "package-password-needed":
        return QCoreApplication.translate(
            "package_report", "{name} is protected by a password, and none was given."
        ).format(name=name)
    if error.code == UNSIGNED:
        return QCoreApplication.translate(
            "package_report",
            "{name} is not signed: it was written before Fieldwheel signed packages, or its "
            "signature was removed. Import it unsigned only if you trust where it came from.",
        ).format(name=name)
    if error.code == EDITED:
        return PackageCounts().edited_cells(len(changed_cells(outcome))).format(name=name)
    return error_message(error)


def changed_cells(outcome: FileOutcome) -> list[str]:
    """The hand-edited cells (``tiny!B7``) a refusal names; empty for anything else."""
    if outcome.error is None or outcome.error.code != EDITED:
        return []
    return list(outcome.error.context.get("cells", []))


class ImportReportModel(RecordTableModel[FileOutcome]):
    """The files of one import, in the order they were chosen."""

    def __init__(self, outcomes: list[FileOutcome], parent: Any = None) -> None:
        super().__init__(
            lambda: (
                self.tr("File"),
                self.tr("Result"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
            ),
            parent,
            outcomes,
        )

    def key(self, record: FileOutcome) -> str:
        return str(record.file.path)

    def header_tip(self, section: int) -> str | None:
        if ADDED <= section <= UNCHANGED:
            return self.tr("Forms, missions, submissions and answers together")
        return None

    def cell(self, outcome: FileOutcome, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(outcome, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(outcome, column)
        if role == Qt.ItemDataRole.DecorationRole and column == RESULT:
            return self._icon(outcome)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= ADDED:
            return RIGHT_ALIGNED
        return None

    def _display(self, outcome: FileOutcome, column: int) -> str:
        if column == FILE:
            return outcome.file.path.name
        if column == RESULT:
            return result_text(outcome)
        report = outcome.report
        if report is None:
            return ""
        if column == CONFLICTS:
            return str(report.conflicts)
        counter = {ADDED: report.added, UPDATED: report.updated, UNCHANGED: report.unchanged}
        return str(sum(counter[column].values()))

    def _tooltip(self, outcome: FileOutcome, column: int) -> str | None:
        report = outcome.report
        if column == FILE:
            return str(outcome.file.path)
        if column == RESULT:
            return explanation(outcome)
        if report is None or column == CONFLICTS:
            return None
        counter = {ADDED: report.added, UPDATED: report.updated, UNCHANGED: report.unchanged}
        return breakdown(counter[column])

    @staticmethod
    def _icon(outcome: FileOutcome) -> Any:
        pixmap = QStyle.StandardPixmap
        kind = (
            pixmap.SP_DialogApplyButton
            if outcome.report is not None
            else pixmap.SP_MessageBoxWarning
            if outcome.error is not None
            else pixmap.SP_DialogCancelButton
        )
        return QApplication.style().standardIcon(kind)
