"""KPIs of the sample Cambodia mission over its two monitoring rounds, computed by hand."""

from __future__ import annotations

import pytest

from exports.engagement.kpis import assessed_status, expected_progress, kpi_board, progress
from exports.engagement.units import kpi_unit
from forms.errors import UserError
from tests.exports.engagement.conftest import CAMBODIA, MAURITANIA


@pytest.fixture
def board(sample):
    return kpi_board(sample, CAMBODIA)


def _kpi(board, name):
    return next(kpi for kpi in board.kpis if kpi.name == name)


def test_rounds_are_in_date_order(board):
    assert [(r.label, r.date) for r in board.rounds] == [
        ("2025 annual review", "2025-11-12"),
        ("2026 annual review", "2026-11-05"),
    ]


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        # baseline 82 %, target 98 %: (88 - 82) / 16 and (92.5 - 82) / 16
        ("4G population coverage", 0.375, 0.65625),
        # baseline 2.1, target 8 per 100: 0.8 / 5.9 and 1.5 / 5.9
        ("Fixed broadband subscriptions per 100 inhabitants", 0.8 / 5.9, 1.5 / 5.9),
        # a price that must fall, 1.4 % to 1 %: -0.3 / -0.4 and -0.5 / -0.4 (past the target)
        ("Mobile data basket price (% of GNI per capita)", 0.75, 1.25),
    ],
)
def test_progress_towards_the_target_per_round(board, name, first, second):
    kpi = _kpi(board, name)
    assert [reading.progress for reading in kpi.readings] == [
        pytest.approx(first),
        pytest.approx(second),
    ]


def test_status_per_round_is_the_reviews_and_the_pace_is_assessed(board):
    coverage = _kpi(board, "4G population coverage")
    assert [r.status for r in coverage.readings] == ["on_track", "on_track"]
    first = coverage.readings[0]
    # 2025-06-30 is day 181 of 365: (2025 + 180/365 - 2022) / (2028 - 2022) of the time passed.
    assert first.expected == pytest.approx((3 + 180 / 365) / 6)
    assert first.assessed_status == "at_risk"  # 0.375 / 0.582 = 0.64 of the pace
    broadband = _kpi(board, "Fixed broadband subscriptions per 100 inhabitants")
    assert [r.status for r in broadband.readings] == ["at_risk", "at_risk"]


def test_a_kpi_missing_from_a_round_is_missing_there(board):
    ratio = _kpi(board, "Ratio of women to men using the Internet")
    assert ratio.readings[0] is None
    assert ratio.readings[1].value == 0.91
    assert ratio.latest is ratio.readings[1]


def test_units_are_kept(board):
    assert _kpi(board, "4G population coverage").unit.format(92.5) == "92.5 %"
    assert _kpi(board, "Value of e-commerce transactions").unit.format(410e6) == "USD 410 M"
    assert _kpi(board, "Civil servants trained in digital skills").unit.format(18250) == "18,250"
    ratio = _kpi(board, "Ratio of women to men using the Internet").unit
    assert ratio.format(0.91) == "0.91 ratio (women/men)"
    assert kpi_unit("per_100").format(3.6) == "3.6 per 100 people"


def test_progress_rules_at_the_edges():
    assert progress(10, 10, 12) is None  # no way to go
    assert progress(None, 10, 5) is None
    assert progress(10, 20, 5) == -0.5  # went the wrong way
    assert expected_progress(2022, 2028, "2021-06-30") == 0.0
    assert expected_progress(2022, 2028, "2030-01-01") == 1.0
    assert expected_progress(2028, 2028, "2026-01-01") is None
    assert assessed_status(1.0, 0.2) == "on_track"
    assert assessed_status(0.45, 0.5) == "on_track"  # pace 0.9
    assert assessed_status(0.3, 0.5) == "at_risk"  # pace 0.6
    assert assessed_status(0.29, 0.5) == "off_track"
    assert assessed_status(None, 0.5) is None


def test_a_mission_without_monitoring_is_told_so(sample):
    with pytest.raises(UserError) as caught:
        kpi_board(sample, MAURITANIA)
    assert caught.value.code == "no-monitoring"
