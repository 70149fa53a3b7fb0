"""A save never overwrites a value it did not see: it names the answer and writes nothing."""

from __future__ import annotations

import pytest

from storage import Database
from storage.database import AnswersChangedError


@pytest.fixture
def db(tmp_path):
    with Database(tmp_path / "db.sqlite3") as database:
        database.save_form("tiny", "1", "Tiny", "tiny.md", b"| survey |", "0" * 64)
        yield database


def test_a_mismatch_refuses_the_whole_save(db):
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    uuid = db.create_submission(mission.uuid, "tiny", "1", "Sok").uuid
    db.save_answers(uuid, {"a": "1", "b": "2"}, "Sok")
    db.save_answer(uuid, "b", "3", "HQ import")
    audit_before = len(db.query("SELECT * FROM audit"))
    with pytest.raises(AnswersChangedError) as refused:
        db.save_answers(uuid, {"a": "10", "b": "20"}, "Sok", expected={"a": "1", "b": "2"})
    assert refused.value.path == "b"
    assert db.answers(uuid) == {"a": "1", "b": "3"}
    assert len(db.query("SELECT * FROM audit")) == audit_before


def test_a_match_saves(db):
    mission = db.create_mission("KHM", "Cambodia", "strategy")
    uuid = db.create_submission(mission.uuid, "tiny", "1", "Sok").uuid
    db.save_answers(uuid, {"a": "1"}, "Sok")
    assert db.save_answers(uuid, {"a": "2", "c": "x"}, "Sok", expected={"a": "1", "c": None}) == 2
    assert db.answers(uuid) == {"a": "2", "c": "x"}
