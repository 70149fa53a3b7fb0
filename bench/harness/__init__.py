"""The one convention every benchmark in ``bench/`` follows: ours/floor, lower is better.

Times are medians of at least ``RUNS`` runs of ours and the floor taken in
turn (ours, floor, ours, floor, ...), so the noise of a shared machine hits
both alike; memory is the peak RSS of a child process doing one thing
(``peak_rss_mb``), never tracemalloc, which misses what C libraries allocate.
"""

from __future__ import annotations

import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def interleaved(
    ours: Callable[[], object], floor: Callable[[], object], runs: int = RUNS
) -> tuple[float, float]:
    """Median seconds of ``ours`` and of ``floor``, run in turn ``runs`` times each."""
    ours_times, floor_times = [], []
    for _ in range(runs):
        ours_times.append(_timed(ours))
        floor_times.append(_timed(floor))
    return statistics.median(ours_times), statistics.median(floor_times)


def median_time(function: Callable[[], object], runs: int = RUNS) -> float:
    return statistics.median(_timed(function) for _ in range(runs))


def _timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def ratio(
    name: str, ours: float, floor: float, *, unit: str = "s", target: str = "", **extra
) -> str:
    """One figure: ``name ratio=ours/floor (target) ours=... floor=... key=value...``."""
    goal = f" (target {target})" if target else ""
    details = " ".join(f"{key}={value}" for key, value in extra.items())
    return (
        f"{name} ratio={ours / floor:.2f}{goal} ours={_amount(ours, unit)} "
        f"floor={_amount(floor, unit)} {details}".rstrip()
    )


def _amount(value: float, unit: str) -> str:
    return f"{value:.3f}s" if unit == "s" else f"{value:.1f}{unit}"


def peak_rss_mb(task: str, *args: object) -> float:
    """Peak resident memory (MB) of a child process running ``module:function(*args)``."""
    return in_child(task, *args)[1]


def in_child(task: str, *args: object) -> tuple[float, float]:
    """Seconds and peak resident MB of ``module:function(*args)`` run in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.harness.child", task, *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{task} failed in its child process:\n{done.stderr}")
    seconds, megabytes = done.stdout.strip().splitlines()[-1].split()
    return float(seconds), float(megabytes)


def growth_exponent(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The least-squares slope of log(value) on log(size): 1 is linear, 0 flat."""
    xs = [math.log(size) for size in sizes]
    ys = [math.log(max(value, 1e-9)) for value in values]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
