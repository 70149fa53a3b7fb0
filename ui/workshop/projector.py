"""The projector view: the current priority large, or the summary between items.

A second top-level window, full screen on a second screen when there is
one (F5 on the board, like presentation software; Esc or F5 closes it).
Black on white, text at least 28 px so the back of a room reads it at
1024×768; Ctrl+= and Ctrl+- on the board zoom both views.  It only shows:
everything is typed on the board.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from exports.wheel.palette import INK, block_colours, ink_on
from exports.workshop.priorities import Priority, Summary
from exports.workshop.votes import Tally
from forms.wheel.structure import Wheel
from ui.workshop.delegates import paint_bar
from ui.workshop.item_timer import clock
from ui.workshop.wheel_view import AddressedWheel

MIN_PX = 28
"""The smallest text on the projector, in pixels, at any zoom."""
OUTCOME_COLOURS = {
    "validated": "#007A5A",
    "modified": "#B35C00",
    "rejected": "#B3261E",
    "deferred": "#4A4A4A",
}
"""Dark enough for white text (contrast ≥ 4.5:1)."""


class VoteBar(QWidget):
    """For, against, abstain as one stacked bar, with counts and shares below it."""

    def __init__(self) -> None:
        super().__init__()
        self.tally = Tally()
        self.setMinimumHeight(40)

    def show_tally(self, tally: Tally) -> None:
        self.tally = tally
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shares = self.tally.shares()
        rect = self.rect().adjusted(0, 0, -1, -1)
        if shares is None:
            painter.fillRect(rect, QColor("#EEEEEE"))
        else:
            paint_bar(painter, rect, shares)
        painter.setPen(QColor(INK))
        painter.drawRect(rect)
        painter.end()


class ProjectorWindow(QWidget):
    """What the room sees.

    Signals:
        closed(): the projector was closed (Esc, F5 or the window's close button).
    """

    closed = Signal()

    def __init__(
        self,
        wheel: Wheel | None,
        block_labels: dict[str, str],
        outcome_labels: dict[str, str],
        language: str | None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Workshop — projector"))
        self.setStyleSheet(f"QWidget#projector {{ background: white; }} QLabel {{ color: {INK}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.block_labels = block_labels
        self.outcome_labels = outcome_labels
        self.colours = block_colours(wheel) if wheel else {}
        self.zoom = 1.0
        self.show_timer = False
        self.labels: dict[str, QLabel] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self._item_page())
        self.pages.addWidget(self._summary_page(wheel, language))
        box = QVBoxLayout(self)
        box.setContentsMargins(48, 32, 48, 32)
        box.addWidget(self.pages)
        self.apply_zoom(1.0)

    # -- building ------------------------------------------------------------

    def _label(self, name: str, size: int, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setProperty("base_px", size)
        label.setProperty("bold", bold)
        self.labels[name] = label
        return label

    def _item_page(self) -> QWidget:
        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self._label("position", 32), 1)
        top.addWidget(self._label("timer", 32, bold=True))
        self.vote_bar = VoteBar()
        box = QVBoxLayout(page)
        box.addLayout(top)
        box.addWidget(self._label("title", 64, bold=True))
        chips = QHBoxLayout()
        chips.addWidget(self._label("block", 34, bold=True))
        chips.addWidget(self._label("outcome", 44, bold=True))
        chips.addStretch(1)
        box.addLayout(chips)
        box.addSpacing(32)
        box.addWidget(self.vote_bar)
        box.addWidget(self._label("votes", 32))
        box.addSpacing(24)
        box.addWidget(self._label("owner", 32))
        box.addStretch(1)
        return page

    def _summary_page(self, wheel: Wheel | None, language: str | None) -> QWidget:
        page = QWidget()
        text = QVBoxLayout()
        text.addWidget(self._label("summary_heading", 44, bold=True))
        text.addWidget(self._label("summary_counts", 36))
        text.addSpacing(16)
        text.addWidget(self._label("summary_blocks", 30))
        text.addStretch(1)
        self.language = language
        box = QHBoxLayout(page)
        box.addLayout(text, 1)
        self.wheel = AddressedWheel(wheel) if wheel else None
        if self.wheel is not None:
            box.addWidget(self.wheel, 1)
        return page

    # -- showing ---------------------------------------------------------------

    def apply_zoom(self, zoom: float) -> None:
        """Scale every text (never below 28 px) and the bar."""
        self.zoom = zoom
        for label in self.labels.values():
            font = label.font()
            font.setPixelSize(max(MIN_PX, round(label.property("base_px") * zoom)))
            font.setBold(bool(label.property("bold")))
            label.setFont(font)
        self.vote_bar.setFixedHeight(max(40, round(96 * zoom)))

    def show_priority(self, priority: Priority, total: int, seconds: int) -> None:
        self.pages.setCurrentIndex(0)
        self.labels["position"].setText(
            self.tr("Priority {rank} of {total}").format(rank=priority.position, total=total)
        )
        self.labels["title"].setText(priority.title or self.tr("(no title yet)"))
        block = self.labels["block"]
        if priority.block:
            colour = self.colours.get(priority.block, "#5F5F5F")
            block.setText(self.block_labels.get(priority.block, priority.block))
            block.setStyleSheet(_chip(colour))
        else:
            block.setText(self.tr("No building block yet"))
            block.setStyleSheet(_chip("#EEEEEE"))
        outcome = self.labels["outcome"]
        if priority.outcome:
            outcome.setText(self.outcome_labels.get(priority.outcome, priority.outcome))
            outcome.setStyleSheet(_chip(OUTCOME_COLOURS.get(priority.outcome, INK)))
        else:
            outcome.setText(self.tr("Not decided yet"))
            outcome.setStyleSheet(_chip("#EEEEEE"))
        self.vote_bar.show_tally(priority.tally)
        self.labels["votes"].setText(self._votes_text(priority.tally))
        self.labels["owner"].setText(self._owner_text(priority))
        self.show_seconds(seconds)

    def _votes_text(self, tally: Tally) -> str:
        if not tally.entered:
            return self.tr("No votes counted yet")
        shares = tally.percentages() or (0, 0, 0)
        names = (self.tr("For"), self.tr("Against"), self.tr("Abstain"))
        return "   ".join(
            f"{name} {count or 0} ({share}%)"
            for name, count, share in zip(names, tally.counts, shares, strict=True)
        )

    def _owner_text(self, priority: Priority) -> str:
        """Who carries the priority and by when, once the room has said so."""
        parts = []
        if priority.owner:
            parts.append(self.tr("Owner: {owner}").format(owner=priority.owner))
        if priority.due_date:
            parts.append(self.tr("Due {date}").format(date=priority.due_date))
        return "  ·  ".join(parts)

    def show_summary(self, summary: Summary) -> None:
        self.pages.setCurrentIndex(1)
        total = sum(summary.outcomes.values()) + summary.undecided
        self.labels["summary_heading"].setText(self.tr("%Ln priority(ies)", None, total))
        lines = [
            f"{self.outcome_labels.get(name, name)}: {count}"
            for name, count in summary.outcomes.items()
        ]
        if summary.undecided:
            lines.append(self.tr("Not decided yet: {count}").format(count=summary.undecided))
        self.labels["summary_counts"].setText("\n".join(lines))
        self.labels["summary_blocks"].setText(self._blocks_text(summary.addressed_blocks))
        if self.wheel is not None:
            self.wheel.show_addressed(summary.addressed_blocks)

    def _blocks_text(self, blocks: tuple[str, ...]) -> str:
        """The blocks the kept priorities address, each after a square of its wheel colour."""
        if not blocks:
            return self.tr("No building block addressed yet.")
        rows = "".join(
            f'<tr><td style="color: {self.colours.get(name, INK)}">■&nbsp;</td>'
            f"<td>{escape(self.block_labels.get(name, name))}</td></tr>"
            for name in blocks
        )
        heading = escape(self.tr("Building blocks addressed"))
        return f"<b>{heading}</b><table>{rows}</table>"

    def show_seconds(self, seconds: int) -> None:
        timer = self.labels["timer"]
        timer.setVisible(self.show_timer)
        timer.setText(clock(seconds))

    def show_on_a_screen(self, board: QWidget) -> None:
        """Full screen on a screen the board is not on; a normal window when there is one screen."""
        screens = QGuiApplication.screens()
        others = [screen for screen in screens if screen is not board.screen()]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
            return
        self.resize(1024, 768)
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def _chip(colour: str) -> str:
    ink = ink_on(colour) if colour.startswith("#") and len(colour) == 7 else INK
    return f"background: {colour}; color: {ink}; padding: 6px 16px; border-radius: 6px;"
