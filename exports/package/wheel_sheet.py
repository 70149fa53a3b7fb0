"""The wheel sheet of the package: one tidy table of block scores, and the chart.

One row per respondent and block (mission, country, round, stakeholder
group, respondent, pillar, block, score, answered, possible, target), so
``pandas.read_excel(path, sheet_name="Wheel scores")`` or a pivot table
reads it as it is; pillar and overall scores are means of these rows.
Scores come from ``forms.wheel.scores`` and the picture from
``exports.wheel.chart``; this module only lays them out.  A mission's
chart shows the median of each block across its submissions (the spread
overlay shows min..max), the pillar as the mean of its block medians and
the overall score as the mean of the pillars, the same "mean of the level
below" rule single submissions follow.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from statistics import fmean
from typing import Any

from forms.errors import FormError
from forms.model import Form, Question
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
TIDY_HEADER = (
    "mission",
    "country",
    "round",
    "stakeholder group",
    "respondent",
    "pillar",
    "block",
    "score",
    "answered",
    "possible",
    "target",
    "_uuid",
)
"""The wheel table's columns; ``_uuid`` joins a row to its submission's data row."""
TIDY_WIDTHS = (28, 20, 8, 20, 30, 16, 22, 7, 10, 9, 8, 38)
"""Column widths (characters) that show a country, a stakeholder group and a block whole,
and the start of a long mission title or organisation: the table prints one page wide
without wrapping its 200-odd rows onto twice as many lines."""
TIDY_FOLDED = frozenset({TIDY_HEADER.index("_uuid")})
"""The join key is for programs: folded away on paper, kept in the file."""
GROUP_QUESTION = "stakeholder_group"
"""The question naming a respondent's stakeholder group, where the form has one."""
RESPONDENT_QUESTION = "organisation"
"""The question naming who answered, where the form has one (else the submission's uuid)."""

Shown = Callable[[Question, str | None], Any]
"""How an answer is shown: its value, or its choice label in the export's language."""


class WheelSection:
    """Collects one wheel form's scores while the writer streams its submissions."""

    def __init__(self, form: Form, wheel: Wheel, language: str | None = None) -> None:
        self.form = form
        self.wheel = wheel
        self.language = language if language in form.languages else None
        self.by_mission: dict[str, list[WheelScores]] = {}
        self.titles: dict[str, str] = {}
        self.round = next((q for q in form.questions() if q.metadata.get("wheel_round")), None)
        self.group = _question(form, GROUP_QUESTION)
        self.respondent = _question(form, RESPONDENT_QUESTION)

    def submission_rows(
        self,
        uuid: str,
        mission: tuple[str, str, str],
        answers: Mapping[str, str],
        shown: Shown = lambda _question, value: value,
    ) -> Iterator[list[Any]]:
        """One row per block of one submission; ``mission`` is (uuid, title, country name)."""
        scores = score(self.wheel, answers)
        self.by_mission.setdefault(mission[0], []).append(scores)
        self.titles[mission[0]] = mission[1]
        respondent = _answer(self.respondent, answers, shown) or uuid
        context = [
            *mission[1:],
            _answer(self.round, answers, shown),
            _answer(self.group, answers, shown),
            respondent,
        ]
        pillars = {p.name: self._name(p) for p in self.wheel.pillars}
        for block in self.wheel.blocks:
            found = scores.blocks[block.name]
            yield [
                *context,
                pillars.get(block.pillar, block.pillar),
                self._name(block),
                _round(found.score),
                found.answered,
                found.total,
                block.target,
                uuid,
            ]

    def _name(self, part: Any) -> str:
        """A pillar's or block's name, or its label when the export shows labels."""
        return part.name if self.language is None else part.label(self.language)

    def charts(self) -> Iterator[bytes]:
        """One PNG per mission: the median wheel with the min..max spread."""
        from exports.wheel.chart import build_wheel_figure

        for mission, all_scores in self.by_mission.items():
            spread = aggregate(self.wheel, all_scores)
            figure = build_wheel_figure(
                self.wheel,
                mission_scores(self.wheel, spread),
                spread=spread,
                subtitle=self.titles[mission],
            )
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=CHART_DPI, metadata={"Software": None})
            yield buffer.getvalue()


def _question(form: Form, name: str) -> Question | None:
    node = form.by_name(name)
    return node if isinstance(node, Question) else None


def _answer(question: Question | None, answers: Mapping[str, str], shown: Shown) -> Any:
    if question is None:
        return None
    return shown(question, answers.get(question.path))


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


def wheel_sections(
    forms: Sequence[Form], language: str | None = None
) -> dict[tuple[str, str], WheelSection]:
    """A section for each form that declares a wheel (names shown in ``language``, if any)."""
    sections = {}
    for form in forms:
        try:
            wheel = Wheel.from_form(form)
        except FormError:
            continue  # a wheel that cannot be drawn must not stop the data leaving
        if wheel is not None and wheel.blocks:
            sections[(form.id, form.version)] = WheelSection(form, wheel, language)
    return sections


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
