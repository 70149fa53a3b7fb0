"""A form's source travels as text; one that cannot be decoded is refused even when the
package's checksum matches it (a faulty or hostile writer hashes what it wrote)."""

from __future__ import annotations

import base64

import pytest

from exports.package.importing import import_package
from exports.package.read import read_package
from exports.package.write import export_package
from forms.errors import UserError
from storage import Database
from tests.exports.package.support import SAMPLE, dump, seed


def test_a_form_source_that_is_not_base64_is_refused(tmp_path, monkeypatch):
    package = tmp_path / "damaged.xlsx"
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        [form] = field.form_records()
        encode = base64.b64encode

        def damaged(data: bytes, *args, **kwargs) -> bytes:
            encoded = encode(data, *args, **kwargs)
            # Characters outside the alphabet: a lenient decoder skips them, a strict one refuses.
            return b"!!!!" + encoded if data == form.source else encoded

        monkeypatch.setattr(base64, "b64encode", damaged)
        export_package(field, package, charts=False)
        monkeypatch.undo()
    with pytest.raises(UserError) as refused:
        read_package(package)
    assert (refused.value.code, refused.value.message) == (
        "package-tampered",
        "A form source in damaged.xlsx is damaged.",
    )
    with Database(tmp_path / "hq.sqlite3") as hq:
        seed(hq, {"info/name": "already here"}, author="Lead")
    before = dump(tmp_path / "hq.sqlite3")
    with Database(tmp_path / "hq.sqlite3") as hq, pytest.raises(UserError):
        import_package(hq, package)
    assert dump(tmp_path / "hq.sqlite3") == before
