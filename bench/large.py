"""Reads on a large database: opening it, a mission's wheel, scrolling its submissions.

    .venv/bin/python bench/large.py [RESPONDENTS] [LIST_ROWS]

Builds, in a temporary folder, the sample mission plus RESPONDENTS synthetic
diagnostic interviews (default 10,000; every answer with two audit entries)
and, for the list, a mission of LIST_ROWS submissions (default 100,000; a
dozen answers each), written with ``executemany``.  Every figure is ours /
floor (lower is better), the median of interleaved runs:

- ``open``: ``fieldwheel missions`` on the large database vs on the sample
  one (target <= 1.3: opening must not grow with the file);
- ``wheel``: the mission's wheel vs one raw query fetching its answers
  (target: under 1 s);
- ``list``: showing the submissions and scrolling them to the end page by
  page vs a table over the same number of rows held in memory (scrolling
  must stay smooth: the worst step is printed).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.harness.cache import cached_database  # noqa: E402
from storage import Database  # noqa: E402
from storage.demo import build_demo, demo_uuid  # noqa: E402

RUNS = 5
NAMESPACE = uuidlib.UUID("0b5e3c1a-9d2f-4e6b-8a7c-1f2e3d4c5b6a")
START = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


def sample(folder: Path) -> tuple[Path, str]:
    """The sample mission's database (built once, see ``bench.harness.cache``)."""
    return cached_database("sample", _build_sample, folder / "sample.sqlite3"), demo_uuid("mission")


def synthetic(folder: Path, name: str, respondents: int, *, answers: int, history: int) -> Path:
    """The sample database plus ``respondents`` diagnostics of its mission.

    Each respondent copies one of the sample's diagnostics (the first
    ``answers`` answers) with maturity levels moved up or down by one at
    random (seeded), and gets ``history`` audit entries per answer.  Built
    once and kept between runs (``bench.harness.cache``).
    """
    return cached_database(
        f"{name}-{respondents}",
        lambda path: _build_synthetic(path, respondents, answers=answers, history=history),
        folder / f"{name}.sqlite3",
        sources=("bench/large.py",),
    )


def _build_sample(path: Path) -> None:
    with Database(path) as db:
        build_demo(db)


def _build_synthetic(path: Path, respondents: int, *, answers: int, history: int) -> None:
    _build_sample(path)
    mission = demo_uuid("mission")  # Cambodia's, whose diagnostics the respondents copy
    with Database(path) as db:
        models = [
            (s, sorted(db.answers(s.uuid).items())[:answers])
            for s in db.submissions(mission)
            if s.form_id == "diagnostic"
        ]
        device = db.device_uuid
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = OFF")
    rng = random.Random(18)
    with raw:
        for chunk in _chunks(range(respondents), 2_000):
            rows = [_respondent(index, models, mission, device, rng) for index in chunk]
            raw.executemany(
                "INSERT INTO submissions (uuid, mission_uuid, form_id, form_version, status,"
                " author, device_uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                [row[0] for row in rows],
            )
            raw.executemany(
                "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
                " VALUES (?,?,?,?,?)",
                [answer for row in rows for answer in row[1]],
            )
            raw.executemany(
                "INSERT INTO audit (submission_uuid, path, old_value, new_value, at, by,"
                " device_uuid) VALUES (?,?,?,?,?,?,?)",
                [
                    (s, p, None, v, at, by, device)
                    for row in rows
                    for (s, p, v, at, by) in row[1]
                    for _ in range(history)
                ],
            )
    raw.close()


