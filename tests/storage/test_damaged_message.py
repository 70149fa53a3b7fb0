"""A damaged database is named in one short sentence, however long SQLite's own report is."""

from __future__ import annotations

import sqlite3

import pytest

from forms.errors import StorageError
from storage import Database


def test_a_badly_damaged_database_is_one_short_sentence(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    Database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE filler (x TEXT)")
    connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 4000)
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Damage the filler's pages only: the schema (long with the search triggers) stays readable.
    [(first,)] = connection.execute("SELECT min(pageno) FROM dbstat WHERE name = 'filler'")
    connection.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * first, len(data) - page, page * 3):
        data[start + 8 : start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    [(report,)] = sqlite3.connect(path).execute("PRAGMA quick_check").fetchall()
    assert len(report) > 1000  # SQLite's own report is long
    with pytest.raises(StorageError) as error, Database(path) as db:
        db.check_integrity(full=True)
    assert error.value.code in ("damaged", "not-a-database")
    assert len(error.value.message) < 300 and "\n" not in error.value.message
