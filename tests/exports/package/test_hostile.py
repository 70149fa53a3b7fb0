"""Hostile files: not-a-file paths, far cells, zip oddities, damaged deflate, a full disk.

Each is refused with one sentence, quickly, and leaves the database as it was.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import time
import zipfile
from pathlib import Path

import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from exports.shared import atomic
from forms.errors import UserError
from storage import Database
from tests.exports.package.support import SAMPLE, assert_translated, dump, seed

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="devices and FIFOs are POSIX")


def refused(hq: Database, path: Path, code: str, **kwargs) -> UserError:
    """Refused with ``code`` in one sentence, within 5 s of CPU time (a loaded machine
    stretches the wall clock, not the work), the database untouched."""
    before = dump(hq.path)
    started = time.process_time()
    with pytest.raises(UserError) as error:
        import_package(hq, path, **kwargs)
    assert time.process_time() - started < 5
    assert error.value.code == code, error.value.message
    assert_translated(error.value)
    assert "\n" not in error.value.message and error.value.message.endswith(".")
    assert len(error.value.message) < 400
    assert dump(hq.path) == before
    return error.value


def rewrite(source: Path, target: Path, change) -> Path:
    """Copy the zip with ``change(name, bytes) -> [(name, bytes), ...]`` applied to each part."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            for name, data in change(info.filename, old.read(info)):
                new.writestr(name, data)
    return target


def move_first_cell(source: Path, target: Path, sheet_part: str, ref: str) -> Path:
    def change(name, data):
        if name == sheet_part:
            data = re.sub(rb'<c r="[A-Z]+[0-9]+"', b'<c r="%s"' % ref.encode(), data, count=1)
        return [(name, data)]

    return rewrite(source, target, change)


@posix_only
def test_a_symlink_to_a_device_is_refused_without_reading_it(hq, tmp_path):
    (tmp_path / "zero.xlsx").symlink_to("/dev/zero")
    refused(hq, tmp_path / "zero.xlsx", "package-not-a-file")


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(hq, tmp_path):
    os.mkfifo(tmp_path / "pipe.xlsx")
    refused(hq, tmp_path / "pipe.xlsx", "package-not-a-file")


@posix_only
def test_a_password_file_that_is_a_device_or_a_fifo_is_refused(tmp_path):
    from exports.package.safety import read_password_file

    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "zero").symlink_to("/dev/zero")
    for path in (tmp_path / "pipe", tmp_path / "zero"):
        with pytest.raises(UserError) as error:
            read_password_file(path)
        assert error.value.code == "password-file-not-a-file"


def test_a_huge_password_file_is_refused(tmp_path):
    from exports.package.safety import read_password_file

    (tmp_path / "pw").write_bytes(b"x" * 100_000)
    with pytest.raises(UserError) as error:
        read_password_file(tmp_path / "pw")
    assert error.value.code == "password-file-too-big"


@pytest.mark.parametrize(
    ("part", "ref", "code"),
    [
        ("xl/worksheets/sheet1.xml", "XFD1048576", "package-sheet-too-large"),
        ("xl/worksheets/sheet1.xml", "ZZ100000", "package-sheet-too-large"),
        ("xl/worksheets/sheet1.xml", "XFE1", "package-far-cell"),
        ("xl/worksheets/sheet1.xml", "A99999999", "package-far-cell"),
    ],
)
def test_a_far_cell_in_a_visible_sheet_is_refused_before_reading(
    hq, package, tmp_path, part, ref, code
):
    refused(hq, move_first_cell(package, tmp_path / "far.xlsx", part, ref), code)


def test_a_far_cell_in_a_hidden_sheet_is_refused_before_reading(hq, package, tmp_path):
    with zipfile.ZipFile(package) as archive:
        parts = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
    hidden = parts[-1]
    far = move_first_cell(package, tmp_path / "far.xlsx", hidden, "XFD1048576")
    refused(hq, far, "package-sheet-too-large")


def test_cells_without_references_count_towards_the_sheet(hq, package, tmp_path):
    wide = b"<row>" + b"<c><v>1</v></c>" * 16_000 + b"</row>"

    def change(name, data):
        if name == "xl/worksheets/sheet1.xml":
            data = data.replace(
                b"</sheetData>", wide + b'<row r="1000"><c><v>1</v></c></row>' + b"</sheetData>"
            )
        return [(name, data)]

    refused(hq, rewrite(package, tmp_path / "wide.xlsx", change), "package-sheet-too-large")


def test_two_different_copies_of_a_sheet_are_refused(hq, package, tmp_path):
    def change(name, data):
        if name == "xl/worksheets/sheet1.xml":
            return [(name, data), (name, data.replace(b"<v>", b"<v>9"))]
        return [(name, data)]

    with pytest.warns(UserWarning, match="Duplicate name"):
        doubled = rewrite(package, tmp_path / "double.xlsx", change)
    refused(hq, doubled, "package-duplicate-part")


@pytest.mark.parametrize("odd", ["../evil.xml", "/abs.xml", "xl\\win.xml", "C:/x.xml", "a//b.xml"])
def test_odd_part_paths_are_refused(hq, package, tmp_path, odd):
    def change(name, data):
        return [(name, data), (odd, b"<x/>")] if name == "[Content_Types].xml" else [(name, data)]

    refused(hq, rewrite(package, tmp_path / "odd.xlsx", change), "package-odd-path")


def test_an_entity_bomb_in_a_worksheet_is_refused(hq, package, tmp_path):
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'

    def change(name, data):
        if name == "xl/worksheets/sheet2.xml":
            data = bomb + data.split(b"?>", 1)[-1]
        return [(name, data)]

    refused(hq, rewrite(package, tmp_path / "bomb.xlsx", change), "package-xml-bomb")


