"""Changes to the list of priorities, each one undoable step: add, decide, re-rank, remove.

Ranks follow the order of the list: after any move or removal every rank
that no longer matches its row is rewritten, inside the same undo step, so
Ctrl+Z puts order and ranks back together.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication

from exports.workshop.agenda import DraftPriority
from ui.shared.session import FillSession
from ui.workshop.model import PrioritiesModel


class PrioritySteps:
    """The board's list operations on one session."""

    def __init__(self, session: FillSession, model: PrioritiesModel) -> None:
        self.session = session
        self.board = model
        self.key = model.layout.priorities

    @contextmanager
    def step(self, text: str) -> Iterator[None]:
        """Everything inside is one undo step (typed text pending elsewhere is saved first)."""
        self.session.flush()
        stack = self.session.undo_stack
        stack.beginMacro(text)
        try:
            yield
        finally:
            stack.endMacro()

    def add(self) -> int | None:
        """A new priority at the end (or the empty last one); its row, None if not saved."""
        with self.step(QCoreApplication.translate("PrioritySteps", "Add priority")):
            return self._free_row()

    def _free_row(self) -> int | None:
        count = self.board.rowCount()
        if count and self._is_empty(count - 1):
            row = count - 1
        else:
            if self.session.add_repeat(self.key) is None:
                return None
            row = self.board.rowCount() - 1
        self._set(row, "priority_rank", str(row + 1))
        return row

    def _is_empty(self, row: int) -> bool:
        prefix = self.board.layout.priority(row + 1, "")
        rank = self.board.path(row, "priority_rank")
        return not any(
            path.startswith(prefix) and path != rank for path in self.session.state.answers
        )

    def decide(self, row: int, outcome: str) -> None:
        self._set(row, "outcome", outcome)

    def move(self, row: int, offset: int) -> int:
        """Move row ``row`` up (-1) or down (+1); returns where it is now."""
        target = row + offset
        if not 0 <= target < self.board.rowCount():
            return row
        with self.step(QCoreApplication.translate("PrioritySteps", "Re-rank priority")):
            self.session.move_repeat(f"{self.key}[{row + 1}]", target + 1)
            self._rerank()
        return target

    def remove(self, row: int) -> None:
        if not 0 <= row < self.board.rowCount():
            return
        with self.step(QCoreApplication.translate("PrioritySteps", "Remove priority")):
            self.session.remove_repeat(f"{self.key}[{row + 1}]")
            self._rerank()

    def add_drafts(self, drafts: list[DraftPriority]) -> None:
        """The proposed agenda's chosen blocks as new priorities, in one step."""
        with self.step(QCoreApplication.translate("PrioritySteps", "Add the proposed agenda")):
            for draft in drafts:
                row = self._free_row()
                if row is None:
                    return
                self._set(row, "priority_title", draft.title)
                self._set(row, "priority_block", draft.block)
                self._set(row, "priority_description", draft.description)

    def _rerank(self) -> None:
        for row in range(self.board.rowCount()):
            if self.board.value(row, "priority_rank") != str(row + 1):
                self._set(row, "priority_rank", str(row + 1))

    def _set(self, row: int, field: str, value: str) -> None:
        if field in self.board.layout.fields:
            self.session.commit(self.board.path(row, field), value)
