"""Mutation testing of the modules that carry the README's promises (``make mutation``).

mutmut plants one small bug at a time (a flipped comparison, a dropped
call, a changed constant) and runs the tests that reach the changed
function; a mutant no test kills is a promise no test guards.  Each group
of modules is run against its own tests only (mutmut then picks, per
mutant, the tests that reach its function), in a copy of the project of
its own, so the storage mutants do not wait for the package round trips.
Prints each group's share of mutants killed and the total; survivors are
listed and discussed in ``tests/mutation_survivors.md``.

Usage: ``python tests/mutation.py [--work DIR] [--jobs N] [--resume] [GROUP ...]``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("storage", "exports", "forms", "ui", "resources", "tests", "main.py", "pyproject.toml")


@dataclass(frozen=True)
class Group:
    """Modules mutated together, the tests that may kill their mutants, and slow tests
    left out because they check nothing about these modules that a faster test does not."""

    modules: tuple[str, ...]
    tests: tuple[str, ...]
    left_out: tuple[str, ...] = ()
    explicit_examples: bool = False
    """Run property tests on their written examples only: the same cases for every
    mutant (a random case could kill one mutant and spare its twin) and minutes fewer."""


PACKAGE = "tests/exports/package"
ROUND_TRIPS = (
    f"{PACKAGE}/test_roundtrip.py::test_libreoffice_opens_the_package",
    f"{PACKAGE}/test_roundtrip.py::test_wheel_sheet_has_scores_and_chart",
)
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
        # The demo's contents are its own promise; its two tests take a third of the group.
        ("tests/storage/test_demo.py",),
    ),
    "merge": Group(
        ("storage/merge.py",),
        (
            "tests/storage/test_merge_rules.py",
            "tests/storage/test_conflicts.py",
            f"{PACKAGE}/test_merge.py",
            f"{PACKAGE}/test_merge_counts.py",
            f"{PACKAGE}/test_merge_model.py",
            f"{PACKAGE}/test_rollback.py",
            f"{PACKAGE}/test_roundtrip.py",
        ),
        (
            *ROUND_TRIPS,
            f"{PACKAGE}/test_roundtrip.py::test_random_answers_round_trip",
            f"{PACKAGE}/test_roundtrip.py::test_demo_round_trips",
        ),
        explicit_examples=True,
    ),
    "package": Group(
        ("exports/package/content.py", "exports/package/read.py"),
        (
            f"{PACKAGE}/test_tamper.py",
            f"{PACKAGE}/test_reading.py",
            f"{PACKAGE}/test_signing.py",
            f"{PACKAGE}/test_refusals.py",
            f"{PACKAGE}/test_hostile.py",
            f"{PACKAGE}/test_roundtrip.py",
        ),
        # Merging is the merge group's; these round trips take minutes per mutant on a
        # loaded machine and check the hash and reading no more than the tamper tests do.
        (
            *ROUND_TRIPS,
            f"{PACKAGE}/test_roundtrip.py::test_random_answers_round_trip",
            f"{PACKAGE}/test_roundtrip.py::test_demo_round_trips",
        ),
    ),
}


PROFILE_PLUGIN = "mutation_examples"
PROFILE = """from hypothesis import Phase, settings

settings.register_profile("mutation", phases=[Phase.explicit], database=None)
settings.load_profile("mutation")
"""


def setup_cfg(group: Group) -> str:
    """mutmut's settings for one group; the slow kill trials are left to ``make test``."""

    def lines(values: tuple[str, ...] | list[str]) -> str:
        return "".join(f"\n    {value}" for value in values)

    pytest_args = ["-p", "no:cacheprovider", "-m", "not slow"]
    if group.explicit_examples:
        pytest_args += ["-p", PROFILE_PLUGIN]
    for test in group.left_out:
        pytest_args += ["--deselect", test] if "::" in test else ["--ignore", test]
    return (
        "[mutmut]\n"
        f"source_paths ={lines(['storage', 'exports', 'forms'])}\n"
        f"only_mutate ={lines(group.modules)}\n"
        f"also_copy ={lines(['main.py', 'ui', 'resources', f'{PROFILE_PLUGIN}.py'])}\n"
        f"pytest_add_cli_args_test_selection ={lines(group.tests)}\n"
        f"pytest_add_cli_args ={lines(pytest_args)}\n"
        # A mutant's wall-clock limit is (its tests' time + this) x 15: the default of one
        # second is less than a forked pytest needs to start on a loaded machine, which
        # turned sound mutants into timeouts; a mutant that really loops still stops.
        "timeout_constant = 10\n"
    )


