"""The audit log is unpacked when walked, and its entries merge once however they are batched."""

from __future__ import annotations

from exports.package import content
from exports.package.importing import import_package, records
from exports.package.read import UnpackedOnDemand, read_package
from storage import merge
from storage.merge import merge_package


def test_the_audit_log_is_walked_again_from_its_cells(package):
    read = read_package(package)
    audit = read.tables[content.AUDIT.sheet]
    assert isinstance(audit, UnpackedOnDemand)
    first = list(audit)
    assert first and list(audit) == first and len(audit) == len(first)
    assert set(first[0]) == set(content.AUDIT.columns)
    extra = dict(first[0], by="Chief")
    audit.append(extra)
    assert len(audit) == len(first) + 1 and list(audit)[-1] == extra


def test_entries_repeated_across_batches_are_stored_once(hq, package, monkeypatch):
    monkeypatch.setattr(merge, "BATCH", 2)
    read = read_package(package)
    entries = list(read.tables[content.AUDIT.sheet])
    doubled = records(read)
    doubled.audit = entries + entries  # the same history twice, in different batches
    before = len(hq.audit())
    report = merge_package(hq, doubled, file_name="twice.xlsx")
    assert report.audit_added == len(entries) == len(hq.audit()) - before
    assert import_package(hq, package).audit_added == 0
