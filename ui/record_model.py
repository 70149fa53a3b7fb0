"""A read-only table model over a list of storage records that carry a uuid.

Missions and submissions are listed the same way: re-read in one query on
refresh, one row per record, the uuid under ``UUID_ROLE`` so views keep
their selection across refreshes.  Subclasses say what the rows are and what
each cell shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's record uuid."""

RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Record = TypeVar("Record")


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """Rows are ``records``; subclasses implement ``load`` and ``cell``."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._records: list[Record] = []

    def load(self) -> list[Record]:
        """The records to show, read from storage."""
        raise NotImplementedError

    def cell(self, record: Record, column: int, role: int) -> Any:
        """What ``record`` shows in ``column`` for ``role`` (None for nothing)."""
        raise NotImplementedError

    def refresh(self) -> None:
        self.beginResetModel()
        self._records = self.load()
        self.endResetModel()

    def record(self, row: int) -> Record:
        return self._records[row]

    def row_of(self, uuid: str) -> int | None:
        return next(
            (row for row, record in enumerate(self._records) if record.uuid == uuid),  # type: ignore[attr-defined]
            None,
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == UUID_ROLE:
            return record.uuid  # type: ignore[attr-defined]
        return self.cell(record, index.column(), role)
