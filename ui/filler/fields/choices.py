"""Choosing from a list: radio buttons, a searchable combo box, check boxes.

Choices are saved the moment they are made.  The list on screen is always
``FormState.choices(path)``, i.e. after the choice filter, in the current
language; the stored value is the choice *name*, never its label.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forms.model import Choice
from ui.filler.fields.base import QuestionField
from ui.filler.fields.inputs import ComboBox

LONG_LIST = 8
"""More choices than this are offered in a searchable combo box instead of radios."""


def choice_text(field: QuestionField, choice: Choice) -> str:
    return field.session.state.text(choice.labels) or choice.name


class _ButtonList(QuestionField):
    """Shared by radios and check boxes: one button per offered choice."""

    def build_input(self) -> QWidget:
        self.box = QWidget()
        self.buttons: list[tuple[Choice, QAbstractButton]] = []
        self.group = QButtonGroup(self.box)
        self.group.setExclusive(self.exclusive())
        self.group.buttonClicked.connect(self._clicked)
        self.list_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        outer = QHBoxLayout(self.box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.list_layout)
        outer.addStretch(1)
        self._fill()
        return self.box

    def exclusive(self) -> bool:
        return True

    def make_button(self) -> QAbstractButton:
        raise NotImplementedError

    def _fill(self) -> None:
        choices = self.session.state.choices(self.path)
        if [c.name for c in choices] == [c.name for c, _ in self.buttons]:
            return
        for _, button in self.buttons:
            self.group.removeButton(button)
            self.list_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        short = len(choices) <= 4 and all(len(choice_text(self, c)) <= 14 for c in choices)
        self.list_layout.setDirection(
            QBoxLayout.Direction.LeftToRight if short else QBoxLayout.Direction.TopToBottom
        )
        self.buttons = []
        for choice in choices:
            button = self.make_button()
            button.setText(choice_text(self, choice))
            self.group.addButton(button)
            self.list_layout.addWidget(button)
            self.buttons.append((choice, button))
        if self.buttons:
            self.box.setFocusProxy(self.buttons[0][1])

    def refresh_choices(self) -> None:
        self._fill()
        self.refresh_value()

    def refresh_texts(self) -> None:
        super().refresh_texts()
        for choice, button in getattr(self, "buttons", ()):
            button.setText(choice_text(self, choice))

    def _clicked(self, _button: QAbstractButton) -> None:
        raise NotImplementedError


class RadioField(_ButtonList):
    """``select_one`` with a short list: one radio button per choice, plus Clear."""

    def build_input(self) -> QWidget:
        box = super().build_input()
        self.clear_button = QToolButton()
        self.clear_button.setAutoRaise(True)
        # Not a Tab stop: Tab goes from one question to the next; Delete clears.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self._clear)
        box.layout().insertWidget(1, self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def refresh_texts(self) -> None:
        super().refresh_texts()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove this answer"))

    def make_button(self) -> QAbstractButton:
        button = QRadioButton()
        button.installEventFilter(self)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys choose the next or previous choice (Qt's radios only move focus)."""
        pressed = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if pressed and isinstance(watched, QRadioButton):
            if step := self._step(event.key()):
                self._choose_next(watched, step)
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._clear()
                return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> int:
        forward = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1 if forward else -1,
            Qt.Key.Key_Left: -1 if forward else 1,
        }
        return steps.get(Qt.Key(key), 0)

    def _choose_next(self, current: QAbstractButton, step: int) -> None:
        buttons = [button for _, button in self.buttons]
        index = (buttons.index(current) + step) % len(buttons)
        buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
        buttons[index].click()

    def _clear(self) -> None:
        self.session.commit(self.path, None)

    def _clicked(self, button: QAbstractButton) -> None:
        for choice, candidate in self.buttons:
            if candidate is button:
                self.session.commit(self.path, choice.name)

    def show_value(self, value: str | None) -> None:
        self.group.setExclusive(False)
        for choice, button in self.buttons:
            button.setChecked(choice.name == value)
        self.group.setExclusive(True)
        self.clear_button.setVisible(value is not None)
        if value is not None:
            checked = next((b for c, b in self.buttons if c.name == value), None)
            if checked is not None:
                self.box.setFocusProxy(checked)


class CheckboxField(_ButtonList):
    """``select_multiple``: a check box per choice; stored as space-separated names."""

    def exclusive(self) -> bool:
        return False

    def make_button(self) -> QAbstractButton:
        return QCheckBox()

    def _clicked(self, _button: QAbstractButton) -> None:
        offered = {choice.name for choice, _ in self.buttons}
        kept = [
            name
            for name in (self.session.state.value(self.path) or "").split()
            if name not in offered
        ]
        chosen = [choice.name for choice, button in self.buttons if button.isChecked()]
        self.session.commit(self.path, " ".join(chosen + kept))

    def show_value(self, value: str | None) -> None:
        selected = set((value or "").split())
        for choice, button in self.buttons:
            button.setChecked(choice.name in selected)


class ComboField(QuestionField):
    """``select_one`` with a long list (or ``minimal``/``autocomplete``): type to search."""

    def build_input(self) -> QWidget:
        self.combo = ComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(ComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(
            ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._fill()
        self.combo.activated.connect(self._activated)
        self.combo.lineEdit().returnPressed.connect(self._resolve)
        self.combo.focus_lost.connect(self._resolve)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeading)
        box.setFocusProxy(self.combo)
        return box

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("", None)
        for choice in self.session.state.choices(self.path):
            self.combo.addItem(choice_text(self, choice), choice.name)
        self.combo.blockSignals(False)

    def _activated(self, index: int) -> None:
        self.session.commit(self.path, self.combo.itemData(index))

    def _resolve(self) -> None:
        """Typed text matching a label (ignoring case) chooses it; anything else reverts."""
        typed = self.combo.currentText().strip().casefold()
        if not typed:
            self.session.commit(self.path, None)
            return
        for index in range(1, self.combo.count()):
            if self.combo.itemText(index).casefold() == typed:
                self.session.commit(self.path, self.combo.itemData(index))
                return
        self.refresh_value()

    def show_value(self, value: str | None) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.blockSignals(True)
        if index < 0:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(value or "")
        else:
            self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def refresh_choices(self) -> None:
        self._fill()
        self.refresh_value()

    def refresh_texts(self) -> None:
        super().refresh_texts()
        if hasattr(self, "combo"):
            self.refresh_choices()


class AcknowledgeField(QuestionField):
    """``acknowledge`` (and ``trigger``): one check box that stores ``OK``."""

    def build_input(self) -> QWidget:
        self.check = QCheckBox(self.tr("OK"))
        self.check.clicked.connect(
            lambda checked: self.session.commit(self.path, "OK" if checked else None)
        )
        return self.check

    def show_value(self, value: str | None) -> None:
        self.check.setChecked(value == "OK")
