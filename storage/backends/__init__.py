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

import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from forms.errors import StorageError

Progress = Callable[[int, int, str], None]
SERVER_SCHEMES = ("postgresql://", "postgres://")


class RetryableError(StorageError):
    """The server gave up a transaction to keep writers consistent; running it again works."""


def mission_lock(mission_uuid: str) -> str:
    """The lock name of everything in one mission (its submissions, answers, conflicts)."""
    return f"mission:{mission_uuid}"


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

    def errors(self) -> AbstractContextManager[None]:
        """Turn the engine's failures into one ``StorageError`` sentence."""
        ...

    def read_view(self) -> AbstractContextManager[Any]:
        """A separate connection holding one read-only transaction: a consistent view."""
        ...

    def check_integrity(self, *, full: bool = False) -> None: ...

    def snapshot(self, target: Path) -> None:
        """Write a consistent copy of the whole database to the new file ``target``."""
        ...

    def close(self) -> None: ...


_PASSWORD_IN_AUTHORITY = re.compile(r"^([a-z]+://[^/@:?]*):[^@/?]*@", re.IGNORECASE)
_PASSWORD_PARAMETER = re.compile(r"([?&])password=[^&]*&?", re.IGNORECASE)


class ServerUrl(str):
    """A PostgreSQL URL that shows itself without any password it was given with.

    Its text (what messages, logs and settings see) has the password taken
    out; ``url`` keeps what was typed, so another thread can connect again.
    Passwords belong in ``PGPASSWORD``, ``~/.pgpass`` or a service file.
    """

    url: str

    def __new__(cls, url: str) -> ServerUrl:
        if isinstance(url, ServerUrl):
            return url
        shown = _PASSWORD_IN_AUTHORITY.sub(r"\1@", url)
        shown = _PASSWORD_PARAMETER.sub(r"\1", shown).rstrip("?&")
        made = super().__new__(cls, shown)
        made.url = url
        return made

    @property
    def name(self) -> str:
        """The database's name (as ``Path.name`` is a file's), for titles and messages."""
        return self.split("?", 1)[0].rsplit("/", 1)[-1] or self


def is_server_url(location: str | Path) -> bool:
    """True for a PostgreSQL URL (``postgresql://user@host/db``)."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


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
