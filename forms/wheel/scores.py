"""Scores on the wheel: per block, per pillar, overall, and across groups.

Missing answers stay missing: a block nobody answered has no score (None),
never zero, because a zero would read as "Nascent or worse" on a ministerial
chart.  Each level is the plain mean of the scored level below it, so one
unanswered block does not drag its pillar down.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from math import fsum
from statistics import fmean, median

from forms.wheel.structure import Wheel


@dataclass(frozen=True)
class BlockScore:
    """Mean of the block's answered questions (1..5), or None if none was answered."""

    name: str
    score: float | None
    answered: int
    total: int


@dataclass(frozen=True)
class PillarScore:
    """Mean of the pillar's scored blocks; ``answered``/``total`` count questions."""

    name: str
    score: float | None
    scored_blocks: int
    total_blocks: int
    answered: int
    total: int


@dataclass(frozen=True)
class WheelScores:
    """One respondent's (or one round's) scores, keyed by block and pillar name."""

    blocks: Mapping[str, BlockScore]
    pillars: Mapping[str, PillarScore]
    overall: float | None

    @property
    def answered(self) -> int:
        return sum(block.answered for block in self.blocks.values())

    @property
    def total(self) -> int:
        return sum(block.total for block in self.blocks.values())

    @property
    def scored_blocks(self) -> int:
        return sum(block.score is not None for block in self.blocks.values())

    @property
    def complete(self) -> bool:
        """Every block has a score: only then does the overall score speak for the wheel.

        An overall score resting on some pillars is still the mean of what
        was scored, but it must be shown as incomplete, not as the country's.
        """
        return self.scored_blocks == len(self.blocks)


@dataclass(frozen=True)
class BlockSpread:
    """How several groups scored one block; ``n`` counts the groups that scored it."""

    name: str
    median: float | None
    minimum: float | None
    maximum: float | None
    n: int


@dataclass(frozen=True)
class AggregateScores:
    """Block spreads across ``groups`` sets of answers (e.g. stakeholder groups)."""

    blocks: Mapping[str, BlockSpread]
    groups: int


def score(wheel: Wheel, answers: Mapping[str, str]) -> WheelScores:
    """Score canonical answers keyed by question path."""
    return score_all(wheel, [answers])[0]


def score_all(wheel: Wheel, respondents: Iterable[Mapping[str, str]]) -> list[WheelScores]:
    """``score`` for many respondents at once, in their order.

    A mission at headquarters has 10⁴ respondents answering the same few
    levels, so each distinct answer of a question is turned into its value
    once and looked up afterwards; the arithmetic is ``score``'s.
    """
    plan = [
        (block.name, len(block.questions), [(q.path, {}, q.value) for q in block.questions])
        for block in wheel.blocks
    ]
    results: list[WheelScores] = []
    for answers in respondents:
        blocks: dict[str, BlockScore] = {}
        for name, total, questions in plan:
            values = []
            for path, known, value_of in questions:
                raw = answers.get(path)
                if raw is None:
                    continue
                value = known.get(raw, _UNSEEN)
                if value is _UNSEEN:
                    value = known[raw] = value_of(raw)
                if value is not None:
                    values.append(value)
            blocks[name] = BlockScore(name, fmean(values) if values else None, len(values), total)
        results.append(_rolled_up(wheel, blocks))
    return results


_UNSEEN = object()


@dataclass(frozen=True)
class BlockColumn:
    """One block across respondents: each one's score (None: unscored) and the counts' sums.

    The shape a mission's wheel is computed in: 10⁴ respondents are 10⁴
    numbers per block, not 10⁴ ``WheelScores``.
    """

    scores: Sequence[float | None]
    answered: int
    total: int


def block_mean(level_sum: int, level_count: int, others: Sequence[float]) -> float | None:
    """``fmean`` of a block's values given as whole levels (their sum and count) and others.

    ``fmean`` is ``fsum(values) / len(values)`` and ``fsum`` rounds the exact
    sum once, so summing the whole levels first (exactly, as integers)
    changes nothing: the result is the one ``score`` gives.
    """
    count = level_count + len(others)
    if not count:
        return None
    return fsum([level_sum, *others]) / count


def columns(wheel: Wheel, all_scores: Iterable[WheelScores]) -> dict[str, BlockColumn]:
    """Respondents' scores turned block by block (blocks a score lacks are left out)."""
    all_scores = list(all_scores)
    found: dict[str, BlockColumn] = {}
    for block in wheel.blocks:
        mine = [s.blocks[block.name] for s in all_scores if block.name in s.blocks]
        found[block.name] = BlockColumn(
            scores=[b.score for b in mine],
            answered=sum(b.answered for b in mine),
            total=sum(b.total for b in mine),
        )
    return found


def combine(wheel: Wheel, all_scores: Iterable[WheelScores]) -> WheelScores:
    """One wheel for several respondents: each block's median across them.

    Pillars and the overall score then follow the same "mean of the level
    below" rule as a single submission; answered counts add up, so a
    mission's chart can say how many indicators all its interviews answered.
    """
    return combine_columns(wheel, columns(wheel, all_scores))


def combine_columns(wheel: Wheel, block_columns: Mapping[str, BlockColumn]) -> WheelScores:
    """``combine`` for respondents already turned into block columns."""
    blocks: dict[str, BlockScore] = {}
    for block in wheel.blocks:
        column = block_columns[block.name]
        present = [value for value in column.scores if value is not None]
        blocks[block.name] = BlockScore(
            name=block.name,
            score=median(present) if present else None,
            answered=column.answered,
            total=column.total,
        )
    return _rolled_up(wheel, blocks)


def _rolled_up(wheel: Wheel, blocks: Mapping[str, BlockScore]) -> WheelScores:
    pillars: dict[str, PillarScore] = {}
    for pillar in wheel.pillars:
        mine = [blocks[block.name] for block in pillar.blocks]
        scored = [b.score for b in mine if b.score is not None]
        pillars[pillar.name] = PillarScore(
            name=pillar.name,
            score=fmean(scored) if scored else None,
            scored_blocks=len(scored),
            total_blocks=len(mine),
            answered=sum(b.answered for b in mine),
            total=sum(b.total for b in mine),
        )
    scored_pillars = [p.score for p in pillars.values() if p.score is not None]
    overall = fmean(scored_pillars) if scored_pillars else None
    return WheelScores(blocks=dict(blocks), pillars=pillars, overall=overall)


def aggregate(wheel: Wheel, groups: Iterable[Mapping[str, str] | WheelScores]) -> AggregateScores:
    """Median and range of each block across groups, given as answers or as scores.

    A group that did not score a block is left out of that block's numbers
    (``n`` says how many remain), for the same reason missing is never zero.
    """
    all_scores = [g if isinstance(g, WheelScores) else score(wheel, g) for g in groups]
    return aggregate_columns(wheel, columns(wheel, all_scores), len(all_scores))


def aggregate_columns(
    wheel: Wheel, block_columns: Mapping[str, BlockColumn], groups: int
) -> AggregateScores:
    """``aggregate`` for ``groups`` respondents already turned into block columns."""
    blocks: dict[str, BlockSpread] = {}
    for block in wheel.blocks:
        present = [value for value in block_columns[block.name].scores if value is not None]
        blocks[block.name] = BlockSpread(
            name=block.name,
            median=median(present) if present else None,
            minimum=min(present) if present else None,
            maximum=max(present) if present else None,
            n=len(present),
        )
    return AggregateScores(blocks=blocks, groups=groups)
