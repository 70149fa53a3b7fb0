"""Kill a writer process at a random moment and check what it left behind."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import threading
import time
from pathlib import Path


def run_and_kill(
    command: list[str], delay: float, *, cwd: Path, after: str | None = None
) -> list[str]:
    """Run ``command``, SIGKILL it ``delay`` seconds after it printed ``after``
    (or after its start), and return the lines it printed."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=cwd)
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        for line in process.stdout:
            lines.append(line)
            if after is None or line.startswith(after):
                started.set()
        started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if after is None:
        started.set()
    started.wait(timeout=60)
    time.sleep(delay)
    process.kill()
    process.wait(timeout=30)
    reader.join(timeout=30)
    process.stdout.close()
    return [line.rstrip("\n") for line in lines]


def random_delays(count: int, low: float, high: float, seed: int) -> list[float]:
    generator = random.Random(seed)
    return [generator.uniform(low, high) for _ in range(count)]


def assert_intact(path: Path) -> sqlite3.Connection:
    """The file passes SQLite's own integrity and foreign-key checks."""
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    return connection
