"""Who answered the diagnostic: one row per interview, in the round the wheel put it.

The combined wheel (``exports.wheel.mission``) says what the mission scored;
the report also shows each respondent's own block scores (the spread behind
the median) and the evidence they gave, so it lists the same submissions in
the same rounds, each scored by the same ``forms.wheel.scores.score``.
"""

from __future__ import annotations

from dataclasses import dataclass

from exports.wheel.mission import MissionWheel, round_submissions
from forms.model import Question
from forms.wheel.scores import WheelScores, score
from storage.database import Database
from storage.records import Submission

GROUP_QUESTION = "stakeholder_group"
"""The question naming a respondent's stakeholder group, where the form has one."""
ORGANISATION_QUESTION = "organisation"
DATE_QUESTION = "interview_date"
INTERVIEWER_QUESTION = "interviewer"


@dataclass(frozen=True)
class Respondent:
    """One interview: its answers, its own scores and the round it counts in."""

    submission: Submission
    answers: dict[str, str]
    scores: WheelScores
    current: bool

    def value(self, combined: MissionWheel, name: str) -> tuple[Question | None, str | None]:
        """The question called ``name`` in the wheel's form and this respondent's answer."""
        node = combined.form.by_name(name)
        if not isinstance(node, Question):
            return None, None
        return node, self.answers.get(node.path)


def respondents(db: Database, combined: MissionWheel) -> list[Respondent]:
    """Current-round respondents first, then the earlier rounds, each in the order made."""
    current, earlier = round_submissions(db, combined)
    found = []
    for is_current, submissions in ((True, current), (False, earlier)):
        for submission in sorted(submissions, key=lambda s: s.created_at):
            answers = db.answers(submission.uuid)
            found.append(
                Respondent(submission, answers, score(combined.wheel, answers), is_current)
            )
    return found
