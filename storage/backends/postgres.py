"""The PostgreSQL backend: one server database shared by the analysts of a headquarters.

psycopg 3 is imported only when a ``postgresql://`` URL is opened.  The
connection adapter lets the portable ``?``-placeholder SQL of the rest of
Fieldwheel run unchanged; everything that differs from SQLite lives here and
in ``postgres_schema``: connecting and settings, the schema and its
migrations, transactions and the advisory locks that order writers of the
same package or mission, and psycopg's failures as one plain sentence.

Passwords come only from libpq's own means (``PGPASSWORD``, ``~/.pgpass``, a
service file); a password typed into the URL is used but never shown: every
message names the database by its ``ServerUrl``, which leaves it out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from forms.errors import QT_TRANSLATE_NOOP, StorageError
from storage.backends.common import RetryableError, ServerUrl, mission_lock
from storage.backends.postgres_schema import migrate
from storage.migrations import Progress

CONNECT_TIMEOUT_S = 10
COPY_FROM_ROWS = 50
"""Rows from which an ``executemany`` insert is sent as ``COPY`` (fewer: not worth a copy)."""
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")
_PLAIN_INSERT = re.compile(
    r"\s*INSERT INTO (?P<table>\w+) \((?P<columns>\w+(?:,\s*\w+)*)\)\s*"
    r"VALUES \(\?(?:,\s*\?)*\)\s*$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=512)
def to_psycopg(sql: str) -> str:
    """``?`` placeholders as ``%s``, and a literal ``%`` doubled; quoted text is left alone."""

    def replace(match: re.Match[str]) -> str:
        piece = match.group(0)
        if piece == "?":
            return "%s"
        if piece == "%":
            return "%%"
        return piece.replace("%", "%%")

    return _TOKENS.sub(replace, sql)


class PostgresConnection:
    """A psycopg connection that takes SQLite-style SQL and answers like ``sqlite3``."""

    def __init__(self, raw: psycopg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor:
        """Without parameters the text goes as it is (a script of several statements may)."""
        if not params:
            return self.raw.execute(sql.encode())
        return self.raw.execute(to_psycopg(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> psycopg.Cursor:
        """A plain ``INSERT … VALUES`` of many rows goes as one ``COPY``: a statement per row
        costs the server a parse, a plan and an executor start each (triggers, constraints
        and errors are the same)."""
        rows = [tuple(row) for row in rows]
        cursor = self.raw.cursor()
        plain = _PLAIN_INSERT.match(sql)
        if plain is None or len(rows) < COPY_FROM_ROWS:
            cursor.executemany(to_psycopg(sql), rows)
            return cursor
        with cursor.copy(f"COPY {plain['table']} ({plain['columns']}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return cursor

    def close(self) -> None:
        self.raw.close()


class PostgresBackend:
    kind = "postgresql"

    def __init__(self, url: ServerUrl, *, progress: Progress | None = None) -> None:
        self.location = url
        with self.errors():
            self.connection = PostgresConnection(_connect(url))
            try:
                self.created = migrate(self.connection, str(url), progress)
            except BaseException:
                self.connection.close()
                raise

    @contextmanager
    def transaction(self) -> Iterator[PostgresConnection]:
        """``BEGIN … COMMIT`` at READ COMMITTED: a commit is flushed to the server's WAL."""
        with self.errors():
            self.connection.execute("BEGIN")
            try:
                yield self.connection
            except BaseException:
                if not self.connection.raw.closed:
                    self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    def lock(self, keys: Iterable[str]) -> None:
        """Transaction-scoped advisory locks, always taken in the same order (no deadlock)."""
        for key in sorted(set(keys)):
            self.connection.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (key,))

    def lock_submission(self, submission_uuid: str) -> None:
        self.connection.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(? || mission_uuid, 0))"
            " FROM submissions WHERE uuid = ?",
            (mission_lock(""), submission_uuid),
        )

    def author(self) -> str:
        """The name this PostgreSQL role gave itself: each analyst is credited as themself."""
        row = self.connection.execute(
            "SELECT name FROM analysts WHERE role = current_user"
        ).fetchone()
        return row[0] if row else ""

    def set_author(self, tx: PostgresConnection, name: str) -> None:
        tx.execute(
            "INSERT INTO analysts (role, name) VALUES (current_user, ?)"
            " ON CONFLICT (role) DO UPDATE SET name = excluded.name",
            (name,),
        )

    @contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except psycopg.Error as error:
            raise storage_error(error, self.location) from error

    @contextmanager
    def read_view(self) -> Iterator[PostgresConnection]:
        """A second connection in one REPEATABLE READ, READ ONLY transaction."""
        with self.errors():
            raw = _connect(self.location)
        try:
            with self.errors():
                raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                yield PostgresConnection(raw)
        finally:
            raw.close()

    def check_integrity(self, *, full: bool = False) -> None:
        """The server guards its own pages (checksums, WAL); only that it answers is asked."""
        with self.errors():
            self.connection.execute("SELECT count(*) FROM device").fetchone()

    def deferred_index(self, tx: PostgresConnection, writer: str) -> AbstractContextManager[None]:
        """Nothing to defer: a statement trigger indexes each insert's rows together (a COPY's)."""
        return nullcontext()

    def index_answers(
        self,
        tx: PostgresConnection,
        submissions: Collection[str],
        progress: Progress | None = None,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        """Already indexed, once per statement, by the insert trigger (see ``deferred_index``)."""

    def snapshot(self, target: Path) -> None:
        raise StorageError(
            "snapshot-server",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is a server database: back it up with PostgreSQL's own tools "
                "(pg_dump, or replication), or copy it into a file with copy-db.",
            ),
            path=str(self.location),
        )

    def close(self) -> None:
        self.connection.close()


