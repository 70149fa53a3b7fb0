"""Background work where only the newest request counts.

A chart recomputed while people type or tick starts a request at every
pause, and an older request can finish after a newer one (a bigger mission,
a busier thread); showing it then would put old numbers over new ones.  So
every request carries a number, starting one asks the one before to stop
(its task's cancel flag; one superseded while it waited for a thread never
runs), and a result is handed on only while its number is still the newest:
anything older is dropped on arrival.

A ``UserError`` the work raises is its result, not a failure: it means there
is nothing to show yet (no diagnostic filled, too little to compare), and as
the newest answer it must replace what is shown rather than pop up a dialog
over an older chart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from ui.shared.workers import Operation, Task


def _result_or_user_error(work: Callable[[Task], Any], task: Task) -> Any:
    """Worker side: what ``work`` returns, or the UserError it raised."""
    task.check_cancelled()
    try:
        return work(task)
    except UserError as error:
        return error


class LatestRequest:
    """Runs requests off the GUI thread and hands on only the newest one's result.

    ``arrived(result)`` is called on the GUI thread with the result (or
    UserError) of the newest request; the results of older ones never reach it.
    """

    def __init__(self, parent: QWidget, arrived: Callable[[Any], None]) -> None:
        self._parent = parent
        self._arrived = arrived
        self._newest = 0
        self._running: Operation | None = None

    @property
    def running(self) -> bool:
        """True while the newest request has not finished."""
        return self._running is not None

    def start(self, work: Callable[[Task], Any], *, database_path: Path | None = None) -> None:
        """Run ``work(task)`` in the background; it supersedes every earlier request."""
        self.drop()
        request = self._newest
        operation = Operation(
            self._parent,
            lambda task: _result_or_user_error(work, task),
            database_path=database_path,
        )
        operation.succeeded.connect(lambda result: self._succeeded(request, result))
        operation.failed.connect(lambda _error: self._ended(request))
        operation.cancelled.connect(lambda: self._ended(request))
        self._running = operation
        operation.run_in_background()

    def drop(self) -> None:
        """Supersede whatever is running without starting anything (nothing to compute now)."""
        if self._running is not None:
            self._running.task.cancel.set()
            self._running = None
        self._newest += 1

    def _succeeded(self, request: int, result: Any) -> None:
        if self._ended(request):
            self._arrived(result)

    def _ended(self, request: int) -> bool:
        """GUI side: a request ended; True if it is the newest (so no longer running)."""
        if request != self._newest:
            return False  # superseded: a newer request is on its way, or nothing is wanted now
        self._running = None
        return True
