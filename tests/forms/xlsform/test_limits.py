"""Forms too large or too deep are refused quickly, in one sentence naming sheet and row."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from forms.check import check_form
from forms.errors import FormError
from forms.xlsform import limits
from forms.xlsform.load import load_form, load_form_bytes


def nested(depth: int, begin: str = "begin group", end: str = "end group") -> str:
    lines = ["survey,type,name,label"]
    lines += [f",{begin},g{level},Level {level}" for level in range(depth)]
    lines.append(",text,q,Question")
    lines += [f",{end},," for _ in range(depth)]
    return "\n".join(lines) + "\n"


def test_the_deepest_allowed_nesting_loads(tmp_path: Path) -> None:
    path = tmp_path / "deep.csv"
    path.write_text(nested(limits.MAX_NESTING), encoding="utf-8")
    form = load_form(path)
    assert form.node("/".join(f"g{level}" for level in range(limits.MAX_NESTING)) + "/q")


@pytest.mark.parametrize("depth", [limits.MAX_NESTING + 1, 500])
def test_deeper_nesting_is_refused_at_the_row_that_goes_too_deep(depth: int) -> None:
    with pytest.raises(FormError) as caught:
        load_form_bytes(nested(depth).encode(), "deep.csv")
    error = caught.value
    assert error.code == "form-too-deep"
    row = limits.MAX_NESTING + 2  # header is row 1, the first group row 2
    located = {key: error.context[key] for key in ("path", "sheet", "row", "column")}
    assert located == {
        "path": "deep.csv",
        "sheet": "survey",
        "row": row,
        "column": "type",
    }
    assert f"row {row}" in error.message and str(limits.MAX_NESTING) in error.message


def test_repeats_count_as_nesting_whatever_the_spelling() -> None:
    text = nested(limits.MAX_NESTING + 1, "Begin_Repeat", "end_repeat")
    with pytest.raises(FormError, match="this repeat is level 33"):
        load_form_bytes(text.encode(), "deep.csv")


def test_check_form_reports_500_nested_groups_as_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "deep.csv"
    path.write_text(nested(500), encoding="utf-8")
    report = check_form(path)
    assert [(e.code, e.sheet, e.row, e.column) for e in report.errors] == [
        ("form-too-deep", "survey", limits.MAX_NESTING + 2, "type")
    ]


def test_a_million_row_text_form_is_refused_quickly() -> None:
    data = "survey,type,name,label\n" + "".join(f",text,q{i},Q\n" for i in range(1_000_000))
    started = time.process_time()
    with pytest.raises(FormError) as caught:
        load_form_bytes(data.encode(), "huge.csv")
    assert time.process_time() - started < 2.0
    assert caught.value.code == "form-too-many-rows"
    assert "1,000,001 lines" in caught.value.message


def test_a_survey_over_the_row_limit_names_its_sheet() -> None:
    rows = limits.MAX_SURVEY_ROWS + 1
    data = "survey,type,name,label\n" + "".join(f",text,q{i},Q\n" for i in range(rows))
    with pytest.raises(FormError) as caught:
        load_form_bytes(data.encode(), "big.csv")
    assert caught.value.context["sheet"] == "survey"
    assert f"{rows:,} rows in its survey sheet" in caught.value.message


def test_other_sheets_have_their_own_limit() -> None:
    workbook = SimpleNamespace(
        survey=[{}] * limits.MAX_SURVEY_ROWS, choices=[{}] * (limits.MAX_SHEET_ROWS + 1)
    )
    with pytest.raises(FormError) as caught:
        limits.check_rows(workbook, "big.xlsx")
    assert caught.value.context["sheet"] == "choices"
    limits.check_rows(SimpleNamespace(choices=[{}] * limits.MAX_SHEET_ROWS), "fine.xlsx")


def test_a_form_over_the_size_limit_is_refused_before_reading() -> None:
    with pytest.raises(FormError) as caught:
        load_form_bytes(b"x" * (limits.MAX_FORM_BYTES + 1), "big.md")
    assert caught.value.code == "form-too-large"
