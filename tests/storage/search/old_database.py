"""A database as Fieldwheel wrote it before search (schema 5), for the migration's tests."""

from __future__ import annotations

import sqlite3

from storage.migrations import APPLICATION_ID, MIGRATIONS, _statements

STAMP = "2026-01-01T00:00:00.000000Z"


def database_before_search(path, form, submissions: int) -> None:
    """Schema 5 with a mission, the form and answered submissions, written as version 5 did."""
    connection = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:5]:
        for statement in _statements(script):
            connection.execute(statement)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 5")
    connection.execute("INSERT INTO device (uuid, created_at) VALUES ('here', ?)", (STAMP,))
    connection.execute(
        "INSERT INTO missions (uuid, country, title, phase, notes, created_at, updated_at)"
        " VALUES ('m1', 'KHM', 'Old mission', 'strategy', 'Met the regulator', ?, ?)",
        (STAMP, STAMP),
    )
    connection.execute(
        "INSERT INTO forms VALUES (?,?,?,?,?,?,?)",
        (form.id, form.version, form.title, form.source_name, form.source, form.sha256, STAMP),
    )
    for number in range(submissions):
        connection.execute(
            "INSERT INTO submissions (uuid, mission_uuid, form_id, form_version, author,"
            " device_uuid, created_at, updated_at) VALUES (?, 'm1', ?, ?, 'Sok', 'here', ?, ?)",
            (f"s{number}", form.id, form.version, STAMP, STAMP),
        )
        connection.executemany(
            "INSERT INTO answers VALUES (?,?,?,?, 'Sok')",
            [
                (f"s{number}", "evidence", f"cable number{number}", STAMP),
                (f"s{number}", "sector", "energy", STAMP),
            ],
        )
    connection.close()


def database_at_version_7(path, form, submissions: int) -> None:
    """The same database brought to schema 7 (search, before bulk indexing) as 7 did it."""
    database_at_version(path, form, submissions, 7)


def database_at_version(path, form, submissions: int, last: int) -> None:
    """The same database brought to schema ``last`` (7: before bulk indexing, 8: before
    pending answers) by the migrations of that time."""
    database_before_search(path, form, submissions)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(
        "INSERT INTO answers VALUES ('s0', 'pledges[1]/description', ?, ?, 'Sok')",
        ("ខ្សែកាបក្រោមសមុទ្រថ្មី", STAMP),
    )
    for version in range(6, last + 1):
        connection.execute("BEGIN IMMEDIATE")
        step = MIGRATIONS[version - 1]
        if callable(step):
            step(connection, None)
        else:
            for statement in _statements(step):
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {version}")
        connection.execute("COMMIT")
    connection.close()
