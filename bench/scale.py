"""How export, import, opening and the wheel grow from 10^2 to 10^4 submissions.

    .venv/bin/python bench/scale.py [N ...]      (default: 100 1000 10000)

``make bench-scale`` runs the default sizes (tens of minutes on a loaded
2-core machine); ``make bench`` runs 30 100 300 so the whole bench stays
under ten minutes.  The synthetic databases are generated once and kept
between runs (``bench.harness.cache``).

For each size a synthetic mission of N diagnostic respondents
(``storage.synthetic``) is built, then each operation runs once in a fresh
child process, which reports its own time and peak RSS (``bench.harness``):
export to a package, import of that package into an empty database, opening
the database and listing missions (``missions``), and the mission's wheel
scores.  The last lines give each operation's growth exponent, the slope of
log(time) and log(memory) on log(N): 1 is linear, 0 flat.  These are growth
figures of single runs at each size (a run at 10^4 takes minutes); the
ratios against raw floors, medians of interleaved runs, are
``bench/package.py``'s.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import growth_exponent, in_child
from bench.package import synthetic_database

SIZES = (100, 1_000, 10_000)
OPERATIONS = ("export", "import", "open", "wheel")


def open_task(database: str) -> None:
    from storage import Database

    with Database(database) as db:
        db.missions()


def wheel_task(database: str) -> None:
    from exports.wheel.mission import mission_wheel
    from storage import Database

    with Database(database) as db:
        (mission,) = db.missions()
        mission_wheel(db, mission.uuid)


def measure(folder: Path, n: int) -> dict[str, tuple[float, float]]:
    database = synthetic_database(folder / f"scale-{n}.sqlite3", n)
    package = folder / f"scale-{n}.xlsx"
    return {
        "export": in_child("bench.package:export_task", database, package),
        "import": in_child("bench.package:import_task", package, folder / f"hq-{n}.sqlite3"),
        "open": in_child("bench.scale:open_task", database),
        "wheel": in_child("bench.scale:wheel_task", database),
    }


def main(sizes: list[int]) -> None:
    results = {}
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="fieldwheel-scale-") as folder:
            results[n] = measure(Path(folder), n)
        cells = "  ".join(
            f"{name} {seconds:.2f}s {megabytes:.0f}MB"
            for name, (seconds, megabytes) in results[n].items()
        )
        print(f"scale N={n}  {cells}", flush=True)
    for name in OPERATIONS:
        times = [results[n][name][0] for n in sizes]
        memory = [results[n][name][1] for n in sizes]
        print(
            f"scale.growth {name} time_exponent={growth_exponent(sizes, times):.2f} "
            f"memory_exponent={growth_exponent(sizes, memory):.2f} "
            f"(N {sizes[0]}..{sizes[-1]}; 1 linear, 0 flat)"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or list(SIZES))
