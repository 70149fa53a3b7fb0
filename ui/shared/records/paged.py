"""A record table that reads its rows a page at a time, as the view scrolls to them.

A mission at headquarters can hold 10⁵ submissions: reading them all (with
their answer counts) took seconds and held every row in memory.  Qt asks
``canFetchMore``/``fetchMore`` when the view nears the last row it has, so
only what has been scrolled to is ever read.  A refresh re-reads as many rows
as were shown, so the view keeps its place; finding a row by key that is not
read yet asks storage for its position and reads up to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from ui.shared.records.model import Record, RecordTableModel

PAGE = 256
"""Rows read at a time: a few screenfuls, one short query."""


class PagedRecordModel(RecordTableModel[Record]):
    """Subclasses implement ``load_page`` and ``position`` instead of ``load``."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(headers, parent)
        self._more = False

    def load_page(self, after: Record | None, limit: int) -> list[Record]:
        """Up to ``limit`` records following ``after`` (None: from the first) in list order."""
        raise NotImplementedError

    def position(self, key: Any) -> int | None:
        """The row the record ``key`` has in the whole list, None if it is not listed."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read from the first row as many rows as are shown (at least a page)."""
        self.reload(max(PAGE, len(self._records)))

    def reload(self, wanted: int = PAGE) -> None:
        """Start again with the first ``wanted`` rows (e.g. for another mission)."""
        records = self.load_page(None, wanted)
        self.beginResetModel()
        self._records = records
        self._more = len(records) == wanted
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._read(PAGE)

    def row_of(self, key: Any) -> int | None:
        row = super().row_of(key)
        if row is not None or not self._more:
            return row
        position = self.position(key)
        if position is None:
            return None
        if position >= len(self._records):
            self._read(position + 1 - len(self._records))
        return super().row_of(key)

    def _read(self, count: int) -> None:
        """Append the next ``count`` records (fewer at the end of the list)."""
        after = self._records[-1] if self._records else None
        records = self.load_page(after, count)
        self._more = len(records) == count
        if records:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self._records.extend(records)
            self.endInsertRows()
