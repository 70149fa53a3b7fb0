"""An import refuses answers its own form could never have stored, and changes nothing."""

from __future__ import annotations

import sqlite3

import pytest

from exports.package import validate
from exports.package.importing import import_package
from exports.package.write import export_package
from forms.errors import UserError
from storage import Database
from storage.demo import build_demo, demo_uuid

MATURITY = "access/infrastructure/infra_backbone"


@pytest.mark.parametrize("remembered", [validate.REMEMBERED, 1])
def test_a_package_with_a_value_outside_the_choices_is_refused(tmp_path, monkeypatch, remembered):
    # Answers already checked are remembered up to a bound; past it every answer is still checked.
    monkeypatch.setattr(validate, "REMEMBERED", remembered)
    field = tmp_path / "field.sqlite3"
    with Database(field) as db:
        build_demo(db)
        mission = db.mission(demo_uuid("mission"))
        uuid = db.submissions(mission.uuid)[0].uuid
    # Another program wrote the file directly, past every check Fieldwheel makes.
    with sqlite3.connect(field) as raw:
        raw.execute(
            "UPDATE answers SET value='banana' WHERE submission_uuid=? AND path=?", (uuid, MATURITY)
        )
    package = tmp_path / "p.xlsx"
    with Database(field) as db:
        export_package(db, package, charts=False)
    hq_path = tmp_path / "hq.sqlite3"
    Database(hq_path).close()
    before = hq_path.read_bytes()
    with Database(hq_path) as hq, pytest.raises(UserError) as refused:
        import_package(hq, package)
    assert "banana" in refused.value.message and "National backbone" in refused.value.message
    assert hq_path.read_bytes() == before
