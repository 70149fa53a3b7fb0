"""Pictures of the mission report for the README: its cover and one inner page.

Builds the sample missions in a temporary database, writes the Cambodia
report and has pdftoppm turn two of its pages into PNG.  Run by ``make
screenshots``; says so and stops when pdftoppm (poppler-utils) is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exports.report.build import write_report
from storage import Database
from storage.demo import build_demo

PAGES = {"report_cover.png": 1, "report_page.png": 5}
"""Picture name -> page: the cover, and the first pillar with its block tables."""


def render(folder: Path) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        print("report screenshots skipped: needs pdftoppm (Debian package poppler-utils)")
        return []
    written = []
    with tempfile.TemporaryDirectory() as work:
        work_path = Path(work)
        with Database(work_path / "demo.sqlite3") as db:
            mission = build_demo(db)
            pdf = write_report(db, mission.uuid, work_path / "report.pdf", by="Sophea Chan")
        for name, page in PAGES.items():
            stem = work_path / Path(name).stem
            subprocess.run(
                [pdftoppm, "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                 str(pdf), str(stem)],
                check=True,
                capture_output=True,
            )  # fmt: skip
            target = folder / name
            shutil.copyfile(stem.with_suffix(".png"), target)
            written.append(target)
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for path in render(out):
        print(path)
