"""Start-up of the bundled window against the same window run from the virtual environment.

``dist/fieldwheel/fieldwheel --quit-after-show`` (the floor-to-beat being
``python main.py --quit-after-show`` from ``.venv``), each a fresh process,
wall clock from spawn to exit, interleaved so machine noise hits both; the
ratio of medians is the figure (target <= 1.2).  Both open the same temp
database, already created, and settings in a temp folder.  Skipped, with a
message, when ``make bundle`` has not been run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "dist" / "fieldwheel" / "fieldwheel"
RUNS = 7
TARGET = 1.2


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    if not BUNDLED.is_file():
        print("bundle.startup skipped: dist/fieldwheel is absent (run `make bundle` first)")
        return
    with tempfile.TemporaryDirectory(prefix="fieldwheel-bench-") as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": folder,  # the user's settings stay untouched
        }
        options = ["--db", f"{folder}/fieldwheel.sqlite3", "--quit-after-show"]
        bundled = [str(BUNDLED), *options]
        source = [sys.executable, "main.py", *options]
        for command in (source, bundled):  # creates the database, warms the file cache
            timed(command, env)
        bundled_times, source_times = [], []
        for _ in range(RUNS):
            bundled_times.append(timed(bundled, env))
            source_times.append(timed(source, env))
    bundled_ms = statistics.median(bundled_times) * 1e3
    source_ms = statistics.median(source_times) * 1e3
    print(
        f"bundle.startup ratio={bundled_ms / source_ms:.2f} (bundled window {bundled_ms:.0f} ms, "
        f"from the virtual environment {source_ms:.0f} ms; target <= {TARGET})"
    )


if __name__ == "__main__":
    main()
