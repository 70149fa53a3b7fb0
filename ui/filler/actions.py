"""The filler's actions and toolbar: undo/redo, sections, Mark complete, language.

Actions are attached to the filler widget itself with a widget-with-children
shortcut context, so the keys work wherever focus is inside the filler (and
only there), whether it sits in its own window or is embedded elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QStyle, QToolBar, QWidget


def _tr(text: str) -> str:
    """``text`` in the window's language (the sources are marked where they are written)."""
    return QCoreApplication.translate("FillerActions", text)


def _keys(*sequences: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    return [QKeySequence(sequence) for sequence in sequences]


class FillerActions:
    """Every action of one filler, plus the toolbar that shows them."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._sources: dict[QAction, str] = {}
        self.language_label = QLabel()
        style = owner.style()
        undo, redo = (
            QT_TRANSLATE_NOOP("FillerActions", "Undo"),
            QT_TRANSLATE_NOOP("FillerActions", "Redo"),
        )
        self.undo = self._action(undo, _keys(QKeySequence.StandardKey.Undo))
        self.redo = self._action(redo, _keys("Ctrl+Shift+Z", "Ctrl+Y"))
        self.previous = self._action(
            QT_TRANSLATE_NOOP("FillerActions", "Previous section"), _keys("Ctrl+PgUp", "Alt+Left")
        )
        self.next = self._action(
            QT_TRANSLATE_NOOP("FillerActions", "Next section"), _keys("Ctrl+PgDown", "Alt+Right")
        )
        self.complete = self._action(
            QT_TRANSLATE_NOOP("FillerActions", "Mark complete"), _keys("Ctrl+Return", "Ctrl+Enter")
        )
        self.point_arrows(right_to_left=False)
        self.show_complete(False)
        self.complete.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.language = QComboBox()
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' words in the window's language (after a language change too)."""
        for action, source in self._sources.items():
            self._label(action, _tr(source))
        self.show_complete(self.complete.isChecked())
        self.language.setToolTip(
            QCoreApplication.translate("FillerActions", "Language of the form's questions")
        )
        self.language_label.setText(QCoreApplication.translate("FillerActions", "Language:"))

    def show_complete(self, complete: bool) -> None:
        """The button says the submission's state: checked "Complete" once it is."""
        self.complete.setCheckable(True)
        self.complete.setChecked(complete)
        self.complete.setText(
            QCoreApplication.translate("FillerActions", "Complete")
            if complete
            else QCoreApplication.translate("FillerActions", "Mark complete")
        )
        self.complete.setToolTip(
            QCoreApplication.translate(
                "FillerActions", "This submission is complete; edits are still saved (Ctrl+Enter)"
            )
            if complete
            else QCoreApplication.translate(
                "FillerActions", "Check every answer and mark the submission complete (Ctrl+Enter)"
            )
        )

    def point_arrows(self, *, right_to_left: bool) -> None:
        """Previous points back and Next forward in the reading direction."""
        style = self.owner.style()
        back, forward = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight
        if right_to_left:
            back, forward = forward, back
        self.previous.setIcon(style.standardIcon(back))
        self.next.setIcon(style.standardIcon(forward))

    def _action(self, source: str, keys: list[QKeySequence]) -> QAction:
        action = QAction(self.owner)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._sources[action] = source
        self.owner.addAction(action)
        return action

    @staticmethod
    def _label(action: QAction, text: str) -> None:
        keys = action.shortcuts()
        names = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
        action.setText(text)
        action.setToolTip(f"{text} ({names})")

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
        self.language_label.setBuddy(self.language)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language)
        bar.addSeparator()
        bar.addAction(self.complete)
        return bar
