"""Export -> import gives back every answer, mission, submission and audit entry exactly."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exports.package.importing import import_package
from exports.package.layout import REPEAT_META, submission_id
from exports.package.read import read_package
from exports.package.wheel_sheet import TIDY_HEADER
from exports.package.write import export_package
from storage import Database
from tests.exports.package.support import (
    CANONICAL_SHEETS,
    DATA_SHEETS,
    SAMPLE,
    data,
    seed,
    sheets,
)

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60
) | st.sampled_from(
    ["=1+2", "+33", "-5", "@x", "\tx", "\rx", "007", "_x0041_", "\ufffe", '""', "\\e"]
)
NUMBERS = st.integers(min_value=-(10**30), max_value=10**30).map(str) | st.from_regex(
    r"0[0-9]{1,8}", fullmatch=True
)
DATES = st.dates(min_value=dt.date(1900, 1, 1)).map(dt.date.isoformat)


def _roundtrip(tmp: Path, answers: dict[str, str]) -> None:
    with Database(tmp / "field.sqlite3") as field:
        seed(field, answers)
        export_package(field, tmp / "p.xlsx", by="tester", charts=False)
    with Database(tmp / "hq.sqlite3") as hq:
        report = import_package(hq, tmp / "p.xlsx")
        assert report.added["answer"] == len(answers)
    assert data(tmp / "field.sqlite3") == data(tmp / "hq.sqlite3")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=TEXT,
    count=NUMBERS,
    day=DATES,
    code=TEXT,
    people=st.lists(TEXT, min_size=1, max_size=3),
)
@example(name="0", count="0", day="2000-01-01", code=" ", people=["\n"])  # whitespace-only cells
def test_random_answers_round_trip(name, count, day, code, people):
    answers = {"info/name": name, "info/count": count, "info/day": day, "info/code": code}
    answers.update({f"people[{i}]/person": p for i, p in enumerate(people, start=1)})
    with tempfile.TemporaryDirectory() as folder:
        _roundtrip(Path(folder), answers)


def test_long_text_round_trips_and_stays_within_excel_limits(tmp_path):
    long_text = ("Phnom Penh — ភ្នំពេញ 🎉 " * 2000)[:40_000]
    _roundtrip(tmp_path, {**SAMPLE, "info/name": long_text})
    readable = sheets(tmp_path / "p.xlsx", ["tiny"])["tiny"]
    cell = readable[1][0]
    assert len(cell.encode("utf-16-le")) // 2 <= 32_767
    assert cell.endswith("[…]")


def test_second_export_equals_first_in_every_data_sheet(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        _, submission = seed(field, SAMPLE)
        field.save_answer(submission.uuid, "info/name", "second value", "Dara")
        field.save_answer(submission.uuid, "info/code", None, "Dara")
        export_package(field, tmp_path / "first.xlsx", charts=False)
    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, tmp_path / "first.xlsx")
        export_package(hq, tmp_path / "second.xlsx", charts=False)
    names = [*DATA_SHEETS, *CANONICAL_SHEETS]
    assert sheets(tmp_path / "first.xlsx", names) == sheets(tmp_path / "second.xlsx", names)


def test_reimport_changes_nothing_and_says_so(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "p.xlsx", charts=False)
    from tests.exports.package.support import dump

    with Database(tmp_path / "hq.sqlite3") as hq:
        first = import_package(hq, tmp_path / "p.xlsx")
        assert first.changed
        before = dump(tmp_path / "hq.sqlite3")
        again = import_package(hq, tmp_path / "p.xlsx")
    assert not again.changed
    assert "nothing changed" in again.summary
    assert dump(tmp_path / "hq.sqlite3") == before


def test_second_reader_sees_typed_values_and_safe_text(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        _, submission = seed(field, SAMPLE)
        export_package(field, tmp_path / "p.xlsx", charts=False)
    got = sheets(tmp_path / "p.xlsx")
    assert got["About"][0][0] == "Fieldwheel package"
    header, row = got["tiny"][0], got["tiny"][1]
    value = dict(zip(header, row, strict=True))
    assert value["info/name"] == SAMPLE["info/name"]  # a string, not a formula
    assert value["info/count"] == "007"  # leading zeros keep it text
    assert value["info/share"] == 12.5
    assert value["info/day"] == dt.date(2026, 3, 1)
    assert value["info/colours"] == "red blue"
    assert (value["info/colours/red"], value["info/colours/green"]) == (1, 0)
    assert value["info/code"] == "00123"
    assert value["_uuid"] == submission.uuid
    people = got["people"]
    assert people[0][-12:] == list(REPEAT_META)  # KoboToolbox's names and order
    assert people[2][0] == "line1\nline2\ttab\ufffdctrl _x0041_"
    phones = got["phones"]
    assert [r[0] for r in phones[1:]] == ["+855 12 345", "-1"]
    linked = [dict(zip(phones[0], r, strict=True)) for r in phones[1:]]
    assert [r["_parent_index"] for r in linked] == [1, 1]  # both belong to people row 1
    assert linked[0]["_parent_table_name"] == "people"
    assert linked[0]["_submission__id"] == value["_id"] == submission_id(submission.uuid)


def test_workbook_has_no_formula_cells(tmp_path):
    import zipfile

    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "p.xlsx", charts=False)
    with zipfile.ZipFile(tmp_path / "p.xlsx") as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)


def test_wheel_sheet_has_scores_and_chart(tmp_path):
    from storage.demo import build_demo

    with Database(tmp_path / "demo.sqlite3") as db:
        build_demo(db)
        export_package(db, tmp_path / "demo.xlsx")
    import zipfile

    with zipfile.ZipFile(tmp_path / "demo.xlsx") as archive:
        assert any(name.startswith("xl/media/") for name in archive.namelist())
    wheel = sheets(tmp_path / "demo.xlsx", ["Wheel scores"])["Wheel scores"]
    assert tuple(wheel[0]) == TIDY_HEADER  # one tidy table: a header, then only data rows
    rows = [dict(zip(wheel[0], row, strict=True)) for row in wheel[1:]]
    assert all(row["block"] and row["pillar"] for row in rows)
    assert any(isinstance(row["score"], float) for row in rows)
    assert {row["country"] for row in rows} >= {"Cambodia", "Madagascar"}
    assert {row["round"] for row in rows} >= {"baseline"}
    assert all(isinstance(row["possible"], int | float) for row in rows)


def test_demo_round_trips(tmp_path):
    from storage.demo import build_demo

    with Database(tmp_path / "demo.sqlite3") as db:
        build_demo(db)
        export_package(db, tmp_path / "demo.xlsx", charts=False)
    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, tmp_path / "demo.xlsx")
    assert data(tmp_path / "demo.sqlite3") == data(tmp_path / "hq.sqlite3")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_package(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "p.xlsx", charts=False)
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "p.xlsx"),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # A CSV conversion takes the first sheet: the data, as in KoboToolbox's export.
    first = (tmp_path / "p.csv").read_text(encoding="utf-8", errors="replace")
    assert first.startswith("info/name")


@pytest.mark.parametrize(
    "text", [" ", "   ", "\n", " \t ", "x" + " " * 40_000 + "y", " " * 20_000, "a\\b  "]
)
def test_blank_looking_text_survives_the_canonical_sheets(tmp_path, text):
    _roundtrip(tmp_path, {**SAMPLE, "info/name": text})


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_packed_records_survive_a_save_in_libreoffice(tmp_path):
    """A person who opens the package and saves it keeps the hidden records intact."""
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, {**SAMPLE, "info/name": "☂ " + "long text " * 5_000})
        export_package(field, tmp_path / "p.xlsx", charts=False)
    saved = tmp_path / "saved"
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(saved),
            str(tmp_path / "p.xlsx"),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    original = read_package(tmp_path / "p.xlsx")
    again = read_package(saved / "p.xlsx")
    assert again.tables == original.tables
    assert again.manifest == original.manifest
