"""How a readable sheet prints: landscape, fitted to the page width, header on every page.

Excel and LibreOffice print a sheet at 100 % by default, so a form sheet of a
hundred columns spreads over dozens of pages, each showing a few cells with
no header.  Every visible sheet is set to print landscape on narrow margins
and scaled to the paper's width; a sheet too wide to stay readable on one
page is spread over as few pages across as keep the text at ``MIN_SCALE`` or
more.  Rows run on as many pages as they need, each repeating the header row.

Columns only a program needs (Kobo's server fields, the copies of the
submission's fields on repeat rows, a select_multiple's 1/0 columns, the
values calculations derive from the answers) are grouped and folded away:
they stay in the file, where pandas and import read them and the ``+`` above
the columns shows them, but the paper carries the answers.  Data columns are
as wide as their answers, not their headers: a header wraps onto several
lines, long answers wrap within their column.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from exports.package.layout import DERIVED_TYPES, SELECTS, Column
from forms.model import Form

DEFAULT_WIDTH = 8.43
"""A spreadsheet's column width when none is set (characters)."""

MIN_SCALE = 0.65
"""The smallest scale: an 11-point cell prints at 7.2 pt, still read without a lens."""
PAGE_CHARACTERS = 120
"""Column-width characters across a landscape Letter page at 100 %, inside ``MARGINS``
(measured with LibreOffice and its default font; A4 is wider)."""
ROWS_PER_PAGE = 54
"""One-line rows down a landscape page at ``MIN_SCALE``, inside ``MARGINS``, with a header."""
LINE_HEIGHT = 15
"""Points per line of 11-point text."""
MARGINS = {"left": 0.3, "right": 0.3, "top": 0.25, "bottom": 0.35}
"""Inches: narrow, as a spreadsheet's "Narrow" preset, leaving room for the footer."""
HEADER_FOOTER_MARGIN = 0.1
"""Inches between the paper's edge and the footer (and the empty header)."""
FOOTER = "&A – page &P of &N"
"""Each page says which sheet it shows and where it is in the printout."""
HEADER_LINES = 7
"""The most lines a data header wraps onto; a column is at least as wide as that needs."""
PROSE_WIDTH = 24
"""The widest a text column is made: longer answers wrap within it and their row grows."""
NARROW_PROSE_WIDTH = 18
"""A text column's width when that, and not ``PROSE_WIDTH``, lets its sheet print one page
wide: its rows grow by a line or two, the sheet's second page across goes."""
PROSE_LENGTH = NARROW_PROSE_WIDTH - 2
"""A text longer than this, with spaces, wraps within its column instead of being cut off."""

_TYPE_WIDTHS = {
    "integer": 10,
    "decimal": 12,
    "range": 8,
    "calculate": 9,
    "date": 11,
    "time": 9,
    "dateTime": 20,
    "select_multiple": 16,
}
_SIZED_BY_ANSWERS = frozenset({"text", "integer", "decimal", "select_one", "select_multiple"})
"""Types whose column shrinks to its longest exported answer (dates and times keep theirs)."""
_META_WIDTHS = {
    "_id": 16,
    "_uuid": 37,
    "_mission": 37,
    "_submission__uuid": 37,
    "_submission_time": 21,
    "_submission__submission_time": 21,
    "_created": 21,
    "_updated": 21,
    "_submitted_by": 18,
    "_submission__submitted_by": 18,
    "_parent_table_name": 18,
}
SHOWN_META = frozenset({"_index", "_parent_index"})
"""Meta columns kept on paper: they tie a repeat row to its submission's row."""
NARROWEST = 6


HEADER_WIDTH = 26
"""The widest a column is made for its header; a longer header wraps onto more lines."""


def column_width(header: str) -> int:
    """A column wide enough for a date and most of its header (which wraps), never a screen.

    Group paths make long headers (``access/infrastructure/infra_backbone``);
    sized to them a form sheet prints over twice the pages for the same cells.
    """
    return max(12, min(len(str(header)) + 2, HEADER_WIDTH))


def pages_across(widths: Sequence[float]) -> int:
    """How many pages wide a sheet prints so that its scale stays at ``MIN_SCALE`` or above."""
    return max(1, math.ceil((sum(widths) or 1) * MIN_SCALE / PAGE_CHARACTERS))


def pages_down(rows: int) -> int:
    """The fewest pages ``rows`` one-line rows fill at ``MIN_SCALE`` or above."""
    return max(1, math.ceil(rows / ROWS_PER_PAGE))


