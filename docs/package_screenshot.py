"""Picture of the Excel package as a spreadsheet program shows it (for the README).

Builds the sample mission in a temporary database, exports its package,
keeps a copy with only the chosen sheets set to print landscape on one page
width, and has LibreOffice (headless) print that to PDF; pdftoppm turns the
first page into PNG.  Run by ``make screenshots``; says so and stops when
LibreOffice or pdftoppm is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from exports.package.write import export_package
from storage import Database
from storage.demo import build_demo

SHEETS = {"package_about.png": ("About", None), "package_diagnostic.png": ("diagnostic", 7)}
"""Picture name -> (sheet, how many leading columns to show; None for all)."""


def render(folder: Path) -> list[Path]:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("package screenshots skipped: needs LibreOffice (soffice) and pdftoppm")
        return []
    written = []
    with tempfile.TemporaryDirectory() as work:
        work_path = Path(work)
        with Database(work_path / "demo.sqlite3") as db:
            mission = build_demo(db)
            package = work_path / "package.xlsx"
            export_package(db, package, missions=[mission.uuid], by="Screenshot")
        for name, (sheet, columns) in SHEETS.items():
            copy = work_path / f"{Path(name).stem}.xlsx"
            _one_sheet(package, copy, sheet, columns)
            subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "--outdir", work, str(copy)],
                check=True,
                capture_output=True,
                timeout=180,
            )
            stem = work_path / Path(name).stem
            subprocess.run(
                [
                    pdftoppm,
                    "-png",
                    "-r",
                    "110",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(copy.with_suffix(".pdf")),
                    str(stem),
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
            target = folder / name
            _crop_to_content(stem.with_suffix(".png"), target)
            written.append(target)
    return written


def _crop_to_content(source: Path, target: Path, margin: int = 12) -> None:
    """Cut the blank page around the printed table."""
    from matplotlib.image import imread, imsave

    pixels = imread(source)
    ink = (pixels[:, :, :3] < 0.95).any(axis=2).nonzero()
    top, bottom = max(ink[0].min() - margin, 0), ink[0].max() + margin
    left, right = max(ink[1].min() - margin, 0), ink[1].max() + margin
    imsave(target, pixels[top:bottom, left:right])


def _one_sheet(package: Path, copy: Path, keep: str, columns: int | None) -> None:
    workbook = load_workbook(package)
    for sheet in list(workbook.worksheets):
        if sheet.title != keep:
            workbook.remove(sheet)
    sheet = workbook[keep]
    sheet.sheet_state = "visible"
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.gridLines = True
    if columns:
        sheet.print_area = f"A1:{get_column_letter(columns)}{sheet.max_row}"
    workbook.save(copy)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for path in render(out):
        print(path)
