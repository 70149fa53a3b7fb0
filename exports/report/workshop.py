"""The validation workshop as the report tells it: attendees, decisions, votes, actions.

Read from the mission's validation-workshop submission (the built-in form
``validation_workshop``; its question names are declared once below).
Labels of questions and choices come from that form in the report's
language.  Contact details of attendees (e-mail, phone) are never printed:
minutes are handed around, consent was given for keeping them, not for
publishing them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from exports.report.show import Writer
from forms.model import Form, Question
from storage.database import Database
from storage.editing import parse_stored_form
from storage.records import Submission

FORM_ID = "validation_workshop"
OUTCOME_LIST = "outcome"
GROUP_LIST = "stakeholder_group"
BLOCK_LIST = "wheel_blocks"


@dataclass(frozen=True)
class Workshop:
    """The latest workshop submission of a mission, with its form and answers."""

    submission: Submission
    form: Form
    answers: dict[str, str]
    sizes: dict[str, int]

    def get(self, path: str) -> str:
        return self.answers.get(path, "")

    def shown(self, path: str, write: Writer) -> str:
        """The answer at ``path`` (positions included) as a reader says it."""
        question = self.form.node(path)
        value = self.answers.get(path)
        if not isinstance(question, Question) or value is None:
            return value or ""
        return write.answer(self.form, question, value)


def latest_workshop(db: Database, mission_uuid: str) -> Workshop | None:
    """The mission's most recently edited workshop submission, complete ones first."""
    found = [s for s in db.submissions(mission_uuid) if s.form_id == FORM_ID]
    if not found:
        return None
    chosen = max(found, key=lambda s: (s.status == "complete", s.updated_at))
    record = db.form_record(chosen.form_id, chosen.form_version)
    if record is None:
        return None
    form = parse_stored_form(record.source, record.source_name)
    return Workshop(chosen, form, db.answers(chosen.uuid), db.repeat_sizes(chosen.uuid))


def workshop_data(workshop: Workshop | None, write: Writer) -> dict[str, Any] | None:
    """Everything both the full report's section and the minutes show; None without one."""
    if workshop is None:
        return None
    words = write.words
    priorities = _priorities(workshop, write)
    attendees = _attendees(workshop, write)
    women = sum(
        workshop.get(f"attendees[{n}]/attendee_gender") == "female"
        for n in range(1, workshop.sizes.get("attendees", 0) + 1)
    )
    outcome_names = [c.name for c in workshop.form.choice_lists[OUTCOME_LIST].choices]
    counts = [
        {
            "label": write.of_list(workshop.form, OUTCOME_LIST, name),
            "count": str(sum(p["outcome_name"] == name for p in priorities)),
        }
        for name in outcome_names
    ]
    return {
        "title": workshop.get("workshop/workshop_title"),
        "facts": words["workshop_facts"].format(
            place=workshop.get("workshop/workshop_place"),
            date=workshop.get("workshop/workshop_date"),
            facilitator=workshop.get("workshop/facilitator"),
        ),
        "attendance": words["attendance"].format(count=len(attendees), women=women),
        "counts": counts,
        "attendees": attendees,
        "priorities": priorities,
        "actions": [p for p in priorities if p["owner"] or p["due"] or p["kpi"]],
    }


def _priorities(workshop: Workshop, write: Writer) -> list[dict[str, str]]:
    rows = []
    for n in range(1, workshop.sizes.get("priorities", 0) + 1):
        at = f"priorities[{n}]/"
        votes = [
            workshop.get(at + name) for name in ("votes_for", "votes_against", "votes_abstain")
        ]
        rows.append(
            {
                "rank": workshop.get(at + "priority_rank"),
                "title": workshop.get(at + "priority_title"),
                "block": workshop.shown(at + "priority_block", write),
                "description": workshop.get(at + "priority_description"),
                "outcome_name": workshop.get(at + "outcome"),
                "outcome": workshop.shown(at + "outcome", write),
                "votes": write.isolated(" / ".join(vote or "–" for vote in votes))
                if any(votes)
                else "",
                "dissent": workshop.get(at + "dissent_notes"),
                "kpi": workshop.get(at + "agreed_kpi"),
                "owner": workshop.get(at + "priority_owner"),
                "due": workshop.get(at + "due_date"),
            }
        )
    # Ranked first in rank order; unranked ones keep the order they were recorded in.
    return sorted(rows, key=lambda row: (not row["rank"].isdigit(), int(row["rank"] or 0)))


def _attendees(workshop: Workshop, write: Writer) -> list[dict[str, str]]:
    rows = []
    for n in range(1, workshop.sizes.get("attendees", 0) + 1):
        at = f"attendees[{n}]/"
        group = workshop.shown(at + "attendee_group", write)
        other = workshop.get(at + "attendee_group_other")
        rows.append(
            {
                "name": workshop.get(at + "attendee_name"),
                "organisation": workshop.get(at + "attendee_organisation"),
                "group": f"{group}: {other}" if other else group,
            }
        )
    return rows
