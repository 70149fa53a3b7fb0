"""Where a validation-workshop form keeps what the board shows, found by question names.

The board works on any form that has a repeat of priorities with a title, an
outcome and three vote counts (the built-in validation workshop has them);
it is found from the names, not the form's id, so a translated or revised
copy of the form still opens as a board.  Questions a form lacks are None,
and the board leaves their column out.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms.model import Form, Group, Question

PRIORITY_FIELDS = (
    "priority_title",
    "priority_block",
    "outcome",
    "priority_rank",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "priority_owner",
    "due_date",
    "priority_description",
    "dissent_notes",
    "agreed_kpi",
)
NEEDED = ("priority_title", "outcome", "votes_for", "votes_against", "votes_abstain")
ATTENDEE_FIELDS = ("attendee_name", "attendee_organisation", "attendee_group")
DETAIL_FIELDS = ("workshop_title", "workshop_place", "workshop_date", "facilitator")
PHASE = "engagement_phase"
OUTCOMES = ("validated", "modified", "rejected", "deferred")


@dataclass(frozen=True)
class WorkshopLayout:
    """Form paths of the board's parts; ``fields`` are names inside the priorities repeat."""

    priorities: str
    fields: frozenset[str]
    attendees: str | None
    attendee_fields: frozenset[str]
    details: dict[str, str]
    """Detail name (``workshop_title``, ``facilitator``, ``engagement_phase``…) -> form path."""

    @classmethod
    def from_form(cls, form: Form) -> WorkshopLayout | None:
        """The layout, or None when the form has no priorities with outcome and votes."""
        priorities = _repeat_holding(form, NEEDED)
        if priorities is None:
            return None
        attendees = _repeat_holding(form, ("attendee_name",))
        details = {
            name: node.path
            for name in (*DETAIL_FIELDS, PHASE)
            if isinstance(node := form.by_name(name), Question)
        }
        return cls(
            priorities=priorities.path,
            fields=_names_in(priorities, PRIORITY_FIELDS),
            attendees=attendees.path if attendees else None,
            attendee_fields=_names_in(attendees, ATTENDEE_FIELDS) if attendees else frozenset(),
            details=details,
        )

    def priority(self, position: int, name: str) -> str:
        """The answer path of field ``name`` of priority ``position`` (1-based)."""
        return f"{self.priorities}[{position}]/{name}"

    def attendee(self, position: int, name: str) -> str:
        if self.attendees is None:
            raise KeyError("This form has no attendance list.")
        return f"{self.attendees}[{position}]/{name}"


def _repeat_holding(form: Form, names: tuple[str, ...]) -> Group | None:
    """The first repeat whose own questions include every one of ``names``."""
    for node in form.walk():
        if isinstance(node, Group) and node.repeat and set(names) <= _names_in(node, names):
            return node
    return None


def _names_in(repeat: Group, wanted: tuple[str, ...]) -> frozenset[str]:
    own = {child.name for child in repeat.children if isinstance(child, Question)}
    return frozenset(name for name in wanted if name in own)
