"""Every bad file is refused with one sentence and leaves the database exactly as it was."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from exports.package import content
from exports.package.device_key import installation_key
from exports.package.importing import import_package
from exports.package.signing import sign_manifest
from exports.package.write import export_package
from forms.errors import UserError
from storage import Database
from tests.exports.package.packing import manifest, packed_records, repack, write_manifest
from tests.exports.package.support import SAMPLE, assert_translated, dump, seed

MINIMAL_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"/>',
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"/>',
}


def refused(hq: Database, path: Path, code: str, **kwargs) -> UserError:
    before = dump(hq.path)
    with pytest.raises(UserError) as error:
        import_package(hq, path, **kwargs)
    assert error.value.code == code, error.value.message
    assert_translated(error.value)
    assert "\n" not in error.value.message and error.value.message.endswith(".")
    assert dump(hq.path) == before
    return error.value


def rezip(source: Path, target: Path, change) -> Path:
    """Copy the zip ``source`` to ``target`` with ``change(name, bytes) -> bytes`` applied."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
    return target


def edit_cells(source: Path, target: Path, edits: dict[tuple[str, str], object]) -> Path:
    workbook = load_workbook(source)
    for (sheet, ref), value in edits.items():
        workbook[sheet][ref] = value
    workbook.save(target)
    return target


def test_truncated_file(hq, package, tmp_path):
    data = package.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    refused(hq, tmp_path / "cut.xlsx", "package-damaged")


def test_not_an_xlsx(hq, tmp_path):
    (tmp_path / "notes.xlsx").write_text("just some text", encoding="utf-8")
    refused(hq, tmp_path / "notes.xlsx", "package-not-xlsx")


def test_missing_file(hq, tmp_path):
    refused(hq, tmp_path / "nowhere.xlsx", "package-missing")


def test_an_ordinary_workbook_is_not_a_package(hq, tmp_path):
    workbook = Workbook()
    workbook.active.append(["name", "value"])
    workbook.save(tmp_path / "other.xlsx")
    refused(hq, tmp_path / "other.xlsx", "package-not-fieldwheel")


def test_zip_bomb_by_compression_ratio(hq, tmp_path):
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in MINIMAL_PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024**2))
    refused(hq, tmp_path / "bomb.xlsx", "package-zip-bomb")


def test_zip_bomb_by_declared_size(hq, package, tmp_path):
    data = bytearray(package.read_bytes())
    directory = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, directory + 24, 4_000_000_000)  # uncompressed size
    (tmp_path / "declared.xlsx").write_bytes(bytes(data))
    refused(hq, tmp_path / "declared.xlsx", "package-zip-bomb")


def test_xml_bomb(hq, package, tmp_path):
    doctype = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
    )

    def change(name: str, data: bytes) -> bytes:
        if name == "xl/workbook.xml":
            return doctype + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)
        return data

    refused(hq, rezip(package, tmp_path / "xmlbomb.xlsx", change), "package-xml-bomb")


def test_formula_cell(hq, package, tmp_path):
    edited = edit_cells(package, tmp_path / "formula.xlsx", {("tiny", "A2"): "=1+1"})
    refused(hq, edited, "package-formula")


@pytest.mark.slow
def test_a_million_rows(hq, tmp_path):
    with zipfile.ZipFile(tmp_path / "rows.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in MINIMAL_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet><sheetData>')
            for start in range(1, 1_000_002, 10_000):
                block = range(start, min(start + 10_000, 1_000_002))
                sheet.write(
                    b"".join(
                        b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n) for n in block
                    )
                )
            sheet.write(b"</sheetData></worksheet>")
    refused(hq, tmp_path / "rows.xlsx", "package-too-many-rows")


def test_manifest_with_a_wrong_hash(hq, package, tmp_path):
    workbook = load_workbook(package)
    manifest = workbook["_fw_manifest"]
    for row in manifest.iter_rows(min_row=2):
        if row[0].value == "content_sha256":
            row[1].value = "0" * 64
    workbook.save(tmp_path / "hash.xlsx")
    refused(hq, tmp_path / "hash.xlsx", "package-tampered")


def test_hidden_data_changed(hq, package, tmp_path):
    workbook = load_workbook(package)
    tables = packed_records(workbook)
    tables["_fw_answers"][0][2] = "tampered value"
    repack(workbook, tables)
    workbook.save(tmp_path / "data.xlsx")
    refused(hq, tmp_path / "data.xlsx", "package-tampered")


def test_newer_schema(hq, package, tmp_path):
    workbook = load_workbook(package)
    for row in workbook["_fw_manifest"].iter_rows(min_row=2):
        if row[0].value == "schema_version":
            row[1].value = "99"
    workbook.save(tmp_path / "newer.xlsx")
    error = refused(hq, tmp_path / "newer.xlsx", "package-newer-schema")
    assert "newer Fieldwheel" in error.message


