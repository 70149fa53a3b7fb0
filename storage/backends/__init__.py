"""The storage seam: one ``Backend`` per database engine, chosen by the location's form.

``Database`` speaks portable SQL (``?`` placeholders, ``ON CONFLICT`` upserts)
through ``Backend.connection``; what differs between engines — opening and
settings, schema and migrations, transactions and locks, error sentences,
consistent read views, copies — is asked of the backend, so the rest of
Fieldwheel never knows which database it talks to.  A ``postgresql://`` or
``postgres://`` URL opens PostgreSQL (``storage.backends.postgres``, imported
only then); anything else is an SQLite file (``storage.backends.sqlite``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from storage.backends.common import RetryableError, ServerUrl, is_server_url, mission_lock

__all__ = [
    "Backend",
    "RetryableError",
    "ServerUrl",
    "is_server_url",
    "mission_lock",
    "open_backend",
]

Progress = Callable[[int, int, str], None]


class Backend(Protocol):
    """What ``Database`` needs from an engine."""

    kind: str
    """``"sqlite"`` or ``"postgresql"``."""
    connection: Any
    """Runs ``?``-placeholder SQL like ``sqlite3.Connection`` (execute, executemany)."""
    location: Any
    """Where the data is: a ``Path``, or a ``ServerUrl`` that never shows a password."""
    created: bool

    def transaction(self) -> AbstractContextManager[Any]:
        """One durable write transaction yielding the connection; rolled back on any error."""
        ...

    def lock(self, keys: Iterable[str]) -> None:
        """Inside a transaction: serialise with other writers of the same keys."""
        ...

    def lock_submission(self, submission_uuid: str) -> None:
        """Inside a transaction: serialise with other writers of this submission's mission."""
        ...

    def author(self) -> str:
        """The name the person at this connection gave (a file's one, a server role's own)."""
        ...

    def set_author(self, tx: Any, name: str) -> None:
        """Inside a transaction: credit this person's later edits to ``name``."""
        ...

    def errors(self) -> AbstractContextManager[None]:
        """Turn the engine's failures into one ``StorageError`` sentence."""
        ...

    def read_view(self) -> AbstractContextManager[Any]:
        """A separate connection holding one read-only transaction: a consistent view."""
        ...

    def deferred_index(self, tx: Any, writer: str) -> AbstractContextManager[None]:
        """Inside: answers inserted in bulk wait for ``index_answers`` to be searchable."""
        ...

    def index_answers(
        self,
        tx: Any,
        submissions: Collection[str],
        progress: Progress | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        """Index the answers a bulk writer inserted inside ``deferred_index``."""
        ...

    def check_integrity(self, *, full: bool = False) -> None: ...

    def snapshot(self, target: Path) -> None:
        """Write a consistent copy of the whole database to the new file ``target``."""
        ...

    def close(self) -> None: ...


def open_backend(
    location: str | Path, *, create_folder: bool = False, progress: Progress | None = None
) -> Backend:
    """The backend for ``location``: a PostgreSQL URL or an SQLite file path."""
    if is_server_url(location):
        from storage.backends.postgres import PostgresBackend

        return PostgresBackend(ServerUrl(location), progress=progress)
    from storage.backends.sqlite import SqliteBackend

    path = Path(location).expanduser()
    return SqliteBackend(path, create_folder=create_folder, progress=progress)
