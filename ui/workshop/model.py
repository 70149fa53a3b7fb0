"""The priorities as a table model over the editing session: one row per priority.

Reads come from the session's FormState and every edit goes through
``FillSession.commit``, so the board saves, audits and undoes exactly as the
form view does.  Cells the form's rules reject are tinted and carry the
form's own message as their tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from exports.workshop.attendees import present
from exports.workshop.layout import WorkshopLayout
from exports.workshop.priorities import Priority, read_priorities
from exports.workshop.votes import Tally
from ui.shared.session import FillSession
from ui.workshop.columns import VOTES, Column, columns_for

ERROR_TINT = QColor("#FDE2E1")
Index = QModelIndex | QPersistentModelIndex


class PrioritiesModel(QAbstractTableModel):
    """Rows are priority positions 1..n of the session's submission."""

    def __init__(
        self,
        session: FillSession,
        layout: WorkshopLayout,
        block_labels: dict[str, str],
        outcome_labels: dict[str, str],
    ) -> None:
        super().__init__(session)
        self.session = session
        self.layout = layout
        self.columns = columns_for(layout)
        self.block_labels = block_labels
        self.outcome_labels = outcome_labels
        session.changed.connect(lambda _changes: self.refresh())
        session.structure_changed.connect(lambda _key: self.reset())
        session.reloaded.connect(lambda _message: self.reset())

    # -- reading -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self.session.state.repeat_count(self.layout.priorities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def path(self, row: int, field: str) -> str:
        return self.layout.priority(row + 1, field)

    def value(self, row: int, field: str) -> str | None:
        return self.session.state.value(self.path(row, field))

    def priorities(self) -> list[Priority]:
        return read_priorities(self.layout, self.session.state.answers, self.rowCount())

    def tally(self, row: int) -> Tally:
        return Tally.from_answers(*(self.value(row, field) for field in VOTES))

    def present(self) -> int:
        """Attendees on the list: the people who can vote."""
        if self.layout.attendees is None:
            return 0
        state = self.session.state
        return present(self.layout, state.answers, state.repeat_count(self.layout.attendees))

    def problem(self, row: int, column: Column) -> str | None:
        """The message a cell shows: the vote check, or the form's own rule."""
        if column.kind in ("vote", "bar"):
            found = self.tally(row).problem(self.present())
            if found:
                return found
        if column.kind in ("rank", "bar"):
            return None
        state = self.session.state
        path = self.path(row, column.field)
        if state.errors.get(state.node(path).path, {}).get(path) == "required":
            return None  # empty cells are the normal state of a board being filled
        return state.error(path)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(row, column.field) or "" if column.editable else None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The rule that fails, else the whole text of a cell too narrow for it.
            return self.problem(row, column) or self._shown(row, column) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if self.problem(row, column) is None else ERROR_TINT
        right = role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("rank", "vote")
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if right else None

    def _shown(self, row: int, column: Column) -> str:
        if column.kind == "rank":
            return self.value(row, column.field) or str(row + 1)
        if column.kind == "bar":
            return ""
        value = self.value(row, column.field)
        if value is None:
            return ""
        names = {"block": self.block_labels, "outcome": self.outcome_labels}.get(column.kind)
        if names is not None:
            return names.get(value, value)
        if column.kind == "vote":
            percentages = self.tally(row).percentages()
            share = percentages[VOTES.index(column.field)] if percentages else None
            return value if share is None else f"{value} · {share}%"
        return value

    # -- writing -----------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        self.session.commit(self.path(index.row(), column.field), str(value).strip() or None)
        return True

    def refresh(self) -> None:
        """Answers changed (here, by undo, or a calculation): repaint every cell."""
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()
