"""A value typed to resolve a conflict meets the same rules as one typed into the form."""

from __future__ import annotations

import shutil

import pytest

import main
from forms.errors import UserError
from storage import Database
from storage.conflicts import list_conflicts, record_conflict, resolve_conflict
from storage.demo import build_demo, demo_uuid

MATURITY = "access/infrastructure/infra_backbone"
COVERAGE = "access/infrastructure/coverage_4g_pct"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    with Database(path) as database:
        build_demo(database)
    return path


@pytest.fixture
def db(sample, tmp_path):
    path = tmp_path / "db.sqlite3"
    shutil.copy(sample, path)
    with Database(path) as database:
        yield database


def _conflict(db: Database, path: str) -> tuple[int, str]:
    mission = db.mission(demo_uuid("mission"))
    uuid = db.submissions(mission.uuid)[0].uuid
    local = db.answers(uuid).get(path)
    with db.transaction() as tx:
        record_conflict(
            tx, uuid, path, (local, "2026-01-01", "Sok"), ("2", "2026-01-02", "Dara"), "p", "d"
        )
    [conflict] = list_conflicts(db)
    return conflict.id, uuid


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        (MATURITY, "banana", "not one of the choices"),
        (MATURITY, "7", "not one of the choices"),
        (COVERAGE, "many", "not a number"),
        (COVERAGE, "140", "between 0 and 100"),
    ],
)
def test_a_typed_value_the_form_refuses_is_refused_and_nothing_changes(db, path, value, words):
    conflict_id, uuid = _conflict(db, path)
    before = db.answers(uuid)
    with pytest.raises(UserError) as refused:
        resolve_conflict(db, conflict_id, "value", by="Lead", value=value)
    assert words in refused.value.message
    assert db.answers(uuid) == before
    assert [c.id for c in list_conflicts(db)] == [conflict_id]


def test_a_typed_value_the_form_accepts_is_saved(db):
    conflict_id, uuid = _conflict(db, MATURITY)
    resolve_conflict(db, conflict_id, "value", by="Lead", value="4")
    assert db.answers(uuid)[MATURITY] == "4"
    assert list_conflicts(db) == []


def test_the_command_line_refuses_banana_with_the_question_named(db, capsys):
    conflict_id, uuid = _conflict(db, MATURITY)
    args = ["--db", str(db.path), "conflicts", "--resolve", str(conflict_id)]
    assert main.main([*args, "--value", "banana", "--by", "Lead"]) == 2
    error = capsys.readouterr().err
    assert "National backbone" in error and "banana" in error
    assert db.answers(uuid)[MATURITY] != "banana"
