"""copy-db's check: counts and content hashes per table, and the rows that differ named."""

from __future__ import annotations

from storage import Database
from storage.copy_db.checking import compare
from storage.copy_db.copying import copy_database
from storage.copy_db.tables import Table, row_digest


def test_rows_missing_extra_or_changed_in_the_target_are_named(filled, new_location):
    source_location, target_location = filled("sqlite"), new_location("sqlite")
    with Database(source_location) as source, Database(target_location) as target:
        assert copy_database(source, target).same
        [first, second, *_] = target.rows("SELECT seq FROM audit ORDER BY seq")
        with target.transaction() as tx:
            tx.execute("DROP TRIGGER audit_no_update")
            tx.execute("DROP TRIGGER audit_no_delete")
            tx.execute("UPDATE audit SET new_value = 'forged' WHERE seq = ?", first)
            tx.execute("DELETE FROM audit WHERE seq = ?", second)
            tx.execute("DELETE FROM repeat_sizes")
        target.create_mission("SEN", "Added later", "monitoring")
        report = compare(source, target)
    assert not report.same
    checks = {check.table: check for check in report.tables}
    assert [name for name, check in checks.items() if not check.same] == [
        "missions",
        "audit",
        "repeat_sizes",
    ]
    assert checks["audit"].target_rows == checks["audit"].source_rows - 1
    assert checks["audit"].differences == (
        f"audit: 1 rows missing from the target, e.g. seq {second[0]}",
        f"audit: 1 rows with other values in the target, e.g. seq {first[0]}",
    )
    [extra] = checks["missions"].differences
    assert extra.startswith("missions: 1 rows in the target only, e.g. uuid ")
    assert "repeat_sizes: 5 rows missing from the target" in checks["repeat_sizes"].differences[0]
    assert any("(target: 0 rows)" in line for line in report.lines())


def test_the_same_rows_hash_alike_in_any_order(filled, new_location):
    location = filled("sqlite")
    with Database(location) as one, Database(location) as other:
        report = compare(one, other)
    assert report.same
    assert all(check.source_sha256 == check.target_sha256 for check in report.tables)


def test_a_row_hashes_alike_from_either_engine():
    assert row_digest((1, "ខ្មែរ", None, b"\x00\xff")) == row_digest(
        (1, "ខ្មែរ", None, memoryview(b"\x00\xff"))
    )
    assert row_digest((1, "1")) != row_digest(("1", 1))
    assert row_digest((None,)) != row_digest(("",))


def test_keys_are_described_as_people_read_them():
    table = Table("answers", ("submission_uuid", "path"))
    assert table.describe(("abc", "info/name")) == "submission_uuid abc, path info/name"
