"""The HQ server: importing a package into PostgreSQL, and four analysts importing at once.

    .venv/bin/python bench/postgres.py [N]

Two figures, ours/floor as every bench (``bench.harness``):

- ``postgres.import_vs_sqlite``: importing one package of N synthetic
  respondents into an empty PostgreSQL database, against the same import
  into an empty SQLite file (target ≤ 1.5).  Each run starts from a freshly
  created, already migrated database, outside the timing; runs alternate.
- ``postgres.four_at_once_vs_in_a_row``: four packages of different missions
  imported by four processes at once into one server database, against the
  same four imported one after another by four processes (target < 1: at
  once is faster).  Process start-up is in both.

The server is a throwaway cluster (``tests/postgres_server.py``: unix
socket, fsync on), or the one ``FIELDWHEEL_TEST_POSTGRES`` names.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import ROOT, RUNS, ratio

DEFAULT_N = 100
PARALLEL = 4
PARALLEL_RUNS = 5


def package_of(folder: Path, respondents: int) -> Path:
    """A signed package of one synthetic mission of ``respondents`` (their own mission)."""
    from exports.package.write import export_package
    from storage import Database
    from storage.synthetic import build_synthetic

    with Database(folder / f"field-{respondents}.sqlite3") as field:
        build_synthetic(field, respondents)
        export_package(field, folder / f"package-{respondents}.xlsx", charts=False)
    return folder / f"package-{respondents}.xlsx"


def import_task(package: str, location: str) -> None:
    """One analyst's import (run in a child process by the concurrency figure)."""
    from exports.package.importing import import_package
    from storage import Database

    with Database(location) as db:
        import_package(db, package)


def _timed_import(package: Path, make_empty: Callable[[], str]) -> float:
    from exports.package.importing import import_package
    from storage import Database

    with Database(make_empty()) as db:
        start = time.perf_counter()
        import_package(db, package)
        return time.perf_counter() - start


def import_figure(empty_server: Callable[[], str], package: Path, folder: Path, n: int) -> str:
    from storage import Database

    made = itertools.count()

    def empty_sqlite() -> str:
        path = folder / f"hq-{next(made)}.sqlite3"
        Database(path).close()
        return str(path)

    _timed_import(package, empty_server)  # the first import pays for loading the code
    sqlite_times, server_times = [], []
    for _ in range(RUNS):
        server_times.append(_timed_import(package, empty_server))
        sqlite_times.append(_timed_import(package, empty_sqlite))
    ours, floor = statistics.median(server_times), statistics.median(sqlite_times)
    return ratio("postgres.import_vs_sqlite", ours, floor, target="<= 1.5", submissions=n)


def _children(packages: list[Path], url: str, *, at_once: bool) -> float:
    """Seconds for one child process per package, all started together or one by one."""
    command = [
        sys.executable,
        "-c",
        "import sys; from bench.postgres import import_task; import_task(sys.argv[1], sys.argv[2])",
    ]
    start = time.perf_counter()
    if at_once:
        running = [subprocess.Popen([*command, str(p), url], cwd=ROOT) for p in packages]
        codes = [child.wait() for child in running]
    else:
        codes = [
            subprocess.run([*command, str(p), url], cwd=ROOT, check=False).returncode
            for p in packages
        ]
    elapsed = time.perf_counter() - start
    if any(codes):
        raise RuntimeError(f"an import failed (exit codes {codes})")
    return elapsed


def concurrency_figure(empty_server: Callable[[], str], packages: list[Path], n: int) -> str:
    at_once, in_a_row = [], []
    for _ in range(PARALLEL_RUNS):
        at_once.append(_children(packages, empty_server(), at_once=True))
        in_a_row.append(_children(packages, empty_server(), at_once=False))
    return ratio(
        "postgres.four_at_once_vs_in_a_row",
        statistics.median(at_once),
        statistics.median(in_a_row),
        target="< 1",
        packages=len(packages),
        submissions_each=n,
    )


def main(n: int) -> None:
    from storage import Database
    from tests.postgres_server import PostgresMissingError, find_bindir, running_server

    try:
        find_bindir()
    except PostgresMissingError as missing:
        if not os.environ.get("FIELDWHEEL_TEST_POSTGRES"):
            print(f"postgres skipped: {missing}")
            return
    folder = Path(tempfile.mkdtemp(prefix="fieldwheel-bench-pg-"))
    packages = [package_of(folder, n + offset) for offset in range(PARALLEL)]
    with running_server() as server, contextlib.ExitStack() as databases:

        def empty_server() -> str:
            """A new server database, migrated outside the timing, dropped at the end."""
            url = databases.enter_context(server.fresh_database())
            Database(url).close()
            return url

        print(import_figure(empty_server, packages[0], folder, n), flush=True)
        print(concurrency_figure(empty_server, packages, n), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N)
