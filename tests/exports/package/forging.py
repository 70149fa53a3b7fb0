"""Forging packages the way an attacker with Fieldwheel's own code would, for the signing tests.

Not a test module: ``forge`` changes an answer in the hidden and readable
sheets and recomputes the content hash; ``strip_signature`` removes the
signature and key and recomputes the hash, which is what a package from
before signing looks like.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from exports.package import content, read
from tests.exports.package.packing import manifest, packed_records, repack, write_manifest


def forge(
    source: Path, target: Path, monkeypatch, *, strip_signature: bool = False, change: bool = True
) -> Path:
    """Change an answer in the hidden and readable sheets; recompute the hash with our own code."""
    workbook = load_workbook(source)
    tables = packed_records(workbook)
    value = content.ANSWERS.columns.index("value")
    record = tables[content.ANSWERS.sheet][0]
    original = record[value]
    if change:
        record[value] = "forged"
        for sheet in workbook.worksheets:
            if sheet.title in ("tiny", "Audit log"):
                for row in sheet.iter_rows():
                    for visible in row:
                        if visible.value == original:
                            visible.value = "forged"
    digest = repack(workbook, tables)
    facts = manifest(workbook)
    if strip_signature:
        del facts[content.SIGNATURE_KEY], facts[content.PUBLIC_KEY_KEY]
    facts[content.HASH_KEY] = digest.hexdigest(facts)
    write_manifest(workbook, facts)
    workbook.save(target)
    with monkeypatch.context() as patched:
        patched.setattr(read, "verify_manifest", lambda *_: None)
        package = read.read_package(target)
    assert change == ("forged" in {a["value"] for a in package.tables[content.ANSWERS.sheet]})
    return target


def strip_signature(source: Path, target: Path, monkeypatch) -> Path:
    """The package as an unsigned one: no signature, no key, a hash that matches."""
    return forge(source, target, monkeypatch, strip_signature=True, change=False)
