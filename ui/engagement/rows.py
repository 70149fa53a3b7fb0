"""A read-only table model over rows the worker prepared, with alert rows set apart.

The engagement tables are small (a dozen blocks, a few KPIs) and replaced
whole on every refresh, so the model holds plain text rows and resets.
Alert rows (a gap, an off-track KPI) are bold and say so in their text too,
so nothing depends on seeing colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Rows:
    """A table: its header, its rows of text, and which rows are alerts."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    alerts: frozenset[int] = field(default_factory=frozenset)
    numeric: frozenset[int] = field(default_factory=frozenset)
    """Columns aligned right."""


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = Rows(())
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, table: Rows) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.FontRole and index.row() in self.table.alerts:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.table.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.header[section]
        return str(section + 1)
