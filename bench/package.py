"""The Excel package against raw floors, and its memory at N and 2N submissions.

    .venv/bin/python bench/package.py [N]

Every figure is ours/floor (lower is better; ``bench.harness``): export
against openpyxl write-only writing the package's readable cells: the visible
sheets and the readable audit log, which is hidden only so that printing the
package does not print every change (the hidden canonical records are ours
to make cheap), import-and-merge into an empty database
against python-calamine reading every sheet of the same file (the target),
and against the least a safe import does (the hostile-file checks of
``forms.untrusted``, that read, and executemany of the same records into
the same schema), all medians of interleaved runs.  Memory is the peak RSS
of a child process that only exports (or imports) N and then 2N synthetic
respondents: flat means a ratio near 1.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import interleaved, median_time, peak_rss_mb, ratio
from bench.harness.cache import cached_database

DEFAULT_N = 200


def synthetic_database(path: Path, respondents: int) -> Path:
    """A copy at ``path`` of ``respondents`` synthetic diagnostics, generated once (cached)."""
    return cached_database(f"synthetic-{respondents}", lambda into: _build(into, respondents), path)


def _build(path: Path, respondents: int) -> None:
    from storage import Database
    from storage.synthetic import build_synthetic

    with Database(path) as db:
        build_synthetic(db, respondents)


def export_task(database: str, out: str) -> None:
    from exports.package.write import export_package
    from storage import Database

    with Database(database) as db:
        export_package(db, out, charts=False)


def import_task(package: str, database: str) -> None:
    from exports.package.importing import import_package
    from storage import Database

    Path(database).unlink(missing_ok=True)
    with Database(database) as db:
        import_package(db, package)


def read_task(package: str) -> None:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(package)
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()


def checked_read_and_insert(package: Path, records: dict[str, list[dict]], database: Path) -> None:
    """The least any safe import does: the hostile-file checks, calamine, executemany."""
    from forms.untrusted.archive import open_workbook_zip
    from forms.untrusted.limits import PACKAGE_LIMITS
    from storage import Database

    data = package.read_bytes()
    open_workbook_zip(data, package.name, PACKAGE_LIMITS).close()  # every sheet: all are read
    read_task(str(package))
    database.unlink(missing_ok=True)
    with Database(database) as db, db.transaction() as tx:
        for table, rows in records.items():
            if rows:
                columns = list(rows[0])
                tx.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                    f"({', '.join('?' * len(columns))})",
                    [tuple(row.values()) for row in rows],
                )


def package_records(package: Path) -> dict[str, list[dict]]:
    from exports.package import content
    from exports.package.read import read_package

    tables = read_package(package).tables
    return {
        "forms": list(tables[content.FORMS.sheet]),
        "missions": list(tables[content.MISSIONS.sheet]),
        "submissions": list(tables[content.SUBMISSIONS.sheet]),
        "answers": list(tables[content.ANSWERS.sheet]),
        "audit": list(tables[content.AUDIT.sheet]),  # unpacked when walked
    }


def readable_cells(package: Path) -> dict[str, list[list]]:
    """The cells of the sheets a person reads, as calamine reads them back."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    from exports.package.readable import AUDIT_SHEET

    workbook = CalamineWorkbook.from_path(str(package))
    return {
        sheet.name: workbook.get_sheet_by_name(sheet.name).to_python()
        for sheet in workbook.sheets_metadata
        if sheet.visible == SheetVisibleEnum.Visible or sheet.name.startswith(AUDIT_SHEET)
    }


def raw_write(cells: dict[str, list[list]], target: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, rows in cells.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(target)


def export_figure(database: Path, folder: Path, n: int) -> tuple[str, Path]:
    out = folder / f"package-{n}.xlsx"
    export_task(str(database), str(out))  # warms the form cache
    cells = readable_cells(out)
    count = sum(len(row) for rows in cells.values() for row in rows)
    ours, floor = interleaved(
        lambda: export_task(str(database), str(out)), lambda: raw_write(cells, folder / "raw.xlsx")
    )
    line = ratio(
        "package.export", ours, floor, target="<= 1.25", readable_cells=count, submissions=n
    )
    return line, out


def import_figures(package: Path, folder: Path, n: int) -> list[str]:
    from exports.package.importing import import_package
    from storage import Database

    target = str(folder / "hq.sqlite3")
    ours, floor = interleaved(
        lambda: import_task(str(package), target), lambda: read_task(str(package))
    )
    with Database(folder / "again.sqlite3") as hq:
        import_package(hq, package)
        again = median_time(lambda: import_package(hq, package))
    records = package_records(package)
    ours_again, full_floor = interleaved(
        lambda: import_task(str(package), target),
        lambda: checked_read_and_insert(package, records, folder / "floor.sqlite3"),
    )
    return [
        ratio("package.import", ours, floor, target="<= 2", submissions=n),
        ratio("package.import_vs_checks_read_insert", ours_again, full_floor, submissions=n),
        ratio("package.reimport_noop", again, floor, submissions=n),
    ]


def memory_figures(small: Path, large: Path, folder: Path, n: int) -> list[str]:
    packages = {tag: folder / f"m-{tag}.xlsx" for tag in ("n", "2n")}
    export = [
        peak_rss_mb("bench.package:export_task", db, packages[tag])
        for db, tag in ((small, "n"), (large, "2n"))
    ]
    imported = [
        peak_rss_mb("bench.package:import_task", packages[tag], folder / f"m-{tag}.sqlite3")
        for tag in ("n", "2n")
    ]
    read = peak_rss_mb("bench.package:read_task", packages["2n"])
    return [
        ratio("package.memory.export_2N_vs_N", export[1], export[0], unit="MB", target="<= 1.25"),
        ratio(
            "package.memory.import_2N_vs_N", imported[1], imported[0], unit="MB", target="<= 1.25"
        ),
        ratio("package.memory.import_vs_read", imported[1], read, unit="MB", submissions=2 * n),
    ]


def main(n: int) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldwheel-bench-") as name:
        figures(Path(name), n)


def figures(folder: Path, n: int) -> None:
    small = synthetic_database(folder / "n.sqlite3", n)
    line, package = export_figure(small, folder, n)
    print(line, flush=True)
    for line in import_figures(package, folder, n):
        print(line, flush=True)
    large = synthetic_database(folder / "2n.sqlite3", 2 * n)
    for line in memory_figures(small, large, folder, n):
        print(line, flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N)
