"""Exporting chosen missions: the package holds those missions and their submissions only,
and a mission that does not exist is named, with no file written."""

from __future__ import annotations

import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from forms.errors import UserError
from storage import Database
from tests.exports.package.support import SAMPLE, assert_translated, seed


def test_a_package_of_one_chosen_mission_carries_only_that_mission(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        chosen, kept = seed(field, SAMPLE)
        seed(field, {"info/name": "another country"})
        export_package(field, tmp_path / "one.xlsx", missions=[chosen.uuid], charts=False)
        with pytest.raises(UserError) as refused:
            export_package(field, tmp_path / "none.xlsx", missions=["no-such"], charts=False)
    assert (refused.value.code, refused.value.message, refused.value.context) == (
        "unknown-mission",
        "There is no mission no-such.",
        {"uuid": "no-such"},
    )
    assert_translated(refused.value)
    assert not (tmp_path / "none.xlsx").exists()
    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, tmp_path / "one.xlsx")
        assert [mission.uuid for mission in hq.missions()] == [chosen.uuid]
        assert [s.uuid for s in hq.submissions(chosen.uuid)] == [kept.uuid]
        assert hq.answers(kept.uuid) == SAMPLE
