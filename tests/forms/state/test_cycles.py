"""Circular logic is refused by the loader and listed by check-form, with its rows, as ODK does.

The cases follow JavaRosa's own cycle tests (TriggerableDagTest): circles of
calculations, self-references in calculate, relevant and required, circles
inside one repeat instance; and what it accepts: a constraint on itself.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from forms.check import check_form
from forms.errors import FormError
from forms.state.cycles import find_cycles
from forms.state.graph import Plan
from forms.xlsform.load import load_form, load_form_bytes

HEADER = "| survey |\n| | type | name | label | calculation | relevant | required | constraint |"


def form_text(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def cycles_of(*rows: str) -> list[tuple[list[int], str | None, str]]:
    form = load_form_bytes(form_text(*rows).encode(), "form.md", refuse_cycles=False)
    return [(c.rows, c.first.column, c.describe()) for c in find_cycles(Plan(form))]


def test_a_circle_of_calculations() -> None:
    assert cycles_of(
        "| | calculate | a | | ${b} + 1 | | | |",
        "| | calculate | b | | ${c} + 1 | | | |",
        "| | calculate | c | | ${a} + 1 | | | |",
    ) == [
        (
            [2, 3, 4],
            "calculation",
            "the calculation of 'a' (row 2) reads 'b'; the calculation of 'b' (row 3) reads 'c'; "
            "the calculation of 'c' (row 4) reads 'a'",
        )
    ]


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("| | calculate | x | | . + 1 | | | |", "calculation"),
        ("| | calculate | x | | ${x} + 1 | | | |", "calculation"),
        ("| | integer | x | X | | . > 0 | | |", "relevant"),
        ("| | integer | x | X | | | . > 10 | |", "required"),
        ("| | integer | x | X | | | ${x} > 10 | |", "required"),
    ],
)
def test_an_expression_reading_its_own_question(row: str, column: str) -> None:
    assert cycles_of(row) == [([2], column, f"the {column} of 'x' (row 2) reads 'x' itself")]


@pytest.mark.parametrize(
    "row",
    [
        "| | integer | x | X | | | | . > 10 |",  # ODK allows a constraint on itself
        "| | calculate | x | | once(now()) | | | |",  # once() keeps the stored value
        "| | calculate | x | | string-length() | | | |",
        "| | calculate | x | | once(.) | | | |",
    ],
)
def test_what_odk_accepts_is_not_a_circle(row: str) -> None:
    assert cycles_of(row) == []


def test_a_dot_inside_a_condition_is_the_item_tested() -> None:
    assert (
        cycles_of(
            "| | begin repeat | r | R | | | | |",
            "| | integer | y | Y | | | | |",
            "| | end repeat | | | | | | |",
            "| | calculate | x | | count(${y}[. > 5]) | | | |",
        )
        == []
    )


def test_constraints_reading_each_other_are_not_a_circle() -> None:
    assert (
        cycles_of(
            "| | integer | a | A | | | | . > ${b} |",
            "| | integer | b | B | | | | . > ${a} |",
        )
        == []
    )


def test_relevants_reading_each_other_are_a_circle() -> None:
    # A hidden question counts as empty, so each decides whether the other is shown.
    [(rows, column, text)] = cycles_of(
        "| | integer | i | I | | ${j} > 0 | | |",
        "| | integer | j | J | | ${i} > 0 | | |",
    )
    assert (rows, column) == ([2, 3], "relevant")
    assert text == "the relevant of 'i' (row 2) reads 'j'; the relevant of 'j' (row 3) reads 'i'"


def test_a_group_shown_by_a_question_inside_it() -> None:
    assert cycles_of(
        "| | begin group | g | G | | ${h} = 1 | | |",
        "| | integer | h | H | | | | |",
        "| | end group | | | | | | |",
    ) == [([2, 3], "relevant", "the relevant of 'g' (row 2) reads 'h'; 'h' is inside 'g'")]


def test_a_repeat_counted_by_a_question_inside_it() -> None:
    rows = "\n".join(
        [
            "| survey |",
            "| | type | name | label | repeat_count |",
            "| | begin repeat | r | R | ${n} |",
            "| | integer | n | N | |",
            "| | end repeat | | | |",
        ]
    )
    form = load_form_bytes(rows.encode(), "form.md", refuse_cycles=False)
    [cycle] = find_cycles(Plan(form))
    assert cycle.rows == [2, 3] and cycle.first.column == "repeat_count"
    assert cycle.describe() == (
        "the repeat_count of 'r' (row 2) reads 'n'; 'n' is inside the repeat 'r'"
    )


def test_a_circle_inside_one_repeat_instance() -> None:
    [(rows, _, _)] = cycles_of(
        "| | begin repeat | r | R | | | | |",
        "| | calculate | a | | ../b + 1 | | | |",
        "| | calculate | b | | ../a + 1 | | | |",
        "| | end repeat | | | | | | |",
    )
    assert rows == [3, 4]


def test_the_loader_refuses_a_circle_naming_its_rows() -> None:
    text = form_text(
        "| | calculate | a | | ${b} + 1 | | | |",
        "| | calculate | b | | ${a} + 1 | | | |",
        "| | integer | c | C | | . > 0 | | |",
    )
    with pytest.raises(FormError) as caught:
        load_form_bytes(text.encode(), "form.md")
    error = caught.value
    assert error.code == "form-cycle"
    assert error.context["rows"] == [2, 3] and error.context["row"] == 2
    assert "(sheet survey, rows 2 and 3)" in error.message
    assert "There is 1 more; check-form lists them all." in error.message


def test_check_form_lists_every_circle(tmp_path: Path) -> None:
    path = tmp_path / "form.md"
    path.write_text(
        form_text(
            "| | calculate | a | | ${b} + 1 | | | |",
            "| | calculate | b | | ${a} + 1 | | | |",
            "| | integer | c | C | | . > 0 | | |",
        ),
        encoding="utf-8",
    )
    report = check_form(path)
    assert not report.ok and report.form is not None
    assert [(e.code, e.row, e.column) for e in report.errors] == [
        ("form-cycle", 2, "calculation"),
        ("form-cycle", 4, "relevant"),
    ]
    with pytest.raises(FormError):
        load_form(path)


def test_a_circle_of_thousands_of_rows_is_found_quickly_and_named_briefly() -> None:
    size = 3000
    rows = [f"| | calculate | q{i} | | ${{q{(i + 1) % size}}} + 1 | | | |" for i in range(size)]
    form = load_form_bytes(form_text(*rows).encode(), "form.md", refuse_cycles=False)
    plan = Plan(form)
    started = time.process_time()
    [cycle] = find_cycles(plan)
    assert time.process_time() - started < 2.0
    assert len(cycle.links) == size and cycle.rows[0] == 2
    assert cycle.describe().endswith("and 2,995 more steps lead back to the start")
    assert cycle.where() == "sheet survey, rows 2, 3, 4, 5, 6 and 2,995 more"
