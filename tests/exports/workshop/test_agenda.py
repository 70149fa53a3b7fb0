"""The proposed agenda: the mission's weakest scored blocks, weakest first."""

from __future__ import annotations

import pytest

from exports.wheel.mission import mission_wheel
from exports.workshop.agenda import proposed_agenda
from forms.errors import UserError
from storage import Database
from storage.demo import build_demo, demo_uuid


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Database(path) as database:
        build_demo(database)
        yield database


def test_the_weakest_scored_blocks_come_first_with_why_they_were_proposed(demo):
    mission = demo_uuid("mission")
    drafts = proposed_agenda(demo, mission, size=4)
    scores = mission_wheel(demo, mission).current.blocks
    scored = sorted(s.score for s in scores.values() if s.score is not None)
    assert [draft.score for draft in drafts] == scored[:4]
    assert all(scores[draft.block].score == draft.score for draft in drafts)
    assert drafts[0].description.startswith("Proposed from the diagnostic")
    assert f"{drafts[0].score:.1f} of 5" in drafts[0].description


def test_blocks_already_on_the_board_are_not_proposed_again(demo):
    mission = demo_uuid("mission")
    first = proposed_agenda(demo, mission, size=2)
    again = proposed_agenda(demo, mission, size=2, exclude={first[0].block})
    assert again[0] == first[1]
    assert first[0].block not in {draft.block for draft in again}


def test_labels_follow_the_language(demo):
    mission = demo_uuid("mission")
    english = proposed_agenda(demo, mission, size=1)[0]
    french = proposed_agenda(demo, mission, size=1, language="French (fr)")[0]
    assert english.block == french.block
    assert english.title != french.title


def test_a_mission_without_a_diagnostic_says_so(demo):
    empty = demo.create_mission("SEN", "No diagnostic yet", "initiation")
    with pytest.raises(UserError, match="fill a diagnostic first"):
        proposed_agenda(demo, empty.uuid)
