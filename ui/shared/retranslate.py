"""Texts set again whenever the window's language changes.

Qt sends every widget a ``LanguageChange`` event when a translator is
installed or removed; a widget that set its texts once in ``__init__`` would
keep the old language.  ``Texts`` remembers how each text is made (a
function calling ``tr``, so it reads the new catalogue) and sets it again on
that event, which is cheaper and safer than rebuilding a window that holds
an editing session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class Texts(QObject):
    """The translated texts of one widget, applied now and after every language change."""

    def __init__(self, widget: QWidget, *, follow_language: bool = True) -> None:
        """With ``follow_language`` False the widget's own ``changeEvent`` calls ``refresh``."""
        super().__init__(widget)
        self._appliers: list[Callable[[], object]] = []
        if follow_language:
            widget.installEventFilter(self)

    def add(self, apply: Callable[[], object]) -> None:
        """Run ``apply`` now and again after each language change."""
        apply()
        self._appliers.append(apply)

    def bind(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        """``setter(text())`` now and after each language change."""
        self.add(lambda: setter(text()))

    def refresh(self) -> None:
        for apply in self._appliers:
            apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        return False
