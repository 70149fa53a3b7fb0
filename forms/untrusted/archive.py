"""Opening an untrusted workbook's zip: the directory first, then every XML part streamed.

The directory is checked before anything is decompressed: the number of
parts, each part's and the total declared size, the compression ratio,
duplicate names (two copies of one sheet: Excel may show one and a reader
the other) and odd paths.  ``zipfile`` stops at each part's declared size
and checks its CRC, so the declared sizes are the sizes read.  Then every
XML part is parsed by ``xmlscan`` before any reader sees it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from xml.parsers import expat

from forms.errors import QT_TRANSLATE_NOOP
from forms.untrusted.limits import Limits
from forms.untrusted.xmlscan import scan_part

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
    rows = cells = 0
    try:
        for info in infos:
            cancel()
            if info.is_dir() or info.filename.lower().endswith(_BINARY):
                continue
            facts = scan_part(archive, info, name, limits)
            rows += facts.rows
            cells += facts.cells
            if rows > limits.max_rows:
                raise limits.refuse(
                    "too-many-rows",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "{name} has more than {most_rows:,} rows, more than a {label} can hold.",
                    ),
                    name=name,
                    most_rows=limits.max_rows,
                    label=limits.label,
                )
            if cells > limits.max_total_cells:
                raise limits.refuse(
                    "too-many-cells",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "{name} has more than {most_cells:,} cells in all its sheets, more than "
                        "a {label} can hold.",
                    ),
                    name=name,
                    most_cells=limits.max_total_cells,
                    label=limits.label,
                )
    except READ_ERRORS as error:
        raise damaged(name, limits) from error
    return archive


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