def _connect(url: ServerUrl) -> psycopg.Connection:
    raw = psycopg.connect(
        url.url,
        autocommit=True,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="fieldwheel",
    )
    raw.execute("SET synchronous_commit = on")
    raw.execute("SET client_encoding = 'UTF8'")
    return raw


def storage_error(error: psycopg.Error, location: ServerUrl) -> StorageError:
    """psycopg's failure as one sentence naming the database, never its password."""
    if isinstance(error, pg_errors.SerializationFailure | pg_errors.DeadlockDetected):
        return RetryableError(
            "server-busy",
            QT_TRANSLATE_NOOP(
                "UserError", "Another analyst's change to {path} collided with this one; try again."
            ),
            path=str(location),
        )
    text = str(error).lower()
    sqlstate = getattr(error, "sqlstate", None) or ""
    for needle, code, message in _KNOWN:
        if sqlstate.startswith(needle) if _SQLSTATE.match(needle) else needle in text:
            return StorageError(code, message, path=str(location))
    first = _without_secrets(str(error).strip().splitlines()[0] if str(error).strip() else "")
    return StorageError(
        "database-error",
        QT_TRANSLATE_NOOP("UserError", "The database {path} failed: {reason}."),
        path=str(location),
        reason=first or "no reason given",
    )


_UNREACHABLE = QT_TRANSLATE_NOOP(
    "UserError",
    "Cannot reach the database server of {path}; check that it runs and the address is right.",
)
_LOST = QT_TRANSLATE_NOOP(
    "UserError", "The connection to the database server of {path} was lost; try again."
)
_KNOWN = (
    (
        "password authentication failed",
        "auth-failed",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The server refused the password for {path}; check PGPASSWORD or ~/.pgpass.",
        ),
    ),
    (
        "no password supplied",
        "auth-needed",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The server asks a password for {path}; give it in PGPASSWORD, ~/.pgpass or a "
            "service file (never in the URL).",
        ),
    ),
    (
        "does not exist",
        "no-such-database",
        QT_TRANSLATE_NOOP(
            "UserError",
            "There is no such database or role on the server of {path}; ask its "
            "administrator to create it (Fieldwheel creates only its tables).",
        ),
    ),
    (
        "permission denied",
        "permission-denied",
        QT_TRANSLATE_NOOP(
            "UserError",
            "You may not change {path} (your role is read-only or lacks a right); ask the "
            "server's administrator.",
        ),
    ),
    (
        "53100",
        "disk-full",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The server's disk is full; free some space. The last change was not saved.",
        ),
    ),
    ("could not connect", "server-down", _UNREACHABLE),
    ("connection refused", "server-down", _UNREACHABLE),
    ("timeout expired", "server-down", _UNREACHABLE),
    (
        "57P",
        "server-down",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The database server of {path} shut down or cut the connection; try again once "
            "it is back.",
        ),
    ),
    ("08", "server-down", _LOST),
    ("server closed the connection", "server-down", _LOST),
)
"""(text in psycopg's message or SQLSTATE prefix, code, sentence), first match wins."""


_SQLSTATE = re.compile(r"^[0-9A-Z]{2,5}$")
_PASSWORD_SETTING = re.compile(r"password\s*=\s*\S+", re.IGNORECASE)
_PASSWORD_IN_URL = re.compile(r"(://[^/:@\s]*):[^@/\s]*@")


def _without_secrets(text: str) -> str:
    """A server message with any password it quotes (a URL, a setting) taken out."""
    return _PASSWORD_IN_URL.sub(r"\1@", _PASSWORD_SETTING.sub("password=…", text))
