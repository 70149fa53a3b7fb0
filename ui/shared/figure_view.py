"""A matplotlib figure on screen, zoomed as one picture to the space it has.

The charts (the wheel, the engagement charts) are laid out in inches for
their design size (label radii, font sizes, panel grid), so letting the
canvas resize the figure, as matplotlib does by default, would pile the
labels onto each other.  Instead the canvas keeps the figure's inches and
proportions and changes only the dots per inch.  Importing this module
imports matplotlib's Qt backend: only a view that has a figure to show
imports it.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QRect
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class ZoomedCanvas(FigureCanvasQTAgg):
    """A figure's canvas that zooms it: same inches, new dots per inch."""

    def __init__(self, figure: Figure) -> None:
        self.design_inches = tuple(figure.get_size_inches())
        super().__init__(figure)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Same inches, new dots per inch: the super class then keeps the size in inches.
        self.figure.set_dpi(event.size().width() * self.device_pixel_ratio / self.design_inches[0])
        super().resizeEvent(event)


class FigureView(QWidget):
    """Holds the current figure's canvas, centred at the largest size with its proportions."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas: ZoomedCanvas | None = None
        self._name = name
        self.setMinimumSize(360, 240)

    def show_figure(self, figure: Figure) -> None:
        """Replace the figure on screen (a new canvas: a canvas belongs to one figure)."""
        old = self.canvas
        self.canvas = self.make_canvas(figure)
        self.canvas.setParent(self)
        self.canvas.setAccessibleName(self._name)
        self._place()
        self.canvas.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def make_canvas(self, figure: Figure) -> ZoomedCanvas:
        """The canvas for ``figure``; a view whose canvas does more (hit-testing) makes its own."""
        return ZoomedCanvas(figure)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        if self.canvas is None:
            return
        width_inches, height_inches = self.canvas.design_inches
        scale = min(self.width() / width_inches, self.height() / height_inches)
        width, height = round(width_inches * scale), round(height_inches * scale)
        self.canvas.setGeometry(
            QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height)
        )
