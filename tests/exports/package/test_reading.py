"""Reading a package refuses any change to the hidden sheets' structure, and reports progress."""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineError

from exports.package import content, read
from exports.package.importing import import_package
from exports.package.read import _short, read_package
from exports.package.write import export_package
from forms.errors import Cancelled, UserError
from storage import Database
from tests.exports.package.packing import as_schema_1
from tests.exports.package.support import assert_translated, dump, seed


@pytest.fixture
def hq(tmp_path):
    with Database(tmp_path / "hq.sqlite3") as db:
        yield db


def changed(package: Path, target: Path, change) -> Path:
    workbook = load_workbook(package)
    change(workbook)
    workbook.save(target)
    return target


def refused(hq: Database, path: Path, code: str) -> str:
    before = dump(hq.path)
    with pytest.raises(UserError) as error:
        import_package(hq, path)
    assert error.value.code == code, error.value.message
    assert_translated(error.value)
    assert dump(hq.path) == before
    assert path.name in error.value.message
    return error.value.message


def test_a_number_in_a_hidden_sheet_is_tampering(hq, old_package, tmp_path):
    def number(workbook):
        workbook[content.ANSWERS.sheet]["D2"] = 5

    refused(hq, changed(old_package, tmp_path / "number.xlsx", number), "package-tampered")


def test_a_hidden_field_that_does_not_decode_is_tampering(hq, old_package, tmp_path):
    def escape(workbook):
        workbook[content.ANSWERS.sheet]["D2"] = "not \\q an escape"

    message = refused(
        hq, changed(old_package, tmp_path / "escape.xlsx", escape), "package-tampered"
    )
    assert content.ANSWERS.sheet in message


def test_a_renamed_hidden_column_is_tampering(hq, old_package, tmp_path):
    def rename(workbook):
        workbook[content.AUDIT.sheet]["B1"] = "someone"

    message = refused(
        hq, changed(old_package, tmp_path / "header.xlsx", rename), "package-tampered"
    )
    assert content.AUDIT.sheet in message


def test_an_unknown_row_marker_is_tampering(hq, old_package, tmp_path):
    def marker(workbook):
        workbook[content.MISSIONS.sheet]["A2"] = "x"

    refused(hq, changed(old_package, tmp_path / "marker.xlsx", marker), "package-tampered")


def test_a_continuation_row_is_part_of_its_record(hq, old_package, tmp_path):
    def split(workbook):
        sheet = workbook[content.MISSIONS.sheet]
        sheet.append(["+", "-more"])

    refused(hq, changed(old_package, tmp_path / "continued.xlsx", split), "package-tampered")


def test_a_missing_hidden_sheet_is_damage(hq, old_package, tmp_path):
    def remove(workbook):
        del workbook[content.AUDIT.sheet]

    message = refused(
        hq, changed(old_package, tmp_path / "no-audit.xlsx", remove), "package-damaged"
    )
    assert content.AUDIT.sheet in message


def test_a_removed_readable_sheet_is_an_edit(hq, package, tmp_path):
    def remove(workbook):
        del workbook["people"]

    message = refused(hq, changed(package, tmp_path / "no-people.xlsx", remove), "package-edited")
    assert "people" in message


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("package_uuid", None, "package-tampered"),
        (content.HASH_KEY, None, "package-tampered"),
        ("schema_version", "one", "package-tampered"),
        ("schema_version", str(content.PACKAGE_SCHEMA + 1), "package-newer-schema"),
        ("format", None, "package-not-fieldwheel"),
    ],
)
def test_manifest_checks(hq, package, tmp_path, key, value, code):
    def edit(workbook):
        sheet = workbook[content.MANIFEST_SHEET]
        [row] = [r for r in sheet.iter_rows(min_row=2) if r[0].value == key]
        if value is None:
            sheet.delete_rows(row[0].row)
        else:
            row[1].value = value

    refused(hq, changed(package, tmp_path / "manifest.xlsx", edit), code)


def test_a_workbook_without_a_manifest_is_not_a_package(hq, package, tmp_path):
    def remove(workbook):
        del workbook[content.MANIFEST_SHEET]

    refused(hq, changed(package, tmp_path / "plain.xlsx", remove), "package-not-fieldwheel")


def test_reading_reports_each_step_and_can_be_cancelled_between_them(package):
    steps: list[tuple[int, int, str]] = []
    read = read_package(package, progress=lambda *step: steps.append(step))
    assert steps[:2] == [(0, 4, "reading"), (1, 4, "checking")] and steps[-1] == (4, 4, "verified")
    assert {s[1] for s in steps} == {4}
    assert [s[2] for s in steps if s[0] in (2, 3)] == ["reading data", "reading sheets"]
    assert read.package_uuid == read.manifest["package_uuid"]
    assert read.tables[content.FORMS.sheet][0]["source"].startswith(b"\n| survey")

    cancel = threading.Event()

    def stop_after_data(done: int, total: int, label: str) -> None:
        if label == "reading data":
            cancel.set()

    with pytest.raises(Cancelled):
        read_package(package, progress=stop_after_data, cancel=cancel)


@pytest.mark.parametrize(
    ("reason", "shown"),
    [
        ("first line\nsecond line", "first line"),
        ("  padded  \n", "padded"),
        ("", "unknown reason"),
        ("   ", "unknown reason"),
        ("x" * 120, "x" * 120),
        ("y" * 121, "y" * 117 + "..."),
    ],
)
def test_a_reader_failure_is_named_in_one_short_clause(reason, shown):
    """The spreadsheet reader's own words, cut so the refusal stays one readable sentence."""
    assert _short(ValueError(reason)) == shown


def test_a_long_answer_of_an_old_package_is_joined_from_its_continuation_rows(hq, tmp_path):
    """Schema 1 cut a field longer than a cell into continuation rows marked ``+``."""
    long = "☂ long answer " * 5_000
    with Database(tmp_path / "field.sqlite3") as field:
        _, submission = seed(field, {"info/name": long})
        export_package(field, tmp_path / "long.xlsx", charts=False)
    old = as_schema_1(tmp_path / "long.xlsx", tmp_path / "old-long.xlsx")
    with closing(load_workbook(old, read_only=True)) as workbook:
        rows = workbook[content.ANSWERS.sheet].iter_rows(values_only=True)
        assert any(row[0] == "+" for row in rows)
    import_package(hq, old)
    assert hq.answers(submission.uuid)["info/name"] == long


class PanicException(BaseException):
    """What python-calamine raises when its Rust reader panics (pyo3's type, by name)."""


@pytest.mark.parametrize(
    ("failure", "sentence"),
    [
        (
            CalamineError("invalid zip header"),
            "p.xlsx is damaged and cannot be read (invalid zip header).",
        ),
        (PanicException("index out of bounds"), "p.xlsx is damaged and cannot be read."),
    ],
    ids=["reader error", "reader panic"],
)
def test_the_reader_failing_on_a_file_the_checks_passed_is_damage(
    package, monkeypatch, failure, sentence
):
    """The hostile-file checks pass files the reader may still choke on: its error, even a
    panic of its Rust code, is a refusal in words, never a traceback."""

    def fail(_data):
        raise failure

    monkeypatch.setattr(read.CalamineWorkbook, "from_filelike", fail)
    with pytest.raises(UserError) as error:
        read_package(package)
    assert error.value.code == "package-damaged"
    assert error.value.message == sentence
    assert_translated(error.value)