def print_legibly(
    sheet: Any,
    widths: Sequence[float],
    *,
    header: bool,
    folded: Collection[int] = (),
    pages_down: int = 0,
) -> None:
    """Landscape, fitted to ``pages_across`` page widths, ``header`` row 1 on every page.

    ``sheet`` is an XlsxWriter worksheet.  ``folded`` are 0-based indexes of
    columns grouped and hidden: they do not print.  A sheet one page wide runs
    on as many pages down as its rows need, or on ``pages_down`` pages.
    """
    sheet.set_landscape()
    printed = [width for index, width in enumerate(widths) if index not in folded]
    if pages_across(printed) == 1:
        sheet.fit_to_pages(1, pages_down)
    else:
        # Fitted to N pages a spreadsheet grows the text to fill them, and the rows then
        # spill onto pages below; at the smallest legible scale each page is full instead.
        sheet.set_print_scale(math.ceil(MIN_SCALE * 100))
    sheet.hide_gridlines(0)  # cells stay apart on paper as on screen
    sheet.set_margins(**MARGINS)
    sheet.set_header("", {"margin": HEADER_FOOTER_MARGIN})
    sheet.set_footer(f"&C{FOOTER}", {"margin": HEADER_FOOTER_MARGIN})
    if header:
        sheet.repeat_rows(0)
    if folded:
        # The + sits before the group of folded columns (Excel's default puts it after).
        sheet.outline_settings(True, True, False, False)


def folded_columns(columns: Sequence[Column], longest: Mapping[str, int] | None = None) -> set[int]:
    """Columns a program needs and paper does not: meta fields, 1/0 copies, calculations,
    and questions no exported submission answers (``longest`` lacks their path)."""
    return {
        index
        for index, column in enumerate(columns)
        if (column.meta and column.meta not in SHOWN_META)
        or column.choice is not None
        or column.type in DERIVED_TYPES
        or (longest is not None and column.path is not None and column.path not in longest)
    }


def data_widths(
    columns: Sequence[Column],
    form: Form,
    longest: Mapping[str, int] | None = None,
    *,
    labels: bool = False,
) -> list[int]:
    """Each data column as wide as its answers need, and enough for its header in a few lines.

    ``longest`` is the length of each question's longest exported answer (stored
    names and values; None when unknown): a column is sized for the answers it
    shows, not for the longest its type allows.  With ``labels`` a choice shows
    as its label, longer than the name stored.  Text columns are narrowed to
    ``NARROW_PROSE_WIDTH`` when that brings the sheet onto one page's width.
    """
    sized = _SIZED_BY_ANSWERS - SELECTS if labels else _SIZED_BY_ANSWERS
    folded = folded_columns(columns, longest)
    widths: list[int] = []
    for prose in (PROSE_WIDTH, NARROW_PROSE_WIDTH):
        widths = [_width(column, form, longest, sized, prose) for column in columns]
        if pages_across([w for i, w in enumerate(widths) if i not in folded]) == 1:
            break
    else:
        widths = [_width(column, form, longest, sized, PROSE_WIDTH) for column in columns]
    return widths


def _width(column: Column, form: Form, longest: Mapping[str, int] | None, sized, prose: int) -> int:
    header = max(NARROWEST, math.ceil(len(column.header) / HEADER_LINES) + 1)
    if column.meta:
        return max(header, _META_WIDTHS.get(column.meta, NARROWEST + 2))
    if column.choice is not None:
        return header
    widest = prose if column.type == "text" else _TYPE_WIDTHS.get(column.type or "", 12)
    if column.type == "select_one":
        node = form.node(column.path) if column.path else None
        choice_list = form.choice_lists.get(getattr(node, "choice_list", None) or "")
        names = max((len(c.name) for c in choice_list.choices), default=8) if choice_list else 8
        widest = min(names + 2, 16)
    if longest is not None and column.type in sized and column.path:
        widest = min(widest, longest.get(column.path, 0) + 2)
    return max(header, widest)


def is_prose(value: Any) -> bool:
    """Text that is read as sentences: wrapped on its cell rather than cut at the next one."""
    return type(value) is str and len(value) > PROSE_LENGTH and " " in value


def row_height(values: Sequence[Any], widths: Sequence[float]) -> float | None:
    """The height a row of wrapped sentences needs (None: one line, the default).

    Spreadsheets do not grow a written row to its wrapped text on opening, so
    without it the lines of a long answer print over each other.
    """
    lines = 1
    for value, width in zip(values, widths, strict=False):
        if is_prose(value):
            lines = max(lines, math.ceil(len(value) / max(width - 1, 1)))
    return LINE_HEIGHT * lines if lines > 1 else None
