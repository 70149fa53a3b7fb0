"""The rest of the selected priority: description, dissent, agreed KPI, and what is wrong.

The form's own rules show here in its words (dissent required unless the
priority was validated as proposed, a due date after the workshop), with
the vote check, so the facilitator sees them while the room is still there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.shared.session import FillSession
from ui.workshop.model import PrioritiesModel
from ui.workshop.text_fields import SavedLine, SavedText

FIELDS = ("priority_description", "dissent_notes", "agreed_kpi")
CHECKED = ("priority_title", "priority_block", "outcome", "dissent_notes", "due_date")


class PriorityPanel(QWidget):
    """Edits the long fields of one priority row; ``show_row(-1)`` shows nothing."""

    def __init__(self, session: FillSession, model: PrioritiesModel) -> None:
        super().__init__()
        self.setObjectName("priority_panel")
        self.session = session
        self.board = model
        self.row = -1
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.editors: dict[str, SavedLine | SavedText] = {}
        form = QFormLayout()
        for field in FIELDS:
            if field not in model.layout.fields:
                continue
            editor = SavedLine(session) if field == "agreed_kpi" else SavedText(session)
            editor.setObjectName(field)
            node = session.state.node(model.layout.priority(1, field))
            label = session.state.text(node.labels) or field
            form.addRow(label, editor)
            self.editors[field] = editor
        self.messages = QLabel()
        self.messages.setObjectName("priority_messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #B3261E")
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(form)
        box.addWidget(self.messages)
        box.addStretch(1)
        session.changed.connect(lambda _changes: self.refresh())
        session.reloaded.connect(lambda _message: self.show_row(self.row))
        session.structure_changed.connect(lambda _key: self.show_row(self.row))

    def show_row(self, row: int) -> None:
        if row >= self.board.rowCount():
            row = self.board.rowCount() - 1
        self.row = row
        for field, editor in self.editors.items():
            editor.show_path(self.board.path(row, field) if row >= 0 else None)
        self.refresh()

    def refresh(self) -> None:
        row = self.row
        if row < 0:
            self.heading.setText(self.tr("No priority selected."))
            self.messages.clear()
            return
        title = self.board.value(row, "priority_title") or self.tr("(no title yet)")
        self.heading.setText(self.tr("Priority {rank}: {title}").format(rank=row + 1, title=title))
        for editor in self.editors.values():
            editor.refresh()
        self.messages.setText("\n".join(self.problems(row)))

    def problems(self, row: int) -> list[str]:
        """The vote check, then the form's rules once the room has decided."""
        found = []
        vote = self.board.tally(row).problem(self.board.present())
        if vote:
            found.append(vote)
        decided = self.board.value(row, "outcome") is not None
        state = self.session.state
        for field in CHECKED:
            if field not in self.board.layout.fields:
                continue
            path = self.board.path(row, field)
            message = state.error(path)
            if message and (decided or not state.is_required(path)):
                found.append(f"{state.label(path)}: {message}")
        return found
