"""The window folds the answers saved since the last fold into the search index, now and then.

An autosave leaves its answer pending beside FTS5 (``storage.search.pending``):
searchable at once, but read by every search until folded.  A tick every
``FOLD_EVERY_MS`` folds them in one small transaction (a few milliseconds
for what a person types in that time); closing the database folds the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from storage import Database

FOLD_EVERY_MS = 20_000


def fold_now_and_then(window: QWidget, database: Database) -> QTimer:
    """A timer, owned by ``window``, that folds ``database``'s pending answers."""
    timer = QTimer(window)
    timer.setInterval(FOLD_EVERY_MS)
    timer.timeout.connect(lambda: _fold(window, database))
    timer.start()
    return timer


def _fold(window: QWidget, database: Database) -> None:
    if not window.isVisible():  # closed: its database may be closed too
        return
    from storage.search.sqlite import fold_pending

    try:
        fold_pending(database)
    # Another writer holds the file, or it cannot be written now: the answers stay pending,
    # found by search exactly as before, and the next tick or closing folds them.
    except UserError:
        return
