"""Sheets a caller never reads get a cheap check that still refuses entities and bombs."""

from __future__ import annotations

import random

import pytest

from forms.untrusted.archive import CheckedWorkbook, check_workbook_zip
from forms.untrusted.limits import UntrustedFileError
from forms.untrusted.sheetparts import worksheet_parts
from tests.forms.untrusted.test_limits import NS, SMALL, sheet, workbook

R = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FAR = b'<worksheet %s><sheetData><row r="1"><c r="XFD1048576"><v>1</v></c></row>' % NS + (
    b"</sheetData></worksheet>"
)
BOMB = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
CHUNK = 1024**2
"""What the scans read at a time (``xmlscan.CHUNK``)."""
SHEETS = (
    b'<sheet name="Data" sheetId="1" r:id="rId1"/>'
    b'<sheet name="Log" sheetId="2" state="hidden" r:id="rId2"/>'
)


def book(log: bytes, *, target: bytes = b"/xl/worksheets/sheet2.xml", extra: bytes = b"") -> bytes:
    """A workbook of two sheets: Data (read) and Log (never read), holding ``log``."""
    return workbook_of(
        SHEETS + extra,
        [b"worksheets/sheet1.xml", target],
        {"xl/worksheets/sheet1.xml": sheet(2, 2), "xl/worksheets/sheet2.xml": log},
    )


def workbook_of(sheets: bytes, targets: list[bytes], parts: dict[str, bytes]) -> bytes:
    """A zip with ``sheets`` in its workbook and relationships rId1, rId2... to ``targets``."""
    rels = b"".join(
        b'<Relationship Id="rId%d" Target="%s"/>' % (n, target)
        for n, target in enumerate(targets, 1)
    )
    return workbook(
        {
            "xl/workbook.xml": b"<workbook %s %s><sheets>%s</sheets></workbook>" % (NS, R, sheets),
            "xl/_rels/workbook.xml.rels": b"<Relationships>%s</Relationships>" % rels,
            **parts,
        }
    )


def never_log(sheet: str, hidden: bool) -> bool:
    return sheet == "Log"


def checked(data: bytes) -> CheckedWorkbook:
    return check_workbook_zip(data, "w.xlsx", SMALL, unread=never_log)


def deferred_code(data: bytes) -> str:
    with pytest.raises(UntrustedFileError) as error:
        checked(data)
    return error.value.code


def test_a_plain_workbook_maps_each_sheet_to_its_part():
    parts = worksheet_parts(checked(book(sheet(2, 2))).archive)
    assert {name: (part.info.filename, part.hidden) for name, part in parts.items()} == {
        "Data": ("xl/worksheets/sheet1.xml", False),
        "Log": ("xl/worksheets/sheet2.xml", True),
    }


def test_a_far_cell_in_a_sheet_never_read_is_left_alone():
    found = checked(book(FAR))
    assert found.unread_sheets == {"Log"} and found.put_off == {"xl/worksheets/sheet2.xml"}


def test_without_deferral_every_sheet_is_scanned_up_front():
    with pytest.raises(UntrustedFileError) as error:
        check_workbook_zip(book(FAR), "w.xlsx", SMALL)
    assert error.value.code == "package-sheet-too-large"


def test_an_entity_declaration_in_a_sheet_never_read_is_refused():
    log = BOMB + sheet(2, 2).split(b"?>", 1)[-1]
    assert deferred_code(book(log)) == "package-xml-bomb"


def sheet_with(markup: bytes, at: int) -> bytes:
    """A sheet with ``markup`` starting at byte ``at``, after a comment that does not compress."""
    start = sheet(2, 2).index(b"<sheetData>") + len(b"<sheetData>")
    filler = random.Random(at).randbytes(CHUNK).hex().encode()[: at - start - 7]
    log = sheet(2, 2).replace(b"<sheetData>", b"<sheetData><!--%s-->%s" % (filler, markup))
    assert log.index(markup) == at
    return log


@pytest.mark.parametrize("cut", [1, 2, 5, 8, 9, 10, 5000])
def test_a_declaration_after_the_root_of_a_sheet_never_read_is_refused(cut):
    log = sheet_with(b'<!ENTITY a "b">', CHUNK - cut)  # also cut between two reads
    assert deferred_code(book(log)) == "package-xml-bomb"


@pytest.mark.parametrize("cut", range(1, 12))
def test_comments_and_cdata_cut_between_two_reads_pass(cut):
    for markup in (b"<!-- a -->", b"<![CDATA[b]]>"):
        assert checked(book(sheet_with(markup, CHUNK - cut))).unread_sheets == {"Log"}


def test_a_zip_bomb_in_a_sheet_never_read_is_refused():
    log = sheet(2, 2).replace(b"<sheetData>", b"<sheetData>" + b" " * 3 * 1024**2)
    assert deferred_code(book(log)) == "package-zip-bomb"


def test_a_sheet_never_read_is_checked_only_for_declarations():
    """Its cells are not bounded nor its XML proven whole: no reader is ever given it."""
    assert checked(book(b"<worksheet %s><sheetData><c r='XFD1048576'>" % NS)).unread_sheets


def test_a_damaged_prolog_of_a_sheet_never_read_is_refused():
    assert deferred_code(book(b"<?xml version='1.0'?><?xml?><worksheet/>")) == "package-damaged"


def test_a_utf16_sheet_never_read_gets_the_exact_scan():
    utf16 = FAR.decode("ascii").encode("utf-16")
    assert deferred_code(book(utf16)) == "package-sheet-too-large"


@pytest.mark.parametrize(
    ("target", "extra"),
    [
        (b"../xl/worksheets/sheet2.xml", b""),  # a path a reader might resolve otherwise
        (b"/xl/worksheets/sheet&#50;.xml", b""),  # an escape python-calamine keeps raw
        (b"xl/worksheets/sheet2.xml", b""),
        (b"/xl/worksheets/sheet2.xml", b'<sheet name="Log" sheetId="3" r:id="rId1"/>'),
        (b"/xl/worksheets/sheet2.xml", b'<sheet name="Other" sheetId="3" r:id="rId9"/>'),
    ],
)
def test_an_unusual_workbook_has_every_sheet_scanned_up_front(target, extra):
    assert deferred_code(book(FAR, target=target, extra=extra)) == "package-sheet-too-large"


def test_a_part_a_sheet_read_shares_with_one_never_read_is_scanned_up_front():
    data = workbook_of(
        SHEETS + b'<sheet name="Also" sheetId="3" r:id="rId3"/>',
        [b"worksheets/sheet1.xml", b"worksheets/sheet2.xml", b"worksheets/sheet2.xml"],
        {"xl/worksheets/sheet1.xml": sheet(2, 2), "xl/worksheets/sheet2.xml": FAR},
    )
    assert deferred_code(data) == "package-sheet-too-large"
