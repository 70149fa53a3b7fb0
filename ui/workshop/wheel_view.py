"""The wheel drawn with Qt for the projector: every block, the addressed ones in colour.

Not the diagnostic chart (matplotlib, scores): a room deciding priorities
needs to see *which* blocks its decisions cover, in the colours of the
chart it saw during the diagnostic.  Blocks go clockwise from 12 o'clock in
the chart's order; the pillars form the inner ring.  The wedges carry no
text (a name at projector size does not fit in a wedge); the projector
lists the addressed blocks beside the wheel in their colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from exports.wheel.palette import pillar_colours
from forms.wheel.structure import Wheel

UNADDRESSED = QColor("#E6E6E6")
OUTLINE = QColor("white")


class AddressedWheel(QWidget):
    """The wheel with ``addressed`` blocks filled in their pillar's colour."""

    def __init__(self, wheel: Wheel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wheel = wheel
        self.colours = pillar_colours(wheel)
        self.addressed: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 240)

    def show_addressed(self, blocks: tuple[str, ...]) -> None:
        self.addressed = blocks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        disc = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        blocks = self.wheel.blocks
        step = 360 / max(1, len(blocks))
        for index, block in enumerate(blocks):
            start = 90 - index * step  # Qt counts degrees anticlockwise from 3 o'clock
            kept = block.name in self.addressed
            colour = QColor(self.colours[block.pillar]) if kept else UNADDRESSED
            self._sector(painter, disc, 0.34, 1.0, start, -step, colour)
        pillar_start = 90.0
        for pillar in self.wheel.pillars:
            span = step * len(pillar.blocks)
            colour = QColor(self.colours[pillar.name])
            self._sector(painter, disc, 0.0, 0.32, pillar_start, -span, colour)
            pillar_start -= span
        painter.end()

    @staticmethod
    def _sector(
        painter: QPainter,
        disc: QRectF,
        inner: float,
        outer: float,
        start: float,
        span: float,
        colour: QColor,
    ) -> None:
        centre = disc.center()
        path = QPainterPath()
        big = _scaled(disc, outer)
        path.arcMoveTo(big, start)
        path.arcTo(big, start, span)
        if inner > 0:
            small = _scaled(disc, inner)
            path.arcTo(small, start + span, -span)
        else:
            path.lineTo(centre)
        path.closeSubpath()
        painter.setPen(QPen(OUTLINE, 2))
        painter.setBrush(colour)
        painter.drawPath(path)


def _scaled(disc: QRectF, fraction: float) -> QRectF:
    """The square around ``disc``'s centre with ``fraction`` of its size."""
    side = disc.width() * fraction
    centre = disc.center()
    return QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
