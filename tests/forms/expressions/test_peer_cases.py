"""The peers' own context-free expression cases, run against our evaluator.

``peer_cases/`` restates cases of JavaRosa's XPathEvalTest and Enketo's
openrosa-xpath-evaluator specs.  Where Enketo differs from JavaRosa the case
carries both values, we expect JavaRosa's, and its id starts ``enketo-differs:``
(it counts as a disagreement with Enketo).  The agreement per peer is the
share of all that peer's ids that pass as ``javarosa:`` / ``enketo:`` ids:
``pytest tests/forms/expressions/test_peer_cases.py -q -rA | grep -c '^PASSED.*enketo:'``.
"""

import datetime
import math

import pytest

from forms.errors import ExpressionError
from forms.expressions import evaluate
from tests.forms.expressions.peer_cases import ERROR, Differs
from tests.forms.expressions.peer_cases.enketo import ENKETO
from tests.forms.expressions.peer_cases.javarosa import JAVAROSA

NOW = datetime.datetime(2026, 1, 15, 10, 30, tzinfo=datetime.UTC)
CASES = [("javarosa", *case) for case in JAVAROSA] + [("enketo", *case) for case in ENKETO]


def _matches(got: object, expected: object) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return got is expected
    if isinstance(expected, float):
        if not isinstance(got, float):
            return False
        if math.isnan(expected):
            return math.isnan(got)
        return got == expected or math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-12)
    return got == expected


@pytest.mark.parametrize(
    ("peer", "expression", "expected"),
    CASES,
    ids=[
        f"{peer}{'-differs' if isinstance(expected, Differs) else ''}:{expression}"
        for peer, expression, expected in CASES
    ],
)
def test_peer_case(peer: str, expression: str, expected: object) -> None:
    wanted = expected.ours if isinstance(expected, Differs) else expected
    if wanted == ERROR:
        with pytest.raises(ExpressionError):
            evaluate(expression, {}, now=NOW)
        return
    got = evaluate(expression, {}, now=NOW)
    assert _matches(got, wanted), f"{peer}: {expression} gave {got!r}, expected {wanted!r}"


def test_enough_cases_from_each_peer() -> None:
    assert len(JAVAROSA) >= 250
    assert len(ENKETO) >= 200


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("string(100000000000000000000)", "100000000000000000000"),
        ("string(1230000000000000000000)", "1230000000000000000000"),
        ("string(1000000000000000)", "1000000000000000"),
        ("string(0.000001)", "0.000001"),
        ("string(-0.0000001)", "-0.0000001"),
        ("string(0.1 + 0.2)", "0.30000000000000004"),
        ("number(string(0.000001)) = 0.000001", True),
    ],
)
def test_numbers_print_without_exponent(expression: str, expected: object) -> None:
    """XPath 1.0's number-to-string; JavaRosa's suite lists these as cases it wants."""
    assert evaluate(expression, {}) == expected