def _respondent(index, models, mission, device, rng):
    model, answers = models[index % len(models)]
    uuid = str(uuidlib.uuid5(NAMESPACE, f"respondent/{index}"))
    stamp = (START + dt.timedelta(seconds=index)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    author = f"Respondent {index}"
    submission = (
        uuid,
        mission,
        model.form_id,
        model.form_version,
        "complete",
        author,
        device,
        stamp,
        stamp,
    )
    rows = [(uuid, path, _moved(value, rng), stamp, author) for path, value in answers]
    return submission, rows


def _moved(value: str, rng: random.Random) -> str:
    if value in ("1", "2", "3", "4", "5"):
        return str(min(5, max(1, int(value) + rng.choice((-1, 0, 0, 1)))))
    return value


def _chunks(items: range, size: int) -> Iterator[range]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def interleaved(ours: Callable[[], float], floor: Callable[[], float]) -> tuple[float, float]:
    """Medians of RUNS alternating runs of each, after one warm-up each."""
    ours()
    floor()
    mine, theirs = [], []
    for _ in range(RUNS):
        mine.append(ours())
        theirs.append(floor())
    return statistics.median(mine), statistics.median(theirs)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def wheel_figures(path: Path) -> tuple[float, float, float]:
    """The mission's wheel (CLI; window) vs the one query any wheel must make: its answers.

    The window's figure is ``load_wheel``, what the tab's worker runs: the
    scores, every respondent's answers for the block details, and the chart.
    """
    from exports.wheel.mission import mission_wheel
    from ui.wheel.data import load_wheel

    with Database(path) as db:
        mission = db.missions()[0].uuid
        raw = sqlite3.connect(path)

        def floor() -> float:
            return timed(
                lambda: raw.execute(
                    "SELECT a.submission_uuid, a.path, a.value FROM submissions s"
                    " JOIN answers a ON a.submission_uuid = s.uuid"
                    " WHERE s.mission_uuid = ? AND s.deleted_at IS NULL AND a.value IS NOT NULL",
                    (mission,),
                ).fetchall()
            )

        scores, floor_time = interleaved(lambda: timed(lambda: mission_wheel(db, mission)), floor)
        window, _floor = interleaved(
            lambda: timed(lambda: load_wheel(db, mission, None, lambda: None)), floor
        )
        raw.close()
    return scores, window, floor_time


def open_figures(large: Path, sample_db: Path) -> tuple[float, float]:
    """``fieldwheel missions`` on the large database vs on the sample one (fresh processes)."""

    def missions(path: Path) -> Callable[[], float]:
        command = [sys.executable, "main.py", "--db", str(path), "missions"]
        return lambda: timed(
            lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        )

    return interleaved(missions(large), missions(sample_db))


def quick_check_seconds(path: Path) -> float:
    """What every open used to cost: reading every page of the file."""
    raw = sqlite3.connect(path)
    seconds = timed(lambda: raw.execute("PRAGMA quick_check").fetchall())
    raw.close()
    return seconds


def list_figures(path: Path, steps: int = 40) -> dict[str, float]:
    """Showing a 10⁵-row submissions list and scrolling it, vs the same rows in memory."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from ui.shared.records.paged import PAGE
    from ui.shared.records.view import record_view
    from ui.submissions.panel import SubmissionPanel

    class InMemory(QAbstractTableModel):
        def __init__(self, rows: list[tuple[str, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return self.rows[index.row()][index.column()] if role == 0 else None

    app = QApplication.instance() or QApplication(sys.argv)
    db = Database(path)
    mission = db.missions()[0]
    total = mission.submission_count
    rows = [
        ("360° diagnostic", "Complete", f"Respondent {i}", "2026-01-05 08:00", str(i % 60))
        for i in range(total)
    ]

    def scrolled(view, show) -> tuple[float, list[float]]:
        view.resize(1000, 700)
        start = time.perf_counter()
        show()
        view.show()
        app.sendPostedEvents()
        shown = time.perf_counter() - start
        bar = view.verticalScrollBar()
        times = []
        for _ in range(steps):  # a page of rows a step: ours reads one page each time
            start = time.perf_counter()
            bar.setValue(bar.value() + PAGE)
            app.processEvents()
            times.append(time.perf_counter() - start)
        view.close()
        return shown, times

    def ours() -> tuple[float, list[float]]:
        panel = SubmissionPanel(db)
        shown, times = scrolled(panel.view, lambda: panel.show_mission(mission))
        panel.deleteLater()
        return shown, times

    def floor() -> tuple[float, list[float]]:
        model = InMemory(rows)
        view = record_view(model, name="floor", stretch=0)
        return scrolled(view, lambda: None)

    ours()
    floor()
    show_ours, show_floor, step_ours, step_floor = [], [], [], []
    for _ in range(RUNS):
        shown, steps_taken = ours()
        show_ours.append(shown)
        step_ours.extend(steps_taken)
        shown, steps_taken = floor()
        show_floor.append(shown)
        step_floor.extend(steps_taken)
    db.close()
    return {
        "rows": total,
        "show_ours": statistics.median(show_ours),
        "show_floor": statistics.median(show_floor),
        "step_ours": statistics.median(step_ours),
        "step_floor": statistics.median(step_floor),
        "worst_step": max(step_ours),
    }


def main() -> None:
    respondents = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    list_rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with tempfile.TemporaryDirectory(prefix="fieldwheel-large-") as name:
        folder = Path(name)
        large = synthetic(folder, "large", respondents, answers=100, history=2)
        sample_db, _mission = sample(folder)
        megabytes = large.stat().st_size / 1e6
        mine, theirs = open_figures(large, sample_db)
        print(
            f"large.open ratio={mine / theirs:.2f} (fieldwheel missions: {respondents:,} "
            f"respondents, {megabytes:.0f} MB, {mine * 1e3:.0f} ms vs the sample "
            f"{theirs * 1e3:.0f} ms; target <= 1.3; a quick_check alone now takes "
            f"{quick_check_seconds(large) * 1e3:.0f} ms)"
        )
        scores, window, theirs = wheel_figures(large)
        for figure, mine in (("wheel", scores), ("wheel_window", window)):
            print(
                f"large.{figure} ratio={mine / theirs:.2f} (the wheel of {respondents:,} "
                f"respondents {mine * 1e3:.0f} ms vs one raw query of their answers "
                f"{theirs * 1e3:.0f} ms; target: under 1000 ms)"
            )
        listed = synthetic(folder, "list", list_rows, answers=12, history=0)
        figures = list_figures(listed)
        print(
            f"large.list ratio={figures['step_ours'] / figures['step_floor']:.2f} "
            f"(scrolling {figures['rows']:,} submissions: median step "
            f"{figures['step_ours'] * 1e3:.1f} ms vs {figures['step_floor'] * 1e3:.1f} ms "
            f"in memory, worst {figures['worst_step'] * 1e3:.0f} ms; first screen "
            f"{figures['show_ours'] * 1e3:.0f} ms vs {figures['show_floor'] * 1e3:.0f} ms)"
        )


if __name__ == "__main__":
    main()
