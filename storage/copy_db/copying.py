"""Copying every table from a consistent view of the source into the target, in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError
from storage.copy_db.checking import CopyReport, compare
from storage.copy_db.tables import NUMBERED, TABLES, Table
from storage.database import Database

Progress = Callable[[int, int, str], None]
"""(done, total, what): rows copied or checked so far."""

BATCH_ROWS = 1000


def copy_database(
    source: Database, target: Database, progress: Progress | None = None
) -> CopyReport:
    """Copies ``source`` whole into the empty ``target``, then compares them table by table.

    The target must hold nothing yet but what opening it made (the schema and
    its own device row, which the source's replaces, so the copy carries on
    as the same installation).  ``target`` should be closed afterwards: its
    ``device_uuid`` is the one it was opened with.
    """
    if str(source.path) == str(target.path):
        raise UserError(
            "copy-same",
            QT_TRANSLATE_NOOP("UserError", "{path} cannot be copied onto itself."),
            path=str(source.path),
        )
    refuse_non_empty(target)
    report = progress or (lambda _done, _total, _what: None)
    with source.read_view() as reading:
        counts = {table.name: _count(reading, table.name) for table in TABLES}
        total, done = sum(counts.values()), 0
        with target.transaction() as tx:
            tx.execute("DELETE FROM device")
            with target.deferred_index(tx, "copy"):  # indexed in bulk, with progress, after
                for table in TABLES:
                    for batch in _batches(reading, table):
                        tx.executemany(_insert(table, batch.columns), batch.rows)
                        done += len(batch.rows)
                        report(done, total, f"Copying {table.name}")
            target.index_answers(
                tx, [row[0] for row in tx.execute("SELECT uuid FROM submissions")], report
            )
            if target.kind == "postgresql":
                _continue_numbering(tx)
    return compare(source, target, progress)


def refuse_non_empty(target: Database) -> None:
    """A target that holds any record (beyond its fresh device row) is refused, untouched."""
    held = [
        table.name
        for table in TABLES
        if table.name != "device" and target.rows(f"SELECT 1 FROM {table.name} LIMIT 1")
    ]
    if held or target.author():
        raise UserError(
            "copy-target-not-empty",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} already holds data ({held}): copy-db only copies into an empty "
                "database, so nothing is mixed or overwritten. Give it a new file or an "
                "empty server database.",
            ),
            path=str(target.path),
            held=", ".join(held) or "a name",
        )


def _count(reading: Any, table: str) -> int:
    return reading.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


class _Batch:
    def __init__(self, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        self.columns = columns
        self.rows = rows


def _batches(reading: Any, table: Table) -> Iterator[_Batch]:
    cursor = reading.execute(f"SELECT * FROM {table.name}")
    columns = tuple(column[0] for column in cursor.description)
    while rows := cursor.fetchmany(BATCH_ROWS):
        yield _Batch(columns, [tuple(row) for row in rows])


def _insert(table: Table, columns: tuple[str, ...]) -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"


def _continue_numbering(tx: Any) -> None:
    """PostgreSQL's identity columns go on after the copied numbers (SQLite's do by themselves)."""
    for table, column in NUMBERED:
        tx.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
            f" coalesce(max({column}), 0) + 1, false) FROM {table}"
        )