def test_passwords(hq, tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "secret.xlsx", password="s3cret ☂", charts=False)
    assert (tmp_path / "secret.xlsx").read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    refused(hq, tmp_path / "secret.xlsx", "package-wrong-password", password="wrong")
    refused(hq, tmp_path / "secret.xlsx", "package-password-needed")
    report = import_package(hq, tmp_path / "secret.xlsx", password="s3cret ☂")
    assert report.added["answer"] == len(SAMPLE)


def test_tampered_encrypted_file(hq, tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "secret.xlsx", password="pw", charts=False)
    import olefile

    flipped = tmp_path / "flipped.xlsx"
    flipped.write_bytes((tmp_path / "secret.xlsx").read_bytes())
    with olefile.OleFileIO(str(flipped), write_mode=True) as ole:
        stream = bytearray(ole.openstream("EncryptedPackage").read())
        stream[5000] ^= 0xFF
        ole.write_stream("EncryptedPackage", bytes(stream))
    refused(hq, tmp_path / "flipped.xlsx", "package-damaged", password="pw")


def test_hand_edit_is_refused_with_the_cells(hq, package, tmp_path):
    edited = edit_cells(
        package,
        tmp_path / "edited.xlsx",
        {("tiny", "A2"): "corrected", ("people", "A3"): "Someone"},
    )
    error = refused(hq, edited, "package-edited")
    assert error.context["cells"] == ["tiny!A2", "people!A3"]
    assert "tiny!A2" in error.message and "--accept-edits" in error.message
    # Which question, and from what to what: a person can judge the edit from the sentence.
    assert "tiny!A2, Name: " in error.message and "→ 'corrected'" in error.message


def _columns(package) -> dict[str, str]:
    """Each header of the tiny sheet and its column letter; the workbook is closed again
    (left open, it is found unclosed during whichever later test collects it)."""
    workbook = load_workbook(package, read_only=True)
    try:
        return {cell.value: cell.column_letter for cell in next(workbook["tiny"].rows)}
    finally:
        workbook.close()


def test_hand_edit_accepted_as_named_edits(tmp_path, package):
    columns = _columns(package)
    edited = edit_cells(
        package,
        tmp_path / "edited.xlsx",
        {
            ("tiny", f"{columns['info/name']}2"): "corrected",
            ("tiny", f"{columns['info/colours/green']}2"): 1,
            ("tiny", f"{columns['info/count']}2"): 8,
        },
    )
    with Database(tmp_path / "hq2.sqlite3") as hq:
        report = import_package(hq, edited, accept_edits_by="Lead")
        assert report.edits_accepted == 3
        [submission] = hq.submissions(hq.missions()[0].uuid)
        answers = hq.answers(submission.uuid)
        assert answers["info/name"] == "corrected"
        assert answers["info/colours"] == "red blue green"
        assert answers["info/count"] == "8"
        leads = [e for e in hq.audit(submission.uuid) if e.by == "Lead"]
        assert {e.path for e in leads} == {"info/name", "info/colours", "info/count"}
        again = import_package(hq, edited, accept_edits_by="Lead")
        assert again.edits_accepted == 0 and not again.changed


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        ("info/count", "abc", "edit-invalid"),
        ("info/count", -4, "edit-invalid"),
        ("_uuid", "other", "package-edited-structure"),
    ],
)
def test_bad_hand_edits_are_refused_even_when_accepted(hq, package, tmp_path, column, value, code):
    columns = _columns(package)
    edited = edit_cells(package, tmp_path / "bad.xlsx", {("tiny", f"{columns[column]}2"): value})
    refused(hq, edited, code, accept_edits_by="Lead")


def test_added_row_is_refused(hq, package, tmp_path):
    workbook = load_workbook(package)
    workbook["tiny"].append(["new person"])
    workbook.save(tmp_path / "added.xlsx")
    refused(hq, tmp_path / "added.xlsx", "package-edited-structure", accept_edits_by="Lead")


def test_form_version_clash_rolls_back(tmp_path, package):
    with Database(tmp_path / "clash.sqlite3") as db:
        db.save_form("tiny", "1", "Tiny form", "tiny.md", b"other source", "f" * 64)
        refused(db, package, "form-version-clash")


def test_an_answer_listed_twice(hq, package, tmp_path):
    """A hand-made package listing an answer twice (validly hashed and signed) is refused."""
    workbook = load_workbook(package)
    tables = packed_records(workbook)
    answers = tables["_fw_answers"]
    answers.insert(1, list(answers[0]))
    digest = repack(workbook, tables)
    facts = manifest(workbook)
    del facts[content.SIGNATURE_KEY]
    facts[content.HASH_KEY] = digest.hexdigest(facts)
    sign_manifest(facts, installation_key())
    write_manifest(workbook, facts)
    workbook.save(tmp_path / "twice.xlsx")
    error = refused(hq, tmp_path / "twice.xlsx", "package-answer-twice")
    assert answers[0][1] in error.message
