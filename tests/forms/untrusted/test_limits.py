"""The generic guard's counting limits, with small limits so each case stays tiny."""

from __future__ import annotations

import dataclasses
import io
import zipfile

import pytest

from forms.untrusted.archive import open_workbook_zip
from forms.untrusted.limits import PACKAGE_LIMITS, UntrustedFileError

SMALL = dataclasses.replace(PACKAGE_LIMITS, max_cells=100, max_total_cells=250)
NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def workbook(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def sheet(rows: int, columns: int) -> bytes:
    cells = b"".join(b"<c><v>1</v></c>" for _ in range(columns))
    body = b"".join(b'<row r="%d">%s</row>' % (n, cells) for n in range(1, rows + 1))
    return b"<worksheet %s><sheetData>%s</sheetData></worksheet>" % (NS, body)


def code(data: bytes) -> str:
    with pytest.raises(UntrustedFileError) as error:
        open_workbook_zip(data, "w.xlsx", SMALL)
    return error.value.code


def test_within_the_limits_passes():
    open_workbook_zip(workbook({"xl/worksheets/sheet1.xml": sheet(10, 10)}), "w.xlsx", SMALL)


def test_one_sheet_larger_than_its_limit():
    assert code(workbook({"xl/worksheets/sheet1.xml": sheet(10, 11)})) == "package-sheet-too-large"


def test_sheets_each_within_the_limit_but_too_many_cells_together():
    parts = {f"xl/worksheets/sheet{n}.xml": sheet(10, 10) for n in range(1, 4)}
    assert code(workbook(parts)) == "package-too-many-cells"


def test_more_shared_strings_than_cells_allowed():
    strings = b"<sst %s>%s</sst>" % (NS, b"<si><t>x</t></si>" * 101)
    assert code(workbook({"xl/sharedStrings.xml": strings})) == "package-too-many-strings"


def test_too_many_rows_in_one_sheet_are_refused_while_scanning():
    few_rows = dataclasses.replace(PACKAGE_LIMITS, max_rows=50)
    data = workbook({"xl/worksheets/sheet1.xml": sheet(51, 1)})
    with pytest.raises(UntrustedFileError) as error:
        open_workbook_zip(data, "w.xlsx", few_rows)
    assert error.value.code == "package-too-many-rows"
    assert "more than 50 rows" in str(error.value)
    open_workbook_zip(workbook({"xl/worksheets/sheet1.xml": sheet(50, 1)}), "w.xlsx", few_rows)
