"""Mutation testing of the modules that carry the README's promises (``make mutation``).

mutmut plants one small bug at a time (a flipped comparison, a dropped
call, a changed constant) and runs the tests that reach the changed
function; a mutant no test kills is a promise no test guards.  Each group
of modules is run against its own tests only (mutmut then picks, per
mutant, the tests that reach its function), in a copy of the project of
its own, so the storage mutants do not wait for the package round trips.
Prints each group's share of mutants killed and the total; survivors are
listed and discussed in ``tests/mutation_survivors.md``.

Usage: ``python tests/mutation.py [--work DIR] [--jobs N] [GROUP ...]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("storage", "exports", "forms", "ui", "resources", "tests", "main.py", "pyproject.toml")


@dataclass(frozen=True)
class Group:
    """Modules mutated together and the tests that may kill their mutants."""

    modules: tuple[str, ...]
    tests: tuple[str, ...]


GROUPS = {
    "wheel": Group(("forms/wheel/scores.py",), ("tests/forms/wheel",)),
    "storage": Group(
        (
            "storage/connection.py",
            "storage/database.py",
            "storage/conflicts.py",
            "storage/editing.py",
        ),
        ("tests/storage",),
    ),
    "merge-and-package": Group(
        ("storage/merge.py", "exports/package/content.py", "exports/package/read.py"),
        (
            "tests/storage/test_merge_rules.py",
            "tests/storage/test_conflicts.py",
            "tests/exports/package",
        ),
    ),
}


def setup_cfg(group: Group) -> str:
    """mutmut's settings for one group; the slow kill trials are left to ``make test``."""

    def lines(values: tuple[str, ...] | list[str]) -> str:
        return "".join(f"\n    {value}" for value in values)

    return (
        "[mutmut]\n"
        f"source_paths ={lines(['storage', 'exports', 'forms'])}\n"
        f"only_mutate ={lines(group.modules)}\n"
        f"also_copy ={lines(['main.py', 'ui', 'resources'])}\n"
        f"pytest_add_cli_args_test_selection ={lines(group.tests)}\n"
        f"pytest_add_cli_args ={lines(['-p', 'no:cacheprovider', '-m', 'not slow'])}\n"
    )


def prepare(folder: Path, group: Group) -> None:
    """A fresh copy of the project with the group's settings."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", ".hypothesis", "*.sqlite3*")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=ignore)
        else:
            shutil.copy2(source, folder / name)
    (folder / "setup.cfg").write_text(setup_cfg(group), encoding="utf-8")


def run_group(name: str, group: Group, work: Path, jobs: int) -> dict[str, int]:
    """Run mutmut over one group; returns its counts and prints its survivors."""
    folder = work / name
    prepare(folder, group)
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with (folder / "mutmut-run.log").open("w", encoding="utf-8") as log:
        subprocess.run(
            [mutmut, "run", "--max-children", str(jobs)],
            cwd=folder,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    subprocess.run([mutmut, "export-cicd-stats"], cwd=folder, env=env, check=True)
    stats = json.loads((folder / "mutants" / "mutmut-cicd-stats.json").read_text("utf-8"))
    results = subprocess.run(
        [mutmut, "results"], cwd=folder, env=env, capture_output=True, text=True, check=True
    )
    for line in results.stdout.splitlines():
        print(f"  {name}: {line.strip()}")
    print(f"{name}: {score_line(stats)}", flush=True)
    return stats


def score_line(stats: dict[str, int]) -> str:
    """Killed over all mutants, then each kind of mutant that was not killed."""
    total = stats["total"]
    killed = stats["killed"]
    share = 100 * killed / total if total else 0.0
    others = ", ".join(
        f"{kind.replace('_', ' ')} {stats[kind]}"
        for kind in ("survived", "no_tests", "timeout", "suspicious", "skipped", "segfault")
        if stats.get(kind)
    )
    return f"mutants killed: {killed} of {total} = {share:.1f} %" + (
        f" ({others})" if others else ""
    )


def main(argv: list[str] | None = None) -> int:
    """Run the chosen groups (all by default) and print the shares killed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", help=f"groups to run: {', '.join(GROUPS)}")
    parser.add_argument("--work", type=Path, default=ROOT / ".mutation", help="scratch folder")
    parser.add_argument("--jobs", type=int, default=2, help="mutants run at once")
    args = parser.parse_args(argv)
    unknown = set(args.groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group {sorted(unknown)[0]}; choose from {', '.join(GROUPS)}")
    totals: dict[str, int] = {}
    for name in args.groups or list(GROUPS):
        stats = run_group(name, GROUPS[name], args.work, args.jobs)
        for key, value in stats.items():
            if isinstance(value, int) and not isinstance(value, bool):
                totals[key] = totals.get(key, 0) + value
    print(f"all groups: {score_line(totals)}")
    return 0 if totals.get("total") else 1


if __name__ == "__main__":
    sys.exit(main())
