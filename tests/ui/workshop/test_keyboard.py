"""A whole workshop captured with key events only, every stored answer checked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.workshop.conftest import Board

PRIORITIES = [
    # title, block typed, block stored, outcome key, outcome, for, against, abstain
    ("Fibre to every district", "inf", "infrastructure", "V", "validated", 18, 2, 1),
    ("Cheaper mobile data", "aff", "affordability", "M", "modified", 12, 6, 3),
    ("Data protection law", "trust", "trust_security", "V", "validated", 20, 0, 1),
    ("One million digital skills", "digital s", "digital_skills", "V", "validated", 15, 3, 3),
    ("Open data portal", "data", "data", "M", "modified", 10, 8, 3),
    ("Digital ID for all", "digital g", "digital_government", "D", "deferred", 5, 9, 7),
    ("Smartphone tax exemption", "dev", "devices_usage", "R", "rejected", 3, 16, 2),
    ("Khmer e-services", "content", "local_content", "V", "validated", 19, 1, 1),
    ("Women in tech fund", "incl", "inclusion", "M", "modified", 11, 4, 6),
    ("Start-up visa", "innov", "innovation_investment", "D", "deferred", 6, 6, 9),
]


def _capture(board: Board, entry: tuple) -> int:
    """One priority from Enter to its last vote; returns the keys pressed besides its title."""
    title, block, _stored, key, _outcome, for_, against, abstain = entry
    before = board.keys
    board.press(Qt.Key.Key_Return)  # a new priority, the cursor in its title
    board.type(title)
    board.press(Qt.Key.Key_Tab)
    board.type(block)
    board.press(Qt.Key.Key_Tab)
    board.type(key.lower())  # the outcome cell's list, by its initial
    board.press(Qt.Key.Key_Tab)
    for count in (for_, against):
        board.type(str(count))
        board.press(Qt.Key.Key_Tab)
    board.type(str(abstain))
    board.press(Qt.Key.Key_Return)
    return board.keys - before - len(title)


def test_ten_priorities_with_outcomes_and_votes_by_keyboard_alone(qtbot, board: Board):
    # The room first: 21 people, each typed with Ctrl+2, name, Tab, organisation, Enter.
    board.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    for number in range(1, 22):
        board.type(f"Person {number}")
        board.press(Qt.Key.Key_Tab)
        board.type(f"Org {number}")
        board.press(Qt.Key.Key_Return)
    board.press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    extra = [_capture(board, entry) for entry in PRIORITIES]
    # One keystroke decision on the last row, from outside the outcome cell.
    board.press(Qt.Key.Key_Up)
    board.press(Qt.Key.Key_R)

    stored = board.stored()
    for position, entry in enumerate(PRIORITIES, start=1):
        title, _typed, block, _key, outcome, for_, against, abstain = entry
        if position == 9:
            outcome = "rejected"
        at = f"priorities[{position}]/"
        assert stored[at + "priority_title"] == title
        assert stored[at + "priority_block"] == block
        assert stored[at + "outcome"] == outcome
        assert stored[at + "priority_rank"] == str(position)
        assert stored[at + "votes_for"] == str(for_)
        assert stored[at + "votes_against"] == str(against)
        assert stored[at + "votes_abstain"] == str(abstain)
    assert board.db.repeat_sizes(board.uuid)["priorities"] == 10
    for number in range(1, 22):
        assert stored[f"attendees[{number}]/attendee_name"] == f"Person {number}"
        assert stored[f"attendees[{number}]/attendee_organisation"] == f"Org {number}"
    assert board.window.attendance.present() == 21
    # Enter, Tab x5, block letters, the outcome's initial, the vote digits, the final Enter.
    assert extra[0] == 1 + 5 + len("inf") + 1 + len("18") + len("2") + len("1") + 1
    audit = board.db.audit(board.uuid)
    assert {entry.path for entry in audit} >= {f"priorities[10]/{f}" for f in ("votes_for",)}
