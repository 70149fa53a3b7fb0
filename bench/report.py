"""How long the full Cambodia report takes, against Typst typesetting a plain document as long.

Ours: ``main.py report`` for the sample Cambodia mission, in a fresh process
as a person runs it (imports, reading the database, scoring the wheel,
three charts drawn as SVG, typesetting, writing the file).  Floor: a fresh
process that imports the Typst binding and typesets a plain document with
the same number of pages and the same fonts: what any PDF of that length
costs with this typesetter.  Median of several runs, interleaved so machine
load hits both alike; CPU time (user + system of the child) is printed too,
since this machine is shared.  Targets: ours <= 5 s; the ratio is recorded.

Run: .venv/bin/python bench/report.py
"""

from __future__ import annotations

import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exports.shared.fonts import FONT_DIR
from storage import Database
from storage.demo import build_demo

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
PLAIN = """
#set page(paper: "a4", numbering: "1 / 1")
#set text(font: "Noto Sans", size: 9.5pt)
#for i in range({pages}) [
  = Section #(i + 1)
  #lorem(520)
  #pagebreak(weak: true)
]
"""
FLOOR = """
import sys, typst
fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                    font_paths=[sys.argv[2]])
typst.compile(sys.argv[1], output=sys.argv[3], font_paths=fonts, ignore_system_fonts=True)
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        database = folder / "demo.sqlite3"
        with Database(database) as db:
            mission = build_demo(db).uuid
        report = folder / "report.pdf"
        ours = [
            sys.executable, str(ROOT / "main.py"), "--db", str(database),
            "report", "--mission", mission, "--out", str(report),
        ]  # fmt: skip
        subprocess.run(ours, check=True, capture_output=True)  # warm the disk cache
        pages = len(re.findall(rb"/Type\s*/Page\b", report.read_bytes()))
        plain = folder / "plain.typ"
        plain.write_text(PLAIN.format(pages=pages), encoding="utf-8")
        floor = [sys.executable, "-c", FLOOR, str(plain), str(FONT_DIR), str(folder / "p.pdf")]
        subprocess.run(floor, check=True, capture_output=True)
        samples: dict[str, list[tuple[float, float]]] = {"ours": [], "floor": []}
        for _ in range(RUNS):
            samples["ours"].append(timed(ours))
            samples["floor"].append(timed(floor))
    wall = {k: statistics.median(w for w, _ in v) for k, v in samples.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in samples.items()}
    print(
        f"report.full_cambodia ratio={wall['ours'] / wall['floor']:.2f} "
        f"(ours {wall['ours']:.2f} s wall / {cpu['ours']:.2f} s CPU, {pages} pages; "
        f"plain Typst document {wall['floor']:.2f} s wall / {cpu['floor']:.2f} s CPU; "
        f"target ours <= 5 s)"
    )


if __name__ == "__main__":
    main()
