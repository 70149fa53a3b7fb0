"""The diagnostic's part of the report: summary, one section per pillar, the annexes.

Every number comes from the combined wheel (``exports.wheel.mission``) or a
respondent's own ``score``; this module only chooses what to show and
writes it in the report's language.  What it returns is plain data (dicts,
lists, strings) for the template.
"""

from __future__ import annotations

from typing import Any

from exports.report.respondents import (
    DATE_QUESTION,
    GROUP_QUESTION,
    INTERVIEWER_QUESTION,
    ORGANISATION_QUESTION,
    Respondent,
)
from exports.report.show import Writer
from exports.wheel.mission import MissionWheel
from forms.model import Group, Question
from forms.wheel.structure import Block

NOT_EVIDENCE = frozenset({"calculate", "note", "begin_group", "end_group"})
EXTREMES = 3
"""How many strongest and weakest blocks the summary names."""


def summary(combined: MissionWheel, write: Writer) -> dict[str, Any]:
    """Overall and pillar scores with what they rest on, extremes, change since baseline."""
    words, current, baseline = write.words, combined.current, combined.baseline
    pillars = []
    for pillar in combined.wheel.pillars:
        found = current.pillars[pillar.name]
        before = baseline.pillars[pillar.name].score if baseline else None
        pillars.append(
            {
                "name": pillar.label(write.language),
                "score": write.score(found.score),
                "blocks": write.ratio(found.scored_blocks, found.total_blocks),
                "indicators": write.ratio(found.answered, found.total),
                "baseline": write.score(before) if baseline else "",
                "change": write.change(found.score, before),
            }
        )
    scored = [b for b in combined.wheel.blocks if current.blocks[b.name].score is not None]
    ranked = sorted(scored, key=lambda b: -(current.blocks[b.name].score or 0))
    count = min(EXTREMES, len(ranked) // 2) or len(ranked)
    overall_before = baseline.overall if baseline else None
    return {
        "overall": write.score(current.overall),
        "rests_on": words["rests_on"].format(
            answered=current.answered, total=current.total, respondents=combined.respondents
        ),
        "incomplete": ""
        if current.complete
        else words["incomplete"].format(scored=current.scored_blocks, total=len(current.blocks)),
        "pillars": pillars,
        "has_baseline": baseline is not None,
        "strongest": [_named_block(combined, b, write) for b in ranked[:count]],
        "weakest": [_named_block(combined, b, write) for b in reversed(ranked[-count:])],
        "since_baseline": words["since_baseline"].format(
            before=write.score(overall_before),
            after=write.score(current.overall),
            change=write.change(current.overall, overall_before) or words["no_data"],
        )
        if baseline
        else words["no_baseline"],
    }


def _named_block(combined: MissionWheel, block: Block, write: Writer) -> dict[str, str]:
    pillar = combined.wheel.pillar(block.pillar)
    return {
        "name": block.label(write.language),
        "pillar": pillar.label(write.language) if pillar else block.pillar,
        "score": write.score(combined.current.blocks[block.name].score),
    }


def pillar_sections(
    combined: MissionWheel, people: list[Respondent], write: Writer
) -> list[dict[str, Any]]:
    """One section per pillar, a table per block: score, spread, target, each group's evidence."""
    current = [person for person in people if person.current]
    sections = []
    for pillar in combined.wheel.pillars:
        found = combined.current.pillars[pillar.name]
        sections.append(
            {
                "name": pillar.label(write.language),
                "score": write.score(found.score),
                "indicators": write.ratio(found.answered, found.total),
                "blocks": [_block(combined, block, current, write) for block in pillar.blocks],
            }
        )
    return sections


def _block(
    combined: MissionWheel, block: Block, current: list[Respondent], write: Writer
) -> dict[str, Any]:
    scored = combined.current.blocks[block.name]
    before = combined.baseline.blocks[block.name].score if combined.baseline else None
    spread = combined.spread.blocks[block.name] if combined.spread else None
    if spread is not None and spread.minimum is not None and spread.maximum is not None:
        band = write.span(spread.minimum, spread.maximum)
        groups = write.words["groups_scored"].format(n=spread.n, groups=combined.spread.groups)
    else:
        band, groups = "", ""
    return {
        "name": block.label(write.language),
        "score": write.score(scored.score),
        "answered": write.ratio(scored.answered, scored.total),
        "range": band,
        "groups": groups,
        "target": write.plain(block.target) if block.target is not None else "",
        "baseline": write.score(before) if combined.baseline else "",
        "change": write.change(scored.score, before),
        "rows": [_group_row(combined, block, person, write) for person in current],
    }


def _group_row(
    combined: MissionWheel, block: Block, person: Respondent, write: Writer
) -> dict[str, Any]:
    found = person.scores.blocks[block.name]
    evidence = []
    for question in _evidence_questions(combined, block):
        value = person.answers.get(question.path)
        if value:
            text = write.answer(combined.form, question, value)
            evidence.append(
                {
                    "label": write.label(combined.form, question),
                    # Quoted here, inside the text's own direction, not around it.
                    "text": f"“{text}”" if question.type == "text" else text,
                }
            )
    return {
        "group": _answer(combined, person, GROUP_QUESTION, write) or person.submission.author,
        "organisation": _answer(combined, person, ORGANISATION_QUESTION, write),
        "score": write.score(found.score),
        "answered": write.ratio(found.answered, found.total),
        "evidence": evidence,
    }


def _evidence_questions(combined: MissionWheel, block: Block) -> list[Question]:
    """The block's other questions: those beside its indicators that feed no score.

    A form groups a block's indicators with their evidence, source and
    confidence; whatever sits in that group without a ``wheel`` entry is
    what the respondent said in support.
    """
    if not block.questions:
        return []
    parent = block.questions[0].path.rpartition("/")[0]
    group = combined.form.node(parent) if parent else None
    if not isinstance(group, Group):
        return []
    return [
        child
        for child in group.children
        if isinstance(child, Question)
        and child.type not in NOT_EVIDENCE
        and not child.metadata.get("wheel", "").strip()
    ]


def _answer(combined: MissionWheel, person: Respondent, name: str, write: Writer) -> str:
    question, value = person.value(combined, name)
    return write.answer(combined.form, question, value) if question else ""


def respondent_rows(
    combined: MissionWheel, people: list[Respondent], write: Writer
) -> list[dict[str, str]]:
    """The respondents annex: who, which round, when, by whom, how complete."""
    words = write.words
    return [
        {
            "organisation": _answer(combined, person, ORGANISATION_QUESTION, write),
            "group": _answer(combined, person, GROUP_QUESTION, write),
            "round": words["current_round"] if person.current else words["baseline_round"],
            "date": _answer(combined, person, DATE_QUESTION, write)
            or person.submission.created_at[:10],
            "interviewer": _answer(combined, person, INTERVIEWER_QUESTION, write)
            or person.submission.author,
            "status": words.get(f"status_{person.submission.status}", person.submission.status),
            "answered": write.ratio(person.scores.answered, person.scores.total),
        }
        for person in people
    ]


def method(combined: MissionWheel, write: Writer) -> dict[str, Any]:
    """How scores are computed, with the form's own levels and quantitative bounds."""
    words, language = write.words, write.language
    levels = ", ".join(level.label(language) for level in combined.wheel.levels)
    scaled = [
        {
            "indicator": write.label(combined.form, _question(combined, q.path)),
            "block": block.label(language),
            "low": write.plain(q.minimum),
            "high": write.plain(q.target),
        }
        for block in combined.wheel.blocks
        for q in block.questions
        if q.minimum is not None and q.target is not None
    ]
    return {
        "paragraphs": [
            words["method_levels"].format(levels=levels or "1–5"),
            words["method_scaling"],
            words["method_median"],
            words["method_missing"],
        ],
        "scaled": scaled,
    }


def _question(combined: MissionWheel, path: str) -> Question:
    node = combined.form.node(path)
    assert isinstance(node, Question)  # the wheel was read from this form's questions
    return node


def completeness(combined: MissionWheel, write: Writer) -> list[dict[str, str]]:
    """Per block: indicators answered over the current round, and groups that scored it."""
    rows = []
    for block in combined.wheel.blocks:
        scored = combined.current.blocks[block.name]
        if combined.spread is not None:
            spread = combined.spread.blocks[block.name]
            groups = write.ratio(spread.n, combined.spread.groups)
        else:
            groups = write.ratio(int(scored.score is not None), combined.respondents)
        pillar = combined.wheel.pillar(block.pillar)
        rows.append(
            {
                "pillar": pillar.label(write.language) if pillar else block.pillar,
                "block": block.label(write.language),
                "answered": str(scored.answered),
                "total": str(scored.total),
                "groups": groups,
            }
        )
    return rows
