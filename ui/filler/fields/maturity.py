"""The 1–5 maturity scale as one compact segmented control.

Diagnostics ask dozens of these in a row, often with a projector on, so the
scale is a single focus stop: Tab onto it, press 1–5 (or ←/→), Tab on.
Delete or Backspace clears it.  Each segment shows the number large and the
word under it, e.g. "3" over "Developing".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from forms.model import Choice, Question
from ui.filler.fields.base import QuestionField
from ui.filler.fields.choices import choice_text
from ui.filler.look import ACCENT_COLOUR, fill

SCALE = ("1", "2", "3", "4", "5")
_SEPARATORS = (" – ", " - ", " — ", ". ", ": ", " ")


def is_maturity(question: Question, choices: tuple[Choice, ...]) -> bool:
    """A select_one whose choices are exactly 1..5 in order."""
    return question.type == "select_one" and tuple(c.name for c in choices) == SCALE


def segment_text(name: str, label: str) -> str:
    """``"3 – Developing"`` -> ``"3\\nDeveloping"``; a bare ``"3"`` stays as it is."""
    for separator in _SEPARATORS:
        if label.startswith(name + separator):
            rest = label[len(name) + len(separator) :].strip()
            return f"{name}\n{rest}" if rest else name
    return label if label == name else f"{name}\n{label}"


class SegmentedControl(QWidget):
    """Exclusive checkable buttons acting as one keyboard stop.

    Signals:
        chosen(str): the user picked this choice name ("" when cleared).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(lambda index: self.chosen.emit(self.names[index]))
        self.names: list[str] = []
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)  # room for the focus frame
        layout.setSpacing(2)

    def set_choices(self, items: list[tuple[str, str]]) -> None:
        """(name, button text) pairs, in scale order."""
        if [name for name, _ in items] != self.names:
            for button in self.buttons:
                self.group.removeButton(button)
                self.layout().removeWidget(button)
                button.hide()
                button.deleteLater()
            self.names, self.buttons = [], []
            for index, (name, _) in enumerate(items):
                button = QPushButton()
                button.setObjectName("segment")
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.setMinimumHeight(button.fontMetrics().lineSpacing() * 2 + 14)
                self.group.addButton(button, index)
                self.layout().addWidget(button)
                self.names.append(name)
                self.buttons.append(button)
        for button, (_, text) in zip(self.buttons, items, strict=True):
            button.setText(text)

    def value(self) -> str | None:
        index = self.group.checkedId()
        return self.names[index] if index >= 0 else None

    def show_value(self, value: str | None) -> None:
        self.group.setExclusive(False)
        for name, button in zip(self.names, self.buttons, strict=True):
            button.setChecked(name == value)
            fill(button, ACCENT_COLOUR if name == value else None)
        self.group.setExclusive(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        current = self.group.checkedId()
        forward = Qt.Key.Key_Right if self.isLeftToRight() else Qt.Key.Key_Left
        backward = Qt.Key.Key_Left if self.isLeftToRight() else Qt.Key.Key_Right
        if text in self.names:
            self.chosen.emit(text)
        elif event.key() == forward and self.names:
            self.chosen.emit(self.names[min(current + 1, len(self.names) - 1)])
        elif event.key() == backward and self.names:
            self.chosen.emit(self.names[max(current - 1, 0)])
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.chosen.emit("")
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A frame around the whole scale while it has keyboard focus."""
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(QColor(ACCENT_COLOUR), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)


class MaturityField(QuestionField):
    """A select_one over 1..5 shown as a segmented control."""

    def build_input(self) -> QWidget:
        self.scale = SegmentedControl()
        self.scale.chosen.connect(lambda name: self.session.commit(self.path, name or None))
        self._fill()
        return self.scale

    def _fill(self) -> None:
        choices = self.session.state.choices(self.path)
        self.scale.set_choices(
            [(c.name, segment_text(c.name, choice_text(self, c))) for c in choices]
        )

    def refresh_texts(self) -> None:
        super().refresh_texts()
        if hasattr(self, "scale"):
            self._fill()

    def refresh_choices(self) -> None:
        self._fill()
        self.refresh_value()

    def show_value(self, value: str | None) -> None:
        self.scale.show_value(value)
