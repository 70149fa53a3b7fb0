"""The one way a window changes a submission: through the editor, undoably.

Shared by the form filler and the workshop board, which edit the same
submissions.  Fields never call FormState or the database themselves.  They call
``commit``; the session writes through ``SubmissionEditor`` (which saves
durably before returning), records an undo step, and announces what changed
so only the affected widgets refresh.  Text fields that are still waiting
for their debounce register here, so "save everything now" (close, undo,
section change, mark complete) is one ``flush`` call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from forms.errors import UserError
from forms.state.form_state import FormState
from forms.state.paths import repeat_key
from storage.database import AnswersChangedError
from storage.editing import SubmissionEditor
from ui.shared.core_messages import error_message
from ui.shared.undo_commands import AddRepeat, MoveRepeat, RemoveRepeat, SetAnswer


class Pending(Protocol):
    """A field holding typed text that is not saved yet."""

    def flush(self) -> None: ...


class FillSession(QObject):
    """A submission open in the filler: editor, undo stack and change notices.

    Signals:
        changed(Changes): an answer was written; these paths need refreshing.
        structure_changed(str): instances of this repeat key were added, removed or moved.
        saved(str): the answer (or repeat instance) at this path is on disk.
        failed(str): storage refused a write; the plain message to show.
        reveal_requested(str): undo/redo touched this path; show it to the user.
        reloaded(str): stored answers changed elsewhere and were read again; what to say.
        conflicted(str): the edit was saved over a value written elsewhere meanwhile, and
            both are kept as a conflict to resolve; what to say.
        can_undo_changed(bool): whether Undo would do anything (saved steps or typed text).
    """

    changed = Signal(object)
    structure_changed = Signal(str)
    saved = Signal(str)
    failed = Signal(str)
    reveal_requested = Signal(str)
    reloaded = Signal(str)
    conflicted = Signal(str)
    can_undo_changed = Signal(bool)

    def __init__(self, editor: SubmissionEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.undo_stack = QUndoStack(self)
        self.reveal_required = False
        """Show "required" messages on empty fields (after a Mark complete attempt)."""
        self._pending: list[Pending] = []
        self.undo_stack.canUndoChanged.connect(self._stack_can_undo)

    @property
    def state(self) -> FormState:
        return self.editor.state

    # -- answers ---------------------------------------------------------

    def commit(self, path: str, value: str | None) -> None:
        """Save ``value`` at ``path`` now, as one undoable step (no-op when unchanged)."""
        new = value or None
        old = self.state.value(path)
        if new == old:
            return
        if self.write(path, new):
            self.undo_stack.push(SetAnswer(self, path, old, new))

    def write(self, path: str, value: str | None, *, reveal: bool = False) -> bool:
        """Write without recording undo (commands use this); False if storage refused."""
        try:
            changes = self.editor.set(path, value)
        except AnswersChangedError as error:
            self._reloaded(error_message(error))
            return False
        except UserError as error:
            self.failed.emit(error_message(error))
            return False
        self.changed.emit(changes)
        self.saved.emit(path)
        if self.editor.conflicted:
            self._conflicted(self.editor.conflicted)
        if reveal:
            self.reveal_requested.emit(path)
        return True

    def _conflicted(self, paths: list[str]) -> None:
        labels = [self.state.label(path) or path for path in paths]
        shown = ", ".join(labels[:3]) + ("…" if len(labels) > 3 else "")
        self.conflicted.emit(
            self.tr(
                "Saved, but {questions} had just been changed elsewhere (an import, another "
                "analyst): both answers are kept as a conflict to resolve."
            ).format(questions=shown)
        )

    # -- repeats ---------------------------------------------------------

    def add_repeat(self, key: str) -> str | None:
        """Append an instance to repeat ``key``; returns its path, None if not saved."""
        self.flush()
        added: list[str] = []
        if self.structure(lambda editor: added.append(editor.add_repeat(key)), key):
            self.undo_stack.push(AddRepeat(self, key, added[0]))
            return added[0]
        return None

    def remove_repeat(self, instance: str) -> None:
        self.flush()
        prefix = instance + "/"
        answers = {p: v for p, v in self.state.answers.items() if p.startswith(prefix)}
        nested = {k: n for k, n in self.state.repeat_counts.items() if k.startswith(prefix)}
        if self.structure(lambda editor: editor.remove_repeat(instance), instance):
            self.undo_stack.push(RemoveRepeat(self, instance, answers, nested))

    def move_repeat(self, instance: str, position: int) -> None:
        self.flush()
        key, _ = repeat_key(instance)
        if self.structure(
            lambda editor: editor.move_repeat(instance, position), f"{key}[{position}]"
        ):
            self.undo_stack.push(MoveRepeat(self, instance, position))

    def structure(
        self, change: Callable[[SubmissionEditor], object], path: str, *, reveal: bool = False
    ) -> bool:
        """Run a repeat change through the editor, then tell the pages to rebuild."""
        key = repeat_key(path)[0] if path.endswith("]") else path
        try:
            change(self.editor)
        except AnswersChangedError as error:
            self._reloaded(error_message(error))
            return False
        except UserError as error:
            self.failed.emit(error_message(error))
            return False
        finally:
            self.structure_changed.emit(key)
        self.saved.emit(path)
        if reveal:
            self.reveal_requested.emit(path)
        return True

    # -- changes made elsewhere ---------------------------------------------

    def check_for_outside_changes(self) -> None:
        """Read the stored answers again if an import or a resolution changed them.

        Runs every few seconds, so it only looks until something did change:
        typed text is left to its own pause, except when a reload is due, when
        it is saved first (refused, and reloaded, if it was the changed answer).
        """
        if not self.editor.stale():
            return
        self.flush()
        if not self.editor.stale():
            return
        changed = self.editor.reload()
        labels = [self.state.label(path) or path for path in changed]
        if labels:
            shown = ", ".join(labels[:3]) + ("…" if len(labels) > 3 else "")
            message = self.tr(
                "Answers changed elsewhere (another window, an import or a resolved conflict) "
                "and are shown as stored now: {questions}"
            ).format(questions=shown)
        else:
            message = self.tr("Repeats changed elsewhere and are shown as stored now.")
        self._reloaded(message)

    def _reloaded(self, message: str) -> None:
        """Undo steps were made against the old answers: replaying them could overwrite."""
        self._pending.clear()
        self.undo_stack.clear()
        self.reloaded.emit(message)

    # -- pending text ------------------------------------------------------

    def track(self, field: Pending) -> None:
        """``field`` has unsaved text; it will flush itself, or ``flush`` will."""
        if field not in self._pending:
            self._pending.append(field)
            self._announce_undo()

    def untrack(self, field: Pending) -> None:
        if field in self._pending:
            self._pending.remove(field)
            self._announce_undo()

    def _announce_undo(self) -> None:
        self._stack_can_undo(self.undo_stack.canUndo())

    def _stack_can_undo(self, can: bool) -> None:
        self.can_undo_changed.emit(can or bool(self._pending))

    def flush(self) -> None:
        """Save every field's pending text now."""
        for field in list(self._pending):
            field.flush()

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()
