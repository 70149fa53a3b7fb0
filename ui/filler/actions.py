"""The filler's actions and toolbar: undo/redo, sections, Mark complete, language.

Actions are attached to the filler widget itself with a widget-with-children
shortcut context, so the keys work wherever focus is inside the filler (and
only there), whether it sits in its own window or is embedded elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QStyle, QToolBar, QWidget


def _keys(*sequences: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    return [QKeySequence(sequence) for sequence in sequences]


class FillerActions:
    """Every action of one filler, plus the toolbar that shows them."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        style = owner.style()
        self.undo = self._action(owner.tr("Undo"), _keys(QKeySequence.StandardKey.Undo))
        self.redo = self._action(owner.tr("Redo"), _keys("Ctrl+Shift+Z", "Ctrl+Y"))
        self.previous = self._action(owner.tr("Previous section"), _keys("Ctrl+PgUp", "Alt+Left"))
        self.next = self._action(owner.tr("Next section"), _keys("Ctrl+PgDown", "Alt+Right"))
        self.complete = self._action(owner.tr("Mark complete"), _keys("Ctrl+Return", "Ctrl+Enter"))
        self.point_arrows(right_to_left=False)
        self.show_complete(False)
        self.complete.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.language = QComboBox()
        self.language.setToolTip(owner.tr("Language of the form's questions"))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def show_complete(self, complete: bool) -> None:
        """The button says the submission's state: checked "Complete" once it is."""
        self.complete.setCheckable(True)
        self.complete.setChecked(complete)
        self.complete.setText(
            self.owner.tr("Complete") if complete else self.owner.tr("Mark complete")
        )
        self.complete.setToolTip(
            self.owner.tr("This submission is complete; edits are still saved (Ctrl+Enter)")
            if complete
            else self.owner.tr("Check every answer and mark the submission complete (Ctrl+Enter)")
        )

    def point_arrows(self, *, right_to_left: bool) -> None:
        """Previous points back and Next forward in the reading direction."""
        style = self.owner.style()
        back, forward = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight
        if right_to_left:
            back, forward = forward, back
        self.previous.setIcon(style.standardIcon(back))
        self.next.setIcon(style.standardIcon(forward))

    def _action(self, text: str, keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self.owner)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        names = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
        action.setToolTip(f"{text} ({names})")
        self.owner.addAction(action)
        return action

    def connect(self, slots: dict[QAction, Callable[[], object]]) -> None:
        for action, slot in slots.items():
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    def toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.previous, self.next):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo)
        bar.addAction(self.redo)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        label = QLabel(self.owner.tr("Language:"))
        label.setBuddy(self.language)
        bar.addWidget(label)
        bar.addWidget(self.language)
        bar.addSeparator()
        bar.addAction(self.complete)
        return bar
