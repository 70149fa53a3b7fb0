"""An export reads the whole database first: a damaged one never travels as a package."""

from __future__ import annotations

import sqlite3

import pytest

from exports.package.write import export_package
from forms.errors import StorageError
from storage import Database


def test_a_damaged_database_is_not_exported(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    with Database(path) as db:
        db.create_mission("KHM", "Cambodia", "strategy")
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE filler (x TEXT)")
    raw.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(path.read_bytes())
    data[len(data) - 3 * 4096 + 8 : len(data) - 3 * 4096 + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    target = tmp_path / "package.xlsx"
    with Database(path) as db, pytest.raises(StorageError) as error:
        export_package(db, target)
    assert error.value.code == "damaged"
    assert not target.exists()
