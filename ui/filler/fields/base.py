"""What every question widget shares: label, hint, input, inline message.

A field is bound to one answer path.  It reads FormState through the session
and writes only through ``session.commit``; the page calls its ``refresh_*``
methods for exactly the paths an edit changed.
"""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from forms.model import Question
from ui.filler.look import ERROR_COLOUR, HINT_COLOUR, emphasise, tint
from ui.shared.session import FillSession


@functools.cache
def _error_pixmap(style: QStyle) -> QPixmap:
    """The small critical icon, drawn once per style instead of once per question."""
    size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size)


class MessageLine(QWidget):
    """A red message with an icon under a field, hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.icon = QLabel()
        self.icon.setPixmap(_error_pixmap(self.style()))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("fieldError")
        tint(self.text, ERROR_COLOUR)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.text.setText(message or "")
        self.setVisible(bool(message))


class QuestionField(QWidget):
    """Base of all question widgets; subclasses build the input and show values."""

    def __init__(self, session: FillSession, question: Question, path: str) -> None:
        super().__init__()
        self.session = session
        self.question = question
        self.path = path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("fieldLabel")
        emphasise(self.title)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel()
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        tint(self.hint, HINT_COLOUR)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.input = self.build_input()
        if self.input is not None:
            layout.addWidget(self.input)
            self.title.setBuddy(self.input)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.piped = any(
            "${" in text for text in (*question.labels.values(), *question.hints.values())
        )
        self.refresh_texts()
        self.refresh_value()
        self.refresh_validity()
        if self.input is not None and session.state.is_read_only(path):
            self.input.setEnabled(False)

    # -- for subclasses ----------------------------------------------------

    def build_input(self) -> QWidget | None:
        """The input widget (None for display-only fields such as notes)."""
        return None

    def show_value(self, value: str | None) -> None:
        """Display ``value`` without committing it."""

    def flush(self) -> None:
        """Save anything typed but not yet committed."""

    # -- called by the page ------------------------------------------------

    def refresh_texts(self) -> None:
        """Label, hint and choice labels in the current language, with ``${}`` piped."""
        state = self.session.state
        label = state.label(self.path) or self.question.name
        marker = ""
        if state.is_required(self.path):
            marker = f' <span style="color:{ERROR_COLOUR}">*</span>'
        self.title.setText(html.escape(label).replace("\n", "<br>") + marker)
        hint = state.interpolate(state.text(self.question.hints), self.path)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.title.setAccessibleName(label)

    def refresh_value(self) -> None:
        self.show_value(self.session.state.value(self.path))

    def refresh_validity(self) -> None:
        """Show the form's message; "required" only once the user asked to complete."""
        state = self.session.state
        message = state.error(self.path)
        if message and state.value(self.path) is None and not self.session.reveal_required:
            message = None
        self.message.show_message(message)
        if self.input is not None:
            self.input.setAccessibleDescription(message or "")
        self.refresh_texts()

    def refresh_choices(self) -> None:
        """The choice filter changed what is offered (select fields override)."""

    def focus_input(self) -> None:
        target = (self.input.focusProxy() or self.input) if self.input is not None else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)
