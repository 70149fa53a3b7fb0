"""``report``: the mission report or the workshop minutes as a PDF."""

from __future__ import annotations

import argparse
import sys


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report",
        help="write a mission's report (or its workshop minutes) as a PDF",
        description="Typeset the mission report: cover, summary, the wheel, one section per "
        "pillar, workshop outcomes and annexes; or, with --kind workshop, the validation "
        "workshop's minutes.",
    )
    parser.add_argument("--mission", required=True, metavar="UUID", help="the mission")
    parser.add_argument("--out", required=True, metavar="R.pdf", help="the PDF to write")
    parser.add_argument(
        "--lang", default="en", choices=("en", "fr", "es", "ar", "km"), help="report language"
    )
    parser.add_argument(
        "--kind",
        default="full",
        choices=("full", "workshop"),
        help="the full report, or the validation workshop's minutes",
    )
    parser.add_argument("--paper", default="a4", choices=("a4", "letter"), help="paper size")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    # Imported here: main.py registers every command at start-up, window included.
    from exports.report.build import ReportOptions, write_report

    def progress(done: int, total: int, label: str) -> None:
        if label != "done":
            print(f"[{done + 1}/{total}] {label}…", file=sys.stderr, flush=True)

    options = ReportOptions(language=args.lang, kind=args.kind, paper=args.paper)
    with args.open_database() as db:
        path = write_report(db, args.mission, args.out, options, progress=progress)
    print(f"report written to {path}", file=sys.stderr)
    return 0
