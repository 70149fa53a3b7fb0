"""Forging packages the way an attacker with Fieldwheel's own code would, for the signing tests.

Not a test module: ``forge`` changes an answer in the hidden and readable
sheets and recomputes the content hash; ``strip_signature`` removes the
signature and key and recomputes the hash, which is what a package from
before signing looks like.
"""

from __future__ import annotations

import base64
from pathlib import Path

from openpyxl import load_workbook

from exports.package import content, read
from exports.package.cells import encode_field


def forge(
    source: Path, target: Path, monkeypatch, *, strip_signature: bool = False, change: bool = True
) -> Path:
    """Change an answer in the hidden and readable sheets; recompute the hash with our own code."""
    workbook = load_workbook(source)
    answers = workbook[content.ANSWERS.sheet]
    cell = answers.cell(row=2, column=content.ANSWERS.columns.index("value") + 2)
    original, cell.value = cell.value, "forged" if change else cell.value
    for sheet in workbook.worksheets if change else ():
        if sheet.title in ("tiny", "Audit log"):
            for row in sheet.iter_rows():
                for visible in row:
                    if visible.value == original:
                        visible.value = "forged"
    workbook.save(target)
    with monkeypatch.context() as patched:
        patched.setattr(read, "_verify", lambda *_: None)
        patched.setattr(read, "verify_manifest", lambda *_: None)
        package = read.read_package(target)
    assert change == ("forged" in {a["value"] for a in package.tables[content.ANSWERS.sheet]})
    digest = content.ContentHash()
    for table in content.TABLES:
        for record in package.tables[table.sheet]:
            values = dict(record)
            if table is content.FORMS:
                values["source"] = base64.b64encode(values["source"]).decode("ascii")
            digest.add(table, [values[c] for c in table.columns])
    facts = dict(package.manifest)
    if strip_signature:
        del facts[content.SIGNATURE_KEY], facts[content.PUBLIC_KEY_KEY]
    facts[content.HASH_KEY] = digest.hexdigest(facts)
    sheet = workbook[content.MANIFEST_SHEET]
    sheet.delete_rows(2, sheet.max_row)
    for key, value in facts.items():
        sheet.append([key, *encode_field(value)])
    workbook.save(target)
    return target


def strip_signature(source: Path, target: Path, monkeypatch) -> Path:
    """The package as an unsigned one: no signature, no key, a hash that matches."""
    return forge(source, target, monkeypatch, strip_signature=True, change=False)
