"""A question left unanswered takes nothing from the block's other answers.

Respondents skip questions; the block's score must be the mean of what they
did answer, whichever question they skipped (the first, the middle, the last),
and scoring many respondents at once must give each what scoring alone gives.
"""

from __future__ import annotations

import pytest

from forms.wheel.scores import score, score_all
from forms.wheel.structure import Block, Pillar, Wheel, WheelQuestion

QUESTIONS = tuple(WheelQuestion(name, name, {}) for name in ("first", "middle", "last"))


@pytest.fixture
def wheel() -> Wheel:
    blocks = (Block("skills", {}, "people", 1, None, QUESTIONS, "en"),)
    return Wheel((Pillar("people", {}, 1, blocks, "en"),), (), ("en",), "en")


@pytest.mark.parametrize("skipped", ["first", "middle", "last"])
def test_a_skipped_question_leaves_the_others_counted(wheel: Wheel, skipped: str) -> None:
    answers = {"first": "1", "middle": "3", "last": "5"}
    del answers[skipped]
    [many] = score_all(wheel, [answers])
    alone = score(wheel, answers)
    assert many.blocks["skills"] == alone.blocks["skills"]
    assert many.blocks["skills"].answered == 2
    assert many.blocks["skills"].score == pytest.approx(
        sum(int(value) for value in answers.values()) / 2
    )
