"""Reading a package back: decrypt, check, read the sheets, verify the manifest.

The result is a ``Package``: the canonical records exactly as exported
(every string restored, tombstones included), the manifest, and the
readable sheets' cells as python-calamine returns them, for the hand-edit
check.  Nothing here touches a database; anything wrong is a
``PackageError`` sentence.
"""

from __future__ import annotations

import base64
import binascii
import io
import itertools
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from exports.package import content
from exports.package.cells import decode_field
from exports.package.crypto import decrypt, is_encrypted
from exports.package.layout import SheetLayout, layouts_from_records
from exports.package.packed import DATA_SHEET, HEADER, DamagedRecordsError, unpack_runs
from exports.package.readable import (
    ABOUT_SHEET,
    AUDIT_SHEET,
    CHANGES_SHEET,
    CODEBOOK_SHEET,
    WHEEL_SHEET,
)
from exports.package.safety import open_archive, read_package_bytes, refuse
from exports.package.signing import Signer, verify_manifest
from forms.errors import QT_TRANSLATE_NOOP, Cancelled

Progress = Callable[[int, int, str], None]


@dataclass
class Package:
    """A verified package in memory."""

    name: str
    manifest: dict[str, str]
    tables: dict[str, Any]
    """Records per hidden sheet: lists; answers and audit ``UnpackedOnDemand`` (schema 2)."""
    layouts: dict[tuple, list[SheetLayout]]
    visible: dict[str, list[list[Any]]] = field(default_factory=dict)
    signer: Signer | None = None
    """Who signed the manifest (verified); None for a package from before signing."""

    @property
    def package_uuid(self) -> str:
        return self.manifest["package_uuid"]


NOT_A_PACKAGE = QT_TRANSLATE_NOOP(
    "UserError", "{name} is an Excel file but not a Fieldwheel package."
)


def read_package(
    path: str | Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Package:
    """Open and verify the package at ``path``; raise PackageError if anything is off."""
    path = Path(path)
    name = path.name

    def step(done: int, label: str) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        if progress is not None:
            progress(done, 4, label)

    step(0, "reading")
    data = _plain_bytes(path, password)
    step(1, "checking")
    checked = open_archive(data, name, lambda: step(1, "checking"), never_read)
    checked.close()
    try:
        workbook = CheckedReader(
            CalamineWorkbook.from_filelike(io.BytesIO(data)), checked.unread_sheets, name
        )
        del data  # the reader keeps its own copy: holding ours too doubles the peak
        sheets = set(workbook.sheet_names)
        if content.MANIFEST_SHEET not in sheets:
            raise refuse("package-not-fieldwheel", NOT_A_PACKAGE, name=name)
        manifest = _manifest(workbook.rows(content.MANIFEST_SHEET), name)
        step(2, "reading data")
        if DATA_SHEET in sheets:
            tables = _unpacked(workbook.rows(DATA_SHEET), manifest, name)
        else:
            tables = _sheet_tables(workbook, sheets, manifest, name)
        signer = verify_manifest(manifest, name)
        layouts = layouts_from_records(
            tuple(r[c] for c in content.LAYOUT.columns) for r in tables[content.LAYOUT.sheet]
        )
        step(3, "reading sheets")
        visible = _visible_sheets(workbook, sheets, layouts, name)
    except CalamineError as error:
        raise refuse(
            "package-damaged",
            QT_TRANSLATE_NOOP("UserError", "{name} is damaged and cannot be read ({reason})."),
            name=name,
            reason=_short(error),
        ) from error
    except BaseException as error:  # pyo3's PanicException: a reader bug is still a refusal
        if type(error).__name__ != "PanicException":
            raise
        raise refuse(
            "package-damaged",
            QT_TRANSLATE_NOOP("UserError", "{name} is damaged and cannot be read."),
            name=name,
        ) from error
    _decode_forms(tables[content.FORMS.sheet], name)
    step(4, "verified")
    return Package(name, manifest, tables, layouts, visible, signer)


def _visible_sheets(workbook: Any, sheets: set[str], layouts: Any, name: str) -> dict[str, Any]:
    """The rows of every readable sheet the layouts name; a removed one is a hand edit."""
    visible = {}
    for sheet_layouts in layouts.values():
        for layout in sheet_layouts:
            if layout.name not in sheets:
                raise refuse(
                    "package-edited",
                    QT_TRANSLATE_NOOP("UserError", "The sheet {sheet} was removed from {name}."),
                    sheet=layout.name,
                    name=name,
                )
            visible[layout.name] = workbook.rows(layout.name)
    return visible


def _plain_bytes(path: Path, password: str | None) -> bytes:
    """The xlsx bytes, decrypted if need be; a password for a plain file is refused."""
    data = read_package_bytes(path)
    if is_encrypted(data):
        return decrypt(data, password, path.name)
    if password:
        raise refuse(
            "package-not-encrypted",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} is not protected by a password, yet one was given; import it "
                "without --password-file (a password-protected copy may have been "
                "replaced).",
            ),
            name=path.name,
        )
    return data


