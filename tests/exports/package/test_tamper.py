"""Every part of a package's content is under its checksum, and a too-big file is refused.

The manifest's SHA-256 covers every canonical table (packed in one hidden
sheet; packages of schema 1 held one hidden sheet per table) and every
other manifest fact; a change to any of them, however plausible, is refused
as tampering before anything reaches the database.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.package import content
from exports.package.importing import import_package
from exports.package.packed import DATA_SHEET
from exports.package.read import read_package
from forms.errors import UserError
from storage import Database
from tests.exports.package.packing import packed_records, repack
from tests.exports.package.support import CANONICAL_SHEETS, assert_translated, dump

MANIFEST_FIELDS = (
    "format",
    "schema_version",
    "package_uuid",
    "created_at",
    "created_by",
    "device_uuid",
    "device_name",
    "app_version",
    "signer_public_key",
    "missions",
    "submissions",
    "answers",
    "audit_entries",
)
"""Every fact the manifest carries besides the checksum itself."""
MAX_FILE_BYTES = 512 * 1024**2
"""The package size limit: a bigger file is refused before a byte of it is read."""
CHANGED = {"format": "other-package", "schema_version": "0"}
"""Replacement values that still pass the earlier checks, so only the checksum can catch them."""


def refused(hq: Database, path: Path, code: str) -> UserError:
    before = dump(hq.path)
    with pytest.raises(UserError) as error:
        import_package(hq, path)
    assert error.value.code == code, error.value.message
    assert_translated(error.value)
    assert path.name in error.value.message
    assert dump(hq.path) == before
    return error.value


def test_canonical_parts_are_the_ones_read_and_hashed():
    assert tuple(table.sheet for table in content.TABLES) == CANONICAL_SHEETS


@pytest.mark.parametrize("table", content.TABLES, ids=CANONICAL_SHEETS)
def test_changed_record_in_any_canonical_table_is_tampering(hq, package, tmp_path, table):
    workbook = load_workbook(package)
    tables = packed_records(workbook)
    record = tables[table.sheet][-1]
    assert record[-1] != "tampered"
    record[-1] = "tampered"
    repack(workbook, tables)
    workbook.save(tmp_path / "changed.xlsx")
    error = refused(hq, tmp_path / "changed.xlsx", "package-tampered")
    assert "checksum" in error.message


@pytest.mark.parametrize("table", content.TABLES, ids=CANONICAL_SHEETS)
def test_removed_record_in_any_canonical_table_is_tampering(hq, package, tmp_path, table):
    workbook = load_workbook(package)
    tables = packed_records(workbook)
    assert tables[table.sheet]
    tables[table.sheet].pop()
    repack(workbook, tables)
    workbook.save(tmp_path / "removed.xlsx")
    refused(hq, tmp_path / "removed.xlsx", "package-tampered")


@pytest.mark.parametrize("table", content.TABLES, ids=CANONICAL_SHEETS)
def test_a_record_moved_to_another_table_is_tampering(hq, package, tmp_path, table):
    """Records are hashed per table: the same line under another table is caught."""
    workbook = load_workbook(package)
    tables = packed_records(workbook)
    other = content.TABLES[(content.TABLES.index(table) + 1) % len(content.TABLES)]
    moved = tables[table.sheet].pop()
    width = len(other.columns)
    tables[other.sheet].append([*moved, *[None] * width][:width])
    repack(workbook, tables)
    workbook.save(tmp_path / "moved.xlsx")
    refused(hq, tmp_path / "moved.xlsx", "package-tampered")


@pytest.mark.parametrize(
    "damage",
    ["flipped", "cut", "removed_row", "extra_row", "extra_column", "header", "number"],
)
def test_damaged_packed_cells_are_tampering(hq, package, tmp_path, damage):
    """Whatever happens to the packed cells, the import is refused and nothing is written."""
    workbook = load_workbook(package)
    sheet = workbook[DATA_SHEET]
    cell = sheet.cell(row=2, column=1)
    if damage == "flipped":
        text = cell.value
        middle = len(text) // 2
        cell.value = text[:middle] + ("A" if text[middle] != "A" else "B") + text[middle + 1 :]
    elif damage == "cut":
        cell.value = cell.value[:-8]
    elif damage == "removed_row":
        sheet.delete_rows(sheet.max_row)
    elif damage == "extra_row":
        sheet.append([cell.value])
    elif damage == "extra_column":
        sheet.cell(row=2, column=2, value="x")
    elif damage == "header":
        sheet.cell(row=1, column=1, value="records")
    else:
        cell.value = 5
    workbook.save(tmp_path / "damaged.xlsx")
    error = refused(hq, tmp_path / "damaged.xlsx", "package-tampered")
    if damage == "number":
        assert error.message == (
            "The hidden records of damaged.xlsx were changed (a cell that is not base64 text)."
        )


def test_a_package_of_schema_1_still_imports(hq, old_package):
    with closing(load_workbook(old_package, read_only=True)) as workbook:
        assert "_fw_answers" in workbook.sheetnames
    report = import_package(hq, old_package)
    assert report.added["answer"] and report.signer


@pytest.mark.parametrize("sheet", CANONICAL_SHEETS)
def test_changed_cell_in_any_schema_1_sheet_is_tampering(hq, old_package, tmp_path, sheet):
    workbook = load_workbook(old_package)
    table = workbook[sheet]
    cell = table.cell(row=table.max_row, column=table.max_column)
    assert cell.value != "tampered"
    cell.value = "tampered"
    workbook.save(tmp_path / "changed.xlsx")
    error = refused(hq, tmp_path / "changed.xlsx", "package-tampered")
    assert "checksum" in error.message


@pytest.mark.parametrize("sheet", CANONICAL_SHEETS)
def test_removed_row_in_any_schema_1_sheet_is_tampering(hq, old_package, tmp_path, sheet):
    workbook = load_workbook(old_package)
    table = workbook[sheet]
    assert table.max_row >= 2
    table.delete_rows(table.max_row)
    workbook.save(tmp_path / "removed.xlsx")
    refused(hq, tmp_path / "removed.xlsx", "package-tampered")


def test_the_manifest_lists_exactly_the_known_fields(package):
    read = read_package(package)
    assert set(read.manifest) == {*MANIFEST_FIELDS, content.HASH_KEY, content.SIGNATURE_KEY}


@pytest.mark.parametrize("field", MANIFEST_FIELDS)
def test_changed_manifest_field_is_tampering(hq, package, tmp_path, field):
    workbook = load_workbook(package)
    [row] = [
        r for r in workbook[content.MANIFEST_SHEET].iter_rows(min_row=2) if r[0].value == field
    ]
    row[1].value = CHANGED.get(field, f"{row[1].value}-changed")
    workbook.save(tmp_path / "manifest.xlsx")
    code = "package-not-fieldwheel" if field == "format" else "package-tampered"
    refused(hq, tmp_path / "manifest.xlsx", code)


def test_manifest_facts_count_in_the_hash_but_the_hash_itself_does_not():
    digest = content.ContentHash()
    digest.add(content.ANSWERS, ["s", "p", "v", "t", "by"])
    facts = {"format": content.PACKAGE_FORMAT, "package_uuid": "one"}
    plain = digest.hexdigest(facts)
    assert digest.hexdigest({**facts, content.HASH_KEY: "anything"}) == plain
    assert digest.hexdigest({**facts, "package_uuid": "two"}) != plain
    assert digest.hexdigest({**facts, "extra": ""}) != plain
    assert digest.hexdigest({**facts, content.SIGNATURE_KEY: "anything"}) == plain
    # The manifest's rows are facts, not a sequence: a spreadsheet that sorts them keeps them.
    assert digest.hexdigest(dict(reversed(facts.items()))) == plain


def test_the_hash_of_given_records_and_facts_stays_the_one_packages_carry():
    """Packages already exported verify in later versions: the bytes hashed (records as
    UTF-8 JSON lines per table, the facts as sorted JSON, non-ASCII kept) are fixed;
    changing them takes a new package schema."""
    digest = content.ContentHash()
    digest.add(content.ANSWERS, ["s", "p", "é ☂", None, "by"])
    digest.add(content.AUDIT, ["s", "p", None, "é", "at", "by", "dev"])
    facts = {"package_uuid": "one", "format": "fieldwheel-package", "created_by": "Sokhà"}
    assert digest.hexdigest(facts) == (
        "8a81e8495a0ebdc6e991e670c2a53264f77d388db7d65434082fb7c3e61e8063"
    )


def test_each_record_is_hashed_in_its_own_table_and_order():
    def digest(*entries: tuple[content.Table, list[str | None]]) -> str:
        running = content.ContentHash()
        for table, record in entries:
            running.add(table, record)
        return running.hexdigest({})

    one, two = ["a", "b"], ["c", None]
    base = digest((content.ANSWERS, one), (content.ANSWERS, two))
    assert digest((content.ANSWERS, two), (content.ANSWERS, one)) != base
    assert digest((content.ANSWERS, one), (content.AUDIT, two)) != base
    assert digest((content.ANSWERS, one), (content.ANSWERS, ["c", ""])) != base
    assert digest((content.ANSWERS, ["a", "b", None])) != digest((content.ANSWERS, ["a", "b"]))
    for table in content.TABLES:
        assert digest((table, one)) != digest(), table.sheet
    assert digest() == content.ContentHash().hexdigest({})


def test_package_too_big_is_refused_before_it_is_read(hq, tmp_path):
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as handle:  # sparse: no disk space is used
        handle.truncate(MAX_FILE_BYTES + 1)
    assert huge.stat().st_size == MAX_FILE_BYTES + 1
    error = refused(hq, huge, "package-too-big")
    assert "huge.xlsx" in error.message


def test_a_manifest_fact_that_does_not_decode_is_tampering(hq, package, tmp_path):
    """A fact's cell holds an escape the writer never makes: refused, in the user's words."""
    workbook = load_workbook(package)
    [row] = [
        r
        for r in workbook[content.MANIFEST_SHEET].iter_rows(min_row=2)
        if r[0].value == "created_by"
    ]
    row[1].value = "broken \\q escape"
    workbook.save(tmp_path / "undecodable.xlsx")
    error = refused(hq, tmp_path / "undecodable.xlsx", "package-tampered")
    assert error.message == "The manifest of undecodable.xlsx was changed."


def test_a_manifest_without_its_schema_is_tampering(hq, package, tmp_path):
    workbook = load_workbook(package)
    sheet = workbook[content.MANIFEST_SHEET]
    [row] = [r for r in sheet.iter_rows(min_row=2) if r[0].value == "schema_version"]
    sheet.delete_rows(row[0].row)
    workbook.save(tmp_path / "no-schema.xlsx")
    error = refused(hq, tmp_path / "no-schema.xlsx", "package-tampered")
    assert error.message == "The manifest of no-schema.xlsx was changed."
