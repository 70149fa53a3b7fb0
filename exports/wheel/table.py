"""The wheel's scores as a plain-text table, for ``wheel --mission UUID --scores``.

Kept apart from the chart so the CLI prints scores without importing
matplotlib (about 0.7 s of start-up).
"""

from __future__ import annotations

import unicodedata

from exports.wheel.words import words
from forms.wheel.scores import WheelScores
from forms.wheel.structure import Wheel

COENG = "\u17d2"
"""Khmer sign that makes the next consonant a subscript under the previous one."""


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: marks, and Khmer subscripts after a coeng, take none."""
    width, after_coeng = 0, False
    for char in text:
        zero = unicodedata.category(char) in ("Mn", "Me", "Cf") or after_coeng
        width += 0 if zero else 1
        after_coeng = char == COENG
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _score(value: float | None, no_data: str) -> str:
    return no_data if value is None else f"{value:.2f}"


def scores_table(wheel: Wheel, scores: WheelScores, language: str | None = None) -> str:
    """Pillars, their blocks indented beneath, then the overall line; counts are questions.

    The counts say what each score rests on, and an overall line from a wheel
    with unscored blocks says it is incomplete.
    """
    said = words(language)
    rows = [(said["pillar"] + " / " + said["block"], said["score"], said["answered"])]
    for pillar in wheel.pillars:
        found = scores.pillars[pillar.name]
        rows.append(
            (
                pillar.label(language),
                _score(found.score, said["no_data"]),
                f"{found.answered}/{found.total}",
            )
        )
        for block in pillar.blocks:
            scored = scores.blocks[block.name]
            rows.append(
                (
                    "  " + block.label(language),
                    _score(scored.score, said["no_data"]),
                    f"{scored.answered}/{scored.total}",
                )
            )
    overall = said["overall"]
    if not scores.complete:
        incomplete = said["incomplete"].format(
            scored=scores.scored_blocks, total=len(scores.blocks)
        )
        overall = f"{overall} ({incomplete})"
    rows.append(
        (overall, _score(scores.overall, said["no_data"]), f"{scores.answered}/{scores.total}")
    )
    widths = [max(_width(row[column]) for row in rows) for column in range(3)]
    lines = [
        f"{_pad(name, widths[0])}  {_pad(score, widths[1])}  {answered}"
        for name, score, answered in rows
    ]
    lines.insert(1, "-" * (sum(widths) + 4))
    lines.insert(len(lines) - 1, "-" * (sum(widths) + 4))
    return "\n".join(line.rstrip() for line in lines) + "\n"
