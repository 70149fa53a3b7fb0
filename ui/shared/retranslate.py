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

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

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


def label_action(action: QAction, text: str, tip: str) -> None:
    """An action's text, status tip and tooltip (with its shortcut) in one language."""
    action.setText(text)
    action.setStatusTip(tip)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)


class FollowsLanguage:
    """Mixin for a window with a ``retranslate()``: called on ``LanguageChange``.

    A hidden window (closed, its database perhaps closed too) retranslates
    when it is next shown instead, so it never reads what is gone.
    """

    _words_stale = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._words_stale = not self.isVisible()  # type: ignore[attr-defined]
            if not self._words_stale:
                self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:
        if self._words_stale:
            self._words_stale = False
            self.retranslate()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]


class Said(QObject):
    """What one label says now (a message, a status), said again in each new language.

    A view that sets "Computing…" or a hint when something happens would keep
    the old language until its next redraw; ``say`` keeps how the text is
    made, so a language change remakes it at once.
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label
        self._text: Callable[[], str] | None = None
        language.notifier().changed.connect(self._again)

    def say(self, text: Callable[[], str]) -> None:
        self._text = text
        self._label.setText(text())

    def clear(self) -> None:
        self._text = None
        self._label.clear()

    def _again(self, _code: str) -> None:
        if self._text is not None:
            self._label.setText(self._text())
