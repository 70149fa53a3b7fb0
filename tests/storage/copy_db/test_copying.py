"""copy-db's copy: every table, the audit log included, either way between the engines."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from storage import Database
from storage.copy_db import copying
from storage.copy_db.copying import copy_database
from storage.copy_db.tables import BOOKKEEPING, DERIVED_PREFIXES, TABLES
from tests.storage.copy_db.conftest import DIRECTIONS


def _copy(source_location: str, target_location: str, progress=None):
    with Database(source_location) as source, Database(target_location) as target:
        return copy_database(source, target, progress)


@pytest.mark.parametrize(("source", "target"), DIRECTIONS)
def test_every_table_arrives_and_is_checked(filled, new_location, source, target):
    source_location, target_location = filled(source), new_location(target)
    seen = []
    report = _copy(source_location, target_location, lambda *step: seen.append(step))
    assert report.same, report.lines()
    assert {check.table for check in report.tables} == {table.name for table in TABLES}
    assert all(check.source_rows > 0 for check in report.tables)
    assert seen[-1][2] == "Checking device_keys"
    assert max(done for done, total, what in seen if what.startswith("Copying")) == report.rows
    with Database(source_location) as before, Database(target_location) as after:
        assert after.device_uuid == before.device_uuid
        device_row = "SELECT uuid, author FROM device"
        assert after.rows(device_row) == before.rows(device_row)
        # A file's one person comes along; on a server each analyst (role) names themself.
        assert after.author() == ("Sok Dara" if target == "sqlite" else "")
        assert after.missions() == before.missions()
        assert after.audit() == before.audit()
        mission = before.missions()[0].uuid
        [first, *_] = before.submissions(mission)
        assert after.answers(first.uuid) == before.answers(first.uuid)
        assert after.form_records() == before.form_records()


@pytest.mark.parametrize("target", ["sqlite", "postgresql"])
def test_numbering_goes_on_after_the_copied_numbers(filled, new_location, target):
    target_location = new_location(target)
    assert _copy(filled("sqlite"), target_location).same
    with Database(target_location) as after:
        last = after.audit()[-1].seq
        [submission, *_] = after.submissions(after.missions()[0].uuid)
        after.save_answers(submission.uuid, {"odd": "changed after the move"}, "Sok Dara")
        assert after.audit()[-1].seq == last + 1
        with after.transaction() as tx:
            tx.execute(
                "INSERT INTO conflicts (submission_uuid, path, package_updated_at,"
                " package_updated_by, package_uuid, package_device_uuid, detected_at)"
                " VALUES (?, 'x', 'a', 'b', 'c', 'd', 'e')",
                (submission.uuid,),
            )
        assert [row for (row,) in after.rows("SELECT id FROM conflicts ORDER BY id")] == [1, 2]


def test_a_target_holding_data_is_refused_and_left_as_it_was(filled):
    source_location, target_location = filled("sqlite"), filled("sqlite")
    with Database(target_location) as target:
        missions = target.missions()
    with pytest.raises(UserError, match="already holds data") as refused:
        _copy(source_location, target_location)
    assert refused.value.code == "copy-target-not-empty"
    with Database(target_location) as target:
        assert target.missions() == missions


def test_a_target_where_only_a_name_was_given_is_refused(filled, new_location):
    target_location = new_location("sqlite")
    with Database(target_location) as target:
        target.set_author("Lead")
    with pytest.raises(UserError, match="a name"):
        _copy(filled("sqlite"), target_location)


def test_a_database_is_not_copied_onto_itself(filled):
    location = filled("sqlite")
    with (
        Database(location) as source,
        Database(location) as target,
        pytest.raises(UserError, match="onto itself"),
    ):
        copy_database(source, target)


@pytest.mark.parametrize("target", ["sqlite", "postgresql"])
def test_a_copy_that_fails_midway_leaves_the_target_empty(
    filled, new_location, monkeypatch, target
):
    source_location, target_location = filled("sqlite"), new_location(target)
    real = copying._insert

    def broken(table, columns):
        return real(table, columns).replace("INSERT INTO audit", "INSERT INTO no_such_table")

    monkeypatch.setattr(copying, "_insert", broken)
    with pytest.raises(UserError):
        _copy(source_location, target_location)
    with Database(target_location) as target_db:
        copying.refuse_non_empty(target_db)
        assert target_db.missions() == []


def _sqlite_tables(location: str) -> set[str]:
    with Database(location) as database:
        return {
            name for (name,) in database.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
        }


def _postgres_tables(location: str) -> set[str]:
    with Database(location) as database:
        return {
            name
            for (name,) in database.rows(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            )
        }


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_every_table_of_the_schema_is_copied_or_derived(new_location, engine):
    location = new_location(engine)
    found = _sqlite_tables(location) if engine == "sqlite" else _postgres_tables(location)
    left = {name for name in found - BOOKKEEPING if not name.startswith(DERIVED_PREFIXES)}
    assert left == {table.name for table in TABLES}
