"""``export --format odk``: Briefcase's layout, instances valid against their XForm, round trip."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

import main
from exports.odk.briefcase import export_briefcase
from exports.odk.importing import import_briefcase
from exports.odk.template import Slot, instance_template, local
from forms.errors import UserError
from forms.library import load_builtin
from forms.xlsform.load import load_form_bytes, to_xform
from storage import Database
from storage.demo import demo_uuid
from storage.editing import store_form
from tests.exports.odk.conftest import empty_database
from tests.exports.package.support import SAMPLE, TINY_FORM, seed


def instances(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/instances/*/submission.xml"))


def test_layout_is_briefcase_s(field, briefcase):
    with Database(field) as db:
        mission = db.mission(demo_uuid("mission"))
        submissions = db.submissions(mission.uuid)
    for submission in submissions:
        form_folder = briefcase / submission.form_id
        assert (form_folder / f"{submission.form_id}.xml").is_file()
        assert (form_folder / "instances" / f"uuid{submission.uuid}" / "submission.xml").is_file()
    assert len(instances(briefcase)) == len(submissions)
    assert {p.name for p in briefcase.iterdir()} == {s.form_id for s in submissions}


def test_the_form_file_is_the_xform_pyxform_builds(briefcase):
    for form_id in ("diagnostic", "validation_workshop", "pledge_register", "monitoring"):
        written = (briefcase / form_id / f"{form_id}.xml").read_text(encoding="utf-8")
        assert written == to_xform(load_builtin(form_id))


def check_against(element: ElementTree.Element, slot: Slot, where: str) -> int:
    """Every element is in the instance at that place; only repeats repeat. Returns leaves."""
    leaves = 0
    names = [local(child.tag) for child in element]
    for child in element:
        name = local(child.tag)
        known = slot.child(name)
        assert known is not None, f"{where}/{name} is not in the XForm's instance"
        assert known.repeat or names.count(name) == 1, f"{where}/{name} repeats"
        if known.children:
            leaves += check_against(child, known, f"{where}/{name}")
        else:
            assert len(child) == 0
            leaves += 1
    return leaves


def test_every_instance_is_valid_against_its_xform(briefcase):
    for path in instances(briefcase):
        form_id = path.parents[2].name
        template = instance_template((briefcase / form_id / f"{form_id}.xml").read_text("utf-8"))
        root = ElementTree.parse(path).getroot()
        assert local(root.tag) == template.root
        assert root.get("id") == form_id == template.form_id
        assert root.get("version") == template.version == "2026.2"
        uuid = path.parent.name.removeprefix("uuid")
        assert root.findtext("meta/instanceID") == f"uuid:{uuid}"
        assert check_against(root, template.body, template.root) > 5


def test_repeats_are_repeated_elements_and_calculations_carry_values(field, briefcase):
    with Database(field) as db:
        workshop = next(
            s for s in db.submissions(db.missions()[0].uuid) if s.form_id == "validation_workshop"
        )
        answers = db.answers(workshop.uuid)
    path = briefcase / "validation_workshop" / "instances" / f"uuid{workshop.uuid}"
    root = ElementTree.parse(path / "submission.xml").getroot()
    attendees = root.findall("attendees")
    assert len(attendees) == len({p.split("]")[0] for p in answers if p.startswith("attendees[")})
    assert attendees[0].findtext("attendee_name") == answers["attendees[1]/attendee_name"]
    assert root.findtext("totals/n_attendees") == str(len(attendees))


def test_round_trip_into_an_empty_database_gives_the_same_answers(field, briefcase, tmp_path):
    with Database(field) as source:
        mission = source.mission(demo_uuid("mission"))
        expected = {s.uuid: source.answers(s.uuid) for s in source.submissions(mission.uuid)}
    with empty_database(tmp_path / "hq.sqlite3", mission.uuid) as hq:
        report = import_briefcase(hq, briefcase, mission.uuid)
        got = {s.uuid: hq.answers(s.uuid) for s in hq.submissions(mission.uuid)}
        statuses = {s.status for s in hq.submissions(mission.uuid)}
        again = import_briefcase(hq, briefcase, mission.uuid)
    assert report.added["submission"] == len(expected)
    assert got == expected
    assert statuses == {"complete"}
    assert "already imported; nothing changed" in again.summary


def test_nested_repeats_and_awkward_text_round_trip(tmp_path):
    with Database(tmp_path / "field.sqlite3") as db:
        mission, submission = seed(db, SAMPLE)
        export_briefcase(db, tmp_path / "odk", [mission.uuid])
    xml = tmp_path / "odk" / "tiny" / "instances" / f"uuid{submission.uuid}" / "submission.xml"
    assert b"&#13;" in xml.read_bytes()
    with Database(tmp_path / "hq.sqlite3") as hq:
        seed(hq, {}, mission_uuid=mission.uuid)
        import_briefcase(hq, tmp_path / "odk", mission.uuid)
        got = hq.answers(submission.uuid)
    expected = dict(SAMPLE)
    expected["people[2]/person"] = expected["people[2]/person"].replace("\x01", "")
    assert got == expected


def test_a_form_in_two_versions_is_refused(tmp_path):
    second = load_form_bytes(TINY_FORM.replace(b"| | tiny | 1 |", b"| | tiny | 2 |"), "tiny.md")
    with Database(tmp_path / "field.sqlite3") as db:
        mission, _ = seed(db, {"info/name": "one"})
        store_form(db, second)
        other = db.create_submission(mission.uuid, "tiny", "2", "Dara")
        db.save_answers(other.uuid, {"info/name": "two"}, "Dara")
        with pytest.raises(UserError) as caught:
            export_briefcase(db, tmp_path / "odk", None)
    assert caught.value.code == "odk-two-versions"


def test_the_commands(field, tmp_path, capsys):
    shutil.copy(field, tmp_path / "field.sqlite3")
    with Database(tmp_path / "field.sqlite3") as db:
        mission = db.mission(demo_uuid("mission"))
    out = tmp_path / "odk"
    argv = ["--db", str(tmp_path / "field.sqlite3"), "export", "--mission", mission.uuid]
    assert main.main([*argv, "--format", "odk", "--out", str(out)]) == 0
    assert "4 forms, 9 submissions in ODK Briefcase's layout" in capsys.readouterr().out
    empty_database(tmp_path / "hq.sqlite3", mission.uuid).close()
    hq = ["--db", str(tmp_path / "hq.sqlite3"), "import", "--format", "odk", str(out)]
    assert main.main(hq) == 2
    assert "--mission" in capsys.readouterr().err
    assert main.main([*hq, "--mission", mission.uuid]) == 0
    assert "added 9 submissions" in capsys.readouterr().out
