"""Ordered schema migrations keyed by ``PRAGMA user_version``.

Each entry moves the schema one version up and runs inside the same
transaction as the version bump, so a crash mid-migration leaves the old
schema.  A database whose version is newer than the last entry was written by
a newer Fieldwheel and is refused, never "upgraded" down.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from forms.errors import QT_TRANSLATE_NOOP, StorageError

Progress = Callable[[int, int, str], None]
"""(done, total, what): how far a long migration has come."""

APPLICATION_ID = 0x46574C31
"""``PRAGMA application_id`` of every Fieldwheel database ("FWL1")."""


def _search_index(connection: sqlite3.Connection, progress: Progress | None) -> None:
    """Migration 6 lives with search; imported here so start-up never loads it."""
    from storage.search.migration import create_index

    create_index(connection, progress)


def _search_deferral(connection: sqlite3.Connection, _progress: Progress | None) -> None:
    """Migration 8 (no row is re-indexed, so it is instant and reports no progress)."""
    from storage.search.bulk import UPGRADE

    for statement in _statements(UPGRADE):
        connection.execute(statement)


def _search_pending(connection: sqlite3.Connection, _progress: Progress | None) -> None:
    """Migration 9 (nothing is pending yet and nothing re-indexed: instant, no progress)."""
    from storage.search.pending import UPGRADE

    for statement in _statements(UPGRADE):
        connection.execute(statement)


MIGRATIONS: tuple[str | Callable[[sqlite3.Connection, Progress | None], None], ...] = (
    # 1: the first schema.
    """
    CREATE TABLE device (
        uuid TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
    );
    CREATE TABLE forms (
        form_id TEXT NOT NULL,
        version TEXT NOT NULL,
        title TEXT NOT NULL,
        source_name TEXT NOT NULL,
        source BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (form_id, version)
    );
    CREATE TABLE missions (
        uuid TEXT PRIMARY KEY,
        country TEXT NOT NULL CHECK (length(country) = 3),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        phase TEXT NOT NULL
            CHECK (phase IN ('initiation', 'strategy', 'implementation', 'monitoring')),
        start_date TEXT,
        end_date TEXT,
        team TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE TABLE submissions (
        uuid TEXT PRIMARY KEY,
        mission_uuid TEXT NOT NULL REFERENCES missions (uuid),
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
        author TEXT NOT NULL,
        device_uuid TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        last_path TEXT,
        FOREIGN KEY (form_id, form_version) REFERENCES forms (form_id, version)
    );
    CREATE INDEX submissions_by_mission ON submissions (mission_uuid);
    CREATE TABLE answers (
        submission_uuid TEXT NOT NULL REFERENCES submissions (uuid),
        path TEXT NOT NULL,
        value TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (submission_uuid, path)
    ) WITHOUT ROWID;
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_uuid TEXT NOT NULL REFERENCES submissions (uuid),
        path TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        device_uuid TEXT NOT NULL
    );
    CREATE INDEX audit_by_submission ON audit (submission_uuid, seq);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """,
    # 2: package imports (storage.merge) and the conflicts they leave to resolve.
    """
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_uuid TEXT NOT NULL REFERENCES submissions (uuid),
        path TEXT NOT NULL,
        local_value TEXT,
        local_updated_at TEXT,
        local_updated_by TEXT,
        package_value TEXT,
        package_updated_at TEXT NOT NULL,
        package_updated_by TEXT NOT NULL,
        package_uuid TEXT NOT NULL,
        package_device_uuid TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        resolution TEXT CHECK (resolution IN ('local', 'package', 'value', 'superseded')),
        resolved_value TEXT
    );
    CREATE INDEX conflicts_open ON conflicts (submission_uuid, path) WHERE resolved_at IS NULL;
    CREATE TABLE imports (
        package_uuid TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        source_device_uuid TEXT NOT NULL,
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        added INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        conflicts INTEGER NOT NULL,
        PRIMARY KEY (package_uuid, content_sha256)
    );
    CREATE INDEX audit_by_answer ON audit (submission_uuid, path, at);
    """,
    # 3: repeat sizes, so an added but still empty repeat instance survives a reopen.
    """
    CREATE TABLE repeat_sizes (
        submission_uuid TEXT NOT NULL REFERENCES submissions (uuid),
        repeat_key TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        PRIMARY KEY (submission_uuid, repeat_key)
    ) WITHOUT ROWID;
    """,
    # 4: devices whose signed packages were imported (storage.devices): keys pinned on first sight.
    """
    CREATE TABLE known_devices (
        fingerprint TEXT PRIMARY KEY,
        public_key BLOB,
        name TEXT NOT NULL DEFAULT '',
        trusted_at TEXT,
        first_seen_at TEXT,
        first_package TEXT,
        last_seen_at TEXT,
        last_package TEXT,
        packages INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE device_keys (
        device_uuid TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL REFERENCES known_devices (fingerprint) ON DELETE CASCADE
    );
    CREATE INDEX device_keys_by_fingerprint ON device_keys (fingerprint);
    """,
    # 5: the person at this database, to whom its edits and exports are credited.
    """
    ALTER TABLE device ADD COLUMN author TEXT NOT NULL DEFAULT '';
    """,
    # 6: full-text search over answers, choice labels and missions (storage.search), filled
    # from what is stored, with progress.
    _search_index,
    # 7: the lists read keyset pages in this order; without it each page scans the mission.
    """
    CREATE INDEX submissions_in_order ON submissions (mission_uuid, created_at, uuid)
        WHERE deleted_at IS NULL;
    """,
    # 8: bulk writers (an import's merge) index their answers once after the rows, and the
    # trigram triggers test for scripts without spaces cheaply (storage.search.bulk).
    _search_deferral,
    # 9: an autosave writes no FTS5: the answers it changed wait in search_pending, read
    # beside the index by search and folded in later (storage.search.pending).
    _search_pending,
)


def schema_version() -> int:
    """The version this code writes: the number of migrations."""
    return len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, path: str, progress: Progress | None = None) -> None:
    """Bring ``connection`` up to ``schema_version()``, one transaction a step.

    A step that is code rather than SQL (filling an index) reports to ``progress``.
    """
    current = connection.execute("PRAGMA user_version").fetchone()[0]
    if current > schema_version():
        raise StorageError(
            "newer-schema",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database {path} was written by a newer version of Fieldwheel "
                "(schema {current}, this one knows {known}); update Fieldwheel to open "
                "it.",
            ),
            path=path,
            version=current,
            current=current,
            known=schema_version(),
        )
    for version in range(current + 1, schema_version() + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            step = MIGRATIONS[version - 1]
            if callable(step):
                step(connection, progress)
            else:
                for statement in _statements(step):
                    connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
