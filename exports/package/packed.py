"""The canonical records as one compressed column of one hidden sheet.

Written cell by cell, the canonical records were most of an export's time
(an answer and its history are a dozen hidden cells for one visible one).
Here they are JSON lines, one record a line (the very bytes
``content.ContentHash`` hashes), a table's records after a line naming the
table, compressed with zlib and cut into base64 cells of ``CELL``
characters in column A of ``DATA_SHEET``.  A sheet rather than a custom zip
part because Excel and LibreOffice keep a hidden sheet when a person saves
the package after a hand edit, and drop parts they do not know.

Reading streams: cells are decoded and decompressed a piece at a time
(never beyond ``MAX_BYTES`` in all, so a forged stream cannot balloon), and
records come out one by one with the raw line the hash must see.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from exports.package.content import TABLES, ContentHash, Table
from forms.errors import QT_TRANSLATE_NOOP

DATA_SHEET = "_fw_data"
HEADER = "fieldwheel records: JSON lines, zlib, base64"
CELL = 32_000
"""Base64 characters per cell: a multiple of 4, under Excel's 32,767-character limit."""
_RAW = CELL // 4 * 3
"""Compressed bytes per cell."""
LEVEL = 1
"""zlib's fastest level: these records are repetitive enough that it loses little."""
MAX_BYTES = 4 * 1024**3
"""Decompressed size at which a stream is refused (a package holds at most 512 MB)."""
_PIECE = 1024**2
_BY_NAME = {table.sheet: table for table in TABLES}
_LINES = 256
"""Records compressed together."""
_RUN = 5_000
"""Records parsed together."""
_FIELD_TYPES = {str, type(None)}


class DamagedRecordsError(ValueError):
    """The hidden records are not what ``Packer`` writes."""


class Packer:
    """Hashes records and packs them into cells as they come."""

    def __init__(self, digest: ContentHash) -> None:
        self.digest = digest
        self._compressor = zlib.compressobj(LEVEL)
        self._pending = bytearray()
        self._table: Table | None = None

    def add(self, table: Table, records: Iterable[Sequence[str | None]]) -> Iterator[str]:
        """Hash and pack ``records`` of ``table``; yields the cells that filled up."""
        if table is not self._table:
            self._table = table
            self._pending += self._compressor.compress(_marker(table))
        add = self.digest.add
        lines: list[bytes] = []
        for record in records:
            lines.append(add(table, record))
            if len(lines) == _LINES:
                yield from self._compressed(lines)
                lines = []
        yield from self._compressed(lines)

    def _compressed(self, lines: list[bytes]) -> Iterator[str]:
        self._pending += self._compressor.compress(b"".join(lines))
        if len(self._pending) >= _RAW:
            yield from self._cells(final=False)

    def finish(self) -> Iterator[str]:
        """The last cells: the rest of the compressed stream."""
        self._pending += self._compressor.flush()
        yield from self._cells(final=True)

    def _cells(self, *, final: bool) -> Iterator[str]:
        data = self._pending
        whole = len(data) if final else len(data) - len(data) % _RAW
        for start in range(0, whole, _RAW):
            yield base64.b64encode(data[start : start + _RAW]).decode("ascii")
        del data[:whole]


def _marker(table: Table) -> bytes:
    return json.dumps(table.sheet).encode("ascii") + b"\n"


def pack(tables: dict[str, Iterable[Sequence[str | None]]]) -> tuple[list[str], ContentHash]:
    """Every table's records as cells, in TABLES order (for tests that forge packages)."""
    packer = Packer(ContentHash())
    cells = []
    for table in TABLES:
        cells.extend(packer.add(table, tables.get(table.sheet, ())))
    cells.extend(packer.finish())
    return cells, packer.digest


def unpack(cells: Iterable[Any]) -> Iterator[tuple[Table, bytes, list[str | None]]]:
    """Each record with its table and raw line; DamagedRecordsError if the stream is not ours."""
    for table, lines, records in unpack_runs(cells):
        yield from zip([table] * len(records), lines, records, strict=True)


