"""Typed answers: text, multi-line text, integers and decimals.

Typing is saved at most ``DEBOUNCE_MS`` after the last keystroke (the timer
restarts with each one), at once when the field loses focus or Return is
pressed, and whenever the session flushes (close, undo, Mark complete).
Numbers use plain line edits with validators: a spin box would change under
a wheel scroll, and a facilitator scrolling a projected form must never
change an answer by accident.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from ui.filler.fields.base import QuestionField
from ui.filler.fields.inputs import LineEdit, PlainTextEdit

DEBOUNCE_MS = 500


class DebouncedField(QuestionField):
    """A field whose typed text is committed after a pause, on focus loss or on flush."""

    def start_debounce(self) -> None:
        """Create the debounce timer (call from ``build_input``: it needs the QWidget)."""
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def text(self) -> str:
        raise NotImplementedError

    def set_text(self, text: str) -> None:
        raise NotImplementedError

    def canonical(self, text: str) -> str | None:
        """The value to store for ``text``, or None while it is not a complete answer."""
        return text

    def edited(self) -> None:
        self._dirty = True
        self.session.track(self)
        self._timer.start()

    def flush(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self._timer.stop()
        self.session.untrack(self)
        text = self.text()
        value = self.canonical(text) if text.strip() else ""
        if value is None:
            self.message.show_message(self.tr("This is not complete yet, so it was not saved."))
            return
        self.session.commit(self.path, value)

    def show_value(self, value: str | None) -> None:
        if self._dirty:
            return  # never overwrite what the user is typing
        text = self.text()
        if text.strip() and self.canonical(text) == value:
            return  # "1.50" already shows the stored "1.5"; keep the cursor where it is
        shown = self.display(value) if value else ""
        if text != shown:
            self.set_text(shown)

    def display(self, value: str) -> str:
        """How a stored value looks in the field (dates drop the ``T``, for one)."""
        return value


class TextField(DebouncedField):
    """One line of free text."""

    def build_input(self) -> QWidget:
        self.start_debounce()
        self.line = LineEdit()
        self.line.textEdited.connect(self.edited)
        self.line.focus_lost.connect(self.flush)
        self.line.returnPressed.connect(self.flush)
        return self.line

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)


class MultilineField(DebouncedField):
    """Several lines of free text (appearance ``multiline``)."""

    def build_input(self) -> QWidget:
        self.start_debounce()
        self._updating = False
        self.edit = PlainTextEdit()
        self.edit.setMinimumHeight(72)
        self.edit.setMaximumHeight(140)
        self.edit.textChanged.connect(self._changed)
        self.edit.focus_lost.connect(self.flush)
        return self.edit

    def _changed(self) -> None:
        if not self._updating:
            self.edited()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self._updating = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._updating = False


class NumberField(TextField):
    """Integers or decimals typed as text; stored canonically (``.`` as separator)."""

    PATTERN = r"[-+]?\d{0,18}"
    COMPLETE = re.compile(r"[-+]?\d+")

    def build_input(self) -> QWidget:
        line = super().build_input()
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(self.PATTERN), line))
        self.line.setMaximumWidth(260)
        return line

    def canonical(self, text: str) -> str | None:
        text = text.strip().replace(",", ".")
        if not self.COMPLETE.fullmatch(text):
            return None
        return _tidy_number(text)


class DecimalField(NumberField):
    PATTERN = r"[-+]?\d{0,18}([.,]\d{0,12})?"
    COMPLETE = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)")


def _tidy_number(text: str) -> str:
    """``+05`` -> ``5``, ``.5`` -> ``0.5``, ``5.`` -> ``5``, ``-0`` -> ``0``."""
    sign = "-" if text.startswith("-") else ""
    digits = text.lstrip("+-")
    whole, _, fraction = digits.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    if whole == "0" and not fraction:
        sign = ""
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"
