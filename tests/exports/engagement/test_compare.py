"""Two sample missions compared block by block, with medians worked out by hand."""

from __future__ import annotations

import pytest

from exports.engagement.compare import compare_missions, missions_with_wheel
from forms.errors import UserError
from tests.exports.engagement.conftest import CAMBODIA, DOMINICAN_REPUBLIC, MADAGASCAR


def _row(comparison, block):
    return next(row for row in comparison.rows if row.block == block)


def test_two_missions_block_by_block(sample):
    comparison = compare_missions(sample, [MADAGASCAR, DOMINICAN_REPUBLIC])
    assert [c.mission.country for c in comparison.columns] == ["MDG", "DOM"]
    # Policy and regulation, three maturity questions per interview, median of the groups:
    # Madagascar 3,3,2 / 2,3,2 / 1,2,2 -> 8/3, 7/3, 5/3 -> 7/3;
    # Dominican Republic 3,4,3 / 4,4,3 / 2,3,3 -> 10/3, 11/3, 8/3 -> 10/3.
    policy = _row(comparison, "policy_regulation")
    assert policy.values == (pytest.approx(7 / 3), pytest.approx(10 / 3))
    assert policy.differences == (0.0, pytest.approx(1.0))
    # Trust: 2,1,1 / 2,2,1 / 1,1,1 -> median 4/3; 3,3,2 / 3,3,2 / 2,2,2 -> median 8/3.
    trust = _row(comparison, "trust_security")
    assert trust.differences[1] == pytest.approx(4 / 3)
    assert [c.respondents for c in comparison.columns] == [3, 3]


def test_rounds_of_one_country(sample):
    comparison = compare_missions(sample, [CAMBODIA], rounds=True)
    assert [c.round for c in comparison.columns] == ["baseline", "current"]
    overall = comparison.overall
    assert overall.differences[1] == pytest.approx(overall.values[1] - overall.values[0])


def test_too_few_missions_are_refused(sample):
    with pytest.raises(UserError) as caught:
        compare_missions(sample, [MADAGASCAR, MADAGASCAR])
    assert caught.value.code == "compare-too-few"
    with pytest.raises(UserError) as caught:
        compare_missions(sample, [MADAGASCAR], rounds=True)
    assert caught.value.code == "compare-no-baseline"


def test_all_missions_with_a_diagnostic(sample):
    assert len(missions_with_wheel(sample)) == 4
