"""A C-speed tally of one XML part: enough to vouch for an ordinary part, never to refuse.

``xmlscan`` calls a Python handler for every element, which made that scan
most of an import.  Files written by Excel, LibreOffice and openpyxl give
every cell and row a full reference as its first attribute, so for them the
bounds follow from regular expressions run in C over the very bytes expat
checks (expat, with only its DOCTYPE and entity handlers, still proves the
part well-formed and entity-free): the rectangle is the largest row times
the largest column referenced.  Start tags cannot hold ``<``, so a part is
cut at its last ``<`` between chunks and no tag is split.  Matches inside
comments or CDATA can only enlarge the counts.  A ``dimension`` (XlsxWriter
writes one in every sheet) is vouched for when its ``ref`` is the first
attribute and one or two plain references within Excel's bounds, the rule
the exact scan enforces; the declared rectangle does not count, as there.
Whenever a cell or row lacks a plain reference, a dimension is anything
else, a sheet holds a formula, a bound is reached, or the encoding is not
UTF-8, the tally cannot vouch and the exact scan decides (and words any
refusal).
"""

from __future__ import annotations

import re
from collections import Counter

from forms.untrusted.limits import EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, Limits

_PREFIXED = re.compile(rb"<[^\s/>!?<:]+:")
"""A start tag with a namespace prefix: local names could hide there, so the exact scan runs."""
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')
_ROW_REF = re.compile(rb'<row r="([1-9][0-9]{0,6})"')
_DIMENSION_REF = re.compile(
    rb'<dimension ref="([A-Z]{1,3})([1-9][0-9]{0,6})(?::([A-Z]{1,3})([1-9][0-9]{0,6}))?"[\s/>]'
)
_COUNTED = re.compile(rb"<(c|row|si|f|dimension)[\s/>]")
"""Start tags of the (unprefixed) elements that bound a sheet."""
_DECLARED = re.compile(rb'^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["\']([^"\']*)["\']')
_UTF8 = frozenset({b"utf-8", b"utf8", b"us-ascii", b"ascii"})
MAX_CARRY = 4 * 1024**2
"""A start tag longer than this is no ordinary file's: the exact scan takes it."""


class Tally:
    """Running counts over the pieces of one part, cut between tags."""

    def __init__(self) -> None:
        self.plain = True
        self.cells = self.cell_refs = 0
        self.rows = self.row_refs = 0
        self.strings = 0
        self.last_row = self.last_column = 0
        self.columns: set[bytes] = set()

    def add(self, text: bytes, *, final: bool = False) -> bytes:
        """Count the whole tags in ``text``; return the rest, to be put before the next chunk."""
        cut = len(text) if final else text.rfind(b"<")
        if cut < 0:
            return b""
        if len(text) - cut > MAX_CARRY or b"\x00" in text:
            self.plain = False
        if not self.plain:
            return b""
        piece = text[:cut]
        tags = Counter(_COUNTED.findall(piece))
        if _PREFIXED.search(piece) or tags[b"f"]:
            self.plain = False
            return b""
        if tags[b"dimension"] and not _plain_dimensions(piece, tags[b"dimension"]):
            self.plain = False
            return b""
        self.cells += tags[b"c"]
        refs = _CELL_REF.findall(piece)
        if refs:
            self.cell_refs += len(refs)
            self.columns.update(column for column, _ in refs)
            furthest = max(int(row) for _, row in refs)
            self.last_row = max(self.last_row, furthest)
        self.rows += tags[b"row"]
        rows = _ROW_REF.findall(piece)
        if rows:
            self.row_refs += len(rows)
            furthest = max(map(int, rows))
            self.last_row = max(self.last_row, furthest)
        self.strings += tags[b"si"]
        return text[cut:]

    def vouches(self, limits: Limits, is_sheet: bool) -> tuple[int, int, int] | None:
        """(rows, cells, strings) when the part is ordinary and within bounds, else None."""
        column = max((_column(letters) for letters in self.columns), default=0)
        cells = self.last_row * column
        rows = self.rows if is_sheet else 0
        ordinary = (
            self.plain
            and self.cells == self.cell_refs
            and self.rows == self.row_refs
            and self.last_row <= EXCEL_MAX_ROWS
            and column <= EXCEL_MAX_COLUMNS
            and cells <= limits.max_cells
            and rows <= limits.max_rows
            and self.strings <= limits.max_cells
        )
        return (rows, cells, self.strings) if ordinary else None


def utf8_declared(start: bytes) -> bool:
    """Whether the part's bytes are UTF-8 (or ASCII) as the regular expressions assume."""
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    declared = _DECLARED.match(start.lstrip(b" \t\r\n"))
    return declared is None or declared.group(1).lower() in _UTF8


def _plain_dimensions(piece: bytes, count: int) -> bool:
    """Whether each of the ``count`` dimensions in ``piece`` is plain and within Excel's bounds."""
    corners = _DIMENSION_REF.findall(piece)
    if len(corners) != count:
        return False
    return all(
        int(digits) <= EXCEL_MAX_ROWS and _column(letters) <= EXCEL_MAX_COLUMNS
        for first_letters, first_digits, last_letters, last_digits in corners
        for letters, digits in ((first_letters, first_digits), (last_letters, last_digits))
        if letters
    )


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number
