"""People who came to the mission's earlier workshops, for type-ahead on the attendance list.

The same officials return workshop after workshop; typing three letters of a
name should bring back their organisation and stakeholder group too.  The
most recent workshop's spelling wins when a name appears several times.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from exports.workshop.layout import WorkshopLayout
from storage.database import Database
from storage.editing import stored_form


@dataclass(frozen=True)
class KnownAttendee:
    name: str
    organisation: str
    group: str | None


def earlier_attendees(db: Database, mission_uuid: str, *, besides: str) -> list[KnownAttendee]:
    """Attendees of the mission's other workshop submissions (not ``besides``), by name."""
    known: dict[str, KnownAttendee] = {}
    submissions = sorted(db.submissions(mission_uuid), key=lambda s: s.updated_at)
    for submission in submissions:
        if submission.uuid == besides:
            continue
        layout = WorkshopLayout.from_form(stored_form(db, submission))
        if layout is None or layout.attendees is None:
            continue
        answers = db.answers(submission.uuid)
        count = db.repeat_sizes(submission.uuid).get(layout.attendees, 0)
        count = max(count, _highest(answers, layout.attendees))
        for position in range(1, count + 1):
            name = answers.get(layout.attendee(position, "attendee_name"), "").strip()
            if name:
                known[name.casefold()] = KnownAttendee(
                    name=name,
                    organisation=answers.get(
                        layout.attendee(position, "attendee_organisation"), ""
                    ),
                    group=answers.get(layout.attendee(position, "attendee_group")),
                )
    return sorted(known.values(), key=lambda person: person.name.casefold())


def _highest(answers: Mapping[str, str], key: str) -> int:
    """The highest instance position of repeat ``key`` named in ``answers``."""
    prefix = key + "["
    positions = [
        int(path[len(prefix) : path.index("]", len(prefix))])
        for path in answers
        if path.startswith(prefix)
    ]
    return max(positions, default=0)


def present(layout: WorkshopLayout, answers: Mapping[str, str], count: int) -> int:
    """Attendees 1..``count`` with a name: the people in the room who can vote."""
    if layout.attendees is None:
        return 0
    return sum(
        bool(answers.get(layout.attendee(position, "attendee_name"), "").strip())
        for position in range(1, count + 1)
    )
