"""Fields that show rather than ask: notes, calculations, unsupported types.

Notes and labelled calculations are re-read whenever a value they pipe
changes.  A type the desktop cannot capture (a GPS point, a photo …) is
shown plainly as such, with any value it already has, and never blocks
Mark complete.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.filler.fields.base import QuestionField
from ui.filler.look import emphasise


class NoteField(QuestionField):
    """A note: its label (with ``${}`` values) and hint, nothing to answer."""

    def build_input(self) -> None:
        emphasise(self.title, bold=False)


class CalculationField(QuestionField):
    """A labelled calculation, shown read-only so people see the figure they feed."""

    def build_input(self) -> QWidget:
        self.line = QLineEdit()
        self.line.setReadOnly(True)
        self.line.setMaximumWidth(260)
        return self.line

    def show_value(self, value: str | None) -> None:
        self.line.setText(value or "")


class UnsupportedField(QuestionField):
    """A question type the desktop cannot capture; says so instead of failing."""

    def build_input(self) -> QWidget:
        self.line = QLineEdit()
        self.line.setReadOnly(True)
        self.line.setEnabled(False)
        return self.line

    def show_value(self, value: str | None) -> None:
        note = self.tr("Not supported on desktop yet ({type})").format(type=self.question.type)
        self.line.setText(f"{value} — {note}" if value else note)
