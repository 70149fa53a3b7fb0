"""Small input widgets that behave well inside a long, scrolling form.

Three habits matter to fast typists: Ctrl+Z belongs to the form's undo stack
(not each line edit's private one), leaving a field saves it (``focus_lost``),
and the mouse wheel scrolls the page instead of changing a value under the
pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget


def is_undo_key(event: QKeyEvent) -> bool:
    """Undo or redo keys, which always mean the form's undo, never a field's own."""
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or (ctrl and event.key() == Qt.Key.Key_Y)
    )


def is_form_shortcut(event: QEvent) -> bool:
    """Whether a ShortcutOverride is for the form (undo/redo, sections, complete)."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if is_undo_key(event):
        return True
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(ctrl) and event.key() in (
        Qt.Key.Key_PageDown,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    )


class FormKeys:
    """The form's keys stay the form's; leaving the field says so (``focus_lost``).

    Mixed in before the Qt widget class, so its overrides come first; the
    widget declares the ``focus_lost`` signal itself.
    """

    def event(self, event: QEvent) -> bool:
        if is_form_shortcut(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_undo_key(event):
            event.ignore()  # nothing to undo yet: still not the field's private undo
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class LineEdit(FormKeys, QLineEdit):
    """A line edit that reports losing focus and leaves undo to the form.

    Signals:
        focus_lost(): focus moved elsewhere; pending text should be saved.
    """

    focus_lost = Signal()


class PlainTextEdit(FormKeys, QPlainTextEdit):
    """Multi-line text where Tab moves on, as in every other field.

    Signals:
        focus_lost(): focus moved elsewhere; pending text should be saved.
    """

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ComboBox(FormKeys, QComboBox):
    """A combo box the wheel never changes; it only opens on purpose.

    Signals:
        focus_lost(): focus moved elsewhere; typed search text should be resolved.
    """

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()
