"""The projector: the current priority large and readable, the summary between items, zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from exports.wheel.palette import PALETTE
from tests.ui.workshop.conftest import Board
from ui.workshop.projector import MIN_PX


def _decided(board: Board) -> None:
    rows = [
        ("Fibre to every district", "infrastructure", "validated", "18", "2", "1"),
        ("Digital skills", "digital_skills", "modified", "10", "5", "0"),
        ("Smartphone tax", "devices_usage", "rejected", "2", "12", "1"),
    ]
    for title, block, outcome, *votes in rows:
        row = board.window.steps.add() + 1
        for field, value in zip(
            (
                "priority_title",
                "priority_block",
                "outcome",
                "votes_for",
                "votes_against",
                "votes_abstain",
            ),
            (title, block, outcome, *votes),
            strict=True,
        ):
            board.window.session.commit(f"priorities[{row}]/{field}", value)
    board.window.view.select_row(0)
    board.window.view.setFocus()


def _visible_labels(window) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if label.isVisible() and label.text()]


def test_f5_shows_the_current_priority_large_in_its_blocks_colour(qtbot, board: Board):
    _decided(board)
    board.press(Qt.Key.Key_F5)
    projector = board.window.projector
    assert projector is not None and projector.isVisible()
    assert projector.size().width() == 1024 and projector.size().height() == 768
    labels = projector.labels
    assert labels["title"].text() == "Fibre to every district"
    assert labels["position"].text() == "Priority 1 of 3"
    assert labels["outcome"].text() == "Validated"
    assert labels["votes"].text() == "For 18 (86%)   Against 2 (9%)   Abstain 1 (5%)"
    assert f"background: {PALETTE[0]}" in labels["block"].styleSheet()  # Access, as on the chart
    assert all(label.font().pixelSize() >= MIN_PX for label in _visible_labels(projector))
    assert (
        QColor(projector.palette().window().color()).lightness() > 240
        or "white" in projector.styleSheet()
    )
    board.press(Qt.Key.Key_Down)
    assert labels["title"].text() == "Digital skills"
    assert f"background: {PALETTE[1]}" in labels["block"].styleSheet()  # Adoption
    board.press(Qt.Key.Key_F5)
    assert not projector.isVisible()


def test_f6_shows_the_decisions_so_far_and_the_blocks_they_address(board: Board):
    _decided(board)
    board.press(Qt.Key.Key_F5)
    board.press(Qt.Key.Key_F6)
    projector = board.window.projector
    counts = projector.labels["summary_counts"].text()
    assert "Validated: 1" in counts and "Modified: 1" in counts and "Rejected: 1" in counts
    assert projector.wheel.addressed == ("infrastructure", "digital_skills")
    assert "Smartphone" not in projector.labels["summary_blocks"].text()
    assert "Devices" not in projector.labels["summary_blocks"].text()
    assert all(label.font().pixelSize() >= MIN_PX for label in _visible_labels(projector))
    board.press(Qt.Key.Key_F6)
    assert projector.labels["title"].isVisible()


def test_the_timer_shows_for_the_facilitator_and_on_the_projector_only_when_asked(
    qtbot, board: Board
):
    _decided(board)
    board.press(Qt.Key.Key_F5)
    projector = board.window.projector
    qtbot.waitUntil(lambda: board.window.timer_label.text() == "Priority 1: 00:01", timeout=3000)
    assert not projector.labels["timer"].isVisible()
    board.press(Qt.Key.Key_F7)
    qtbot.waitUntil(projector.labels["timer"].isVisible, timeout=3000)
    assert projector.labels["timer"].text().startswith("00:0")


def test_ctrl_plus_and_minus_zoom_both_views_never_below_28_px_on_the_projector(board: Board):
    _decided(board)
    board.press(Qt.Key.Key_F5)
    projector = board.window.projector
    table_size = board.window.view.font().pointSizeF()
    title_px = projector.labels["title"].font().pixelSize()
    board.press(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert board.window.view.font().pointSizeF() > table_size
    assert projector.labels["title"].font().pixelSize() > title_px
    for _ in range(8):
        board.press(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert board.window.view.font().pointSizeF() < table_size
    assert all(label.font().pixelSize() >= MIN_PX for label in projector.labels.values())
