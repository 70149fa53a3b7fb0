"""The answers are unpacked when walked, and hand edits are found however they were stored."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from exports.package import content
from exports.package.device_key import installation_key
from exports.package.edits import find_changes
from exports.package.read import UnpackedOnDemand, read_package
from exports.package.signing import sign_manifest
from exports.package.write import export_package
from storage import Database
from tests.exports.package.packing import manifest, packed_records, repack, write_manifest
from tests.exports.package.support import SAMPLE, seed


def test_the_answers_are_walked_again_from_their_cells(package):
    answers = read_package(package).tables[content.ANSWERS.sheet]
    assert isinstance(answers, UnpackedOnDemand)
    walked = list(answers)
    assert walked and list(answers) == walked and len(answers) == len(walked)
    in_turn = [answers[start : start + 3] for start in range(0, len(walked), 3)]
    assert in_turn == [walked[start : start + 3] for start in range(0, len(walked), 3)]
    assert answers[1:4] == walked[1:4] and answers[0:2] == walked[0:2]  # back to the start
    assert answers[0] == walked[0] and answers[-1] == walked[-1]


def test_a_replaced_answer_shows_in_every_walk(package):
    answers = read_package(package).tables[content.ANSWERS.sheet]
    first = answers[0]
    changed = dict(first, value="changed on import")
    answers.replace(changed)
    walked = list(answers)
    assert answers[0] == changed and walked[0] == changed and walked[1:] == list(answers)[1:]


def _two_submissions(folder: Path) -> Path:
    with Database(folder / "field.sqlite3") as field:
        seed(field, SAMPLE)
        seed(field, {**SAMPLE, "info/name": "Second respondent"})
        export_package(field, folder / "two.xlsx", charts=False)
    return folder / "two.xlsx"


def _edited(source: Path, target: Path, *, reverse_answers: bool) -> Path:
    """``source`` with a name changed in both rows; its answers stored last first if asked."""
    workbook = load_workbook(source)
    if reverse_answers:
        tables = packed_records(workbook)
        tables[content.ANSWERS.sheet].reverse()
        digest = repack(workbook, tables)
        facts = manifest(workbook)
        del facts[content.SIGNATURE_KEY]
        facts[content.HASH_KEY] = digest.hexdigest(facts)
        sign_manifest(facts, installation_key())
        write_manifest(workbook, facts)
    sheet = workbook["tiny"]
    column = next(c.column_letter for c in sheet[1] if c.value == "info/name")
    sheet[f"{column}2"] = "first, corrected"
    sheet[f"{column}3"] = "second, corrected"
    workbook.save(target)
    return target


def test_hand_edits_are_found_whatever_order_the_answers_are_stored_in(tmp_path):
    source = _two_submissions(tmp_path)
    found = {}
    for reverse in (False, True):
        edited = _edited(source, tmp_path / f"edited-{reverse}.xlsx", reverse_answers=reverse)
        package = read_package(edited)
        submissions = [s["uuid"] for s in package.tables[content.SUBMISSIONS.sheet]]
        first = next(iter(package.tables[content.ANSWERS.sheet]))["submission_uuid"]
        assert first == submissions[-1 if reverse else 0]
        found[reverse] = [(c.ref, c.found, c.submission_uuid) for c in find_changes(package)]
    assert found[False] == found[True]
    assert [value for _ref, value, _uuid in found[False]] == [
        "first, corrected",
        "second, corrected",
    ]
    assert [uuid for _ref, _value, uuid in found[False]] == submissions


def test_the_hand_edit_walk_passes_every_answer_to_the_answer_check(tmp_path):
    """The import checks the answers as the hand-edit check walks them, in any order."""
    source = _two_submissions(tmp_path)
    for reverse in (False, True):
        package = read_package(
            _edited(source, tmp_path / f"walked-{reverse}.xlsx", reverse_answers=reverse)
        )
        expected = sorted(
            (a["submission_uuid"], a["path"], a["value"])
            for a in package.tables[content.ANSWERS.sheet]
            if a["value"] is not None
        )
        assert len({uuid for uuid, _, _ in expected}) == 2
        seen: list[tuple] = []
        find_changes(package, each_answer=_into(seen))
        assert sorted(set(seen)) == expected
        package.layouts.clear()  # no readable sheet to walk: the answers are walked for it
        seen.clear()
        assert find_changes(package, each_answer=_into(seen)) == []
        assert sorted(seen) == expected


def _into(seen: list[tuple]):
    return lambda *answer: seen.append(answer)
