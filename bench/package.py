"""Benchmark the Excel package against raw floors, and its memory at N and 2N submissions.

    .venv/bin/python bench/package.py [N]

Prints ``ratio = floor time / our time`` (1.0 = as fast as the floor):
export against openpyxl write-only writing the very same cells, import and
merge against python-calamine reading the same file.  Peak memory is
tracemalloc's, for exporting N and 2N submissions (flat means streaming).
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from exports.package.importing import import_package
from exports.package.write import export_package
from forms.library import load_builtin
from storage import Database
from storage.editing import store_form

REPEATS = 3


def build(path: Path, submissions: int) -> None:
    """Diagnostic interviews (every question answered, edited twice) and workshops with repeats."""
    diagnostic, workshop = load_builtin("diagnostic"), load_builtin("validation_workshop")
    with Database(path) as db:
        store_form(db, diagnostic)
        store_form(db, workshop)
        mission = db.create_mission("KHM", "Bench mission", "strategy", team=["Sok"])
        for index in range(submissions):
            form = diagnostic if index % 4 else workshop
            submission = db.create_submission(mission.uuid, form.id, form.version, "Sok")
            db.save_answers(submission.uuid, _answers(form, index), "Sok")
            db.save_answers(submission.uuid, _answers(form, index + 1), "Dara")


def _answers(form, index: int) -> dict[str, str]:
    answers = {}
    for question in form.questions():
        if question.type in ("note", "calculate"):
            continue
        path = question.path
        if path.startswith(("attendees/", "priorities/")):
            head, rest = path.split("/", 1)
            for n in range(1, 9):
                answers[f"{head}[{n}]/{rest}"] = _value(form, question, index + n)
        else:
            answers[path] = _value(form, question, index)
    return answers


def _value(form, question, index: int) -> str:
    if question.type in ("select_one", "select_multiple"):
        choices = form.choice_lists[question.choice_list].choices
        return choices[index % len(choices)].name
    if question.type == "integer":
        return str(index % 90 + 1)
    if question.type == "decimal":
        return f"{index % 97}.5"
    if question.type == "date":
        return f"2026-0{index % 9 + 1}-1{index % 9}"
    return f"Observation {index}: the ministry reported progress on item {index % 13}."


def best(function, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def raw_write(cells: dict[str, list[list]], target: Path) -> None:
    workbook = Workbook(write_only=True)
    for name, rows in cells.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(target)


def raw_read(path: Path) -> None:
    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()


def peak(function) -> float:
    tracemalloc.start()
    function()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 1024**2


def main(n: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fieldwheel-bench-"))
    database = folder / "bench.sqlite3"
    build(database, n)
    out = folder / "package.xlsx"
    with Database(database) as db:
        export_package(db, out, charts=False)  # warm the form cache
        ours = best(lambda: export_package(db, out, charts=False))
        charts = best(lambda: export_package(db, out), repeats=1)
    workbook = CalamineWorkbook.from_path(str(out))
    cells = {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}
    count = sum(len(row) for rows in cells.values() for row in rows)
    floor = best(lambda: raw_write(cells, folder / "raw.xlsx"))
    print(
        f"package.export ratio={floor / ours:.2f} ours={ours:.3f}s raw_openpyxl={floor:.3f}s "
        f"cells={count} submissions={n} (with wheel charts: {charts:.3f}s)"
    )

    def merge_into_empty() -> None:
        target = folder / f"hq-{time.perf_counter_ns()}.sqlite3"
        with Database(target) as hq:
            import_package(hq, out)

    merge_into_empty()  # warm caches
    ours_import = best(merge_into_empty)
    floor_read = best(lambda: raw_read(out))
    with Database(folder / "hq-again.sqlite3") as hq:
        import_package(hq, out)
        again = best(lambda: import_package(hq, out))
    print(
        f"package.import ratio={floor_read / ours_import:.2f} ours={ours_import:.3f}s "
        f"raw_calamine={floor_read:.3f}s reimport_noop={again:.3f}s"
    )

    double = folder / "double.sqlite3"
    build(double, 2 * n)
    with Database(database) as db:
        small = peak(lambda: export_package(db, out, charts=False))
    with Database(double) as db:
        large = peak(lambda: export_package(db, folder / "double.xlsx", charts=False))
    print(
        f"package.memory export N={n} peak={small:.1f}MB 2N={2 * n} peak={large:.1f}MB "
        f"growth={large / small:.2f}x"
    )
    import_small = peak(lambda: import_package(Database(folder / "m1.sqlite3"), out))
    import_large = peak(
        lambda: import_package(Database(folder / "m2.sqlite3"), folder / "double.xlsx")
    )
    print(
        f"package.memory import N={n} peak={import_small:.1f}MB 2N={2 * n} "
        f"peak={import_large:.1f}MB growth={import_large / import_small:.2f}x"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
