"""Analysts at one server database at the same time, each in a process of their own.

Two packages imported at once both land; the same package imported twice at
once is merged once; an answer edited while an import changes it is never
silently overwritten: whoever commits second either becomes a recorded
conflict (the edit came first) or is refused and told (the import came first).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from storage import Database
from tests.exports.package.racers import edit_racer, import_racer, race
from tests.exports.package.support import seed

FIRST, FROM_FIELD, FROM_HQ = "first name", "changed in the field", "changed at HQ"
COUNTED = ("missions", "submissions", "answers", "audit", "imports", "conflicts")


def _package(folder: Path, name: str, answers: dict[str, str]) -> Path:
    with Database(folder / f"{name}.sqlite3") as field:
        seed(field, answers)
        export_package(field, folder / f"{name}.xlsx", charts=False)
    return folder / f"{name}.xlsx"


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict[str, Path]:
    """Two field laptops' packages (two missions), and one laptop's before and after an edit."""
    folder = tmp_path_factory.mktemp("racing")
    found = {
        "sok": _package(folder, "sok", {"info/name": "Sok's respondent", "info/count": "3"}),
        "dara": _package(folder, "dara", {"info/name": "Dara's respondent", "info/count": "9"}),
    }
    with Database(folder / "field.sqlite3") as field:
        _, submission = seed(field, {"info/name": FIRST})
        export_package(field, folder / "before.xlsx", charts=False)
        field.save_answers(submission.uuid, {"info/name": FROM_FIELD}, "Sok")
        export_package(field, folder / "after.xlsx", charts=False)
    found.update(before=folder / "before.xlsx", after=folder / "after.xlsx")
    found["submission"] = submission.uuid
    return found


def _counts(url: str) -> dict[str, int]:
    with Database(url) as db:
        return {table: db.rows(f"SELECT count(*) FROM {table}")[0][0] for table in COUNTED}


def test_two_packages_imported_at_once_both_land(postgres_url, packages):
    outcomes = race(
        (import_racer, (postgres_url, str(packages["sok"]))),
        (import_racer, (postgres_url, str(packages["dara"]))),
    )
    assert [kind for kind, _ in outcomes] == ["imported", "imported"]
    with Database(postgres_url) as hq:
        assert len(hq.missions()) == 2
        names = {
            value for (value,) in hq.rows("SELECT value FROM answers WHERE path = 'info/name'")
        }
    assert names == {"Sok's respondent", "Dara's respondent"}
    assert _counts(postgres_url)["imports"] == 2


def test_the_same_package_imported_twice_at_once_is_merged_once(
    postgres_url, postgres_server, packages
):
    outcomes = race(
        (import_racer, (postgres_url, str(packages["sok"]))),
        (import_racer, (postgres_url, str(packages["sok"]))),
    )
    assert [kind for kind, _ in outcomes] == ["imported", "imported"]
    with postgres_server.fresh_database() as once, Database(once) as alone:
        import_package(alone, packages["sok"])
        expected = _counts(once)
    assert _counts(postgres_url) == expected
    assert expected["imports"] == 1 and expected["submissions"] == 1


def _hq_with_the_first_package(url: str, packages) -> None:
    with Database(url) as hq:
        import_package(hq, packages["before"])


def test_an_edit_racing_an_import_is_a_conflict_or_a_refusal_never_a_loss(postgres_url, packages):
    _hq_with_the_first_package(postgres_url, packages)
    uuid = packages["submission"]
    outcomes = dict(
        race(
            (edit_racer, (postgres_url, uuid, "info/name", (FIRST, FROM_HQ))),
            (import_racer, (postgres_url, str(packages["after"]))),
        )
    )
    assert "imported" in outcomes
    with Database(postgres_url) as hq:
        stored = hq.answers(uuid)["info/name"]
        conflicts = hq.query("SELECT local_value, package_value, resolved_at FROM conflicts")
        written = {entry.new_value for entry in hq.audit(uuid)}
    if "saved" in outcomes:  # the edit committed first: the import found it and kept both
        assert stored == FROM_HQ
        assert conflicts == [
            {"local_value": FROM_HQ, "package_value": FROM_FIELD, "resolved_at": None}
        ]
        assert {FROM_HQ, FROM_FIELD} <= written
    else:  # the import committed first: the edit saw it and wrote nothing
        assert outcomes["refused"] == "answer-changed-elsewhere"
        assert stored == FROM_FIELD
        assert conflicts == []
        assert FROM_HQ not in written


def test_an_edit_committed_before_the_import_becomes_a_recorded_conflict(postgres_url, packages):
    _hq_with_the_first_package(postgres_url, packages)
    uuid = packages["submission"]
    with Database(postgres_url) as analyst, Database(postgres_url) as importer:
        analyst.save_answers(uuid, {"info/name": FROM_HQ}, "Analyst", expected={"info/name": FIRST})
        report = import_package(importer, packages["after"])
        assert report.conflicts == 1
        [conflict] = analyst.query("SELECT local_value, package_value FROM conflicts")
    assert conflict == {"local_value": FROM_HQ, "package_value": FROM_FIELD}


def test_an_edit_of_an_answer_an_import_just_changed_is_refused_and_told(postgres_url, packages):
    _hq_with_the_first_package(postgres_url, packages)
    uuid = packages["submission"]
    with Database(postgres_url) as analyst, Database(postgres_url) as importer:
        import_package(importer, packages["after"])
        with pytest.raises(Exception, match="changed elsewhere") as refused:
            analyst.save_answers(
                uuid, {"info/name": FROM_HQ}, "Analyst", expected={"info/name": FIRST}
            )
        assert refused.value.code == "answer-changed-elsewhere"
        assert analyst.answers(uuid)["info/name"] == FROM_FIELD
