"""The C-speed tally vouches only for ordinary parts; anything else goes to the exact scan."""

from __future__ import annotations

import dataclasses

import pytest

from forms.untrusted.limits import PACKAGE_LIMITS
from forms.untrusted.quickscan import Tally, utf8_declared
from tests.forms.untrusted.test_limits import NS, code, workbook

SMALL = dataclasses.replace(PACKAGE_LIMITS, max_cells=100, max_total_cells=250)


def tallied(*pieces: bytes) -> tuple[int, int, int] | None:
    tally = Tally()
    rest = b""
    for piece in pieces:
        rest = tally.add(rest + piece)
    tally.add(rest, final=True)
    return tally.vouches(SMALL, is_sheet=True)


def test_an_ordinary_sheet_is_vouched_for_with_its_rectangle():
    body = b'<row r="1"><c r="A1"><v>1</v></c></row><row r="9"><c r="D9"><v>2</v></c></row>'
    assert tallied(b"<worksheet><sheetData>" + body + b"</sheetData></worksheet>") == (2, 36, 0)


def test_a_tag_cut_between_chunks_is_still_counted():
    whole = b'<worksheet><sheetData><row r="3"><c r="J3"><v>1</v></c></row></sheetData></worksheet>'
    for cut in range(1, len(whole)):
        assert tallied(whole[:cut], whole[cut:]) == (1, 30, 0)


@pytest.mark.parametrize(
    "body",
    [
        b'<row r="1"><c><v>1</v></c></row>',  # a cell without a reference
        b'<row r="1"><c t="n" r="A1"><v>1</v></c></row>',  # reference not first
        b'<row><c r="A1"><v>1</v></c></row>',  # a row without a reference
        b'<row r="1"><x:c r="A1"><v>1</v></x:c></row>',  # a prefixed cell
        b'<row r="1"><c r="A1"><f>1+1</f></c></row>',
        b'<row r="1"><c r="K10"><v>1</v></c></row>',  # beyond the small limit
        b'<row r="1"><c r="a1"><v>1</v></c></row>',
    ],
)
def test_anything_unusual_is_left_to_the_exact_scan(body):
    assert tallied(b"<worksheet><sheetData>" + body + b"</sheetData></worksheet>") is None


@pytest.mark.parametrize("ref", [b"A1:B2", b"A1", b"A1:XFD1048576"])
def test_a_plain_dimension_within_excel_is_vouched_for_and_does_not_count(ref):
    """XlsxWriter writes one in every sheet; as in the exact scan, only its bounds matter."""
    body = b'<dimension ref="%s"/><row r="1"><c r="A1"><v>1</v></c></row>' % ref
    assert tallied(b"<worksheet>" + body + b"</worksheet>") == (1, 1, 0)


@pytest.mark.parametrize(
    "dimension",
    [
        b'<dimension ref="A1:XFE1"/>',  # beyond Excel's columns: the exact scan refuses
        b'<dimension ref="A1:A1048577"/>',  # beyond Excel's rows
        b'<dimension ref="$A$1:$B$2"/>',
        b'<dimension ref="a1:b2"/>',
        b'<dimension ref="A:B"/>',
        b'<dimension ref=""/>',
        b"<dimension ref='A1:B2'/>",
        b'<dimension ref="A1:B2:C3"/>',
        b'<dimension x="1" ref="A1:B2"/>',  # ref not first
        b'<dimension ref="A1&#58;B2"/>',
        b'<dimension ref="A1:B2"/><dimension ref="A1:XFE1"/>',
        b"<dimension/>",
    ],
)
def test_any_other_dimension_is_left_to_the_exact_scan(dimension):
    body = dimension + b'<row r="1"><c r="A1"><v>1</v></c></row>'
    assert tallied(b"<worksheet>" + body + b"</worksheet>") is None


@pytest.mark.parametrize("ref", ["A1:XFE1", "A1:A1048577", "ZZZZ1"])
def test_a_dimension_beyond_excel_is_still_refused(ref):
    sheet = b'<worksheet %s><dimension ref="%s"/><sheetData><row r="1"><c r="A1"><v>1</v></c>'
    data = sheet % (NS, ref.encode()) + b"</row></sheetData></worksheet>"
    assert code(workbook({"xl/worksheets/sheet1.xml": data})) == "package-far-cell"


def test_references_in_a_comment_only_enlarge_the_count():
    body = b'<row r="1"><c r="A1"><v>1</v></c></row><!-- <c r="Z9"> -->'
    assert tallied(b"<worksheet><sheetData>" + body + b"</sheetData></worksheet>") is None


def test_only_utf8_parts_are_tallied():
    assert utf8_declared(b'<?xml version="1.0" encoding="UTF-8"?><worksheet/>')
    assert utf8_declared(b"<worksheet/>")
    assert not utf8_declared(b'<?xml version="1.0" encoding="cp037"?>')
    assert not utf8_declared("<worksheet/>".encode("utf-16"))


def test_a_far_cell_in_a_utf16_sheet_is_still_refused():
    far = b'<worksheet %s><sheetData><row r="1"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    data = (far % NS + b"</worksheet>").decode("ascii").encode("utf-16")
    assert code(workbook({"xl/worksheets/sheet1.xml": data})) == "package-sheet-too-large"


def test_a_far_cell_hidden_behind_a_prefix_is_still_refused():
    sheet = (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<x:sheetData><x:row r="1"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'
        b"</x:sheetData></x:worksheet>"
    )
    assert code(workbook({"xl/worksheets/sheet1.xml": sheet})) == "package-sheet-too-large"
