"""Analysts at one server database at the same time, each in a process of their own.

Two packages imported at once both land; the same package imported twice at
once is merged once; an answer edited while an import changes it ends as a
recorded conflict with both values kept, whichever commits first (the import
finds the edit, or the edit finds the import).  The races on a file run too:
the file's single writer must give the same outcomes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from storage import Database
from storage.conflicts import list_conflicts
from storage.editing import SubmissionEditor, stored_form
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


def _analysts_form(db: Database, uuid: str) -> SubmissionEditor:
    """The form an analyst opened before the import: it shows the first package's name."""
    submission = db.submission(uuid)
    return SubmissionEditor(db, submission, stored_form(db, submission), by="Analyst")


def _both_kept(url: str, uuid: str) -> None:
    """The analyst's answer stands, the package's waits beside it: nothing lost."""
    with Database(url) as hq:
        assert hq.answers(uuid)["info/name"] == FROM_HQ
        conflicts = hq.query("SELECT local_value, package_value, resolved_at FROM conflicts")
        written = {entry.new_value for entry in hq.audit(uuid)}
    assert conflicts == [{"local_value": FROM_HQ, "package_value": FROM_FIELD, "resolved_at": None}]
    assert {FROM_HQ, FROM_FIELD} <= written


def test_an_edit_racing_an_import_ends_with_both_kept_whoever_commits_first(hq_location, packages):
    """Two processes: the outcome does not depend on which one the server lets in first."""
    _hq_with_the_first_package(hq_location, packages)
    uuid = packages["submission"]
    outcomes = dict(
        race(
            (edit_racer, (hq_location, uuid, "info/name", FROM_HQ)),
            (import_racer, (hq_location, str(packages["after"]))),
        )
    )
    assert "imported" in outcomes
    assert outcomes["saved"] in ([], ["info/name"])  # the edit second: it kept both itself
    _both_kept(hq_location, uuid)


def test_an_edit_committed_before_the_import_becomes_a_recorded_conflict(hq_location, packages):
    _hq_with_the_first_package(hq_location, packages)
    uuid = packages["submission"]
    with Database(hq_location) as analyst, Database(hq_location) as importer:
        form = _analysts_form(analyst, uuid)
        form.set("info/name", FROM_HQ)
        assert form.conflicted == []
        report = import_package(importer, packages["after"])
        assert report.conflicts == 1
    _both_kept(hq_location, uuid)


def test_an_edit_saved_after_an_import_changed_its_answer_keeps_both(hq_location, packages):
    """The import commits first; the form still shows the old name when the analyst types."""
    _hq_with_the_first_package(hq_location, packages)
    uuid = packages["submission"]
    with Database(hq_location) as analyst, Database(hq_location) as importer:
        form = _analysts_form(analyst, uuid)
        assert form.state.value("info/name") == FIRST
        import_package(importer, packages["after"])
        form.set("info/name", FROM_HQ)
        assert form.conflicted == ["info/name"]
        [conflict] = list_conflicts(analyst)
        assert conflict.package_updated_by == "Sok"
        [(latest,)] = analyst.rows(
            "SELECT package_uuid FROM imports ORDER BY imported_at DESC LIMIT 1"
        )
        assert conflict.package_uuid == latest
    _both_kept(hq_location, uuid)
