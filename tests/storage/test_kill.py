"""kill -9 at random moments never damages the database or loses a saved answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storage import Database
from tests.storage.killing import assert_intact, random_delays, run_and_kill

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TRIALS = 20


@pytest.mark.slow
@pytest.mark.parametrize("delay", random_delays(TRIALS, 0.0, 0.5, seed=20261123))
def test_burst_of_answer_saves_survives_kill(tmp_path, delay):
    path = tmp_path / "burst.sqlite3"
    lines = run_and_kill(
        [sys.executable, str(HERE / "burst_writer.py"), str(path)], delay, cwd=ROOT, after="ready"
    )
    connection = assert_intact(path)
    reported: dict[tuple[str, str], int] = {}
    for line in lines:
        if line.startswith("saved "):
            _, submission, answer_path, _, index = line.split(" ")
            reported[(submission, answer_path)] = int(index)
    for (submission, answer_path), index in reported.items():
        row = connection.execute(
            "SELECT value FROM answers WHERE submission_uuid = ? AND path = ?",
            (submission, answer_path),
        ).fetchone()
        assert row is not None, f"{answer_path} was reported saved but is missing"
        assert int(row[0].split(" ")[1]) >= index
    saved = sum(line.startswith("saved ") for line in lines)
    assert any(line.startswith("ready") for line in lines), lines[:3]
    assert connection.execute("SELECT count(*) FROM audit").fetchone()[0] >= saved
    connection.close()
    Database(path).close()
