"""The sample missions: their contents, their determinism, and kills while they are built."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from storage import Database
from storage.demo import SCENARIO, build_demo, demo_uuid
from tests.storage.killing import assert_intact, random_counts, run_and_kill

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = Database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build_demo(db)
    yield db
    db.close()


def _by_form(db: Database, mission_uuid: str) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for submission in db.submissions(mission_uuid):
        grouped.setdefault(submission.form_id, []).append(submission)
    return grouped


def _repeat_count(answers: dict[str, str], repeat: str) -> int:
    return len({path.split("/")[0] for path in answers if path.startswith(f"{repeat}[")})


def _cambodia(db: Database):
    return db.mission(demo_uuid("mission"))


def test_demo_mission_has_the_promised_contents(demo_db):
    mission = _cambodia(demo_db)
    assert (mission.country, mission.phase) == ("KHM", "strategy")
    assert "SAMPLE" in mission.title
    forms = _by_form(demo_db, mission.uuid)
    diagnostics = [demo_db.answers(s.uuid) for s in forms["diagnostic"]]
    groups = {answers.get("respondent/stakeholder_group") for answers in diagnostics}
    assert len(groups - {None}) >= 3
    rounds = Counter(answers.get("respondent/assessment_round") for answers in diagnostics)
    assert rounds["baseline"] >= 1
    (workshop,) = [demo_db.answers(s.uuid) for s in forms["validation_workshop"]]
    assert _repeat_count(workshop, "attendees") >= 8
    assert _repeat_count(workshop, "priorities") >= 6
    outcomes = {v for p, v in workshop.items() if p.endswith("/outcome")}
    assert outcomes == {"validated", "modified", "rejected", "deferred"}
    (pledges,) = [demo_db.answers(s.uuid) for s in forms["pledge_register"]]
    assert _repeat_count(pledges, "pledges") >= 10
    rounds = [demo_db.answers(s.uuid) for s in forms["monitoring"]]
    assert len(rounds) == 2
    assert all(_repeat_count(monitoring, "kpis") >= 8 for monitoring in rounds)


def test_demo_has_the_four_partner_countries_in_their_languages(demo_db):
    missions = {mission.country: mission for mission in demo_db.missions()}
    assert set(missions) == {"MDG", "DOM", "MRT", "KHM"}
    assert demo_db.missions()[0].country == "KHM"  # the richest heads the list
    for country, mission in missions.items():
        diagnostics = [
            demo_db.answers(s.uuid)
            for s in _by_form(demo_db, mission.uuid)["diagnostic"]
            if s.status == "complete"
        ]
        groups = {answers["respondent/stakeholder_group"] for answers in diagnostics}
        assert len(groups) >= 3, country
    text = {
        country: " ".join(
            value
            for submission in demo_db.submissions(mission.uuid)
            for value in demo_db.answers(submission.uuid).values()
        )
        for country, mission in missions.items()
    }
    assert "numérique" in text["MDG"] and "ficticia" in text["DOM"]
    assert "fictif" in text["MRT"] and "وهمية" in text["MRT"]


def test_demo_answers_include_hard_text(demo_db):
    mission = _cambodia(demo_db)
    values = [
        value
        for submission in demo_db.submissions(mission.uuid)
        for value in demo_db.answers(submission.uuid).values()
    ]
    assert any("\n" in value for value in values)
    assert any(value.startswith("=") for value in values)
    assert any(value.startswith("00") and value.isdigit() for value in values)
    assert any(any("\u0600" <= char <= "\u06ff" for char in value) for value in values)
    assert any(any(ord(char) > 0xFFFF for char in value) for value in values)


def test_demo_is_deterministic_and_idempotent(demo_db, tmp_path):
    with Database(tmp_path / "second.sqlite3") as second:
        build_demo(second)
        build_demo(second)
        missions = second.missions()
        assert [m.uuid for m in missions] == [m.uuid for m in demo_db.missions()]
        for mission in missions:
            ours = [(s.uuid, second.answers(s.uuid)) for s in second.submissions(mission.uuid)]
            theirs = [(s.uuid, demo_db.answers(s.uuid)) for s in demo_db.submissions(mission.uuid)]
            assert ours == theirs
        assert len(second.audit()) == len(demo_db.audit())


def written(path: Path) -> int:
    """Bytes the database and its write-ahead log hold so far (0 before they exist)."""
    wal = path.with_name(path.name + "-wal")
    return sum(part.stat().st_size for part in (path, wal) if part.exists())


@pytest.mark.slow
@pytest.mark.parametrize("trial", list(enumerate(random_counts(20, 128, 3072, seed=7))))
def test_killing_demo_never_damages_the_database(tmp_path, trial):
    """Killed once the demo has written ``kib`` KiB (it writes about 4 MiB in all)."""
    index, kib = trial
    path = tmp_path / "demo.sqlite3"
    killed = run_and_kill(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo"],
        lambda _process, _lines: written(path) >= kib * 1024,
        cwd=ROOT,
    )
    assert killed.was_running and not killed.lines  # killed while building, before its report
    assert_intact(path).close()
    if index % 5 == 0:
        with Database(path) as db:
            mission = build_demo(db)
            scenario = json.loads(SCENARIO.read_text(encoding="utf-8"))
            assert mission.submission_count == len(scenario["submissions"])
