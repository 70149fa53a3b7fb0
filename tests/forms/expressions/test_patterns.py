"""regex() in linear time: hostile patterns finish, unrunnable ones are reported, not crashed on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from forms.check import check_form
from forms.errors import ExpressionError
from forms.expressions import evaluate
from forms.state.form_state import FormState
from forms.xlsform.load import load_form


@pytest.mark.parametrize("length", [24, 31, 100_000])
def test_catastrophic_pattern_runs_in_linear_time(length: int) -> None:
    started = time.process_time()
    assert evaluate("regex(., '(a+)+$')", current="a" * length + "!") is False
    assert evaluate("regex(., '(a+)+$')", current="a" * length) is True
    assert evaluate("regex(., '(x+x+)+y')", current="x" * length) is False
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(
    "pattern",
    [r"(a)\1", "(?=a)a", "(?<!b)a", "a++", r"a\Z", "a{1001}"],
)
def test_patterns_the_engine_cannot_run_are_refused_in_a_sentence(pattern: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        evaluate(f"regex('a', '{pattern}')")
    assert caught.value.code == "unsupported-regex"
    assert pattern in caught.value.message and "regex()" in caught.value.message


def test_a_broken_pattern_is_invalid_and_nothing_is_printed(capfd: pytest.CaptureFixture) -> None:
    with pytest.raises(ExpressionError) as caught:
        evaluate("regex('a', '[a-')")
    assert caught.value.code == "invalid-regex"
    assert capfd.readouterr().err == ""  # RE2 would log its own complaint on stderr


def test_classes_are_ascii_as_in_java() -> None:
    assert evaluate(r"regex('123', '\d+')") is True
    assert evaluate("regex('٣', '\\d')") is False  # Arabic-Indic three: not \d in Java
    assert evaluate("regex('Zoë', '[A-Za-zë]+')") is True
    assert evaluate("regex('abc', '(?i)ABC')") is True


FORM = """
| survey |
| | type | name | label | constraint |
| | text | code | Code | regex(., '(a)\\1') |
| | text | phone | Phone | regex(., '^[0-9]{8}$') |
| | text | word | Word | regex(., '(a+)+$') |
"""


def test_check_form_warns_about_an_unrunnable_pattern(tmp_path: Path) -> None:
    path = tmp_path / "form.md"
    path.write_text(FORM, encoding="utf-8")
    report = check_form(path)
    assert report.ok
    assert [(w.code, w.row, w.column) for w in report.warnings] == [
        ("unsupported-regex", 2, "constraint")
    ]
    assert "back-references" in report.warnings[0].message


def test_an_unrunnable_constraint_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "form.md"
    path.write_text(FORM, encoding="utf-8")
    state = FormState(load_form(path))
    state.set("code", "aa")
    state.set("word", "a" * 40 + "!")
    assert state.error("code") is None
    assert state.error("word") is not None  # the hostile pattern ran, and said no
    assert any("'code' (row 2) was ignored" in warning for warning in state.warnings)