def unpack_runs(
    cells: Iterable[Any], only: Table | None = None
) -> Iterator[tuple[Table, list[bytes], list[list[str | None]]]]:
    """Runs of consecutive records of one table, with their raw lines (for the hash).

    A run is parsed as one JSON array, which is what makes reading cheap.
    With ``only``, for cells whose every record already passed this check
    (the import walks the answers again from verified cells), the other
    tables' lines are skipped unparsed and the records' shape is not checked again.
    """
    table: Table | None = None
    run: list[bytes] = []
    for lines, unmarked in _blocks(cells):
        if unmarked:  # nearly every block: no table starts in it, so no line is looked at
            if only is None or table is only:
                run.extend(lines)
                while len(run) >= _RUN:
                    yield _run(table, run[:_RUN], checked=only is not None)
                    del run[:_RUN]
            continue
        for line in lines:
            if not line.startswith(b'"'):
                if only is not None and table is not only:
                    continue
                run.append(line)
                if len(run) < _RUN:
                    continue
            if run:
                yield _run(table, run, checked=only is not None)
                run = []
            if line.startswith(b'"'):
                table = _BY_NAME.get(_json(line))
                if table is None:
                    raise DamagedRecordsError(QT_TRANSLATE_NOOP("UserError", "an unknown table"))
    if run:
        yield _run(table, run, checked=only is not None)


def _run(
    table: Table | None, lines: list[bytes], *, checked: bool = False
) -> tuple[Table, list[bytes], list]:
    if table is None:
        raise DamagedRecordsError(QT_TRANSLATE_NOOP("UserError", "records before their table"))
    records = _json(b"[" + b",".join(lines) + b"]")
    if checked:
        return table, lines, records
    width = len(table.columns)
    if (
        len(records) != len(lines)
        or set(map(type, records)) - {list}
        or set(map(len, records)) - {width}
        or not set(map(type, itertools.chain.from_iterable(records))) <= _FIELD_TYPES
    ):
        raise DamagedRecordsError(QT_TRANSLATE_NOOP("UserError", "a record of the wrong shape"))
    return table, lines, records


def _json(line: bytes) -> Any:
    try:
        return json.loads(line.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError) as error:
        raise DamagedRecordsError(
            QT_TRANSLATE_NOOP("UserError", "a line that is not JSON")
        ) from error


def _blocks(cells: Iterable[Any]) -> Iterator[tuple[list[bytes], bool]]:
    """The decompressed stream as lists of whole lines, holding at most a piece and a line.

    Each list comes with whether no line of it can name a table (none starts
    with a quote), so the caller need not look at its lines one by one.
    """
    decompressor = zlib.decompressobj()
    rest = b""
    total = 0
    for cell in cells:
        if not isinstance(cell, str) or not cell:
            raise DamagedRecordsError(
                QT_TRANSLATE_NOOP("UserError", "a cell that is not base64 text")
            )
        try:
            data = base64.b64decode(cell, validate=True)
        except (binascii.Error, ValueError) as error:
            raise DamagedRecordsError(
                QT_TRANSLATE_NOOP("UserError", "a cell that is not base64")
            ) from error
        while data:
            try:
                piece = decompressor.decompress(data, _PIECE)
            except zlib.error as error:
                raise DamagedRecordsError(
                    QT_TRANSLATE_NOOP("UserError", "a broken compressed stream")
                ) from error
            data = decompressor.unconsumed_tail
            total += len(piece)
            if total > MAX_BYTES:
                raise DamagedRecordsError(
                    QT_TRANSLATE_NOOP("UserError", "a stream too large to be a package's")
                )
            text = rest + piece
            lines = text.split(b"\n")
            rest = lines.pop()
            yield lines, not text.startswith(b'"') and b'\n"' not in text
        if decompressor.eof and decompressor.unused_data:
            raise DamagedRecordsError(
                QT_TRANSLATE_NOOP("UserError", "bytes after the end of the stream")
            )
    if not decompressor.eof or rest:
        raise DamagedRecordsError(QT_TRANSLATE_NOOP("UserError", "a stream cut short"))
