"""The wheel figure on screen: zoomed to fit (``ui.shared.figure_view``), hit-tested by block.

Hovering a block shows its name and score in a tooltip; clicking it
announces the block.  Importing this module imports matplotlib's Qt
backend, so only the wheel tab imports it, once a figure has arrived.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from matplotlib.backend_bases import MouseButton, MouseEvent
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QToolTip, QWidget

from exports.wheel.chart import wheel_slots
from exports.wheel.paint import BASE, TOP
from exports.wheel.shapes import Slot
from forms.wheel.structure import Wheel
from ui.shared.figure_view import FigureView, ZoomedCanvas


def block_at(slots: Mapping[str, Slot], theta: float, radius: float) -> str | None:
    """The block whose wedge (from the base ring to level 5) holds this polar point."""
    if not BASE <= radius <= TOP:
        return None
    for name, slot in slots.items():
        offset = (theta - slot.theta + math.pi) % (2 * math.pi) - math.pi
        if abs(offset) <= slot.width / 2:
            return name
    return None


class WheelCanvas(ZoomedCanvas):
    """One wheel figure; tells which block is under the mouse.

    Signals:
        block_clicked(str): the name of the block the user clicked.
    """

    block_clicked = Signal(str)

    def __init__(self, figure: Figure, wheel: Wheel, tooltips: Mapping[str, str]) -> None:
        super().__init__(figure)
        self.slots, _pillars = wheel_slots(wheel)
        self.tooltips = dict(tooltips)
        self.axes = figure.axes[0]
        self.setMouseTracking(True)
        self.mpl_connect("motion_notify_event", self._hover)
        self.mpl_connect("button_press_event", self._press)

    def block_under(self, event: MouseEvent) -> str | None:
        if event.inaxes is not self.axes or event.xdata is None or event.ydata is None:
            return None
        return block_at(self.slots, event.xdata, event.ydata)

    def _hover(self, event: MouseEvent) -> None:
        block = self.block_under(event)
        if block is None:
            self.unsetCursor()
            QToolTip.hideText()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        ratio = self.device_pixel_ratio
        point = QPoint(round(event.x / ratio), round(self.height() - event.y / ratio))
        QToolTip.showText(self.mapToGlobal(point), self.tooltips.get(block, block), self)

    def _press(self, event: MouseEvent) -> None:
        block = self.block_under(event)
        if block is not None and event.button == MouseButton.LEFT:
            self.block_clicked.emit(block)


class WheelView(FigureView):
    """Holds the current canvas, centred at the largest size with the figure's proportions.

    Signals:
        block_clicked(str): relayed from the canvas.
    """

    block_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._name = self.tr("Wheel chart")
        self._wheel: Wheel | None = None
        self._tooltips: Mapping[str, str] = {}
        self.setMinimumSize(320, 264)

    def show_figure(self, figure: Figure, wheel: Wheel, tooltips: Mapping[str, str]) -> None:
        """Replace the figure on screen, hit-tested against ``wheel``'s blocks."""
        self._wheel, self._tooltips = wheel, tooltips
        super().show_figure(figure)

    def make_canvas(self, figure: Figure) -> WheelCanvas:
        canvas = WheelCanvas(figure, self._wheel, self._tooltips)
        canvas.block_clicked.connect(self.block_clicked)
        return canvas
