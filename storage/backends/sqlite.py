"""The SQLite backend: a Fieldwheel file on this machine, exactly as durable as ever.

Opening, pragmas, the checks of a file and its error sentences live in
``storage.connection``; the schema and its migrations in
``storage.migrations``.  This adapter gives them the ``Backend`` shape.
``BEGIN IMMEDIATE`` takes SQLite's single writer lock, so the per-key locks
a server needs are nothing here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from forms.errors import QT_TRANSLATE_NOOP, StorageError, UserError
from storage.connection import check_integrity, close_connection, open_connection, translate_errors
from storage.migrations import Progress
from storage.search import bulk, pending


class SqliteBackend:
    kind = "sqlite"

    def __init__(
        self, path: Path, *, create_folder: bool = False, progress: Progress | None = None
    ) -> None:
        self.location = path
        self.created = not path.exists()
        self.connection = open_connection(path, create_folder=create_folder, progress=progress)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with translate_errors(self.location):
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    def lock(self, keys: Iterable[str]) -> None:
        """Nothing to do: ``BEGIN IMMEDIATE`` already made this the only writer."""

    def lock_submission(self, submission_uuid: str) -> None:
        """Nothing to do: ``BEGIN IMMEDIATE`` already made this the only writer."""

    def author(self) -> str:
        """One person works at a file: its name is the installation's (``device``)."""
        return self.connection.execute("SELECT author FROM device").fetchone()[0]

    def set_author(self, tx: sqlite3.Connection, name: str) -> None:
        tx.execute("UPDATE device SET author = ?", (name,))

    def errors(self):
        return translate_errors(self.location)

    @contextmanager
    def read_view(self) -> Iterator[sqlite3.Connection]:
        try:
            connection = sqlite3.connect(f"file:{self.location}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise UserError(
                "package-read-db",
                QT_TRANSLATE_NOOP("UserError", "Cannot read the database {path}: {error}."),
                path=self.location,
                error=error,
            ) from error
        try:
            connection.execute("BEGIN")
            yield connection
        finally:
            connection.close()

    def check_integrity(self, *, full: bool = False) -> None:
        check_integrity(self.connection, self.location, full=full)

    def deferred_index(self, tx: sqlite3.Connection, writer: str) -> AbstractContextManager[None]:
        """FTS5 writes a segment per statement: bulk answers are indexed once, after."""
        return bulk.deferred_index(tx, writer)

    def index_answers(
        self,
        tx: sqlite3.Connection,
        submissions: Collection[str],
        progress: Progress | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        bulk.index_answers(tx, submissions, progress, cancel)

    def snapshot(self, target: Path) -> None:
        """SQLite's backup API, into ``target.partial`` renamed when complete."""
        partial = target.with_name(target.name + ".partial")
        try:
            with sqlite3.connect(partial) as copy:
                self.connection.backup(copy)
            copy.close()
            partial.replace(target)
        except (OSError, sqlite3.DatabaseError) as error:
            partial.unlink(missing_ok=True)
            raise StorageError(
                "snapshot-failed",
                QT_TRANSLATE_NOOP("UserError", "Could not write the snapshot {target}: {error}."),
                target=target,
                error=error,
            ) from error

    def close(self) -> None:
        pending.fold_on_close(self.connection)
        close_connection(self.connection, self.location)
