"""A table model over an import's outcomes: one row per file, its counts or its refusal.

Counts are records of every kind (forms, missions, submissions, answers)
added, updated or left unchanged, as the core records them per import; the
tooltip breaks them down.  The words for a refusal come from the error's
code where the core's sentence speaks to the command line.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from ui.package_import import FileOutcome

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's ``FileOutcome``."""

FILE, RESULT, ADDED, UPDATED, UNCHANGED, CONFLICTS = range(6)
KINDS = ("form", "mission", "submission", "answer")
PASSWORD_CODES = frozenset({"package-password-needed", "package-wrong-password"})
EDITED = "package-edited"


def _tr(text: str) -> str:
    return QCoreApplication.translate("package_report", text)


def breakdown(counter: Counter) -> str:
    """``1 form, 8 submissions, 671 answers``; ``none`` when the counter is empty."""
    names = {
        "form": (_tr("form"), _tr("forms")),
        "mission": (_tr("mission"), _tr("missions")),
        "submission": (_tr("submission"), _tr("submissions")),
        "answer": (_tr("answer"), _tr("answers")),
    }
    parts = [
        f"{counter[kind]} {names[kind][counter[kind] != 1]}" for kind in KINDS if counter[kind]
    ]
    return ", ".join(parts) or _tr("none")


def result_text(outcome: FileOutcome) -> str:
    if outcome.report is not None:
        return _tr("Imported") if outcome.report.changed else _tr("Already imported")
    if outcome.error is not None:
        return _tr("Not imported")
    return _tr("Cancelled")


def explanation(outcome: FileOutcome) -> str:
    """One paragraph: the core's summary, or the refusal in the window's words."""
    name = outcome.file.path.name
    if outcome.report is not None:
        return outcome.report.summary
    error = outcome.error
    if error is None:
        return _tr("Cancelled before its turn; nothing from {name} was imported.").format(name=name)
    if error.code == "package-password-needed":
        return _tr("{name} is protected by a password, and none was given.").format(name=name)
    if error.code == EDITED:
        return _tr(
            "{name} was changed by hand after export, in {count} cell(s). Take the changes "
            "as someone's edits, or import the file as it was exported."
        ).format(name=name, count=len(changed_cells(outcome)))
    return error.message


def changed_cells(outcome: FileOutcome) -> list[str]:
    """The hand-edited cells (``tiny!B7``) a refusal names; empty for anything else."""
    if outcome.error is None or outcome.error.code != EDITED:
        return []
    return list(outcome.error.context.get("cells", []))


class ImportReportModel(QAbstractTableModel):
    """The files of one import, in the order they were chosen."""

    def __init__(self, outcomes: list[FileOutcome], parent: Any = None) -> None:
        super().__init__(parent)
        self._outcomes = list(outcomes)
        self._headers = (
            self.tr("File"),
            self.tr("Result"),
            self.tr("Added"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
        )

    def outcome(self, row: int) -> FileOutcome:
        return self._outcomes[row]

    def outcomes(self) -> list[FileOutcome]:
        return list(self._outcomes)

    def set_outcome(self, row: int, outcome: FileOutcome) -> None:
        """Replace one file's outcome after it was imported again."""
        self._outcomes[row] = outcome
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and ADDED <= section <= UNCHANGED:
            return self.tr("Forms, missions, submissions and answers together")
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        outcome = self._outcomes[index.row()]
        column = index.column()
        value: Any = None
        if role == OUTCOME_ROLE:
            value = outcome
        elif role == Qt.ItemDataRole.DisplayRole:
            value = self._display(outcome, column)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self._tooltip(outcome, column)
        elif role == Qt.ItemDataRole.DecorationRole and column == RESULT:
            value = self._icon(outcome)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column >= ADDED:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return value

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
