"""A workshop's details filled from what the app already knows.

Facilitator: the person editing (the database's author); date: today; phase
and title: the mission's.  Only empty answers are filled, so nothing the
facilitator typed is ever replaced, and every one stays editable.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from exports.workshop.layout import PHASE, WorkshopLayout
from forms.model import Form
from storage.records import Mission


def known_details(
    layout: WorkshopLayout,
    form: Form,
    answers: Mapping[str, str],
    mission: Mission,
    author: str,
    today: datetime.date,
) -> dict[str, str]:
    """Path -> value for every empty detail the app can fill."""
    found = {
        "facilitator": author,
        "workshop_date": today.isoformat(),
        "workshop_title": mission.title,
    }
    phase_path = layout.details.get(PHASE)
    if phase_path is not None and _is_choice(form, phase_path, mission.phase):
        found[PHASE] = mission.phase
    return {
        layout.details[name]: value
        for name, value in found.items()
        if value and name in layout.details and not answers.get(layout.details[name])
    }


def _is_choice(form: Form, path: str, name: str) -> bool:
    node = form.node(path)
    choice_list = form.choice_lists.get(getattr(node, "choice_list", None) or "")
    return choice_list is not None and choice_list.get(name) is not None
