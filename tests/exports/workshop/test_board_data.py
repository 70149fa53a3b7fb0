"""Reading a workshop submission: its layout, priorities, summary, details and attendees."""

from __future__ import annotations

import datetime

import pytest

from exports.workshop.attendees import earlier_attendees, present
from exports.workshop.details import known_details
from exports.workshop.layout import WorkshopLayout
from exports.workshop.priorities import read_priorities, summarise
from exports.workshop.start import new_workshop
from forms.library import load_builtin
from storage import Database
from storage.demo import build_demo, demo_uuid


@pytest.fixture(scope="module")
def workshop_form():
    return load_builtin("validation_workshop")


@pytest.fixture(scope="module")
def layout(workshop_form) -> WorkshopLayout:
    found = WorkshopLayout.from_form(workshop_form)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Database(path) as database:
        build_demo(database)
        yield database


def test_the_layout_is_found_by_question_names_not_the_forms_id(layout):
    assert layout.priorities == "priorities"
    assert layout.attendees == "attendees"
    assert layout.priority(3, "outcome") == "priorities[3]/outcome"
    assert layout.details["facilitator"] == "workshop/facilitator"
    assert WorkshopLayout.from_form(load_builtin("diagnostic")) is None


def test_priorities_and_the_summary_count_outcomes_and_the_blocks_kept(layout):
    answers = {
        "priorities[1]/priority_title": "Fibre",
        "priorities[1]/priority_block": "infrastructure",
        "priorities[1]/outcome": "validated",
        "priorities[1]/votes_for": "9",
        "priorities[2]/priority_title": "Tax",
        "priorities[2]/priority_block": "devices_usage",
        "priorities[2]/outcome": "rejected",
        "priorities[3]/priority_block": "data",
        "priorities[3]/outcome": "modified",
        "priorities[4]/priority_block": "infrastructure",
        "priorities[4]/outcome": "modified",
    }
    priorities = read_priorities(layout, answers, 5)
    assert [p.title for p in priorities] == ["Fibre", "Tax", "", "", ""]
    assert priorities[0].tally.for_ == 9
    summary = summarise(priorities)
    assert summary.outcomes == {"validated": 1, "modified": 2, "rejected": 1, "deferred": 0}
    assert summary.undecided == 1
    assert summary.addressed_blocks == ("infrastructure", "data")


def test_known_details_fill_only_what_is_empty(layout, workshop_form, demo):
    mission = demo.mission(demo_uuid("mission"))
    today = datetime.date(2026, 12, 2)
    filled = known_details(layout, workshop_form, {}, mission, "Dara", today)
    assert filled == {
        "workshop/facilitator": "Dara",
        "workshop/workshop_date": "2026-12-02",
        "workshop/workshop_title": mission.title,
        "workshop/engagement_phase": "strategy",
    }
    typed = {"workshop/facilitator": "Sophea", "workshop/workshop_title": "Validation"}
    assert set(known_details(layout, workshop_form, typed, mission, "Dara", today)) == {
        "workshop/workshop_date",
        "workshop/engagement_phase",
    }


def test_attendees_of_earlier_workshops_are_offered_once_each(demo, layout):
    mission = demo_uuid("mission")
    started = new_workshop(demo, mission, "Dara")
    known = earlier_attendees(demo, mission, besides=started.uuid)
    names = [person.name for person in known]
    assert "Pich Vannak" in names
    assert len(names) == len(set(names))
    pich = next(person for person in known if person.name == "Pich Vannak")
    assert pich.group == "regulator"
    assert earlier_attendees(demo, mission, besides=demo_uuid("submission/5")) == []
    demo.delete_submission(started.uuid)


def test_only_named_attendees_count_as_present(layout):
    answers = {"attendees[1]/attendee_name": "Sok", "attendees[3]/attendee_name": " "}
    assert present(layout, answers, 3) == 1
