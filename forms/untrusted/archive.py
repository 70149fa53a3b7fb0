"""Opening an untrusted workbook's zip: the directory first, then every XML part streamed.

The directory is checked before anything is decompressed: the number of
parts, each part's and the total declared size, the compression ratio,
duplicate names (two copies of one sheet: Excel may show one and a reader
the other) and odd paths.  ``zipfile`` stops at each part's declared size
and checks its CRC, so the declared sizes are the sizes read.  Then every
XML part is parsed by ``xmlscan`` before any reader sees it; the part of a
sheet the caller says it never reads is only checked for declarations
(``check_workbook_zip``'s ``unread``), since no reader allocates its cells.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from xml.parsers import expat

from forms.errors import QT_TRANSLATE_NOOP
from forms.untrusted.limits import Limits
from forms.untrusted.sheetparts import RELATIONSHIPS, WORKBOOK, SheetPart, worksheet_parts
from forms.untrusted.xmlscan import PartFacts, scan_part, scan_unread_part

READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    expat.ExpatError,
)
"""Everything zipfile, zlib and expat raise for damaged bytes."""
_BINARY = (".png", ".jpeg", ".jpg", ".gif", ".emf", ".wmf", ".bin", ".tif", ".tiff", ".bmp")


def _nothing() -> None:
    return None


def open_workbook_zip(
    data: bytes, name: str, limits: Limits, cancel: Callable[[], None] = _nothing
) -> zipfile.ZipFile:
    """The workbook's zip, after checking its directory and scanning its XML parts."""
    return check_workbook_zip(data, name, limits, cancel).archive


def check_workbook_zip(
    data: bytes,
    name: str,
    limits: Limits,
    cancel: Callable[[], None] = _nothing,
    *,
    unread: Callable[[str, bool], bool] | None = None,
) -> CheckedWorkbook:
    """The workbook's zip with its directory checked and its XML parts scanned.

    ``unread(sheet, hidden)`` says which sheets the caller will never give a
    reader: in a plain workbook (``sheetparts``) a worksheet part that only
    such sheets name gets the cheap check of ``scan_unread_part`` instead of
    the exact scan, and the caller must refuse to read any sheet of
    ``CheckedWorkbook.unread_sheets``.
    """
    if not data.startswith(b"PK\x03\x04"):
        raise limits.refuse(
            "not-xlsx",
            QT_TRANSLATE_NOOP("UserError", "{name} is not an Excel (.xlsx) file."),
            name=name,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except READ_ERRORS as error:
        raise damaged(name, limits) from error
    check_directory(infos, name, limits)
    checked = CheckedWorkbook(archive, name, limits)
    # The workbook and its relationships first: they say which part each sheet is.
    first = [info for info in infos if info.filename.lower() in (WORKBOOK, RELATIONSHIPS)]
    try:
        for info in first:
            cancel()
            checked.check(info)
        if unread is not None and len(first) == 2:
            checked.put_off_unread(worksheet_parts(archive) or {}, unread)
        for info in infos:
            cancel()
            if info in first or info.is_dir() or info.filename.lower().endswith(_BINARY):
                continue
            checked.check(info)
    except READ_ERRORS as error:
        raise damaged(name, limits) from error
    return checked


class CheckedWorkbook:
    """A workbook zip whose parts were checked, those of sheets never read only lightly."""

    def __init__(self, archive: zipfile.ZipFile, name: str, limits: Limits) -> None:
        self.archive = archive
        self.name = name
        self.limits = limits
        self.rows = self.cells = 0
        self.unread_sheets: frozenset[str] = frozenset()
        """Sheets the caller never reads whose part no other sheet names: a part the cheap
        check was enough for (``put_off``), so none of them may be given a reader."""
        self._unread: set[str] = set()

    def put_off_unread(
        self, sheets: dict[str, SheetPart], unread: Callable[[str, bool], bool]
    ) -> None:
        """Give the cheap check to the parts that only sheets never read name."""
        read = {
            part.info.filename for sheet, part in sheets.items() if not unread(sheet, part.hidden)
        }
        self._unread = {part.info.filename for part in sheets.values()} - read
        self.unread_sheets = frozenset(
            sheet for sheet, part in sheets.items() if part.info.filename in self._unread
        )

    def check(self, info: zipfile.ZipInfo) -> None:
        """The cheap check for a part no reader gets, else the exact scan (refusals raised)."""
        unread = info.filename in self._unread
        if not unread or not scan_unread_part(self.archive, info, self.name, self.limits):
            self._unread.discard(info.filename)
            self._count(scan_part(self.archive, info, self.name, self.limits))

    @property
    def put_off(self) -> frozenset[str]:
        """The parts only ``scan_unread_part`` has seen."""
        return frozenset(self._unread)

    def close(self) -> None:
        self.archive.close()

    def _count(self, facts: PartFacts) -> None:
        limits = self.limits
        self.rows += facts.rows
        self.cells += facts.cells
        if self.rows > limits.max_rows:
            raise limits.refuse(
                "too-many-rows",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} has more than {most_rows:,} rows, more than a {label} can hold.",
                ),
                name=self.name,
                most_rows=limits.max_rows,
                label=limits.label,
            )
        if self.cells > limits.max_total_cells:
            raise limits.refuse(
                "too-many-cells",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} has more than {most_cells:,} cells in all its sheets, more than "
                    "a {label} can hold.",
                ),
                name=self.name,
                most_cells=limits.max_total_cells,
                label=limits.label,
            )


def damaged(name: str, limits: Limits) -> Exception:
    return limits.refuse(
        "damaged",
        QT_TRANSLATE_NOOP(
            "UserError", "{name} is damaged or incomplete (was the copy interrupted?)."
        ),
        name=name,
    )


def check_directory(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """Refuse bombs, duplicates, odd paths and odd entries from the directory alone."""
    if len(infos) > limits.max_members:
        raise limits.refuse(
            "zip-bomb",
            QT_TRANSLATE_NOOP(
                "UserError", "{name} holds {count:,} parts; a {label} has a few dozen."
            ),
            name=name,
            count=len(infos),
            label=limits.label,
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename, name, limits)
        key = info.filename.casefold()
        if key in seen:
            raise limits.refuse(
                "duplicate-part",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} holds two parts named {member}; it is refused because programs "
                    "may read different copies.",
                ),
                name=name,
                member=info.filename[:80],
            )
        seen.add(key)
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, 8):
            raise damaged(name, limits)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        too_big = info.file_size > limits.max_member_bytes or total > limits.max_total_bytes
        if too_big or (info.file_size > limits.ratio_from_bytes and ratio > limits.max_ratio):
            raise limits.refuse(
                "zip-bomb",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} would expand to {megabytes} MB or more (part {member}); it is "
                    "refused as a possible zip bomb.",
                ),
                name=name,
                megabytes=max(total, info.file_size) // 1024**2,
                member=info.filename[:80],
            )


def _check_name(member: str, name: str, limits: Limits) -> None:
    parts = member.split("/")
    odd = (
        not member
        or member.startswith("/")
        or "\\" in member
        or ":" in member
        or any(ord(char) < 32 or ord(char) == 127 for char in member)
        or any(part in ("", ".", "..") for part in parts[:-1])
        or parts[-1] in (".", "..")
        or len(member) > 260
    )
    if odd:
        raise limits.refuse(
            "odd-path",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} holds a part with an odd path ({member!r}); it is refused as unsafe.",
            ),
            name=name,
            member=member[:80],
        )
