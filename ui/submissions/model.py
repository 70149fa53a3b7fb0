"""A table model over one mission's submissions: form, status, author, progress.

Read a page at a time as the view scrolls (``PagedRecordModel``): a mission
at headquarters can hold 10⁵ submissions, and each page's answer counts come
from one grouped query.  Form titles come from the stored forms; a form (id,
version) never changes once stored, so titles are cached and only a new form
costs a query.
"""

from __future__ import annotations

from typing import Any

from forms.xlsform.titles import stored_titles
from storage import Database, Submission
from storage.pages import submission_position, submissions_page
from ui.shared.form_languages import title_in_window_language
from ui.shared.records.model import (
    ALIGNMENT_ROLE,
    DISPLAY_ROLE,
    RIGHT_ALIGNED,
    TOOLTIP_ROLE,
    UUID_ROLE,
    local_time,
)
from ui.shared.records.paged import PagedRecordModel

__all__ = ["UUID_ROLE", "SubmissionModel"]

FORM, STATUS, AUTHOR, UPDATED, ANSWERED = range(5)


class SubmissionModel(PagedRecordModel[Submission]):
    """The submissions of one mission (none until ``set_mission``), oldest first."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(
            lambda: (
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
        self._titles: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}

    @property
    def mission_uuid(self) -> str | None:
        return self._mission_uuid

    def set_mission(self, mission_uuid: str | None) -> None:
        changed = mission_uuid != self._mission_uuid
        self._mission_uuid = mission_uuid
        if changed:
            self.reload()  # how far the last mission was scrolled says nothing here
        else:
            self.refresh()

    def load_page(self, after: Submission | None, limit: int) -> list[Submission]:
        if self._mission_uuid is None:
            return []
        submissions = submissions_page(self._database, self._mission_uuid, after=after, limit=limit)
        if any((s.form_id, s.form_version) not in self._titles for s in submissions):
            self._titles = {
                (record.form_id, record.version): (
                    record.title,
                    stored_titles(record.source, record.source_name),
                )
                for record in self._database.form_records()
            }
        return submissions

    def position(self, key: str) -> int | None:
        if self._mission_uuid is None:
            return None
        return submission_position(self._database, self._mission_uuid, key)

    def submission(self, row: int) -> Submission:
        return self.record(row)

    def form_title(self, submission: Submission) -> str:
        """The form's title in the window's language when the form gives one."""
        title, titles = self._titles.get(
            (submission.form_id, submission.form_version), (submission.form_id, {})
        )
        return title_in_window_language(title, titles)

    def cell(self, submission: Submission, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            return self._display(submission, column)
        if role == TOOLTIP_ROLE and column == FORM:
            return self.tr("{form_id}, version {version}").format(
                form_id=submission.form_id, version=submission.form_version
            )
        if role == ALIGNMENT_ROLE and column == ANSWERED:
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