def _short(error: Exception) -> str:
    """The reader's own words, first line only and never a page long."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else "unknown reason"
    return text if len(text) <= 120 else text[:117] + "..."


class CheckedReader:
    """The reader, refusing the sheets only lightly checked: no package's records name them."""

    def __init__(self, workbook: CalamineWorkbook, unread: frozenset[str], name: str) -> None:
        self.sheet_names = workbook.sheet_names
        self._workbook = workbook
        self._unread = unread
        self._name = name

    def rows(self, sheet: str) -> list[list[Any]]:
        if sheet in self._unread:  # a forged layout naming the audit log, say
            raise refuse(
                "package-tampered",
                QT_TRANSLATE_NOOP("UserError", "The hidden sheet {sheet} of {name} was changed."),
                sheet=sheet,
                name=self._name,
            )
        return self._workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


NEVER_READ = frozenset({ABOUT_SHEET, CODEBOOK_SHEET, CHANGES_SHEET, WHEEL_SHEET, AUDIT_SHEET})
"""Readable sheets export writes and import never reads (no form's sheet takes their names)."""
_AUDIT_CONTINUED = re.compile(re.escape(AUDIT_SHEET) + " [0-9]+")


def never_read(sheet: str, hidden: bool) -> bool:
    """Whether import never reads ``sheet``: only the cheap check of ``forms.untrusted`` for
    it.  The audit log's own continuation sheets are hidden; a form's sheets are not."""
    return sheet in NEVER_READ or (hidden and _AUDIT_CONTINUED.fullmatch(sheet) is not None)


def _manifest(rows: list[list[Any]], name: str) -> dict[str, str]:
    facts: dict[str, str] = {}
    try:
        for row in rows[1:]:
            if row and row[0]:
                facts[str(row[0])] = decode_field("".join(str(c) for c in row[1:] if c != "")) or ""
    except ValueError as error:
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP("UserError", "The manifest of {name} was changed."),
            name=name,
        ) from error
    if facts.get("format") != content.PACKAGE_FORMAT:
        raise refuse(
            "package-not-fieldwheel",
            QT_TRANSLATE_NOOP("UserError", "{name} is an Excel file but not a Fieldwheel package."),
            name=name,
        )
    try:
        schema = int(facts.get("schema_version", ""))
    except ValueError:
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP("UserError", "The manifest of {name} was changed."),
            name=name,
        ) from None
    if schema > content.PACKAGE_SCHEMA:
        raise refuse(
            "package-newer-schema",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} was written by a newer Fieldwheel (package schema {schema}, this "
                "one reads up to {most}); update Fieldwheel to import it.",
            ),
            name=name,
            schema=schema,
            most=content.PACKAGE_SCHEMA,
        )
    if not facts.get(content.HASH_KEY) or not facts.get("package_uuid"):
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP("UserError", "The manifest of {name} is incomplete."),
            name=name,
        )
    return facts


