"""Kill a writer process once it shows evidence of writing, and check what it left behind.

A kill test means something only if the kill lands while the writer is
writing: on a loaded machine a fixed delay may fire before the writer has
even started.  So the killer waits for evidence (a line the writer printed
after a save, a file growing) and then kills at once; the result says
whether the process was still running, so a test can insist on it.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

EVIDENCE_TIMEOUT = 180.0
"""Seconds to wait for the evidence; generous, because the machine may be loaded."""
POLL = 0.002


@dataclass
class Killed:
    """What a killed writer printed, and whether the kill found it still running."""

    lines: list[str]
    was_running: bool

    def count(self, prefix: str) -> int:
        return sum(line.startswith(prefix) for line in self.lines)


def run_and_kill(
    command: list[str],
    until: Callable[[subprocess.Popen, list[str]], bool],
    *,
    cwd: Path,
) -> Killed:
    """Run ``command`` and SIGKILL it as soon as ``until(process, lines)`` is true.

    ``lines`` grows as the process prints.  Fails the test if the evidence
    does not come within ``EVIDENCE_TIMEOUT`` or the process exits first.
    """
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=cwd)
    lines: list[str] = []

    def read() -> None:
        for line in process.stdout:
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + EVIDENCE_TIMEOUT
    try:
        while not until(process, lines):
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"no evidence of writing before the kill: {lines[-3:]}")
            time.sleep(POLL)
    finally:
        was_running = process.poll() is None
        process.kill()
        process.wait(timeout=30)
        reader.join(timeout=30)
        process.stdout.close()
    return Killed(list(lines), was_running)


def after_lines(prefix: str, count: int) -> Callable[[subprocess.Popen, list[str]], bool]:
    """Evidence: the process has printed ``count`` lines starting with ``prefix``."""
    return lambda _process, lines: sum(line.startswith(prefix) for line in lines) >= count


def random_counts(trials: int, low: int, high: int, seed: int) -> list[int]:
    generator = random.Random(seed)
    return [generator.randint(low, high) for _ in range(trials)]


def assert_intact(path: Path) -> sqlite3.Connection:
    """The file passes SQLite's own integrity and foreign-key checks."""
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    return connection
