"""kill -9 in the middle of a burst of saves never damages the database or loses a saved answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storage import Database
from tests.storage.killing import after_lines, assert_intact, random_counts, run_and_kill

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TRIALS = 20


@pytest.mark.slow
@pytest.mark.parametrize("saves", random_counts(TRIALS, 1, 300, seed=20261123))
def test_burst_of_answer_saves_survives_kill(tmp_path, saves):
    path = tmp_path / "burst.sqlite3"
    killed = run_and_kill(
        [sys.executable, str(HERE / "burst_writer.py"), str(path)],
        after_lines("saved ", saves),
        cwd=ROOT,
    )
    assert killed.was_running  # the writer never stops by itself: the kill cut a burst
    assert killed.count("saved ") >= saves  # at least that many saves were acknowledged
    connection = assert_intact(path)
    reported: dict[tuple[str, str], int] = {}
    for line in killed.lines:
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
    assert connection.execute("SELECT count(*) FROM audit").fetchone()[0] >= killed.count("saved ")
    connection.close()
    Database(path).close()
