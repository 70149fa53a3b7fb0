"""Writing a package's sheets with XlsxWriter: typed cells, one row after another.

XlsxWriter's constant-memory mode keeps one row of each sheet in memory and
streams the rest to a temporary file per sheet, so every sheet of a package
fills side by side while each submission is read once and memory stays
flat.  It writes the package's cells in about 0.6 of the time openpyxl's
write-only mode takes.  That mode wants each sheet's rows in order, with a
row's height and outline level set before its cells: ``Sheet`` counts the
rows and writes each one whole.

Every cell goes through an explicitly typed method: ``write()`` would make
text starting with ``=`` a formula.  Text is given as a reader returns it
(``cells.readable_text``); XlsxWriter escapes literal ``_xHHHH_`` itself.
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections import deque
from collections.abc import Sequence
from typing import Any

from exports.package.cells import is_formula_like, readable_text
from exports.package.printing import is_prose

DATE_FORMAT = "yyyy-mm-dd"
DIGIT_PIXELS = 7
"""Pixels per width unit (Calibri 11's widest digit).  ``set_column`` adds a cell's padding to
the width it is given; the package's widths are written as they are, as page layouts were
measured with them, so they are given in pixels."""
_REMEMBERED = 100_000
"""Readable texts remembered per export: bounded, so memory stays flat."""


class _ShortestRepr(float):
    """A float XlsxWriter writes whole: it formats numbers with 16 significant digits, and
    ``typed_value`` lets through answers of 17 (``123456789.12345679``), which a reader
    would give back changed, as a hand edit."""

    def __format__(self, spec: str) -> str:
        return repr(float(self))


class CellRefusedError(ValueError):
    """XlsxWriter cut a cell's text or refused its place: the package would lose it silently."""


class Styles:
    """The package's few cell formats, each created once per workbook."""

    def __init__(self, workbook: Any) -> None:
        wrapped = {"text_wrap": True, "valign": "top"}
        self.wrapped = workbook.add_format(wrapped)
        self.date = workbook.add_format({"num_format": DATE_FORMAT})
        self.quoted = workbook.add_format({"quote_prefix": True})
        self.quoted_wrapped = workbook.add_format({"quote_prefix": True, **wrapped})
        self._texts: dict[str, str] = {}

    def text(self, value: str) -> str:
        """``value`` as written and read back; short texts repeat, so theirs is remembered."""
        known = self._texts.get(value)
        if known is not None:
            return known
        text = readable_text(value)
        if len(value) <= 64 and len(self._texts) < _REMEMBERED:
            self._texts[value] = text
        return text


class Sheet:
    """One worksheet, the next row to write, and the column widths its rows wrap within."""

    def __init__(self, worksheet: Any, styles: Styles, widths: Sequence[float] = ()) -> None:
        self.worksheet = worksheet
        self.name: str = worksheet.name
        self.styles = styles
        self.widths = widths
        self.rows = 0
        self._sized: deque[int] = deque()

    def set_columns(self, widths: Sequence[float], folded: Sequence[int] | set[int] = ()) -> None:
        """Each column's width as given; ``folded`` (0-based) grouped and hidden."""
        for index in range(max(len(widths), max(folded, default=-1) + 1)):
            width = widths[index] if index < len(widths) else None
            options = {"level": 1, "hidden": True} if index in folded else None
            pixels = None if width is None else width * DIGIT_PIXELS
            self.worksheet.set_column_pixels(index, index, pixels, None, options)

    def append(
        self,
        values: Sequence[Any],
        *,
        wrap: bool = False,
        height: float | None = None,
        folded: bool = False,
        every: Any = None,
    ) -> None:
        """One row: with ``wrap`` prose wraps, ``every`` formats all its cells (a header)."""
        row = self.rows
        self.rows += 1
        if height is not None or folded:
            options = {"level": 1, "hidden": True} if folded else None
            self.worksheet.set_row(row, height, None, options)
            self._sized.append(row)
        write_string = self.worksheet.write_string
        styles = self.styles
        for column, value in enumerate(values):
            if type(value) is str:
                if not value:  # no cell, as openpyxl wrote it: readers give back None
                    if every is not None:
                        self.worksheet.write_blank(row, column, None, every)
                    continue
                text = styles.text(value)
                style = every or (styles.wrapped if wrap and is_prose(value) else None)
                if is_formula_like(text):
                    style = styles.quoted if style is None else styles.quoted_wrapped
                status = write_string(row, column, text, style)
                if status:
                    raise _refused(self.name, row, column, status)
            elif value is not None:
                self._typed(row, column, value, every)
        if self._sized:
            self._forget_written_rows()

    def _forget_written_rows(self) -> None:
        """Drop what XlsxWriter keeps of the rows it has written out (their height, level).

        It keeps them for every row, about 320 bytes each, which would grow with
        the package: the rows before ``previous_row`` are in the sheet's file
        already (or, empty, never will be), and the charts are placed below them.
        """
        worksheet = self.worksheet
        while self._sized and self._sized[0] < worksheet.previous_row:
            row = self._sized.popleft()
            worksheet.row_info.pop(row, None)
            worksheet.row_sizes.pop(row, None)

    def _typed(self, row: int, column: int, value: Any, style: Any) -> None:
        if isinstance(value, bool):
            self.worksheet.write_boolean(row, column, value, style)
        elif isinstance(value, dt.date | dt.datetime):
            self.worksheet.write_datetime(row, column, value, self.styles.date)
        elif isinstance(value, numbers.Real):
            if type(value) is float and float(f"{value:.16G}") != value:
                value = _ShortestRepr(value)
            self.worksheet.write_number(row, column, value, style)
        else:
            raise TypeError(f"{self.name}: a cell cannot hold {type(value).__name__}")

    def append_raw(self, values: Sequence[str | None]) -> None:
        """A row of a hidden sheet whose texts are already what a reader must return."""
        row = self.rows
        self.rows += 1
        for column, text in enumerate(values):
            status = 0 if text is None else self.worksheet.write_string(row, column, text)
            if status:
                raise _refused(self.name, row, column, status)


def _refused(sheet: str, row: int, column: int, status: int) -> CellRefusedError:
    """-1: beyond the sheet's bounds; -2: cut at 32,767 characters (``cells`` cuts before)."""
    return CellRefusedError(f"{sheet}: XlsxWriter refused row {row}, column {column} ({status})")
