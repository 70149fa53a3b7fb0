"""The Digital Transformation Wheel as declared by a form.

HQ changes the wheel by editing a form, not the code (DOMAIN.md), so this
module is the single place that reads the structure: the ``wheel_pillars``
and ``wheel_blocks`` choice lists and the ``wheel`` column on questions.
Scoring (``forms.wheel.scores``) and the chart (``exports.wheel.chart``) only
walk the objects built here.  No Qt, no matplotlib: the CLI and the package
writer score without paying for either.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from forms.errors import QT_TRANSLATE_NOOP, FormError
from forms.model import Choice, Form, Group, Question, Texts

PILLARS_LIST = "wheel_pillars"
BLOCKS_LIST = "wheel_blocks"
LEVELS = ("1", "2", "3", "4", "5")
"""Choice names of a maturity scale: 1 Nascent ... 5 Leading."""
NUMERIC_TYPES = frozenset({"integer", "decimal"})

_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\)\s*$")


def pick_text(texts: Texts, language: str | None, default_language: str, fallback: str) -> str:
    """The text in ``language``, else the default language, else any, else ``fallback``.

    ``language`` may be a form language name (``Arabic (ar)``) or its bare
    code (``ar``), so the CLI can take ``--language ar``.
    """
    if language is not None:
        if texts.get(language):
            return texts[language]
        for name, text in texts.items():
            if text and language_code(name) == language:
                return text
    if texts.get(default_language):
        return texts[default_language]
    return next((text for text in texts.values() if text), fallback)


def language_code(language: str | None) -> str | None:
    """The BCP 47 code of an XLSForm language name (``Khmer (km)`` -> ``km``), if it has one."""
    if not language:
        return None
    match = _CODE.search(language)
    if match:
        return match.group(1)
    return language if re.fullmatch(r"[A-Za-z]{2,3}", language) else None


@dataclass(frozen=True)
class WheelQuestion:
    """A question feeding a block, with what it takes to turn its answer into 1..5.

    ``minimum`` and ``target`` are None for maturity questions; for a
    quantitative indicator ``minimum`` scores 1 and ``target`` scores 5
    (``minimum > target`` when lower is better).
    """

    path: str
    name: str
    labels: Texts
    minimum: float | None = None
    target: float | None = None

    def value(self, answer: str | None) -> float | None:
        """The 1..5 value of a canonical answer, None when it gives none ("dk", blank)."""
        if answer is None:
            return None
        text = answer.strip()
        if self.minimum is None or self.target is None:
            return float(text) if text in LEVELS else None
        try:
            number = float(text)
        except ValueError:
            return None
        if not math.isfinite(number):
            return None
        scaled = 1 + 4 * (number - self.minimum) / (self.target - self.minimum)
        return min(5.0, max(1.0, scaled))


@dataclass(frozen=True)
class Block:
    """A building block: one wedge of the outer ring."""

    name: str
    labels: Texts
    pillar: str
    order: float
    target: float | None
    questions: tuple[WheelQuestion, ...]
    default_language: str

    def label(self, language: str | None = None) -> str:
        return pick_text(self.labels, language, self.default_language, self.name)


@dataclass(frozen=True)
class Pillar:
    """A pillar (Access, Adoption, Value creation): one arc of the inner ring."""

    name: str
    labels: Texts
    order: float
    blocks: tuple[Block, ...]
    default_language: str

    def label(self, language: str | None = None) -> str:
        return pick_text(self.labels, language, self.default_language, self.name)


@dataclass(frozen=True)
class Level:
    """One step of the maturity scale, labelled as the form labels it."""

    value: int
    labels: Texts
    default_language: str

    def label(self, language: str | None = None) -> str:
        return pick_text(self.labels, language, self.default_language, str(self.value))


@dataclass(frozen=True)
class Wheel:
    """Pillars in order, each with its blocks in order, plus what was ignored and why.

    ``levels`` are the maturity choices of the first maturity question (empty
    when every question is quantitative); ``warnings`` are plain sentences
    for questions that carry a ``wheel`` entry but cannot be scored.
    """

    pillars: tuple[Pillar, ...]
    levels: tuple[Level, ...]
    languages: tuple[str, ...]
    default_language: str
    warnings: tuple[str, ...] = ()

    @property
    def blocks(self) -> tuple[Block, ...]:
        """Every block, pillar by pillar: the order they go round the wheel."""
        return tuple(block for pillar in self.pillars for block in pillar.blocks)

    def pillar(self, name: str) -> Pillar | None:
        return next((pillar for pillar in self.pillars if pillar.name == name), None)

    def block(self, name: str) -> Block | None:
        return next((block for block in self.blocks if block.name == name), None)

    @classmethod
    def from_form(cls, form: Form) -> Wheel | None:
        """Read the wheel a form declares; None when it declares none.

        Raises FormError for a structure that cannot be drawn (a block in an
        unknown pillar, a question naming an unknown block, a bad number).
        """
        pillar_list = form.choice_lists.get(PILLARS_LIST)
        block_list = form.choice_lists.get(BLOCKS_LIST)
        fed = [q for q in form.questions() if q.metadata.get("wheel", "").strip()]
        if pillar_list is None and block_list is None and not fed:
            return None
        if pillar_list is None or block_list is None:
            missing = PILLARS_LIST if pillar_list is None else BLOCKS_LIST
            raise FormError(
                "wheel-missing-list",
                QT_TRANSLATE_NOOP(
                    "UserError", "The form uses a wheel but has no '{missing}' choice list."
                ),
                list=missing,
                missing=missing,
            )
        default = form.default_language
        block_names = {choice.name for choice in block_list.choices}
        questions, levels, warnings = _read_questions(form, fed, block_names)
        blocks = _read_blocks(block_list.choices, pillar_list.choices, questions, default)
        pillars = []
        for position, choice in enumerate(pillar_list.choices):
            order = _number(choice, "order")
            pillars.append(
                Pillar(
                    name=choice.name,
                    labels=choice.labels,
                    order=position if order is None else order,
                    blocks=tuple(sorted(blocks[choice.name], key=lambda b: b.order)),
                    default_language=default,
                )
            )
        warnings += [
            f"Block '{block.name}' has no question feeding it; it will always show no data."
            for pillar in pillars
            for block in pillar.blocks
            if not block.questions
        ]
        return cls(
            pillars=tuple(sorted(pillars, key=lambda p: p.order)),
            levels=levels,
            languages=form.languages,
            default_language=default,
            warnings=tuple(warnings),
        )


def _read_blocks(
    block_choices: tuple[Choice, ...],
    pillar_choices: tuple[Choice, ...],
    questions: dict[str, list[WheelQuestion]],
    default: str,
) -> dict[str, list[Block]]:
    """The blocks of each pillar, unsorted, checked against the pillar list."""
    blocks: dict[str, list[Block]] = {choice.name: [] for choice in pillar_choices}
    for position, choice in enumerate(block_choices):
        pillar = choice.extra.get("pillar", "").strip()
        if pillar not in blocks:
            raise FormError(
                "wheel-unknown-pillar",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Block '{block}' names pillar '{pillar}', which is not in the "
                    "'{pillar_list}' list.",
                ),
                list=BLOCKS_LIST,
                choice=choice.name,
                block=choice.name,
                pillar=pillar,
                pillar_list=PILLARS_LIST,
            )
        target = _number(choice, "target")
        if target is not None and not 1 <= target <= 5:
            raise FormError(
                "wheel-bad-target",
                QT_TRANSLATE_NOOP(
                    "UserError", "Block '{block}' has target {target:g}; targets are 1 to 5."
                ),
                list=BLOCKS_LIST,
                choice=choice.name,
                block=choice.name,
                target=target,
            )
        order = _number(choice, "order")
        blocks[pillar].append(
            Block(
                name=choice.name,
                labels=choice.labels,
                pillar=pillar,
                order=position if order is None else order,
                target=target,
                questions=tuple(questions.get(choice.name, ())),
                default_language=default,
            )
        )
    return blocks


def _read_questions(
    form: Form, fed: Iterable[Question], block_names: set[str]
) -> tuple[dict[str, list[WheelQuestion]], tuple[Level, ...], list[str]]:
    """Group scorable questions by block; collect the maturity scale and warnings."""
    in_repeat = {
        node.path
        for group in form.walk()
        if isinstance(group, Group) and group.repeat
        for node in group.walk()
    }
    by_block: dict[str, list[WheelQuestion]] = {}
    levels: tuple[Level, ...] = ()
    warnings: list[str] = []
    for question in fed:
        block = question.metadata["wheel"].strip()
        if block not in block_names:
            raise FormError(
                "wheel-unknown-block",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Question '{question}' feeds block '{block}', which is not in the "
                    "'{block_list}' list.",
                ),
                question=question.name,
                row=question.row,
                block=block,
                block_list=BLOCKS_LIST,
            )
        if question.path in in_repeat:
            warnings.append(
                f"Question '{question.name}' is inside a repeat, so it has no single "
                "answer to score; it is ignored."
            )
            continue
        scale = _maturity_scale(form, question)
        if scale:
            levels = levels or tuple(
                Level(int(c.name), c.labels, form.default_language) for c in scale
            )
            entry = WheelQuestion(question.path, question.name, question.labels)
        elif question.type in NUMERIC_TYPES and _has_bounds(question):
            entry = _scaled_question(question)
        else:
            warnings.append(
                f"Question '{question.name}' feeds block '{block}' but is neither a "
                "1–5 maturity choice nor a number with wheel_min and wheel_target; "
                "it is ignored."
            )
            continue
        by_block.setdefault(block, []).append(entry)
    return by_block, levels, warnings


def _maturity_scale(form: Form, question: Question) -> tuple[Choice, ...]:
    """The 1..5 choices of a maturity select_one (other choices such as "dk" allowed), or ()."""
    if question.type != "select_one" or question.choice_list is None:
        return ()
    choices = form.choice_lists.get(question.choice_list)
    if choices is None:
        return ()
    scale = tuple(choice for choice in choices.choices if choice.name in LEVELS)
    return tuple(sorted(scale, key=lambda c: c.name)) if len(scale) == len(LEVELS) else ()


def _has_bounds(question: Question) -> bool:
    return bool(question.metadata.get("wheel_min")) and bool(question.metadata.get("wheel_target"))


def _scaled_question(question: Question) -> WheelQuestion:
    bounds = {}
    for key in ("wheel_min", "wheel_target"):
        bounds[key] = _parse(question.metadata[key], key, question=question.name)
    if bounds["wheel_min"] == bounds["wheel_target"]:
        raise FormError(
            "wheel-bad-bounds",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Question '{question}' has the same wheel_min and wheel_target, so no "
                "answer can be scaled.",
            ),
            question=question.name,
            row=question.row,
        )
    return WheelQuestion(
        question.path,
        question.name,
        question.labels,
        minimum=bounds["wheel_min"],
        target=bounds["wheel_target"],
    )


def _number(choice: Choice, column: str) -> float | None:
    text = choice.extra.get(column, "")
    return _parse(text, column, choice=choice.name) if text.strip() else None


def _parse(text: str, column: str, *, question: str = "", choice: str = "") -> float:
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise FormError(
            "wheel-bad-number",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The '{column}' of choice '{choice}' is '{text}', which is not a number.",
            )
            if choice
            else QT_TRANSLATE_NOOP(
                "UserError",
                "The {column} of question '{question}' is '{text}', which is not a number.",
            ),
            column=column,
            question=question,
            choice=choice,
            text=text,
        )
    return number


__all__ = [
    "Block",
    "Level",
    "Pillar",
    "Wheel",
    "WheelQuestion",
    "language_code",
    "pick_text",
]
