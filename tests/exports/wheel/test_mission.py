"""A mission's wheel: rounds split by the form's round question, medians, the CLI."""

from __future__ import annotations

import os
import stat
from statistics import median

import pytest

import main
from exports.wheel.mission import mission_wheel
from forms.errors import UserError
from forms.wheel.scores import score
from forms.wheel.structure import Wheel
from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.demo import build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("wheel") / "demo.sqlite3"
    with Database(path) as db:
        mission = build_demo(db)
    return path, mission.uuid


def test_rounds_and_medians_follow_the_answers(demo):
    path, mission_uuid = demo
    with Database(path) as db:
        combined = mission_wheel(db, mission_uuid)
        diagnostics = [s for s in db.submissions(mission_uuid) if s.form_id == "diagnostic"]
        record = db.form_record("diagnostic", diagnostics[0].form_version)
        wheel = Wheel.from_form(load_form_bytes(record.source, record.source_name))
        answers = [db.answers(s.uuid) for s in diagnostics]
    current = [a for a in answers if a.get("respondent/assessment_round") != "baseline"]
    baseline = [a for a in answers if a.get("respondent/assessment_round") == "baseline"]
    assert combined.respondents == len(current) >= 3
    assert combined.baseline is not None and baseline
    assert combined.spread is not None
    for block in wheel.blocks:
        scored = [s.blocks[block.name].score for s in (score(wheel, a) for a in current)]
        present = [value for value in scored if value is not None]
        expected = median(present) if present else None
        assert combined.current.blocks[block.name].score == expected


def test_mission_without_a_diagnostic_is_one_sentence(tmp_path):
    with Database(tmp_path / "empty.sqlite3") as db:
        mission = db.create_mission("MDG", "Madagascar", "initiation")
        with pytest.raises(UserError) as caught:
            mission_wheel(db, mission.uuid)
    assert caught.value.code == "no-wheel"


def test_cli_scores_table(demo, capsys):
    path, mission_uuid = demo
    assert main.main(["--db", str(path), "wheel", "--mission", mission_uuid, "--scores"]) == 0
    out = capsys.readouterr().out
    assert "Infrastructure and coverage" in out
    assert "Overall" in out


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_cli_writes_the_chart(demo, tmp_path, suffix):
    path, mission_uuid = demo
    out = tmp_path / f"wheel{suffix}"
    argv = ["--db", str(path), "wheel", "--mission", mission_uuid, "--out", str(out)]
    assert main.main([*argv, "--lang", "ar"]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000]


def test_cli_refuses_an_unknown_format(demo, tmp_path, capsys):
    path, mission_uuid = demo
    argv = ["--db", str(path), "wheel", "--mission", mission_uuid, "--out", str(tmp_path / "w.pdf")]
    assert main.main(argv) == main.EXIT_USER_ERROR
    assert ".png or .svg" in capsys.readouterr().err
    assert not (tmp_path / "w.pdf").exists()


def test_cli_refuses_a_language_the_form_does_not_have(demo, capsys):
    path, mission_uuid = demo
    argv = ["--db", str(path), "wheel", "--mission", mission_uuid, "--scores"]
    assert main.main([*argv, "--lang", "xx"]) == main.EXIT_USER_ERROR
    error = capsys.readouterr().err
    assert "'xx'" in error and "Khmer (km)" in error and "French (fr)" in error
    assert main.main([*argv, "--lang", "km"]) == 0
    assert main.main([*argv, "--lang", "Arabic (ar)"]) == 0


def test_written_files_get_the_users_normal_permissions(demo, tmp_path):
    path, mission_uuid = demo
    previous = os.umask(0o022)
    try:
        for name in ("w.png", "w.svg", "p.xlsx"):
            command = "wheel" if name.startswith("w") else "export"
            argv = ["--db", str(path), command, "--mission", mission_uuid, "--out"]
            assert main.main([*argv, str(tmp_path / name)]) == 0
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
    finally:
        os.umask(previous)


def test_the_wheel_reads_all_answers_of_the_mission_in_one_query(demo):
    path, mission_uuid = demo
    with Database(path) as db:
        statements: list[str] = []
        db._connection.set_trace_callback(statements.append)
        mission_wheel(db, mission_uuid)
    answer_reads = [s for s in statements if "FROM answers" in s or "JOIN answers" in s]
    assert len(answer_reads) == 1


def test_the_tallied_wheel_equals_scoring_each_respondent(tmp_path):
    """Odd answers included: spaces around a level, "dk", scaled indicators, the baseline round."""
    import random
    import sqlite3

    from forms.wheel.scores import aggregate, combine

    path = tmp_path / "many.sqlite3"
    with Database(path) as db:
        mission = build_demo(db).uuid
        model = next(s for s in db.submissions(mission) if s.form_id == "diagnostic")
        record = db.form_record("diagnostic", model.form_version)
        device = db.device_uuid
    wheel = Wheel.from_form(load_form_bytes(record.source, record.source_name))
    rng = random.Random(7)
    odd = ["1", "2", "3", "4", "5", " 4", "5 ", "dk", "", "abc", "0", "6"]
    raw = sqlite3.connect(path)
    with raw:
        for index in range(60):
            uuid = f"respondent-{index:03d}"
            stamp = f"2026-02-01T00:00:{index:02d}Z"
            raw.execute(
                "INSERT INTO submissions (uuid, mission_uuid, form_id, form_version, author,"
                " device_uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                (uuid, mission, "diagnostic", model.form_version, "a", device, stamp, stamp),
            )
            answers = [("respondent/assessment_round", rng.choice(["baseline", "current"]))]
            for block in wheel.blocks:
                for question in block.questions:
                    if rng.random() < 0.2:
                        continue
                    if question.minimum is None:
                        answers.append((question.path, rng.choice(odd)))
                    else:
                        answers.append((question.path, f"{rng.uniform(-10, 120):.3f}"))
            raw.executemany(
                "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
                " VALUES (?,?,?,?,?)",
                [(uuid, p, v or None, stamp, "a") for p, v in answers],
            )
    raw.close()
    with Database(path) as db:
        combined = mission_wheel(db, mission)
        answers = [db.answers(s.uuid) for s in db.submissions(mission) if s.form_id == "diagnostic"]
    current = [a for a in answers if a.get("respondent/assessment_round") != "baseline"]
    baseline = [a for a in answers if a.get("respondent/assessment_round") == "baseline"]
    assert combined.respondents == len(current)
    assert combined.current == combine(wheel, [score(wheel, a) for a in current])
    assert combined.baseline == combine(wheel, [score(wheel, a) for a in baseline])
    assert combined.spread == aggregate(wheel, current)
