"""Scoring many respondents at once gives each the numbers scoring alone would."""

from __future__ import annotations

import pytest

from forms.wheel.scores import score_all
from forms.wheel.structure import Block, Pillar, Wheel, WheelQuestion

# "20" is a level of neither question but scales differently on each: a value
# remembered for one question must never be reused for another.
USE = WheelQuestion("use", "use", {}, minimum=10, target=90)
PRICE = WheelQuestion("price", "price", {}, minimum=20, target=2)
LEVEL = WheelQuestion("level", "level", {})


@pytest.fixture
def wheel() -> Wheel:
    blocks = (
        Block("infra", {}, "access", 1, None, (USE, LEVEL), "en"),
        Block("afford", {}, "access", 2, None, (PRICE,), "en"),
    )
    return Wheel((Pillar("access", {}, 1, blocks, "en"),), (), ("en",), "en")


def test_each_respondent_keeps_their_own_numbers(wheel: Wheel) -> None:
    respondents = [
        {"use": "20", "price": "20", "level": "4"},
        {"use": "90", "price": "2", "level": "dk"},
        {},
        {"use": "20", "level": "2"},
    ]
    scores = score_all(wheel, respondents)
    assert [s.blocks["infra"].score for s in scores] == [
        pytest.approx((1.5 + 4) / 2),
        5.0,
        None,
        pytest.approx((1.5 + 2) / 2),
    ]
    assert [s.blocks["afford"].score for s in scores] == [1.0, 5.0, None, None]
    assert [s.answered for s in scores] == [3, 2, 0, 2]
    assert scores[0].overall == pytest.approx(((1.5 + 4) / 2 + 1.0) / 2)