def test_damaged_deflate_data_is_a_sentence_not_a_zlib_error(hq, package, tmp_path):
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = max(archive.infolist(), key=lambda i: i.compress_size)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 10, start + info.compress_size - 10, 7):
        data[offset] ^= 0x5A
    (tmp_path / "flipped.xlsx").write_bytes(bytes(data))
    refused(hq, tmp_path / "flipped.xlsx", "package-damaged")


def test_a_password_for_a_package_without_one_is_refused(hq, package):
    error = refused(hq, package, "package-not-encrypted", password="secret")
    assert "not protected by a password" in error.message


def test_an_old_xls_renamed_xlsx_is_not_called_password_protected(hq, tmp_path):
    source = Path(__file__).resolve().parents[2] / "corpus" / "pyxform__widgets.xls"
    (tmp_path / "old.xlsx").write_bytes(source.read_bytes())
    error = refused(hq, tmp_path / "old.xlsx", "package-old-format")
    assert "password" not in error.message


def test_a_full_disk_during_export_is_one_sentence_and_nothing_more(tmp_path, monkeypatch):
    """No "Exception ignored in ZipFile.__del__" after the sentence (the suite fails on it)."""

    class FullDisk:
        def __init__(self, stream):
            self.stream = stream
            self.written = 0

        def write(self, data):
            self.written += len(data)
            if self.written > 4096:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.stream.write(data)

        def __getattr__(self, name):
            return getattr(self.stream, name)

    opened = atomic.AtomicFile._open
    monkeypatch.setattr(atomic.AtomicFile, "_open", lambda self: FullDisk(opened(self)))
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        with pytest.raises(UserError) as error:
            export_package(field, tmp_path / "p.xlsx", charts=False)
    assert error.value.code == "package-write-failed"
    assert "disk is full" in error.value.message
    assert not (tmp_path / "p.xlsx").exists()
    import gc

    gc.collect()


def audit_log_part(package: Path) -> str:
    """The part of the readable audit log, a sheet the import never gives a reader."""
    from exports.package.readable import AUDIT_SHEET
    from forms.untrusted.sheetparts import worksheet_parts

    with zipfile.ZipFile(package) as archive:
        return worksheet_parts(archive)[AUDIT_SHEET].info.filename


def test_an_entity_bomb_in_the_audit_log_never_read_is_still_refused(hq, package, tmp_path):
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
    log = audit_log_part(package)

    def change(name, data):
        return [(name, bomb + data.split(b"?>", 1)[-1] if name == log else data)]

    refused(hq, rewrite(package, tmp_path / "bomb.xlsx", change), "package-xml-bomb")


def test_an_entity_declared_inside_the_audit_log_is_refused(hq, package, tmp_path):
    log = audit_log_part(package)

    def change(name, data):
        if name == log:
            data = data.replace(b"</sheetData>", b'<!ENTITY a "aaaaaaaaaa"></sheetData>')
        return [(name, data)]

    refused(hq, rewrite(package, tmp_path / "entity.xlsx", change), "package-xml-bomb")


def test_a_zip_bomb_in_the_audit_log_is_refused(hq, package, tmp_path):
    log = audit_log_part(package)

    def change(name, data):
        padding = b" " * 3 * 1024**2
        return [
            (name, data.replace(b"<sheetData>", b"<sheetData>" + padding) if name == log else data)
        ]

    refused(hq, rewrite(package, tmp_path / "zipbomb.xlsx", change), "package-zip-bomb")


def test_a_far_cell_in_the_audit_log_is_refused_when_the_workbook_is_unusual(hq, package, tmp_path):
    """A relationship written unusually: which part a reader opens is unsure, so all are
    scanned before reading, as they are for a form."""
    log = audit_log_part(package)
    far = move_first_cell(package, tmp_path / "far.xlsx", log, "XFD1048576")

    def change(name, data):
        if name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b'Target="/xl/styles.xml"', b'Target="../xl/styles.xml"')
            data = data.replace(b'Target="styles.xml"', b'Target="../xl/styles.xml"')
        return [(name, data)]

    unusual = rewrite(far, tmp_path / "unusual.xlsx", change)
    with zipfile.ZipFile(unusual) as archive:
        assert b"../xl/styles.xml" in archive.read("xl/_rels/workbook.xml.rels")
    refused(hq, unusual, "package-sheet-too-large")


def test_only_the_sheets_an_import_never_reads_are_checked_lightly(package):
    from exports.package.read import never_read
    from exports.package.safety import open_archive
    from forms.untrusted.sheetparts import worksheet_parts

    checked = open_archive(package.read_bytes(), package.name, lambda: None, never_read)
    parts = worksheet_parts(checked.archive)
    checked.close()
    light = {"About", "Codebook", "Changes", "Wheel scores", "Audit log"} & parts.keys()
    assert "Audit log" in light and checked.unread_sheets == light
    assert checked.put_off == {parts[sheet].info.filename for sheet in light}
    assert never_read("Audit log 2", hidden=True) and not never_read("Audit log 2", hidden=False)
    assert not never_read("tiny", hidden=False) and not never_read("_fw_data", hidden=True)


def test_records_naming_a_sheet_checked_lightly_are_refused(package):
    """A forged layout asking to read the audit log gets a refusal, never a reader."""
    import io

    from python_calamine import CalamineWorkbook

    from exports.package.read import CheckedReader

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(package.read_bytes()))
    reader = CheckedReader(workbook, frozenset({"Audit log"}), package.name)
    assert reader.rows("_fw_manifest")
    with pytest.raises(UserError) as error:
        reader.rows("Audit log")
    assert error.value.code == "package-tampered"
    assert_translated(error.value)