def _unpacked(rows: list[list[Any]], manifest: dict[str, str], name: str) -> dict[str, list]:
    """The packed records (schema 2), checked against the manifest's hash as they stream."""
    if not rows or rows[0][:1] != [HEADER] or any(len(row) > 1 for row in rows):
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP("UserError", "The hidden sheet {sheet} of {name} was changed."),
            sheet=DATA_SHEET,
            name=name,
        )
    digest = content.ContentHash()
    tables: dict[str, Any] = {table.sheet: [] for table in content.TABLES}
    cells = [row[0] if row else None for row in rows[1:]]
    counts = dict.fromkeys(ON_DEMAND, 0)
    shared: dict[str, str] = {}
    try:
        for table, lines, records in unpack_runs(cells):
            digest.add_lines(table, lines)
            if table in counts:
                counts[table] += len(records)
                continue
            columns = table.columns
            tables[table.sheet].extend(
                dict(zip(columns, _shared(record, shared), strict=True)) for record in records
            )
    except DamagedRecordsError as error:
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP("UserError", "The hidden records of {name} were changed ({error})."),
            name=name,
            error=error.args[0],
        ) from error
    _check_digest(digest, manifest, name)
    for table, count in counts.items():
        tables[table.sheet] = UnpackedOnDemand(table, cells, count)
    return tables


ON_DEMAND = (content.ANSWERS, content.AUDIT)
"""The tables unpacked each time they are walked: nearly all of a package's records."""


class UnpackedOnDemand:
    """One table's verified records, unpacked again from the packed cells each time walked.

    The answers and the audit log are nearly all of a package's records, and
    the import walks them a few times (the answer check, the hand-edit check,
    the merge); held as one dict per record they made import memory grow with
    the package, while their compressed cells are a tenth the size.  The
    cells are the very strings the hash was checked over.  Answers changed on
    import (accepted hand edits) replace the packed ones; added records
    follow them.
    """

    def __init__(self, table: content.Table, cells: list[Any], count: int) -> None:
        self.table = table
        self._cells = cells
        self._count = count
        self._added: list[dict[str, str | None]] = []
        self._replaced: dict[tuple[str | None, str | None], dict[str, str | None]] = {}
        self._cursor: tuple[int, Iterator[dict[str, str | None]]] | None = None

    def __len__(self) -> int:
        return self._count + len(self._added)

    def __iter__(self) -> Iterator[dict[str, str | None]]:
        columns = self.table.columns
        replaced = self._replaced
        for _, _, records in unpack_runs(self._cells, only=self.table):
            # Each record's width was checked on the first walk: zipped at C speed.
            found = map(dict, map(zip, itertools.repeat(columns), records))
            if replaced:
                found = (replaced.get(_answer_key(record), record) for record in found)
            yield from found
        yield from self._added

    def __getitem__(self, index: int | slice) -> Any:
        """Records by position; a slice that starts where the last one ended walks on
        from there, so taking batches in turn (as the merge does) unpacks once."""
        if isinstance(index, int):
            found = self[index : index + 1] if index >= 0 else self[len(self) + index :][:1]
            if not found:
                raise IndexError(index)
            return found[0]
        start, stop, step = index.indices(len(self))
        if step != 1:
            raise ValueError("records are taken in order, without a step")
        if self._cursor is None or self._cursor[0] != start:
            walk = iter(self)
            next(itertools.islice(walk, start, start), None)  # skips ``start`` records
            self._cursor = (start, walk)
        walk = self._cursor[1]
        batch = list(itertools.islice(walk, max(stop - start, 0)))
        self._cursor = (start + len(batch), walk)
        return batch

    def append(self, record: dict[str, str | None]) -> None:
        self._added.append(record)
        self._cursor = None

    def replace(self, record: dict[str, str | None]) -> None:
        """Show ``record`` instead of the packed answer of the same submission and path."""
        self._replaced[_answer_key(record)] = record
        self._cursor = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (UnpackedOnDemand, list)):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the list it stands for


