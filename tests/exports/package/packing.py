"""Reading and rewriting a package's packed records with openpyxl, for tamper and forgery tests.

Not a test module.  ``packed_records`` decodes the hidden records sheet of a
workbook; ``repack`` writes changed records back (and returns their hash, as
an attacker with Fieldwheel's own code would compute it); ``as_schema_1``
rewrites a package in the layout of packages from before packing (one hidden
sheet per table, a field a cell), signed with this installation's key, so
the reader of older packages stays tested.
"""

from __future__ import annotations

import base64
from pathlib import Path

from openpyxl import load_workbook

from exports.package import content
from exports.package.cells import encode_field
from exports.package.device_key import installation_key
from exports.package.packed import DATA_SHEET, HEADER, pack, unpack
from exports.package.signing import sign_manifest


def packed_records(workbook) -> dict[str, list[list[str | None]]]:
    cells = [row[0].value for row in workbook[DATA_SHEET].iter_rows(min_row=2)]
    tables: dict[str, list[list[str | None]]] = {table.sheet: [] for table in content.TABLES}
    for table, _line, record in unpack(cells):
        tables[table.sheet].append(record)
    return tables


def repack(workbook, tables: dict[str, list[list[str | None]]]) -> content.ContentHash:
    cells, digest = pack(tables)
    sheet = workbook[DATA_SHEET]
    sheet.delete_rows(1, sheet.max_row)
    sheet.append([HEADER])
    for cell in cells:
        sheet.append([cell])
    return digest


def manifest(workbook) -> dict[str, str]:
    rows = workbook[content.MANIFEST_SHEET].iter_rows(min_row=2, values_only=True)
    return {row[0]: "".join(str(c) for c in row[1:] if c is not None) for row in rows}


def write_manifest(workbook, facts: dict[str, str]) -> None:
    sheet = workbook[content.MANIFEST_SHEET]
    sheet.delete_rows(2, sheet.max_row)
    for key, value in facts.items():
        sheet.append([key, *encode_field(value)])


def as_schema_1(source: Path, target: Path) -> Path:
    """The package as Fieldwheel wrote it before packing, validly signed."""
    workbook = load_workbook(source)
    tables = packed_records(workbook)
    del workbook[DATA_SHEET]
    for table in content.TABLES:
        sheet = workbook.create_sheet(table.sheet)
        sheet.sheet_state = "hidden"
        sheet.append(["_cont", *table.columns])
        for record in tables[table.sheet]:
            cells = [encode_field(value) for value in record]
            height = max(len(parts) for parts in cells)
            sheet.append([None, *(parts[0] for parts in cells)])
            for index in range(1, height):
                sheet.append(["+", *(p[index] if index < len(p) else None for p in cells)])
    facts = manifest(workbook)
    facts["schema_version"] = "1"
    del facts[content.SIGNATURE_KEY]
    digest = content.ContentHash()
    for table in content.TABLES:
        for record in tables[table.sheet]:
            digest.add(table, record)
    facts[content.HASH_KEY] = digest.hexdigest(facts)
    sign_manifest(facts, installation_key())
    write_manifest(workbook, facts)
    workbook.save(target)
    return target


def form_source(record: list[str | None]) -> bytes:
    return base64.b64decode(record[content.FORMS.columns.index("source")] or "")
