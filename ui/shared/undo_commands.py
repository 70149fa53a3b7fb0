"""Undoable edits: each one knows how to put the form back, through the editor.

Every command is pushed *after* its first application succeeded (so a failed
save never leaves a phantom undo step); ``redo`` therefore skips its first
call.  Undo writes through the same session path as typing, so an undone
value is saved to disk like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from forms.state.paths import repeat_key
from storage.editing import SubmissionEditor


class Writer(Protocol):
    """What a command needs of the fill session that pushes it: its two ways of writing."""

    def write(self, path: str, value: str | None, *, reveal: bool = False) -> bool: ...

    def structure(
        self, change: Callable[[SubmissionEditor], object], path: str, *, reveal: bool = False
    ) -> bool: ...


class _Applied(QUndoCommand):
    """A command whose first ``redo`` has already happened when it is pushed."""

    def __init__(self, session: Writer, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


class SetAnswer(_Applied):
    """One answer changed from ``old`` to ``new`` (None means empty)."""

    def __init__(self, session: Writer, path: str, old: str | None, new: str | None) -> None:
        super().__init__(
            session, QCoreApplication.translate("undo", "Edit {path}").format(path=path)
        )
        self.path, self.old, self.new = path, old, new

    def apply(self) -> None:
        self.session.write(self.path, self.new, reveal=True)

    def undo(self) -> None:
        self.session.write(self.path, self.old, reveal=True)


class AddRepeat(_Applied):
    """An instance appended to a repeat; undo removes that (last) instance."""

    def __init__(self, session: Writer, key: str, instance: str) -> None:
        super().__init__(session, QCoreApplication.translate("undo", "Add {path}").format(path=key))
        self.key, self.instance = key, instance

    def apply(self) -> None:
        self.session.structure(
            lambda editor: editor.add_repeat(self.key), self.instance, reveal=True
        )

    def undo(self) -> None:
        self.session.structure(
            lambda editor: editor.remove_repeat(self.instance), self.key, reveal=True
        )


class RemoveRepeat(_Applied):
    """An instance deleted; undo re-creates it in place with its answers and nested sizes."""

    def __init__(
        self,
        session: Writer,
        instance: str,
        answers: dict[str, str],
        nested_counts: dict[str, int],
    ) -> None:
        super().__init__(
            session, QCoreApplication.translate("undo", "Remove {path}").format(path=instance)
        )
        self.instance = instance
        self.answers = answers
        self.nested_counts = nested_counts

    def apply(self) -> None:
        self.session.structure(
            lambda editor: editor.remove_repeat(self.instance), self.instance, reveal=True
        )

    def undo(self) -> None:
        key, position = repeat_key(self.instance)

        def restore(editor: SubmissionEditor) -> None:
            appended = editor.add_repeat(key)
            editor.move_repeat(appended, position)
            for nested, count in sorted(self.nested_counts.items(), key=lambda i: i[0].count("/")):
                while editor.state.repeat_count(nested) < count:
                    editor.add_repeat(nested)
            prefix = self.instance + "/"
            for path in [p for p in editor.state.answers if p.startswith(prefix)]:
                if path not in self.answers:
                    editor.set(path, None)
            for path, value in self.answers.items():
                editor.set(path, value)

        self.session.structure(restore, self.instance, reveal=True)


class MoveRepeat(_Applied):
    """An instance moved from one position to another within its repeat."""

    def __init__(self, session: Writer, instance: str, position: int) -> None:
        super().__init__(
            session, QCoreApplication.translate("undo", "Move {path}").format(path=instance)
        )
        self.key, self.origin = repeat_key(instance)
        self.position = position

    def apply(self) -> None:
        moved = f"{self.key}[{self.origin}]"
        self.session.structure(
            lambda editor: editor.move_repeat(moved, self.position),
            f"{self.key}[{self.position}]",
            reveal=True,
        )

    def undo(self) -> None:
        back = f"{self.key}[{self.position}]"
        self.session.structure(
            lambda editor: editor.move_repeat(back, self.origin),
            f"{self.key}[{self.origin}]",
            reveal=True,
        )
