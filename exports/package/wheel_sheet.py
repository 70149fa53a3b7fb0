"""The wheel sheet of the package: scores per submission, per mission, and the chart.

Scores come from ``forms.wheel.scores`` and the picture from
``exports.wheel.chart``; this module only lays them out in rows.  A
mission's wheel shows the median of each block across its submissions
(the spread overlay shows min..max), the pillar as the mean of its block
medians and the overall score as the mean of the pillars, the same
"mean of the level below" rule single submissions follow.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence
from statistics import fmean
from typing import Any

from forms.errors import FormError
from forms.model import Form
from forms.wheel.scores import (
    AggregateScores,
    BlockScore,
    PillarScore,
    WheelScores,
    aggregate,
    score,
)
from forms.wheel.structure import Wheel

CHART_DPI = 96


class WheelSection:
    """Collects one wheel form's scores while the writer streams its submissions."""

    def __init__(self, form: Form, wheel: Wheel) -> None:
        self.form = form
        self.wheel = wheel
        self.by_mission: dict[str, list[WheelScores]] = {}

    def header(self) -> list[Any]:
        return [
            "form",
            "_uuid",
            "_mission",
            "overall",
            "blocks_scored",
            *(f"pillar:{p.name}" for p in self.wheel.pillars),
            *(f"block:{b.name}" for b in self.wheel.blocks),
        ]

    def submission_row(self, uuid: str, mission: str, answers: Mapping[str, str]) -> list[Any]:
        scores = score(self.wheel, answers)
        self.by_mission.setdefault(mission, []).append(scores)
        return [
            self.form.id,
            uuid,
            mission,
            _round(scores.overall),
            _coverage(scores),
            *(_round(scores.pillars[p.name].score) for p in self.wheel.pillars),
            *(_round(scores.blocks[b.name].score) for b in self.wheel.blocks),
        ]

    def mission_header(self) -> list[Any]:
        return [
            "form",
            "mission",
            "submissions",
            "overall",
            "blocks_scored",
            *(f"pillar:{p.name}" for p in self.wheel.pillars),
            *(f"median:{b.name}" for b in self.wheel.blocks),
        ]

    def mission_rows(self, titles: Mapping[str, str]) -> Iterator[list[Any]]:
        for mission, all_scores in self.by_mission.items():
            combined = mission_scores(self.wheel, aggregate(self.wheel, all_scores))
            yield [
                self.form.id,
                titles.get(mission, mission),
                len(all_scores),
                _round(combined.overall),
                _coverage(combined),
                *(_round(combined.pillars[p.name].score) for p in self.wheel.pillars),
                *(_round(combined.blocks[b.name].score) for b in self.wheel.blocks),
            ]

    def charts(self, titles: Mapping[str, str]) -> Iterator[bytes]:
        """One PNG per mission: the median wheel with the min..max spread."""
        from exports.wheel.chart import build_wheel_figure

        for mission, all_scores in self.by_mission.items():
            spread = aggregate(self.wheel, all_scores)
            figure = build_wheel_figure(
                self.wheel,
                mission_scores(self.wheel, spread),
                spread=spread,
                subtitle=titles.get(mission, mission),
            )
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=CHART_DPI, metadata={"Software": None})
            yield buffer.getvalue()


def mission_scores(wheel: Wheel, spread: AggregateScores) -> WheelScores:
    """A WheelScores whose blocks are the medians of ``spread``."""
    blocks = {
        block.name: BlockScore(
            block.name, spread.blocks[block.name].median, spread.blocks[block.name].n, spread.groups
        )
        for block in wheel.blocks
    }
    pillars = {}
    for pillar in wheel.pillars:
        scored = [blocks[b.name].score for b in pillar.blocks if blocks[b.name].score is not None]
        pillars[pillar.name] = PillarScore(
            pillar.name,
            fmean(scored) if scored else None,
            len(scored),
            len(pillar.blocks),
            sum(blocks[b.name].answered for b in pillar.blocks),
            sum(blocks[b.name].total for b in pillar.blocks),
        )
    present = [p.score for p in pillars.values() if p.score is not None]
    return WheelScores(blocks, pillars, fmean(present) if present else None)


def wheel_sections(forms: Sequence[Form]) -> dict[tuple[str, str], WheelSection]:
    """A section for each form that declares a wheel."""
    sections = {}
    for form in forms:
        try:
            wheel = Wheel.from_form(form)
        except FormError:
            continue  # a wheel that cannot be drawn must not stop the data leaving
        if wheel is not None and wheel.blocks:
            sections[(form.id, form.version)] = WheelSection(form, wheel)
    return sections


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _coverage(scores: WheelScores) -> str:
    """``7/10`` blocks scored: an overall score beside it reads as incomplete unless all are."""
    return f"{scores.scored_blocks}/{len(scores.blocks)}"
