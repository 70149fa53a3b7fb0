"""After a copy: the same rows on both sides, table by table, by count and by content hash.

Each row is hashed from its values as both engines return them
(``tables.row_digest``); a table's hash is that of its rows' hashes in key
order, so it does not depend on the order either engine reads them in.  When
a table differs, the report names the first rows that do (missing, extra or
changed), so a person can look at them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storage.copy_db.tables import TABLES, Table, row_digest
from storage.database import Database

Progress = Callable[[int, int, str], None]
SHOWN_ROWS = 3


@dataclass(frozen=True)
class TableCheck:
    """One table on both sides."""

    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str
    differences: tuple[str, ...]
    """Sentences naming rows missing, extra or changed in the target; empty when the same."""

    @property
    def same(self) -> bool:
        return not self.differences and self.source_sha256 == self.target_sha256


@dataclass(frozen=True)
class CopyReport:
    """What was copied where, and whether every table came out the same."""

    source: str
    target: str
    tables: tuple[TableCheck, ...]

    @property
    def same(self) -> bool:
        return all(check.same for check in self.tables)

    @property
    def rows(self) -> int:
        return sum(check.source_rows for check in self.tables)

    def lines(self) -> list[str]:
        """One line a table (rows and hash), then every difference found."""
        found = [
            f"{check.table}: {check.source_rows} rows, sha256 {check.source_sha256[:16]}"
            + ("" if check.same else f" (target: {check.target_rows} rows)")
            for check in self.tables
        ]
        found += [line for check in self.tables for line in check.differences]
        return found


def compare(source: Database, target: Database, progress: Progress | None = None) -> CopyReport:
    """Reads every table of both databases and says whether they hold the same rows."""
    with source.read_view() as left, target.read_view() as right:
        checks = []
        for number, table in enumerate(TABLES, start=1):
            if progress is not None:
                progress(number, len(TABLES), f"Checking {table.name}")
            checks.append(_check(table, _digests(left, table), _digests(right, table)))
    return CopyReport(str(source.path), str(target.path), tuple(checks))


def _digests(reading: Any, table: Table) -> dict[tuple[Any, ...], bytes]:
    cursor = reading.execute(f"SELECT * FROM {table.name}")
    columns = [column[0] for column in cursor.description]
    positions = [columns.index(column) for column in table.key]
    found = {}
    while rows := cursor.fetchmany(1000):
        for row in rows:
            found[tuple(row[i] for i in positions)] = row_digest(tuple(row))
    return found


def _table_hash(digests: dict[tuple[Any, ...], bytes]) -> str:
    whole = hashlib.sha256()
    for key in sorted(digests):
        whole.update(digests[key])
    return whole.hexdigest()


def _check(table: Table, left: dict, right: dict) -> TableCheck:
    missing = sorted(set(left) - set(right))
    extra = sorted(set(right) - set(left))
    changed = sorted(key for key in set(left) & set(right) if left[key] != right[key])
    differences = [
        f"{table.name}: {label} {_some(table, keys)}"
        for label, keys in (
            (f"{len(missing)} rows missing from the target, e.g.", missing),
            (f"{len(extra)} rows in the target only, e.g.", extra),
            (f"{len(changed)} rows with other values in the target, e.g.", changed),
        )
        if keys
    ]
    return TableCheck(
        table.name, len(left), len(right), _table_hash(left), _table_hash(right), tuple(differences)
    )


def _some(table: Table, keys: list[tuple[Any, ...]]) -> str:
    return "; ".join(table.describe(key) for key in keys[:SHOWN_ROWS])
