"""``import --format odk``: Kobo and Collect files in; anything wrong refused, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exports.odk.importing import import_briefcase
from forms.errors import UserError
from storage import Database
from storage.conflicts import list_conflicts
from tests.exports.odk.conftest import empty_database
from tests.exports.package.support import dump

MISSION = "0b7e0f6c-1111-4a4a-8a8a-000000000001"
KOBO = """<?xml version="1.0" encoding="UTF-8"?>
<data xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms"
      id="monitoring" version="2026.2">
  <formhub><uuid>0f1e2d3c4b5a</uuid></formhub>
  <monitoring_round>
    <round_label>2027 mid-term review</round_label>
    <round_date>2027-03-02</round_date>
    <reviewed_by>Dara</reviewed_by>
  </monitoring_round>
  <kpis>
    <kpi_block>infrastructure</kpi_block>
    <kpi_name>4G population coverage</kpi_name>
    <kpi_unit>percent</kpi_unit>
    <kpi_status>on_track</kpi_status>
  </kpis>
  <kpis>
    <kpi_block>data</kpi_block>
    <kpi_name>Open datasets published</kpi_name>
    <kpi_unit>count</kpi_unit>
  </kpis>
  <__version__>vGx7pFq3</__version__>
  <orx:meta><orx:instanceID>uuid:6c0ad3f1-9a6e-4f55-8f1b-2b3c4d5e6f70</orx:instanceID></orx:meta>
</data>
"""
UUID = "6c0ad3f1-9a6e-4f55-8f1b-2b3c4d5e6f70"


@pytest.fixture
def hq(tmp_path):
    with empty_database(tmp_path / "hq.sqlite3", MISSION) as db:
        yield db


def folder_with(tmp_path: Path, text: str, name: str = "submission.xml") -> Path:
    folder = tmp_path / "collected"
    (folder / "instances" / "one").mkdir(parents=True)
    (folder / "instances" / "one" / name).write_text(text, encoding="utf-8")
    return folder


def test_a_kobo_submission_joins_the_mission(hq, tmp_path):
    report = import_briefcase(hq, folder_with(tmp_path, KOBO), MISSION)
    assert report.added["submission"] == 1
    answers = hq.answers(UUID)
    assert answers["monitoring_round/round_label"] == "2027 mid-term review"
    assert answers["kpis[2]/kpi_name"] == "Open datasets published"
    submission = hq.submission(UUID)
    assert (submission.mission_uuid, submission.form_id, submission.status) == (
        MISSION,
        "monitoring",
        "complete",
    )


def refused(hq: Database, folder: Path, code: str) -> str:
    before = dump(hq.path)
    with pytest.raises(UserError) as caught:
        import_briefcase(hq, folder, MISSION)
    assert caught.value.code == code, caught.value.message
    assert dump(hq.path) == before
    return caught.value.message


BOMB = """<?xml version="1.0"?>
<!DOCTYPE data [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<data id="monitoring" version="2026.2"><monitoring_round><round_label>&b;</round_label>
</monitoring_round><meta><instanceID>uuid:6c0ad3f1-9a6e-4f55-8f1b-2b3c4d5e6f70</instanceID></meta>
</data>"""
EXTERNAL = BOMB.replace(
    '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">',
    '<!ENTITY b SYSTEM "file:///etc/passwd">',
)


@pytest.mark.parametrize("text", [BOMB, EXTERNAL], ids=["entity-bomb", "external-entity"])
def test_hostile_xml_is_refused(hq, tmp_path, text):
    message = refused(hq, folder_with(tmp_path, text), "submission-xml-bomb")
    assert "refused as unsafe" in message


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (("<reviewed_by>Dara</reviewed_by>", "<reviewed_by>Dara</reviewed_by><x>1</x>"),
         "odk-unknown-element"),
        (("<kpi_unit>count</kpi_unit>", "<kpi_unit>litres</kpi_unit>"), "odk-answer-invalid"),
        (("<round_date>2027-03-02</round_date>", "<round_date>March</round_date>"),
         "odk-answer-invalid"),
        (('version="2026.2"', 'version="1999"'), "odk-unknown-form"),
        (("uuid:6c0ad3f1", "6c0ad3f1"), "odk-bad-submission"),
        (("</data>", ""), "odk-bad-submission"),
        (("<monitoring_round>", "<monitoring_round><round_label>a</round_label>"),
         "odk-bad-submission"),
    ],
    ids=["unknown-element", "not-a-choice", "not-a-date", "unknown-version", "no-uuid",
         "not-well-formed", "group-twice"],
)  # fmt: skip
def test_a_bad_file_is_refused_and_nothing_is_written(hq, tmp_path, change, code):
    old, new = change
    assert old in KOBO
    refused(hq, folder_with(tmp_path, KOBO.replace(old, new, 1)), code)


def test_one_bad_file_refuses_the_whole_folder(hq, tmp_path):
    folder = folder_with(tmp_path, KOBO)
    (folder / "instances" / "two").mkdir()
    bad = KOBO.replace(UUID, "6c0ad3f1-0000-4f55-8f1b-2b3c4d5e6f70").replace("percent", "x")
    (folder / "instances" / "two" / "submission.xml").write_text(bad, encoding="utf-8")
    message = refused(hq, folder, "odk-answer-invalid")
    assert "two" in message


def test_the_same_submission_twice_is_refused(hq, tmp_path):
    folder = folder_with(tmp_path, KOBO)
    shutil.copytree(folder / "instances" / "one", folder / "instances" / "copy")
    (folder / "instances" / "copy" / "submission.xml").write_text(
        KOBO.replace("Dara", "Sok"), encoding="utf-8"
    )
    refused(hq, folder, "odk-duplicate-submission")


def test_an_unknown_mission_and_an_empty_folder_are_refused(hq, tmp_path):
    with pytest.raises(UserError) as caught:
        import_briefcase(hq, folder_with(tmp_path, KOBO), "no-such-mission")
    assert caught.value.code == "unknown-mission"
    (tmp_path / "empty").mkdir()
    refused(hq, tmp_path / "empty", "odk-no-submissions")
    refused(hq, tmp_path / "missing", "odk-not-a-folder")


def test_a_device_file_is_not_read(hq, tmp_path):
    folder = tmp_path / "collected"
    folder.mkdir()
    (folder / "submission.xml").symlink_to("/dev/zero")
    refused(hq, folder, "submission-not-a-file")


def test_edits_on_both_sides_become_conflicts_as_in_a_package_import(hq, tmp_path):
    import_briefcase(hq, folder_with(tmp_path, KOBO), MISSION)
    hq.save_answers(UUID, {"monitoring_round/reviewed_by": "Lead"}, "Lead")
    edited = tmp_path / "edited"
    shutil.copytree(tmp_path / "collected", edited)
    (edited / "instances" / "one" / "submission.xml").write_text(
        KOBO.replace("<reviewed_by>Dara", "<reviewed_by>Dara Sok"), encoding="utf-8"
    )
    report = import_briefcase(hq, edited, MISSION)
    assert report.conflicts == 1
    assert [c.path for c in list_conflicts(hq)] == ["monitoring_round/reviewed_by"]
    assert hq.answers(UUID)["monitoring_round/reviewed_by"] == "Lead"
