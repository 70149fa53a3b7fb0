"""Checks a file must pass before any spreadsheet reader sees it.

An import file comes from outside: it may be truncated, not a zip at all, a
zip bomb (tiny file, gigabytes declared or a silly compression ratio), an
XML bomb (entities in a DOCTYPE), a sheet with formulas, or a million rows.
Each is refused here with one sentence, from the zip directory and a
streaming scan, before calamine builds anything in memory.  zipfile itself
stops decompressing at each member's declared size and checks its CRC, so
the declared sizes checked here are the sizes that will be read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from forms.errors import UserError

MAX_FILE_BYTES = 512 * 1024**2
MAX_MEMBERS = 5_000
MAX_MEMBER_BYTES = 256 * 1024**2
MAX_TOTAL_BYTES = 1024**3
MAX_RATIO = 200
RATIO_FROM_BYTES = 1024**2
"""Small members compress absurdly well (empty styles); the ratio counts from 1 MiB."""
MAX_ROWS = 1_000_000
SCAN_CHUNK = 1024**2

_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_OVERLAP = 32


class PackageError(UserError):
    """The file is not a package Fieldwheel can safely import; the message says why."""


def refuse(code: str, message: str) -> PackageError:
    return PackageError(code, message)


def check_size(size: int, name: str) -> None:
    if size > MAX_FILE_BYTES:
        raise refuse(
            "package-too-big",
            f"{name} is {size // 1024**2} MB, larger than any Fieldwheel package can be.",
        )


def open_archive(data: bytes, name: str, cancel: Callable[[], None]) -> zipfile.ZipFile:
    """The xlsx's zip, after checking its directory, its XML prologs and its worksheets."""
    if not data.startswith(b"PK\x03\x04"):
        raise refuse("package-not-xlsx", f"{name} is not an Excel (.xlsx) file.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise refuse(
            "package-damaged", f"{name} is damaged or incomplete (was the copy interrupted?)."
        ) from error
    _check_directory(infos, name)
    rows = 0
    try:
        for info in infos:
            cancel()
            if info.filename.endswith((".xml", ".rels", ".vml")):
                rows += _scan_member(archive, info, name)
                if rows > MAX_ROWS:
                    raise refuse(
                        "package-too-many-rows",
                        f"{name} has more than {MAX_ROWS:,} rows, more than a package can hold.",
                    )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise refuse(
            "package-damaged", f"{name} is damaged or incomplete (was the copy interrupted?)."
        ) from error
    return archive


def _check_directory(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise refuse(
            "package-zip-bomb", f"{name} holds {len(infos)} parts; a package has a few dozen."
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        too_big = info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
        if too_big or (info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO):
            raise refuse(
                "package-zip-bomb",
                f"{name} would expand to {max(total, info.file_size) // 1024**2} MB or more "
                f"(part {info.filename}); it is refused as a possible zip bomb.",
            )


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> int:
    """Refuse a DOCTYPE anywhere in the prolog, and formulas in worksheets; count rows."""
    worksheet = info.filename.startswith("xl/worksheets/")
    prolog = _Prolog(info.filename, name)
    rows = 0
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(SCAN_CHUNK):
            prolog.feed(chunk)
            if not worksheet:
                if prolog.done:
                    break
                continue
            window = tail + chunk
            if _FORMULA.search(window):
                raise refuse(
                    "package-formula",
                    f"{name} contains formulas (in {info.filename}); a package holds values only.",
                )
            rows += len(_ROW.findall(window)) - len(_ROW.findall(tail))
            tail = window[-_OVERLAP:]
    prolog.finish()
    return rows


class _RootReached(Exception):  # noqa: N818 - a signal, not a fault
    """Raised by the parser target at the first element: the prolog is over."""


class _Target:
    def start(self, tag, attrib) -> None:
        raise _RootReached

    def close(self) -> None:
        return None


class _Prolog:
    """Feeds a member to defusedxml until its root element starts; DTDs and entities are refused."""

    def __init__(self, member: str, name: str) -> None:
        self.member = member
        self.name = name
        self.done = False
        self._parser = DefusedXMLParser(
            target=_Target(), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )

    def feed(self, chunk: bytes) -> None:
        if self.done:
            return
        try:
            self._parser.feed(chunk)
        except _RootReached:
            self.done = True
        except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as error:
            raise refuse(
                "package-xml-bomb",
                f"{self.name} declares XML entities or a DOCTYPE (in {self.member}); "
                "it is refused as unsafe.",
            ) from error
        except ParseError as error:
            raise refuse(
                "package-damaged", f"{self.name} is damaged: {self.member} is not valid XML."
            ) from error

    def finish(self) -> None:
        if not self.done:
            raise refuse(
                "package-damaged", f"{self.name} is damaged: {self.member} is not valid XML."
            )
