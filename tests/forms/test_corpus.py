"""Every real-world form in tests/corpus loads and every expression compiles.

External data (pulldata, select_one_from_file, instance() of a list the form
does not ship) and phone-only question types are warnings, not failures.
Forms that are expected to fail are pinned with their exact message.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from forms.check import check_form, format_report

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FORMS = sorted(
    p
    for p in CORPUS.iterdir()
    if p.suffix in (".xlsx", ".xls", ".csv", ".md") and p.name != "SOURCES.md"
)
PINNED_FAILURES: dict[str, str] = {}
"""File name -> the error message it must fail with (none at present)."""


def test_corpus_is_the_documented_one() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([^`]+)` \|.*?\| `([0-9a-f]{16})` \|", sources, re.M))
    assert sorted(listed) == [p.name for p in FORMS]
    for path in FORMS:
        assert hashlib.sha256(path.read_bytes()).hexdigest()[:16] == listed[path.name]


@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_form_loads_and_compiles(path: Path) -> None:
    report = check_form(path)
    if path.name in PINNED_FAILURES:
        assert not report.ok
        assert [e.message for e in report.errors] == [PINNED_FAILURES[path.name]]
        return
    assert report.ok, format_report(report)
    assert report.form is not None and report.questions > 0
    for finding in report.warnings:
        assert finding.row is not None and finding.column
        assert finding.code in {"missing-external-data", "unsupported-function", "unsupported-type"}


def test_summary_counts_of_the_msna() -> None:
    report = check_form(CORPUS / "humind__REACH_2024_MSNA-kobo-tool_draft_v11.xlsx")
    assert (report.questions, report.repeats) == (274, 4)
    assert report.languages == ("english", "french")
    assert report.expressions > 400 and not report.errors


def test_external_data_is_a_warning() -> None:
    report = check_form(CORPUS / "onadata__trees_follow_up.xlsx")
    assert report.ok
    codes = {(w.row, w.column, w.code) for w in report.warnings}
    assert (2, "type", "missing-external-data") in codes  # select_one_from_file trees.csv
    assert (4, "calculation", "missing-external-data") in codes  # instance('trees')
    pulldata = check_form(CORPUS / "pyxform__pull_data.xlsx")
    assert pulldata.ok and [(w.row, w.column) for w in pulldata.warnings] == [(2, "calculation")]


def test_broken_expression_is_an_error_with_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text(
        """
| survey |
| | type | name | label | relevant | constraint |
| | integer | a | A | | |
| | integer | b | B | ${a} > > 1 | . < frobnicate(2) |
""",
        encoding="utf-8",
    )
    report = check_form(path)
    assert not report.ok
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (3, "relevant", "expression-syntax"),
        (3, "constraint", "unknown-function"),
    ]
    text = format_report(report)
    assert "FAILED" in text and "row 3, column relevant" in text


def test_unloadable_file_reports_instead_of_raising(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a spreadsheet")
    report = check_form(path)
    assert not report.ok and report.form is None
    assert report.errors[0].code == "form-unreadable"
