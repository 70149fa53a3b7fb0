"""Survey row numbers: names met again keep their order, and a large sheet is never rescanned."""

from __future__ import annotations

import time

from forms.xlsform.limits import MAX_SURVEY_ROWS
from forms.xlsform.rows import SurveyRows


def test_repeated_names_are_matched_in_order_then_to_their_first_row() -> None:
    rows = SurveyRows([{"type": "text", "name": n} for n in ("a", "b", "a")])
    assert [rows.row_of("a"), rows.row_of("a"), rows.row_of("a")] == [2, 4, 2]
    assert rows.row_of("b") == 3  # already passed: its first row
    assert rows.row_of("missing", 7) == 7


def test_a_survey_at_the_row_limit_is_matched_in_linear_time() -> None:
    survey = [{"type": "text", "name": f"q{i}"} for i in range(MAX_SURVEY_ROWS)]
    rows = SurveyRows(survey)
    started = time.process_time()
    for i in range(MAX_SURVEY_ROWS):
        assert rows.row_of(f"q{i}") == i + 2
        assert rows.row_of(f"q{i}_other") is None  # pyxform's own elements have no row
    assert time.process_time() - started < 1.0