def prepare(folder: Path, group: Group, resume: bool) -> None:
    """A fresh copy of the project with the group's settings, or, to resume, the
    earlier copy (and its mutmut results) with today's tests."""
    ignore = shutil.ignore_patterns("__pycache__", ".hypothesis", "*.sqlite3*")
    if resume:
        shutil.rmtree(folder / "tests")
        shutil.copytree(ROOT / "tests", folder / "tests", ignore=ignore)
        (folder / "setup.cfg").write_text(setup_cfg(group), encoding="utf-8")
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=ignore)
        else:
            shutil.copy2(source, folder / name)
    (folder / "setup.cfg").write_text(setup_cfg(group), encoding="utf-8")
    (folder / f"{PROFILE_PLUGIN}.py").write_text(PROFILE, encoding="utf-8")


def not_killed(results: str) -> list[str]:
    """The mutant names in ``mutmut results`` output (it lists those not killed yet)."""
    return [line.split(":")[0].strip() for line in results.splitlines() if ":" in line]


def equivalent() -> set[str]:
    """Mutants ``tests/mutation_survivors.md`` explains as equivalent (no test can kill
    them): a resumed run does not spend the cores on them again; they stay counted as
    not killed."""
    text = (ROOT / "tests" / "mutation_survivors.md").read_text(encoding="utf-8")
    section = text.partition("## Equivalent")[2].partition("\n## ")[0]
    return set(re.findall(r"`([^`\s]+__mutmut_\d+)`", section))


def run_group(name: str, group: Group, work: Path, jobs: int, resume: bool) -> dict[str, int]:
    """Run mutmut (niced: the cores are shared) over one group; returns its counts and
    prints its survivors.  Resuming finishes the mutants an earlier run did not reach
    and runs the ones it did not kill again, against the tests as they are now."""
    folder = work / name
    prepare(folder, group, resume)
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def results() -> str:
        return subprocess.run(
            [mutmut, "results"], cwd=folder, env=env, capture_output=True, text=True, check=True
        ).stdout

    # Named mutants are run even if decided before; mutmut runs only those.
    again = [m for m in not_killed(results()) if m not in equivalent()] if resume else []
    with (folder / "mutmut-run.log").open("a", encoding="utf-8") as log:
        subprocess.run(
            ["nice", "-n", "10", mutmut, "run", "--max-children", str(jobs), *again],
            cwd=folder,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    subprocess.run([mutmut, "export-cicd-stats"], cwd=folder, env=env, check=True)
    stats = json.loads((folder / "mutants" / "mutmut-cicd-stats.json").read_text("utf-8"))
    for line in results().splitlines():
        if not line.endswith("not checked"):
            print(f"  {name}: {line.strip()}")
    print(f"{name}: {score_line(stats)}", flush=True)
    return stats


KINDS = ("survived", "no_tests", "timeout", "suspicious", "skipped", "segfault")


def score_line(stats: dict[str, int]) -> str:
    """Killed over the mutants checked, then each kind of mutant that was not killed
    (a run stopped early leaves some unchecked; they count for nothing either way)."""
    decided = stats["killed"] + sum(stats.get(kind, 0) for kind in KINDS)
    decided += stats.get("check_was_interrupted_by_user", 0)
    unchecked = stats["total"] - decided
    share = 100 * stats["killed"] / decided if decided else 0.0
    others = ", ".join(
        f"{kind.replace('_', ' ')} {stats[kind]}" for kind in KINDS if stats.get(kind)
    )
    return (
        f"mutants killed: {stats['killed']} of {decided} checked = {share:.1f} %"
        + (f" ({others})" if others else "")
        + (f"; {unchecked} of {stats['total']} not checked" if unchecked else "")
    )


def main(argv: list[str] | None = None) -> int:
    """Run the chosen groups (all by default) and print the shares killed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", help=f"groups to run: {', '.join(GROUPS)}")
    parser.add_argument("--work", type=Path, default=ROOT / ".mutation", help="scratch folder")
    parser.add_argument("--jobs", type=int, default=2, help="mutants run at once")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="keep the earlier run's results: finish it and retry what it did not kill",
    )
    args = parser.parse_args(argv)
    unknown = set(args.groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group {sorted(unknown)[0]}; choose from {', '.join(GROUPS)}")
    totals: dict[str, int] = {}
    for name in args.groups or list(GROUPS):
        stats = run_group(name, GROUPS[name], args.work, args.jobs, args.resume)
        for key, value in stats.items():
            if isinstance(value, int) and not isinstance(value, bool):
                totals[key] = totals.get(key, 0) + value
    print(f"all groups: {score_line(totals)}")
    return 0 if totals.get("total") else 1


if __name__ == "__main__":
    sys.exit(main())
