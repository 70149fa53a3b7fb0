"""The audit log is unpacked when walked, and its entries merge once however they are batched."""

from __future__ import annotations

from openpyxl import load_workbook

from exports.package import content, packed
from exports.package.device_key import installation_key
from exports.package.importing import import_package, records
from exports.package.read import UnpackedOnDemand, read_package
from exports.package.signing import sign_manifest
from storage import merge
from storage.merge import merge_package
from tests.exports.package.packing import manifest, packed_records, repack, write_manifest


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


def test_a_log_longer_than_one_run_of_records_is_counted_whole(package, tmp_path):
    """Records are parsed a run of ``_RUN`` at a time; the log's length is every run's."""
    workbook = load_workbook(package)
    tables = packed_records(workbook)
    entry = tables[content.AUDIT.sheet][0]
    longer = [[*entry[:3], f"value {n}", *entry[4:]] for n in range(packed._RUN * 2 + 7)]
    tables[content.AUDIT.sheet] = longer
    digest = repack(workbook, tables)
    facts = manifest(workbook)
    facts["audit_entries"] = str(len(longer))
    del facts[content.SIGNATURE_KEY]
    facts[content.HASH_KEY] = digest.hexdigest(facts)
    sign_manifest(facts, installation_key())
    write_manifest(workbook, facts)
    workbook.save(tmp_path / "long.xlsx")
    audit = read_package(tmp_path / "long.xlsx").tables[content.AUDIT.sheet]
    assert len(audit) == len(longer) == len(list(audit))
    assert list(audit)[-1]["new_value"] == f"value {len(longer) - 1}"
