"""Mutation testing of the modules that carry the README's promises (``make mutation``).

mutmut plants one small bug at a time (a flipped comparison, a dropped
call, a changed constant) and runs the tests that reach the changed
function; a mutant no test kills is a promise no test guards.  Each group
of modules is run against its own tests only (mutmut then picks, per
mutant, the tests that reach its function), in a copy of the project of
its own, so the storage mutants do not wait for the package round trips.
Prints each group's share of mutants killed and the total; survivors are
listed and discussed in ``tests/mutation_survivors.md``.

Usage: ``python tests/mutation.py [--work DIR] [--jobs N] [--resume] [--sample K] [GROUP ...]``.

``--sample K`` runs and reports every K-th mutant of each function only (a
deterministic sample, for a machine too loaded to finish a group).  Changing a
group's list of tests or its pytest arguments makes mutmut forget the group's
verdicts (a resumed run checks everything again); new tests in the listed files
and changed tests do not.
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = (
    *("storage", "exports", "forms", "ui", "resources", "tests"),
    *("main.py", "pyproject.toml", "README.md"),  # tests read the README's HQ server grants
)


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
    on_server: bool = True
    """Run the tests marked postgres too (the group's code behaves per backend)."""


PACKAGE = "tests/exports/package"
OPENED_IN_LIBREOFFICE = f"{PACKAGE}/test_roundtrip.py::test_libreoffice_opens_the_package"
SAVED_IN_LIBREOFFICE = (
    f"{PACKAGE}/test_roundtrip.py::test_the_packed_records_survive_a_save_in_libreoffice"
)
WHEEL_SHEET = f"{PACKAGE}/test_roundtrip.py::test_wheel_sheet_has_scores_and_chart"
ROUND_TRIPS = (OPENED_IN_LIBREOFFICE, WHEEL_SHEET)
SLOW_ROUND_TRIPS = (
    f"{PACKAGE}/test_roundtrip.py::test_random_answers_round_trip",
    f"{PACKAGE}/test_roundtrip.py::test_demo_round_trips",
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
            "tests/storage/test_merge_ties.py",
            "tests/storage/search/test_follows_writes.py",
            "tests/storage/test_conflicts.py",
            f"{PACKAGE}/test_merge.py",
            f"{PACKAGE}/test_merge_counts.py",
            f"{PACKAGE}/test_merge_model.py",
            f"{PACKAGE}/test_rollback.py",
            f"{PACKAGE}/test_roundtrip.py",
        ),
        (*ROUND_TRIPS, *SLOW_ROUND_TRIPS),
        explicit_examples=True,
    ),
    "package": Group(
        ("exports/package/content.py", "exports/package/read.py", "exports/package/packed.py"),
        (
            f"{PACKAGE}/test_packed.py",
            f"{PACKAGE}/test_answers_on_demand.py",
            f"{PACKAGE}/test_tamper.py",
            f"{PACKAGE}/test_reading.py",
            f"{PACKAGE}/test_reading_twice.py",
            f"{PACKAGE}/test_audit_on_demand.py",
            f"{PACKAGE}/test_signing.py",
            f"{PACKAGE}/test_refusals.py",
            f"{PACKAGE}/test_hostile.py",
            f"{PACKAGE}/test_roundtrip.py",
            f"{PACKAGE}/test_form_sources.py",
            f"{PACKAGE}/test_chosen_missions.py",
        ),
        # Merging is the merge group's; these round trips take minutes per mutant on a
        # loaded machine and check the hash and reading no more than the tamper tests do
        # (a LibreOffice save is one of them: LibreOffice takes most of a minute).
        (OPENED_IN_LIBREOFFICE, SAVED_IN_LIBREOFFICE, WHEEL_SHEET, *SLOW_ROUND_TRIPS),
        # A package is read and verified before the database is written to: the same
        # tests against a PostgreSQL server add minutes per mutant and nothing here.
        on_server=False,
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

    markers = "not slow" if group.on_server else "not slow and not postgres"
    pytest_args = ["-p", "no:cacheprovider", "-m", markers]
    if group.explicit_examples:
        pytest_args += ["-p", PROFILE_PLUGIN]
    for test in group.left_out:
        pytest_args += ["--deselect", test] if "::" in test else ["--ignore", test]
    return (
        "[mutmut]\n"
        f"source_paths ={lines(['storage', 'exports', 'forms'])}\n"
        f"only_mutate ={lines(group.modules)}\n"
        f"also_copy ={lines(['main.py', 'README.md', 'ui', 'resources', f'{PROFILE_PLUGIN}.py'])}\n"
        f"pytest_add_cli_args_test_selection ={lines(group.tests)}\n"
        f"pytest_add_cli_args ={lines(pytest_args)}\n"
        # A mutant's wall-clock limit is (its tests' time + the constant) x the multiplier:
        # the defaults (1 s, x 15) are less than a forked pytest needs at nice 19 on a
        # loaded machine, where it may get a twentieth of a core, which turned sound
        # mutants into timeouts; a mutant that really loops still stops.
        "timeout_constant = 10\n"
        "timeout_multiplier = 60\n"
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


def run_group(name: str, group: Group, work: Path, jobs: int, resume: bool, sample: int) -> None:
    """Run mutmut (niced: the cores are shared) over one group, or over its sample.
    Resuming finishes the mutants an earlier run did not reach and runs the ones it
    did not kill again, against the tests as they are now."""
    folder = work / name
    prepare(folder, group, resume)
    batches: list[list[str]] = [list(sample_patterns(sample))]
    if resume:
        # The survivors first (quick to retry, and the point of new tests), then the rest.
        known = equivalent() | sql_case_mutants(folder, group)
        left = {
            m: verdict
            for m, verdict in statuses(folder).items()
            if m not in known and in_sample(m, sample)
        }
        retry = [m for m, verdict in left.items() if verdict != "not checked"]
        unchecked = [m for m, verdict in left.items() if verdict == "not checked"]
        batches = [batch for batch in (retry, unchecked) if batch]
    with (folder / "mutmut-run.log").open("a", encoding="utf-8") as log:
        for names in batches:
            subprocess.run(
                ["nice", "-n", "19", MUTMUT, "run", "--max-children", str(jobs), *names],
                cwd=folder,
                env=ENV,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
            )


SAMPLES = (1, 2, 5, 10)
"""A sample is every K-th mutant of each function (its number a multiple of K), which
mutmut's name patterns can pick before the mutants exist: K divides ten."""


def sample_patterns(sample: int) -> tuple[str, ...]:
    """mutmut name patterns of the mutants in the sample (none: all of them)."""
    endings = {1: "", 2: "[02468]", 5: "[05]", 10: "0"}[sample]
    return (f"*__mutmut_*{endings}",) if endings else ()


def in_sample(mutant: str, sample: int) -> bool:
    """Whether a mutant is in the sample of every ``sample``-th mutant."""
    return int(mutant.rpartition("_")[2]) % sample == 0


MUTMUT = str(Path(sys.executable).with_name("mutmut"))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def statuses(folder: Path, *, killed: bool = False) -> dict[str, str]:
    """Each mutant's verdict as ``mutmut results`` gives it (killed ones only if asked)."""
    listing = subprocess.run(
        [MUTMUT, "results", *(["--all", "true"] if killed else [])],
        cwd=folder,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,  # before a run has mutated anything there is nothing to list
    ).stdout
    return {
        line.rpartition(":")[0].strip(): line.rpartition(":")[2].strip()
        for line in listing.splitlines()
        if ":" in line
    }


def counts(name: str, folder: Path, sample: int = 1) -> Counter:
    """Verdicts of one group (or of its sample), printing each mutant not killed.  An
    equivalent mutant not killed (SQL in another case, or explained in the survivors
    file), whether it ran or not, is counted as checked, not killed, and shown apart."""
    found = Counter()
    sql, explained = sql_case_mutants(folder, GROUPS[name]), equivalent()
    for mutant, given in statuses(folder, killed=True).items():
        if not in_sample(mutant, sample):
            continue
        verdict = given
        if given != "killed" and mutant in sql:
            verdict = "equivalent: SQL in another case"
        elif given != "killed" and mutant in explained:
            verdict = "equivalent: explained"
        found[verdict] += 1
        if verdict not in KEPT:
            print(f"  {name}: {mutant}: {verdict}")
    return found


def score_line(found: Counter) -> str:
    """Killed over the mutants checked, then each verdict that is not a kill; a run
    stopped early leaves some unchecked, and the share of all mutants then lies
    between none of them killed and all of them killed."""
    checked = sum(n for verdict, n in found.items() if verdict != "not checked")
    share = 100 * found["killed"] / checked if checked else 0.0
    others = ", ".join(
        f"{verdict} {n}" for verdict, n in sorted(found.items()) if verdict not in KEPT
    )
    total = sum(found.values())
    unchecked = found["not checked"]
    low, high = (
        100 * n / total if total else 0.0 for n in (found["killed"], checked - found["killed"])
    )
    return (
        f"mutants killed: {found['killed']} of {checked} checked = {share:.1f} %"
        + (f" ({others})" if others else "")
        + (
            f"; {unchecked} of {total} not checked (of all: {low:.1f} % killed so far,"
            f" at most {100 - high:.1f} % once checked)"
            if unchecked
            else ""
        )
    )


KEPT = ("killed", "not checked")
SQL_START = re.compile(
    r"\s*(select|insert|update|delete|pragma|with|begin|commit|rollback)\b", re.I
)
QUOTED = re.compile(r"'[^']*'")
SELECTED = re.compile(r"\bselect\b(.*?)\bfrom\b", re.I | re.S)
ALIASES = re.compile(r"\bas\s+(\w+)", re.I)


class _Lowered(ast.NodeTransformer):
    def visit_Constant(self, node: ast.Constant) -> ast.Constant:
        return ast.Constant(node.value.lower()) if isinstance(node.value, str) else node


def _body(function: ast.AST, *, lowered: bool = False) -> str:
    tree = ast.Module(body=copy.deepcopy(function.body), type_ignores=[])
    return ast.dump(_Lowered().visit(tree) if lowered else tree)


def _strings(function: ast.AST) -> list[str]:
    return [
        node.value
        for node in ast.walk(function)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def _is_sql(text: str) -> bool:
    """A statement, or a piece of one: it starts with a verb, binds a ``?``, or selects."""
    selects = re.search(r"\bselect\b.*\bfrom\b", text, re.I | re.S)
    return bool(SQL_START.match(text) or "?" in text or selects)


def sql_in_another_case(original: ast.AST, mutant: ast.AST) -> bool:
    """The mutant only changes the case of SQL, which SQLite ignores: the same code once
    strings are lower-cased, each changed string is SQL, its quoted literals are unchanged,
    and so are its result column list and aliases (a query's dict keys follow them)."""
    if _body(original, lowered=True) != _body(mutant, lowered=True):
        return False
    changed = [(a, b) for a, b in zip(_strings(original), _strings(mutant), strict=True) if a != b]
    return bool(changed) and all(
        _is_sql(a)
        and QUOTED.findall(a) == QUOTED.findall(b)
        and [c.strip() for c in SELECTED.findall(a)] == [c.strip() for c in SELECTED.findall(b)]
        and ALIASES.findall(a) == ALIASES.findall(b)
        for a, b in changed
    )


def _mutated(folder: Path, group: Group) -> dict[str, tuple[ast.AST, ast.AST]]:
    """Each mutant of the group's mutated source, with the function it changes."""
    pairs = {}
    for path in group.modules:
        source = (folder / "mutants" / path).read_text(encoding="utf-8")
        defined = {
            node.name: node
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        module = path.removesuffix(".py").replace("/", ".")
        for function, node in defined.items():
            original = defined.get(re.sub(r"__mutmut_\d+$", "__mutmut_orig", function))
            if re.search(r"__mutmut_\d+$", function) and original is not None:
                pairs[f"{module}.{function}"] = (original, node)
    return pairs


def sql_case_mutants(folder: Path, group: Group) -> set[str]:
    """The group's mutants that only change the case of SQL: never worth a run (they
    cannot be killed), and counted as not killed."""
    if not (folder / "mutants").is_dir():
        return set()
    pairs = _mutated(folder, group)
    return {mutant for mutant, pair in pairs.items() if sql_in_another_case(*pair)}


def survivors(name: str, folder: Path, sample: int = 1) -> None:
    """Each mutant not killed, its change, and whether it is SQL in another case."""
    pairs = _mutated(folder, GROUPS[name])
    for mutant, verdict in statuses(folder).items():
        if verdict == "not checked" or mutant not in pairs or not in_sample(mutant, sample):
            continue
        original, changed = pairs[mutant]
        kind = " [SQL in another case]" if sql_in_another_case(original, changed) else ""
        print(f"{name}: {mutant}: {verdict}{kind}")
        before, after = (
            ast.unparse(original.body).splitlines(),
            ast.unparse(changed.body).splitlines(),
        )
        for line in difflib.unified_diff(before, after, lineterm="", n=0):
            if line[:1] in "+-" and line[:3] not in ("+++", "---"):
                print(f"    {line}")


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
    parser.add_argument(
        "--report", action="store_true", help="only print the figures of the runs so far"
    )
    parser.add_argument(
        "--survivors",
        action="store_true",
        help="only list the mutants not killed so far, each with its change",
    )
    parser.add_argument(
        "--sample",
        type=int,
        choices=SAMPLES,
        default=1,
        metavar="K",
        help="run and report only every K-th mutant of each function (K = 2, 5 or 10)",
    )
    args = parser.parse_args(argv)
    unknown = set(args.groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group {sorted(unknown)[0]}; choose from {', '.join(GROUPS)}")
    totals: Counter = Counter()
    for name in args.groups or list(GROUPS):
        if args.survivors:
            survivors(name, args.work / name, args.sample)
            continue
        if not args.report:
            run_group(name, GROUPS[name], args.work, args.jobs, args.resume, args.sample)
        found = counts(name, args.work / name, args.sample)
        sampled = f" (sample: every {args.sample}th mutant)" if args.sample > 1 else ""
        print(f"{name}{sampled}: {score_line(found)}", flush=True)
        totals += found
    print(f"all groups: {score_line(totals)}")
    return 0 if totals else 1


if __name__ == "__main__":
    sys.exit(main())
