"""Texts set again whenever the window's language changes.

A widget that set its texts once in ``__init__`` would keep the old
language after View ▸ Language.  ``Texts`` remembers how each text is made
(a function calling ``tr``, so it reads the new catalogue) and sets it again
when ``language.notifier()`` says the language changed (windows may instead
call ``refresh`` from their ``changeEvent``), which is cheaper and safer than
rebuilding a window that holds an editing session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.shared import language


class Texts(QObject):
    """The translated texts of one widget, applied now and after every language change."""

    def __init__(self, widget: QWidget, *, follow_language: bool = True) -> None:
        """With ``follow_language`` False the widget's own ``changeEvent`` calls ``refresh``."""
        super().__init__(widget)
        self._appliers: list[Callable[[], object]] = []
        if follow_language:
            language.notifier().changed.connect(self.refresh)

    def add(self, apply: Callable[[], object]) -> None:
        """Run ``apply`` now and again after each language change."""
        apply()
        self._appliers.append(apply)

    def bind(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        """``setter(text())`` now and after each language change."""
        self.add(lambda: setter(text()))

    def refresh(self, _code: str = "") -> None:
        for apply in self._appliers:
            apply()
