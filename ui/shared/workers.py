"""Running slow work off the UI thread, modelled on Anki's QueryOp/CollectionOp.

A caller wraps a function in an ``Operation``, optionally asks for a progress
dialog, and listens to its signals::

    op = Operation(window, lambda task: build_demo(task.database(), task.progress),
                   database_path=db.path)
    op.with_progress(tr("Building the sample mission…")).succeeded.connect(on_done)
    op.run_in_background()

The function runs in a ``QThreadPool`` and receives a ``Task``: progress
reporting, a ``threading.Event`` cancel flag and, if asked, its own
``Database`` opened in that thread (a sqlite3 connection is never shared
across threads).  Work that touches the database runs on one single-thread
pool, so two operations never write at once.  The result or error comes back
on the main thread: ``Cancelled`` silently, a ``UserError`` as one sentence,
anything else as a crash dialog.  The function must never touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from forms.errors import Cancelled
from storage import Database
from ui.shared import errors

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

DIALOG_DELAY_MS = 500
"""Quick work never flashes a window: the progress dialog waits this long."""


class Task:
    """What the background function gets; safe to use from the worker thread."""

    def __init__(self, operation: Operation, database_path: Path | None) -> None:
        self.cancel = threading.Event()
        self._operation = operation
        self._database_path = database_path
        self._database: Database | None = None

    def progress(self, done: int, total: int, label: str = "") -> None:
        """Report progress; raises ``Cancelled`` once the user asked to stop."""
        self.check_cancelled()
        self._operation.progressed.emit(done, total, label)

    def check_cancelled(self) -> None:
        if self.cancel.is_set():
            raise Cancelled

    def database(self) -> Database:
        """This worker's own connection, opened on first use and closed at the end."""
        if self._database_path is None:
            raise RuntimeError("This operation was created without a database_path.")
        if self._database is None:
            self._database = Database(self._database_path)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None


class Operation(QObject):
    """One piece of background work and its outcome, delivered on the main thread.

    Signals:
        succeeded(object): the function's return value.
        failed(object): the exception, after it was shown to the user.
        cancelled(): the user cancelled; nothing is shown.
        progressed(int, int, str): done, total (0 if unknown) and a label.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    _finished = Signal(object, object)

    _running: ClassVar[set[Operation]] = set()  # keeps wrappers alive while in flight

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Task], Any],
        *,
        database_path: Path | None = None,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._work = work
        self.task = Task(self, database_path)
        self._label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DIALOG_DELAY_MS)
        self._timer.timeout.connect(self._show_dialog)
        self._finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._update_dialog, Qt.ConnectionType.QueuedConnection)

    def with_progress(self, label: str) -> Operation:
        """Show a cancellable progress dialog if the work takes over half a second."""
        self._label = label
        return self

    def run_in_background(self) -> None:
        Operation._running.add(self)
        if self._label is not None:
            self._timer.start()
        pool = _database_pool() if self.task._database_path else QThreadPool.globalInstance()
        pool.start(_Runnable(self))

    def _run(self) -> None:
        """Worker thread: run the function, hand the outcome to the main thread."""
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._work(self.task)
        except BaseException as caught:  # every outcome goes to the main thread
            error = caught
        finally:
            self.task.close()
        try:
            self._finished.emit(result, error)
        except RuntimeError:  # the application is quitting; nobody is left to tell
            return

    @Slot(object, object)
    def _finish(self, result: Any, error: BaseException | None) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        Operation._running.discard(self)
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif error is not None:
            errors.show_exception(self._live_parent(), error)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.deleteLater()

    def _show_dialog(self) -> None:
        from PySide6.QtWidgets import QProgressDialog  # only for work slow enough to show it

        dialog = QProgressDialog(self._label or "", self.tr("Cancel"), 0, 0, self._live_parent())
        dialog.setWindowTitle(self._label or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)  # _finish closes it; reaching 100% is not the end
        dialog.setAutoClose(False)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self._cancel)
        self._dialog = dialog
        dialog.show()

    @Slot(int, int, str)
    def _update_dialog(self, done: int, total: int, label: str) -> None:
        dialog = self._dialog
        if dialog is None or self.task.cancel.is_set():
            return
        if label:
            dialog.setLabelText(f"{self._label}\n{label}")
        dialog.setMaximum(max(total, 0))  # 0: unknown, a busy bar
        if total > 0:
            # Last: a modal dialog's setValue processes events, which may finish the operation.
            dialog.setValue(min(done, total))

    def _cancel(self) -> None:
        self.task.cancel.set()

    def _live_parent(self) -> QWidget | None:
        return self._parent if self._parent is not None and isValid(self._parent) else None


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()


@cache
def _database_pool() -> QThreadPool:
    """One thread for all database work, so background writes never race."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


def wait_for_workers(msecs: int = 30_000) -> bool:
    """Block until every operation has finished its work (at quit, in tests)."""
    return _database_pool().waitForDone(msecs) and QThreadPool.globalInstance().waitForDone(msecs)
