"""What the wheel tab shows, computed in a worker thread: the chart and who answered what.

``load_wheel`` runs off the UI thread with its own connection: it combines
the mission's diagnostics (``exports.wheel.mission``), keeps each
respondent's answers for the details panel (from the same one query that
scores them, unpacked only when a block is shown) and draws the figure, so
the window only embeds it.  The text helpers turn stored answers into what the
details panel prints, in the form's own language (labels are data, not UI
strings).  Importing this module imports the form loader, and drawing
imports matplotlib: the tab imports it only once it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exports.wheel.mission import MissionWheel, mission_figure, mission_wheel_and_answers
from exports.wheel.tallies import WheelAnswers
from forms.model import Form, Question
from forms.wheel.structure import pick_text
from storage import Database

if TYPE_CHECKING:
    from matplotlib.figure import Figure

GROUP_QUESTION = "stakeholder_group"
"""What the built-in forms call the respondent's group; a form without it shows authors only."""


@dataclass(frozen=True)
class Respondent:
    """One submission of the wheel form: who filled it and the answers it holds."""

    author: str
    created_at: str
    answers: Mapping[str, str]


class RespondentAnswers(Mapping[str, str]):
    """One respondent's wheel answers, unpacked from the mission's query on first read.

    Only the blocks someone opens in the details panel are read, so a
    mission of 10⁴ respondents is not turned into 10⁴ dictionaries up front.
    """

    def __init__(self, found: WheelAnswers, row: int | None) -> None:
        """Row ``row`` of ``found``; None for a respondent who gave no wheel answer."""
        self._found, self._row = found, row
        self._answers: dict[str, str] | None = None if row is not None else {}

    def _unpacked(self) -> dict[str, str]:
        if self._answers is None:
            self._answers = self._found.answers(self._row)
        return self._answers

    def __getitem__(self, path: str) -> str:
        return self._unpacked()[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._unpacked())

    def __len__(self) -> int:
        return len(self._unpacked())


@dataclass(frozen=True)
class WheelData:
    """One drawing of a mission's wheel, with the answers behind it."""

    mission_wheel: MissionWheel
    respondents: tuple[Respondent, ...]
    figure: Figure
    language: str | None


def load_wheel(
    db: Database, mission_uuid: str, language: str | None, check_cancelled: Callable[[], None]
) -> WheelData:
    """Score the mission and draw its wheel (raises UserError "no-wheel" without a diagnostic).

    ``check_cancelled`` raises ``Cancelled`` once a newer request superseded
    this one, so a burst of saves does not draw a figure nobody will see.
    """
    combined, found = mission_wheel_and_answers(db, mission_uuid, also=(GROUP_QUESTION,))
    if language not in combined.wheel.languages:
        language = combined.wheel.default_language
    form = combined.form
    row_of = {uuid: row for row, uuid in enumerate(found.uuids)}
    respondents = tuple(
        Respondent(author, created_at, RespondentAnswers(found, row_of.get(uuid)))
        for uuid, author, created_at in db.rows(
            "SELECT uuid, author, created_at FROM submissions WHERE mission_uuid = ?"
            " AND form_id = ? AND form_version = ? AND deleted_at IS NULL"
            " ORDER BY created_at, uuid",
            (mission_uuid, form.id, form.version),
        )
    )
    check_cancelled()
    return WheelData(combined, respondents, mission_figure(combined, language), language)


def redraw(data: WheelData, language: str | None) -> WheelData:
    """The same scores drawn with labels in another language."""
    return WheelData(
        data.mission_wheel, data.respondents, mission_figure(data.mission_wheel, language), language
    )


def respondent_name(data: WheelData, respondent: Respondent, language: str | None) -> str:
    """The author, then the round when the mission has a baseline, then the group.

    The round comes before the group: it is short, and it is what tells the
    same person's baseline and follow-up interviews apart when the panel
    is too narrow for the whole line.
    """
    form = data.mission_wheel.form
    paths = []
    if data.mission_wheel.baseline is not None:
        paths += [q.path for q in form.questions() if q.metadata.get("wheel_round")][:1]
    paths += [node.path for node in (form.by_name(GROUP_QUESTION),) if node is not None]
    parts = [respondent.author]
    parts += [answer_text(form, path, respondent.answers.get(path), language) for path in paths]
    return " · ".join(part for part in parts if part)


def answer_text(form: Form, path: str, value: str | None, language: str | None) -> str:
    """A choice's label in ``language`` (numbers and free text as stored); "" when unanswered."""
    if value is None:
        return ""
    question = form.node(path)
    choice_list = question.choice_list if isinstance(question, Question) else None
    choices = form.choice_lists.get(choice_list) if choice_list else None
    choice = choices.get(value) if choices is not None else None
    if choice is None:
        return value
    return pick_text(choice.labels, language, form.default_language, value)
