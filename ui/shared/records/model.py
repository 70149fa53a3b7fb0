"""A read-only table model over a list of records, one record a row.

Missions, submissions, conflicts and import outcomes are all listed this way:
the records come from storage on ``refresh`` (or are handed over with
``set_records``), each row's key (a uuid by default) sits under
``UUID_ROLE`` so views keep their selection across refreshes.  Subclasses
say what each cell shows.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from ui.shared import language

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's key: the record's uuid, or what the model's ``key`` says."""

# The roles a cell answers, as plain ints: a view asks a dozen roles per cell
# each time it paints, and looking up an enum member costs more than the answer.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)

RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Record = TypeVar("Record")


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """Rows are ``records``; subclasses implement ``cell`` and, to refresh, ``load``."""

    def __init__(
        self,
        headers: Sequence[str] | Callable[[], Sequence[str]],
        parent: Any = None,
        records: Sequence[Record] = (),
    ) -> None:
        """``headers`` as a function (calling ``tr``) follow the window's language."""
        super().__init__(parent)
        self._header_source = headers if callable(headers) else lambda: headers
        self._headers = tuple(self._header_source())
        self._records: list[Record] = list(records)
        if callable(headers):
            language.notifier().changed.connect(self.retranslate)

    def retranslate(self, _code: str = "") -> None:
        """Headers (and cells, which may hold translated words) in the new language."""
        self._headers = tuple(self._header_source())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(self._headers) - 1)
            )

    def load(self) -> list[Record]:
        """The records to show, read from storage (by default: the ones shown)."""
        return list(self._records)

    def key(self, record: Record) -> Any:
        """What identifies ``record`` across refreshes."""
        return record.uuid  # type: ignore[attr-defined]

    def header_tip(self, section: int) -> str | None:
        """A tooltip for a column header, where one helps."""
        return None

    def cell(self, record: Record, column: int, role: int) -> Any:
        """What ``record`` shows in ``column`` for ``role`` (None for nothing)."""
        raise NotImplementedError

    def refresh(self) -> None:
        self.set_records(self.load())

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def replace(self, row: int, record: Record) -> None:
        """Show ``record`` in place of row ``row``."""
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def record(self, row: int) -> Record:
        return self._records[row]

    def records(self) -> list[Record]:
        return list(self._records)

    def row_of(self, key: Any) -> int | None:
        return next(
            (row for row, record in enumerate(self._records) if self.key(record) == key), None
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == DISPLAY_ROLE:
            return self._headers[section]
        if role == TOOLTIP_ROLE:
            return self.header_tip(section)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == UUID_ROLE:
            return self.key(record)
        return self.cell(record, index.column(), role)


def local_time(stamp: str) -> str:
    """A stored UTC timestamp as the user's clock said it, written the window's way.

    English keeps ``YYYY-MM-DD HH:MM``; the other languages use their locale's
    short date and time (31/12/2026 14:05 in French).  Only shown so:
    what is stored stays ISO 8601 in UTC.
    """
    return _local_time(stamp, language.current_language())


def local_date(iso: str) -> str:
    """A stored ``YYYY-MM-DD`` date in the window's way (ISO in English)."""
    return _local_date(iso, language.current_language())


@functools.lru_cache(maxsize=4096)
def _local_time(stamp: str, code: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    if code == language.SOURCE_LANGUAGE:
        return moment.strftime("%Y-%m-%d %H:%M")
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


@functools.lru_cache(maxsize=1024)
def _local_date(iso: str, code: str) -> str:
    day = QDate.fromString(iso, "yyyy-MM-dd")
    if code == language.SOURCE_LANGUAGE or not day.isValid():
        return iso
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
