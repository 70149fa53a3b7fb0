"""The two checks of a whole file: the quick one reads every page, the full one also
compares every index with its table, and both name the file they refuse.

An index that disagrees with its table (its entries no longer match the rows)
is damage only the full check finds; it is what ``fieldwheel check --full``
is for, and the everyday check must stay the quick one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forms.errors import StorageError
from storage import Database


def _index_out_of_step(path: Path) -> None:
    """A Fieldwheel database whose submissions index no longer matches the rows."""
    with Database(path) as db:
        db.save_form("f", "1", "F", "f.md", b"| survey |", "0" * 64)
        for country in ("KHM", "SEN", "PER"):
            mission = db.create_mission(country, f"{country} diagnostic", "strategy")
            for author in ("Sok", "Dara"):
                db.create_submission(mission.uuid, "f", "1", author)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX submissions_by_mission ON submissions"
        " (author)' WHERE name = 'submissions_by_mission'"
    )
    raw.commit()
    raw.close()


def test_only_the_full_check_compares_indexes_with_their_tables(tmp_path):
    path = tmp_path / "fieldwheel.sqlite3"
    _index_out_of_step(path)
    with Database(path) as db:
        db.check_integrity()  # every page reads: the quick check, the everyday one, passes
        with pytest.raises(StorageError) as full:
            db.check_integrity(full=True)
    error = full.value
    assert error.code == "damaged"
    assert str(path) in error.message and "submissions_by_mission" in error.message
    assert error.context["path"] == str(path)
    assert "submissions_by_mission" in error.context["details"]
