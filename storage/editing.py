"""Editing a stored submission through FormState, as the window and the demo do.

A ``SubmissionEditor`` pairs a FormState with its database rows: each edit
evaluates the form's logic and then saves every answer that differs from
disk in one durable transaction, so what the user sees is what is on disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.answer_rules import value_problem
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.model import Form
from forms.state.form_state import Changes, FormState
from forms.state.paths import inferred_counts
from storage.conflict_records import keep_both
from storage.database import AnswersChangedError, Database
from storage.form_sources import parse_stored_form
from storage.records import Submission


def store_form(db: Database, form: Form) -> None:
    """Keep the form's exact source in the database so its submissions reopen.

    Its question and choice labels are recorded for search in the same transaction.
    """
    from storage.search.catalog import catalogue_form

    db.save_form(
        form.id,
        form.version,
        form.title,
        form.source_name,
        form.source,
        form.sha256,
        within=lambda tx: catalogue_form(tx, form),
    )


def stored_form(db: Database, submission: Submission) -> Form:
    """The exact form a submission was started with, read from the database."""
    record = db.form_record(submission.form_id, submission.form_version)
    if record is None:
        raise UserError(
            "unknown-form",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Form {form_id} version {form_version} is not stored in this database, "
                "so this submission cannot be opened.",
            ),
            form_id=submission.form_id,
            form_version=submission.form_version,
        )
    return parse_stored_form(record.source, record.source_name)


class SubmissionEditor:
    """A submission open for editing: FormState in memory, answers on disk."""

    def __init__(
        self,
        db: Database,
        submission: Submission,
        form: Form,
        *,
        by: str,
        language: str | None = None,
    ) -> None:
        self.db = db
        self.submission = submission
        self.by = by
        self._stored = db.answers(submission.uuid)
        self._sizes = db.repeat_sizes(submission.uuid)
        # A submission never edited gets the form's defaults; one with any
        # answer row (even a cleared one) is a draft whose choices stand.
        untouched = not db.answer_rows(submission.uuid) and not self._sizes
        self.state = FormState(
            form,
            None if untouched else dict(self._stored),
            language=language,
            repeat_counts=_sizes_on_open(form, self._stored, self._sizes),
        )
        # An untouched submission stays without rows until the first edit, so
        # closing it unanswered leaves nothing; that edit saves the defaults
        # first, so a default the edit clears is recorded as cleared.
        self._unsaved_defaults = dict(self.state.answers) if untouched else None
        self.conflicted: list[str] = []
        """Paths the last edit saved over a value written elsewhere: each is now a conflict."""
        if not untouched:
            self._persist()

    def set(self, path: str, value: str | None, *, at: str | None = None) -> Changes:
        """Set one answer, then save every answer the edit changed.

        A value that cannot be this question's answer at all (wrong type, not
        a choice) is refused before anything changes; a constraint or
        required failure is kept in the draft and shown, as the form does.
        """
        problem = value_problem(self.state.form, path, value)
        if problem is not None:
            raise UserError(
                f"answer-{problem.code}", problem.phrase.template, **problem.phrase.params
            )
        changes = self.state.set(path, value)
        self._persist(at=at, typed=True)
        return changes

    def add_repeat(self, repeat_path: str, *, at: str | None = None) -> str:
        instance = self.state.add_repeat(repeat_path)
        self._persist(at=at)
        return instance

    def remove_repeat(self, instance_path: str) -> Changes:
        changes = self.state.remove_repeat(instance_path)
        self._persist()
        return changes

    def move_repeat(self, instance_path: str, position: int) -> Changes:
        changes = self.state.move_repeat(instance_path, position)
        self._persist()
        return changes

    def discard_if_untouched(self) -> bool:
        """Remove the submission if nobody has answered anything in it; True if removed."""
        return self.db.discard_if_untouched(self.submission.uuid) > 0

    def _persist(self, *, at: str | None = None, typed: bool = False) -> None:
        """Write whatever differs between FormState and disk, in one transaction.

        Comparing all answers, not just the last edit's, means an answer whose
        save failed earlier (a full disk, a locked file) is written by the
        next save that succeeds.  A ``typed`` answer (and what it changed)
        written elsewhere since it was read is saved and kept as a conflict
        beside the other value; defaults and repeat changes are refused then.
        """
        self.conflicted = []
        if self._unsaved_defaults is not None:
            defaults, self._unsaved_defaults = self._unsaved_defaults, None
            if defaults:
                self._save(defaults, at=at)
                self._stored = defaults
        pending = _difference(self._stored, self.state.answers)
        sizes = self.state.repeat_counts
        if pending or sizes != self._sizes:
            changed_sizes = sizes if sizes != self._sizes else None
            self._save(pending, at=at, repeat_sizes=changed_sizes, typed=typed)
            self._stored = dict(self.state.answers)
            self._sizes = sizes

    def _save(
        self,
        values: Mapping[str, str | None],
        *,
        at: str | None,
        repeat_sizes: Mapping[str, int] | None = None,
        typed: bool = False,
    ) -> None:
        """Write ``values`` only over what this editor last saw; on a mismatch, reload.

        A ``typed`` save goes on over a mismatch, keeping both values as a conflict.
        """
        expected = {path: self._stored.get(path) for path in values}
        kept: list[str] = []

        def kept_both(tx: Any, path: str, stored: tuple[Any, ...], written: tuple[Any, ...]):
            keep_both(tx, self.submission.uuid, path, stored, written)  # type: ignore[arg-type]
            kept.append(path)

        try:
            self.db.save_answers(
                self.submission.uuid,
                values,
                self.by,
                at=at,
                repeat_sizes=repeat_sizes,
                expected=expected,
                on_changed=kept_both if typed else None,
            )
        except AnswersChangedError:
            self.reload()
            raise
        self.conflicted += kept

    def stale(self) -> bool:
        """True when the stored answers are no longer the ones this editor read or wrote."""
        uuid = self.submission.uuid
        return self.db.answers(uuid) != self._stored or self.db.repeat_sizes(uuid) != self._sizes

    def reload(self) -> dict[str, tuple[str | None, str | None]]:
        """Show what is stored now; returns each differing path as (shown before, stored)."""
        uuid = self.submission.uuid
        stored, sizes = self.db.answers(uuid), self.db.repeat_sizes(uuid)
        before = self.state.answers
        changed = {
            path: (before.get(path), stored.get(path))
            for path in sorted(set(before) | set(stored))
            if before.get(path) != stored.get(path)
        }
        form = self.state.form
        self.state = FormState(
            form,
            dict(stored),
            language=self.state.language,
            repeat_counts=_sizes_on_open(form, stored, sizes),
        )
        self._stored, self._sizes, self._unsaved_defaults = stored, sizes, None
        return changed


def _sizes_on_open(
    form: Form, answers: Mapping[str, str], stored: Mapping[str, int]
) -> dict[str, int] | None:
    """Repeat sizes to reopen with: the saved ones, grown to fit every answer.

    Answers can arrive without sizes (an imported package carries answers
    only), so a repeat is never smaller than its highest answered position.
    """
    if not stored:
        return None
    sizes = inferred_counts(form, answers)
    for key, size in stored.items():
        sizes[key] = max(sizes.get(key, 0), size)
    return sizes


def _difference(before: Mapping[str, str], after: Mapping[str, str]) -> dict[str, str | None]:
    """Answers added or changed in ``after``, and those cleared (as None)."""
    changed: dict[str, str | None] = {
        path: value for path, value in after.items() if before.get(path) != value
    }
    changed.update({path: None for path in before if path not in after})
    return changed
