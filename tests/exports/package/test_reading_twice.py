"""A package read twice is the same package, the audit log on demand included.

The audit log is held as its packed cells and unpacked when walked; it must
still compare like the list of entries it stands for, so that two reads of
one file are equal and a package whose history differs is not.
"""

from __future__ import annotations

from exports.package import content
from exports.package.read import read_package
from exports.package.write import export_package
from storage import Database
from tests.exports.package.support import SAMPLE, seed


def test_two_reads_of_one_package_are_equal(package):
    first, second = read_package(package), read_package(package)
    assert first.tables == second.tables
    audit = first.tables[content.AUDIT.sheet]
    assert audit == list(second.tables[content.AUDIT.sheet])
    assert list(audit) == audit  # a plain list of the entries compares equal too


def test_a_package_with_another_history_is_not_equal(package, tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, {**SAMPLE, "info/name": "edited once more"})
        export_package(field, tmp_path / "other.xlsx", charts=False)
    ours = read_package(package).tables[content.AUDIT.sheet]
    theirs = read_package(tmp_path / "other.xlsx").tables[content.AUDIT.sheet]
    assert ours != theirs
    assert ours != list(theirs)


def test_the_audit_log_is_not_equal_to_what_is_not_a_list_of_entries(package):
    audit = read_package(package).tables[content.AUDIT.sheet]
    entries = list(audit)
    assert audit != tuple(entries)
    assert audit != {"entries": entries}
    assert audit != None  # noqa: E711 - comparing with None must not raise or be equal
