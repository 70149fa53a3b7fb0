"""Streaming through one XML part of a workbook: no DTD, no entities, cells within bounds.

Readers size a sheet by its last filled row and column, so one cell moved
to ``XFD1048576`` makes them allocate hundreds of gigabytes.  Here each part
is parsed by expat, chunk by chunk, before any reader sees it: every ``row``,
``c`` and ``dimension`` reference must be within Excel's own bounds, and the
rectangle up to the last cell within ``Limits.max_cells`` (empty rows and
the declared dimension do not count: spreadsheet programs write
``<row r="1048576"/>`` and ``A1:IV65536`` into ordinary files).  Elements
are matched by local name whatever their namespace, as readers do.  A DOCTYPE is refused outright,
which rules out entity bombs and external entities.  Ordinary parts are
first tallied at C speed (``quickscan``); the per-element handlers below
run only on parts that tally cannot vouch for, and word every refusal.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from forms.errors import QT_TRANSLATE_NOOP
from forms.untrusted.limits import EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, Limits
from forms.untrusted.quickscan import Tally, utf8_declared

CHUNK = 1024**2
_REF = re.compile(r"\$?([A-Za-z]{0,3})\$?([0-9]{0,7})")
_SHEET_ROOTS = frozenset({"worksheet", "dialogsheet", "macrosheet"})


class _RootReached(Exception):  # noqa: N818 - a signal, not a fault
    """Stops a prolog-only scan at the first element."""


@dataclass
class PartFacts:
    """What a scanned part holds that matters across parts."""

    rows: int = 0
    is_sheet: bool = False
    cells: int = 0
    """The rectangle up to the last cell: what a reader allocates for this sheet."""
    strings: int = 0


class PartScan:
    """The expat handlers and running bounds of one part."""

    def __init__(self, member: str, name: str, limits: Limits, *, whole: bool) -> None:
        self.member = member
        self.name = name
        self.limits = limits
        self.whole = whole
        self.facts = PartFacts()
        self.root: str | None = None
        self.row = 0
        self.column = 0
        self.last_row = 0
        self.last_column = 0

    def parser(self) -> Any:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._entities
        parser.EntityDeclHandler = self._entities
        parser.UnparsedEntityDeclHandler = self._entities
        parser.ExternalEntityRefHandler = self._entities
        parser.StartElementHandler = self._start
        return parser

    def quick_parser(self) -> Any:
        """Expat with no per-element handler after the root: well-formedness and DTDs only."""
        parser = self.parser()

        def root(tag: str, _: dict[str, str]) -> None:
            self._note_root(tag.rpartition("}")[2])
            parser.StartElementHandler = None

        parser.StartElementHandler = root
        return parser

    def _note_root(self, local: str) -> None:
        self.root = local
        self.facts.is_sheet = local in _SHEET_ROOTS

    def _entities(self, *_: Any) -> None:
        raise self.entities_refused()

    def entities_refused(self) -> Exception:
        return self.limits.refuse(
            "xml-bomb",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} declares XML entities or a DOCTYPE (in {member}); it is refused as unsafe.",
            ),
            name=self.name,
            member=self.member,
        )

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        local = tag.rpartition("}")[2]
        if self.root is None:
            self._note_root(local)
            if not self.whole:
                raise _RootReached
        if local == "c":
            self._cell(attributes.get("r"))
        elif local == "si":
            self._string()
        elif local == "row":
            self._row(attributes.get("r"))
        elif local == "dimension":
            for corner in filter(None, (attributes.get("ref") or "").split(":")):
                self._within_excel(*self._parse(corner), corner)
        elif local == "f" and self.facts.is_sheet and not self.limits.formulas_allowed:
            raise self.limits.refuse(
                "formula",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} contains formulas (in {member}); a {label} holds values only.",
                ),
                name=self.name,
                member=self.member,
                label=self.limits.label,
            )

    def _row(self, ref: str | None) -> None:
        self.row = self._number(ref) if ref else self.row + 1
        self.column = 0
        if self.facts.is_sheet:
            self.facts.rows += 1
            # Refused while scanning, not after a whole million-row sheet was read.
            if self.facts.rows > self.limits.max_rows:
                raise self.limits.refuse(
                    "too-many-rows",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "{name} has more than {most_rows:,} rows, more than a {label} can hold.",
                    ),
                    name=self.name,
                    most_rows=self.limits.max_rows,
                    label=self.limits.label,
                )
        self._within_excel(self.row, 0, ref or f"row {self.row}")

    def _cell(self, ref: str | None) -> None:
        if ref:
            row, column = self._parse(ref)
            self.row = row or self.row
            self.column = column or self.column + 1
        else:
            self.column += 1
        self._reach(self.row, self.column, ref or f"column {self.column}")

    def _string(self) -> None:
        """One more shared string: readers keep them all, so there may be no more than cells."""
        self.facts.strings += 1
        if self.facts.strings > self.limits.max_cells:
            raise self.limits.refuse(
                "too-many-strings",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} has more than {most_strings:,} shared strings (in {member}), "
                    "more than a {label} can hold.",
                ),
                name=self.name,
                most_strings=self.limits.max_cells,
                member=self.member,
                label=self.limits.label,
            )

    def _number(self, text: str) -> int:
        if not text.isdigit() or len(text) > 7:
            raise self._far(text)
        return int(text)

    def _parse(self, ref: str) -> tuple[int, int]:
        """(row, column) of a reference such as ``$B$12``; 0 for a missing part."""
        match = _REF.fullmatch(ref.strip())
        if match is None or not ref.strip():
            raise self._far(ref)
        letters, digits = match.groups()
        column = 0
        for letter in letters.upper():
            column = column * 26 + ord(letter) - ord("A") + 1
        return int(digits or 0), column

    def _within_excel(self, row: int, column: int, ref: str) -> None:
        if row > EXCEL_MAX_ROWS or column > EXCEL_MAX_COLUMNS:
            raise self._far(ref)

    def _reach(self, row: int, column: int, ref: str) -> None:
        """A cell: within Excel, and the rectangle up to it within ``max_cells``."""
        self._within_excel(row, column, ref)
        self.last_row = max(self.last_row, row)
        self.last_column = max(self.last_column, column)
        self.facts.cells = self.last_row * self.last_column
        if self.facts.cells > self.limits.max_cells:
            raise self.limits.refuse(
                "sheet-too-large",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} has a sheet reaching {ref} (in {member}): {last_row:,} rows by "
                    "{last_column:,} columns is more than a {label} can hold.",
                ),
                name=self.name,
                ref=ref,
                member=self.member,
                last_row=self.last_row,
                last_column=self.last_column,
                label=self.limits.label,
            )

    def _far(self, ref: str) -> Exception:
        return self.limits.refuse(
            "far-cell",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} has a cell reference {ref!r} (in {member}) outside what Excel "
                "allows; it is refused as damaged or hostile.",
            ),
            name=self.name,
            ref=ref[:20],
            member=self.member,
        )


def scan_part(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits
) -> PartFacts:
    """Parse one part and return its facts.

    ``.xml`` and ``.rels`` parts are parsed whole; legacy ``.vml`` drawings
    (HTML-like, not well-formed) only up to their root; any other part is
    parsed whole if it starts like XML (a reader might take it for a sheet)
    and skipped if it is binary.  Raises ``UntrustedFileError`` for a
    refusal; ``expat.ExpatError`` and the zip module's errors for damage.
    """
    lower = info.filename.lower()
    if not lower.endswith(".vml"):
        facts = _quick_scan(archive, info, name, limits)
        if facts is not None:
            return facts
    scan = PartScan(info.filename, name, limits, whole=not lower.endswith(".vml"))
    parser = scan.parser()
    with archive.open(info) as stream:
        chunk = stream.read(CHUNK)
        if not lower.endswith((".xml", ".rels", ".vml")) and not _looks_like_xml(chunk):
            return scan.facts
        try:
            while chunk:
                parser.Parse(chunk, False)
                chunk = stream.read(CHUNK)
            parser.Parse(b"", True)
        except _RootReached:
            pass
    return scan.facts


def _quick_scan(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits
) -> PartFacts | None:
    """The part's facts from ``quickscan``'s tally, or None when only the exact scan can say."""
    lower = info.filename.lower()
    scan = PartScan(info.filename, name, limits, whole=True)
    parser = scan.quick_parser()
    tally = Tally()
    with archive.open(info) as stream:
        chunk = stream.read(CHUNK)
        if not lower.endswith((".xml", ".rels")) and not _looks_like_xml(chunk):
            return scan.facts
        if not utf8_declared(chunk):
            return None
        rest = b""
        while chunk:
            parser.Parse(chunk, False)
            rest = tally.add(rest + chunk)
            chunk = stream.read(CHUNK)
        parser.Parse(b"", True)
        tally.add(rest, final=True)
    counts = tally.vouches(limits, scan.facts.is_sheet)
    if counts is None:
        return None
    scan.facts.rows, scan.facts.cells, scan.facts.strings = counts
    return scan.facts


_DECLARATION = re.compile(rb"<!(?!--|\[CDATA\[)")
"""Markup starting ``<!`` that is neither a comment nor CDATA: a DOCTYPE or a declaration."""
_LOOKAHEAD = len(b"<![CDATA[")


def scan_unread_part(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits
) -> bool:
    """The cheap check of a part no reader will be given: True if it passed, False if it
    is not plain UTF-8 and needs the exact scan (``scan_part``) instead.

    Its size and compression ratio were checked with the zip's directory and
    ``zipfile`` stops at the declared size; here it is decompressed whole
    (its CRC checked), its prolog parsed by expat up to the root element (a
    DOCTYPE can only stand there), and every byte searched at C speed for
    ``<!`` opening anything but a comment or CDATA, so an entity declaration
    anywhere is refused.  Its cells are not bounded: nothing allocates them.
    """
    scan = PartScan(info.filename, name, limits, whole=False)
    parser = scan.parser()
    with archive.open(info) as stream:
        chunk = stream.read(CHUNK)
        if not _looks_like_xml(chunk) or not utf8_declared(chunk) or b"\x00" in chunk:
            return False
        in_prolog, rest = True, b""
        while chunk:
            if in_prolog:
                in_prolog = _parse_prolog(parser, chunk)
            text = rest + chunk
            keep = max(len(text) - _LOOKAHEAD, 0)
            found = _DECLARATION.search(text)
            if found is not None and found.start() < keep:
                raise scan.entities_refused()
            rest = text[keep:]
            chunk = stream.read(CHUNK)
        if in_prolog:
            parser.Parse(b"", True)  # no root element: expat says the part is damaged
        if _DECLARATION.search(rest):
            raise scan.entities_refused()
    return True


def _parse_prolog(parser: Any, chunk: bytes) -> bool:
    """Feed expat up to the root element; False once it is reached."""
    try:
        parser.Parse(chunk, False)
    except _RootReached:
        return False
    return True


def _looks_like_xml(start: bytes) -> bool:
    return start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")
