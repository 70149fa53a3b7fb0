"""Vote shares as a chair announces them, and the check against the room."""

from __future__ import annotations

import pytest

from exports.workshop.votes import Tally


def test_percentages_are_of_the_votes_cast_and_add_up_to_100():
    tally = Tally.from_answers("18", "2", "1")
    assert tally.cast == 21
    assert tally.percentages() == (86, 9, 5)
    assert sum(Tally(1, 1, 1).percentages()) == 100
    assert Tally(1, 1, 1).percentages() == (34, 33, 33)


def test_nothing_cast_has_no_shares_and_text_is_not_a_count():
    assert Tally().shares() is None
    assert Tally.from_answers("0", "0", None).percentages() is None
    assert Tally.from_answers("abc", "", "-3") == Tally()
    assert not Tally().entered
    assert Tally.from_answers("0", None, None).entered


@pytest.mark.parametrize(
    ("present", "message"),
    [
        (0, None),
        (21, None),
        (25, None),
        (20, "21 votes were counted but only 20 attendees are present."),
        (1, "21 votes were counted but only 1 attendee is present."),
    ],
)
def test_more_votes_than_people_present_is_a_miscount(present, message):
    assert Tally(18, 2, 1).problem(present) == message