def _answer_key(record: dict[str, str | None]) -> tuple[str | None, str | None]:
    return (record.get("submission_uuid"), record.get("path"))


def _shared(record: list[str | None], shared: dict[str, str]) -> list[str | None]:
    """The record with each short text replaced by the one copy already held.

    Uuids, paths, stamps, names and choices repeat across thousands of
    records; one copy of each keeps a large package's records a third the size.
    """
    return [
        value if value is None or len(value) > 64 else shared.setdefault(value, value)
        for value in record
    ]


def _sheet_tables(workbook, sheets: set[str], manifest: dict[str, str], name: str) -> dict:
    """The records of a schema 1 package: one hidden sheet per table, a field a cell."""
    tables = {}
    for table in content.TABLES:
        if table.sheet not in sheets:
            raise refuse(
                "package-damaged",
                QT_TRANSLATE_NOOP("UserError", "{name} lacks its {sheet} sheet."),
                name=name,
                sheet=table.sheet,
            )
        tables[table.sheet] = _records(workbook.rows(table.sheet), table, name)
    _verify(manifest, tables, name)
    return tables


def _records(rows: list[list[Any]], table: content.Table, name: str) -> list[dict[str, str | None]]:
    """Join continuation rows, then decode each field exactly."""
    width = len(table.columns)
    header = [str(cell) for cell in (rows[0] if rows else [])][: width + 1]
    if header != ["_cont", *table.columns]:
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP("UserError", "The hidden sheet {sheet} of {name} was changed."),
            sheet=table.sheet,
            name=name,
        )
    joined: list[list[str]] = []
    for row in rows[1:]:
        cells = [*row[1 : width + 1], *[""] * (width + 1 - len(row))]
        marker = row[0] if row else ""
        if marker == "+" and joined:
            joined[-1] = [
                a + (b if isinstance(b, str) else str(b))
                for a, b in zip(joined[-1], cells, strict=True)
            ]
        elif marker == "":
            joined.append([c if isinstance(c, str) else _not_text(table, name) for c in cells])
        else:
            raise refuse(
                "package-tampered",
                QT_TRANSLATE_NOOP("UserError", "The hidden sheet {sheet} of {name} was changed."),
                sheet=table.sheet,
                name=name,
            )
    try:
        return [dict(zip(table.columns, map(decode_field, cells), strict=True)) for cells in joined]
    except ValueError as error:
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP("UserError", "The hidden sheet {sheet} of {name} was changed."),
            sheet=table.sheet,
            name=name,
        ) from error


def _not_text(table: content.Table, name: str) -> str:
    raise refuse(
        "package-tampered",
        QT_TRANSLATE_NOOP("UserError", "The hidden sheet {sheet} of {name} was changed."),
        sheet=table.sheet,
        name=name,
    )


def _verify(manifest: dict[str, str], tables: dict[str, list[dict]], name: str) -> None:
    digest = content.ContentHash()
    for table in content.TABLES:
        for record in tables[table.sheet]:
            digest.add(table, [record[c] for c in table.columns])
    _check_digest(digest, manifest, name)


def _check_digest(digest: content.ContentHash, manifest: dict[str, str], name: str) -> None:
    if digest.hexdigest(manifest) != manifest[content.HASH_KEY]:
        raise refuse(
            "package-tampered",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} does not match its own checksum: its hidden data or manifest was "
                "changed after export, so it is refused.",
            ),
            name=name,
        )


def _decode_forms(forms: list[dict[str, Any]], name: str) -> None:
    """Turn each form's base64 source back into bytes (the hash already covered the text)."""
    for record in forms:
        try:
            record["source"] = base64.b64decode(record["source"] or "", validate=True)
        except (binascii.Error, ValueError) as error:
            raise refuse(
                "package-tampered",
                QT_TRANSLATE_NOOP("UserError", "A form source in {name} is damaged."),
                name=name,
            ) from error
