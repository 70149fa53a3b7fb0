"""A tab page whose content is built the first time it is shown or asked for.

Most sessions open the window to fill or list submissions; the wheel,
pledge and KPI tabs (and the modules they import) cost start-up time for
nobody who does not look at them.  The page stands in the tab widget from
the start, so the tab bar, its names and shortcuts are whole, and builds
its content on its first show (or when code asks for ``content()``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

Content = TypeVar("Content", bound=QWidget)


class LazyPage(QWidget, Generic[Content]):
    """Holds the widget ``build()`` returns, built once, on demand."""

    def __init__(self, build: Callable[[], Content], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: Content | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> Content | None:
        """The content if it was built, else None (nothing is built by asking)."""
        return self._content

    def content(self) -> Content:
        """The content, built now if this is the first time."""
        if self._content is None:
            self._content = self._build()
            self._layout.addWidget(self._content)
            # Shown with the page in this paint, not a queued show one event later.
            self._content.setVisible(True)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
