"""Opening a Fieldwheel database safely, and naming what went wrong.

Every connection gets the same durability settings (WAL, ``synchronous=FULL``,
foreign keys, a busy timeout) and the file is checked before anything is
written to it: a damaged file, another program's SQLite file or a file that is
not SQLite at all is refused with a sentence, never "repaired" or overwritten.

Reading every page (``quick_check``) costs time in proportion to the file, a
second or more for a headquarters database, so an open only pays it when the
last session did not end cleanly: SQLite removes the ``-wal`` file when the
last connection closes, so a non-empty one left behind (or a hot rollback
journal) means a crash or a power cut, unless this process itself still has
the file open.  Every open checks what is cheap: the header, the application
id, and that the file is as long as its header says (a truncated copy).  The
full check runs before an export and on ``fieldwheel check``.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from forms.errors import QT_TRANSLATE_NOOP, StorageError
from storage.migrations import APPLICATION_ID, Progress, migrate

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)
LEFTOVER_JOURNALS = ("-wal", "-journal")
"""Files SQLite deletes (WAL) or empties (journal) when a session ends cleanly."""

_open_here: Counter[str] = Counter()
_open_here_lock = threading.Lock()


def open_connection(
    path: Path, *, create_folder: bool = False, progress: Progress | None = None
) -> sqlite3.Connection:
    """Open (creating if new) and migrate the database at ``path``.

    ``progress`` hears how a long migration (indexing for search) advances.

    A missing folder is created only when asked (the default data folder): a
    mistyped ``--db`` must not quietly start an empty database somewhere new.
    """
    _check_location(path, create_folder=create_folder)
    key = _key(path)
    with _open_here_lock:
        first = _open_here[key] == 0
        unclean = first and ended_uncleanly(path)
        _open_here[key] += 1
    try:
        with translate_errors(path):
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            try:
                if unclean:
                    check_integrity(connection, path)
                _check_identity(connection, path)
                for pragma in PRAGMAS:
                    connection.execute(pragma)
                migrate(connection, str(path), progress)
            except BaseException:
                connection.close()
                raise
    except BaseException:
        _forget(key)
        raise
    return connection


def close_connection(connection: sqlite3.Connection, path: Path) -> None:
    """Close a connection from ``open_connection``; the last one to close ends the session."""
    try:
        connection.close()
    finally:
        _forget(_key(path))


def ended_uncleanly(path: Path) -> bool:
    """True when a journal with content is left beside ``path``: the last session crashed.

    Only meaningful while no connection of this process has the file open
    (``open_connection`` asks at the right moment); another program using
    the file at the same time also leaves a WAL, and then checking is merely
    cautious.
    """
    for suffix in LEFTOVER_JOURNALS:
        try:
            if os.stat(f"{path}{suffix}").st_size > 0:
                return True
        except OSError:
            continue
    return False


def check_integrity(connection: sqlite3.Connection, path: Path, *, full: bool = False) -> None:
    """Read every page (``full``: and every index entry); a damaged file is refused.

    ``quick_check`` finds damaged pages and records; ``integrity_check``
    also compares each index with its table, several times slower.
    """
    pragma = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
    try:
        rows = connection.execute(pragma).fetchall()
    except sqlite3.DatabaseError as error:
        if "malformed" not in str(error).lower():
            raise _storage_error(error, path) from error
        rows = [(str(error),)]  # a damaged tree page stops the walk: its error is the report
    result = "\n".join(str(row[0]) for row in rows)
    if result != "ok":
        raise StorageError(
            "damaged",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database {path} is damaged ({reason}); restore it from a snapshot "
                "or a package.",
            ),
            path=str(path),
            details=result,
            reason=_first_line(result),
        )


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _forget(key: str) -> None:
    with _open_here_lock:
        _open_here[key] -= 1
        if _open_here[key] <= 0:
            del _open_here[key]


def _check_location(path: Path, *, create_folder: bool) -> None:
    if path.is_dir():
        raise StorageError(
            "is-directory",
            QT_TRANSLATE_NOOP("UserError", "{path} is a folder; give the path of a database file."),
            path=str(path),
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists() and not create_folder:
        raise StorageError(
            "no-such-folder",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The folder {folder} does not exist, so there is no database at {path}; "
                "check the path (nothing was created).",
            ),
            path=str(path),
            folder=folder,
        )
    if not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise StorageError(
                "cannot-create-folder",
                QT_TRANSLATE_NOOP(
                    "UserError", "Cannot create the folder {folder} for the database: {reason}."
                ),
                path=str(path),
                folder=folder,
                reason=error.strerror,
            ) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            "read-only-folder",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The folder {folder} is read-only; Fieldwheel needs to write its "
                "database and journal there. Choose another place with --db.",
            ),
            path=str(path),
            folder=folder,
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageError(
            "read-only-file",
            QT_TRANSLATE_NOOP(
                "UserError", "The database {path} cannot be written (check its permissions)."
            ),
            path=str(path),
        )


def _check_identity(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse files that belong to another program."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    has_tables = connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
    if application_id != APPLICATION_ID and (application_id != 0 or has_tables):
        raise StorageError(
            "not-fieldwheel",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is an SQLite database of another program, not a Fieldwheel database.",
            ),
            path=str(path),
        )


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environmental failures into one plain sentence."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise _storage_error(error, path) from error


_KNOWN_FAILURES = (
    (
        "file is not a database",
        "not-a-database",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is not a Fieldwheel database (it is not an SQLite file).",
        ),
    ),
    (
        "malformed",
        "damaged",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The database {path} is damaged; restore it from a snapshot or a package.",
        ),
    ),
    (
        "readonly",
        "read-only-file",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The database {path} is read-only; Fieldwheel cannot save there.",
        ),
    ),
    (
        "disk is full",
        "disk-full",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The disk is full; free some space. The last change was not saved.",
        ),
    ),
    (
        "locked",
        "locked",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The database {path} is in use by another program; close it and try again.",
        ),
    ),
    (
        "unable to open",
        "cannot-open",
        QT_TRANSLATE_NOOP(
            "UserError",
            "Cannot open the database {path}.",
        ),
    ),
    (
        "disk i/o error",
        "io-error",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The disk could not read or write {path}; check the drive.",
        ),
    ),
)
"""SQLite's words for a failure, its code, and our sentence."""


def _storage_error(error: sqlite3.DatabaseError, path: Path) -> StorageError:
    text = str(error).lower()
    for needle, code, message in _KNOWN_FAILURES:
        if needle in text:
            return StorageError(code, message, path=str(path))
    return StorageError(
        "database-error",
        QT_TRANSLATE_NOOP("UserError", "The database {path} failed: {reason}."),
        path=str(path),
        reason=_first_line(str(error)),
    )


def _first_line(text: str, limit: int = 100) -> str:
    """SQLite's report, shortened to a clause: quick_check can list thousands of problems.

    A clause goes inside a sentence, so a full stop of its own is dropped.
    """
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("***")]
    line = lines[0].strip().rstrip(".").rstrip() if lines else "no reason given"
    return line if len(line) <= limit else line[: limit - 3] + "..."
