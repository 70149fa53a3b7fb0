"""Open conflicts described for people, and a table model over them.

A conflict in storage names a submission uuid and an answer path; a person
needs the form, the question's label and the choice labels behind codes.
Reading that means loading each form, so ``describe_conflicts`` runs in a
worker with its own connection and the model only holds the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from forms.errors import UserError
from forms.model import Form, Question
from forms.wheel.structure import pick_text
from storage import Database
from storage.conflicts import Conflict, list_conflicts
from ui.shared.form_languages import form_title
from ui.shared.records.model import RecordTableModel, local_time

"""A row's ``ConflictRow``."""

QUESTION, SUBMISSION, OURS, OURS_BY, THEIRS, THEIRS_BY = range(6)


@dataclass(frozen=True)
class ConflictRow:
    """One open conflict with the words a person reads beside its values."""

    conflict: Conflict
    question: str
    submission: str
    ours: str
    theirs: str


def describe_conflicts(db: Database) -> list[ConflictRow]:
    """Every open conflict, with labels from its form (worker thread: forms load slowly)."""
    from storage.editing import parse_stored_form

    forms: dict[tuple[str, str], Form | None] = {}
    rows = []
    for conflict in list_conflicts(db):
        try:
            submission = db.submission(conflict.submission_uuid)
        except UserError:  # deleted since: the conflict still needs a decision
            rows.append(_bare(conflict))
            continue
        key = (submission.form_id, submission.form_version)
        if key not in forms:
            record = db.form_record(*key)
            forms[key] = parse_stored_form(record.source, record.source_name) if record else None
        form = forms[key]
        node = form.node(conflict.path) if form else None
        question = node if isinstance(node, Question) else None
        label = _label(form, question, conflict.path) if form else conflict.path
        title = form_title(form) if form else submission.form_id
        rows.append(
            ConflictRow(
                conflict,
                label,
                f"{title} — {submission.author}",
                _value(form, question, conflict.local_value),
                _value(form, question, conflict.package_value),
            )
        )
    return rows


def _bare(conflict: Conflict) -> ConflictRow:
    return ConflictRow(
        conflict,
        conflict.path,
        conflict.submission_uuid[:8],
        conflict.local_value or "",
        conflict.package_value or "",
    )


def _label(form: Form, question: Question | None, path: str) -> str:
    if question is None:
        return path
    return pick_text(question.labels, None, form.default_language, question.name)


def _value(form: Form | None, question: Question | None, value: str | None) -> str:
    """A choice shown as its label and code (``Yes, daily (yes)``); other values as stored."""
    if value is None:
        return ""
    choices = form.choice_lists.get(question.choice_list) if form and question else None
    if form is None or choices is None or question is None:
        return value
    shown = []
    for code in value.split() if question.type == "select_multiple" else [value]:
        choice = choices.get(code)
        label = pick_text(choice.labels, None, form.default_language, "") if choice else ""
        shown.append(f"{label} ({code})" if label and label != code else code)
    return "; ".join(shown)


def who_and_when(by: str | None, at: str | None) -> str:
    """``Dara, 2026-11-23 10:04`` in the user's local time."""
    return ", ".join(part for part in (by or "", local_time(at) if at else "") if part)


class ConflictsModel(RecordTableModel[ConflictRow]):
    """The open conflicts, oldest first, as ``set_records`` last gave them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            lambda: (
                self.tr("Question"),
                self.tr("Submission"),
                self.tr("Ours"),
                self.tr("Ours: who, when"),
                self.tr("Theirs"),
                self.tr("Theirs: who, when"),
            ),
            parent,
        )

    def key(self, record: ConflictRow) -> int:
        return record.conflict.id

    def cell(self, item: ConflictRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.conflict.path if column == QUESTION else self._display(item, column)
        return None

    @staticmethod
    def _display(item: ConflictRow, column: int) -> str:
        conflict = item.conflict
        if column == QUESTION:
            return item.question
        if column == SUBMISSION:
            return item.submission
        if column == OURS:
            return item.ours
        if column == OURS_BY:
            return who_and_when(conflict.local_updated_by, conflict.local_updated_at)
        if column == THEIRS:
            return item.theirs
        return who_and_when(conflict.package_updated_by, conflict.package_updated_at)
