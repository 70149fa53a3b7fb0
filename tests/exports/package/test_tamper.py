"""Every part of a package's content is under its checksum, and a too-big file is refused.

The manifest's SHA-256 covers each hidden canonical sheet and every other
manifest fact; a change to any of them, however plausible, is refused as
tampering before anything reaches the database.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.package import content
from exports.package.importing import import_package
from exports.package.read import read_package
from forms.errors import UserError
from storage import Database
from tests.exports.package.support import CANONICAL_SHEETS, dump

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
    assert dump(hq.path) == before
    return error.value


def test_canonical_parts_are_the_ones_read_and_hashed():
    assert tuple(table.sheet for table in content.TABLES) == CANONICAL_SHEETS


@pytest.mark.parametrize("sheet", CANONICAL_SHEETS)
def test_changed_cell_in_any_canonical_sheet_is_tampering(hq, package, tmp_path, sheet):
    workbook = load_workbook(package)
    table = workbook[sheet]
    cell = table.cell(row=table.max_row, column=table.max_column)
    assert cell.value != "tampered"
    cell.value = "tampered"
    workbook.save(tmp_path / "changed.xlsx")
    error = refused(hq, tmp_path / "changed.xlsx", "package-tampered")
    assert "checksum" in error.message


@pytest.mark.parametrize("sheet", CANONICAL_SHEETS)
def test_removed_row_in_any_canonical_sheet_is_tampering(hq, package, tmp_path, sheet):
    workbook = load_workbook(package)
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
