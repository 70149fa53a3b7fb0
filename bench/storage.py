"""Autosave latency: one answer through the repository vs a raw sqlite3 commit.

Both sides use the same file system and the same pragmas (WAL,
synchronous=FULL), run interleaved in the same process so machine noise hits
both, and the ratio of medians is what we track (target <= 2.0).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage import Database
from storage.connection import PRAGMAS

SAVES = 400


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        raw = sqlite3.connect(Path(folder) / "raw.sqlite3", isolation_level=None)
        for pragma in PRAGMAS:
            raw.execute(pragma)
        raw.execute("CREATE TABLE answers (path TEXT PRIMARY KEY, value TEXT)")
        db = Database(Path(folder) / "fieldwheel.sqlite3")
        mission = db.create_mission("KHM", "Bench", "monitoring")
        db.save_form("bench", "1", "Bench", "bench.md", b"| survey |", "0" * 64)
        submission = db.create_submission(mission.uuid, "bench", "1", "bench")

        raw_times: list[float] = []
        repo_times: list[float] = []
        for index in range(SAVES):
            path, value = f"group/q{index % 60}", f"answer {index}"
            start = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (path, value))
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            db.save_answer(submission.uuid, path, value, "bench")
            repo_times.append(time.perf_counter() - start)
        db.close()
        raw.close()

    raw_median, repo_median = statistics.median(raw_times), statistics.median(repo_times)
    print(
        f"storage.autosave  ratio={repo_median / raw_median:.2f} (target <= 2.0)  "
        f"repository median {repo_median * 1e3:.3f} ms p99 {percentile(repo_times, 0.99) * 1e3:.3f}"
        f" ms | raw sqlite3 median {raw_median * 1e3:.3f} ms "
        f"p99 {percentile(raw_times, 0.99) * 1e3:.3f} ms  ({SAVES} saves each)"
    )


if __name__ == "__main__":
    main()
