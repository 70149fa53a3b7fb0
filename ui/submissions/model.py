"""A table model over one mission's submissions: form, status, author, progress.

Form titles come from the stored forms; a form (id, version) never changes
once stored, so titles are cached and only a new form costs a query.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from storage import Database, Submission
from ui.shared.records.model import RIGHT_ALIGNED, UUID_ROLE, RecordTableModel, local_time

__all__ = ["UUID_ROLE", "SubmissionModel"]

FORM, STATUS, AUTHOR, UPDATED, ANSWERED = range(5)


class SubmissionModel(RecordTableModel[Submission]):
    """The submissions of one mission (none until ``set_mission``), oldest first."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Form"),
                self.tr("Status"),
                self.tr("Author"),
                self.tr("Last change"),
                self.tr("Answered"),
            ),
            parent,
        )
        self._database = database
        self._mission_uuid: str | None = None
        self._titles: dict[tuple[str, str], str] = {}

    @property
    def mission_uuid(self) -> str | None:
        return self._mission_uuid

    def set_mission(self, mission_uuid: str | None) -> None:
        self._mission_uuid = mission_uuid
        self.refresh()

    def load(self) -> list[Submission]:
        submissions = self._database.submissions(self._mission_uuid) if self._mission_uuid else []
        if any((s.form_id, s.form_version) not in self._titles for s in submissions):
            self._titles = {(r.form_id, r.version): r.title for r in self._database.form_records()}
        return submissions

    def submission(self, row: int) -> Submission:
        return self.record(row)

    def form_title(self, submission: Submission) -> str:
        return self._titles.get((submission.form_id, submission.form_version), submission.form_id)

    def cell(self, submission: Submission, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(submission, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == FORM:
            return self.tr("{form_id}, version {version}").format(
                form_id=submission.form_id, version=submission.form_version
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ANSWERED:
            return RIGHT_ALIGNED
        return None

    def _display(self, submission: Submission, column: int) -> Any:
        if column == FORM:
            return self.form_title(submission)
        if column == STATUS:
            return self.tr("Complete") if submission.status == "complete" else self.tr("Draft")
        if column == AUTHOR:
            return submission.author
        if column == UPDATED:
            return local_time(submission.updated_at)
        return submission.answer_count
