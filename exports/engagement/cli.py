"""``pledges``, ``kpis`` and ``compare``: the engagement views as text or as a PNG/SVG chart."""

from __future__ import annotations

import argparse
import sys

from forms.errors import QT_TRANSLATE_NOOP

LANG_HELP = "label language: a code (fr, ar) or a form language name"


def register(commands: argparse._SubParsersAction) -> None:
    pledges = commands.add_parser(
        "pledges",
        help="a mission's pledges per building block, and validated priorities without a pledge",
        description="Map the mission's pledge registers onto the wheel: per block its score, "
        "active pledges, amounts per currency (never added across currencies), pledgers and "
        "statuses; then the workshop's validated priorities and which have no pledge (gaps).",
    )
    kpis = commands.add_parser(
        "kpis",
        help="a mission's KPIs across its monitoring rounds",
        description="Every KPI of the mission's monitoring rounds: baseline, each round's "
        "value, progress towards the target and status (on track, at risk, off track).",
    )
    for parser in (pledges, kpis):
        parser.add_argument("--mission", required=True, metavar="UUID", help="the mission")
    compare = commands.add_parser(
        "compare",
        help="missions' wheels side by side, block by block",
        description="Compare missions' wheels on one scale: each block's score per mission "
        "and its difference to the first mission.",
    )
    chosen = compare.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--missions", metavar="A,B,...", help="mission uuids, comma-separated")
    chosen.add_argument("--all", action="store_true", help="every mission with a diagnostic")
    compare.add_argument(
        "--rounds", action="store_true", help="also give each mission's baseline round a column"
    )
    for parser, handler in ((pledges, _pledges), (kpis, _kpis), (compare, _compare)):
        parser.add_argument(
            "--out", metavar="FILE", help="write the chart to FILE.png or FILE.svg (else text)"
        )
        parser.add_argument("--lang", metavar="LANG", help=LANG_HELP)
        parser.set_defaults(handler=handler)


def _pledges(args: argparse.Namespace) -> int:
    # Imported here: main.py registers every command at start-up, window included.
    from exports.engagement.pledges import pledge_map
    from exports.engagement.text import pledges_text

    with args.open_database() as db:
        found = pledge_map(db, args.mission)
    if not args.out:
        print(pledges_text(found, args.lang), end="")
        return 0
    from exports.engagement.charts.common import save_chart
    from exports.engagement.charts.pledge_chart import pledge_figure

    path = save_chart(
        pledge_figure(found, args.lang),
        args.out,
        QT_TRANSLATE_NOOP("UserError", "The pledge chart"),
    )
    print(f"pledge chart written to {path}", file=sys.stderr)
    return 0


def _kpis(args: argparse.Namespace) -> int:
    from exports.engagement.kpis import kpi_board
    from exports.engagement.text import kpis_text

    with args.open_database() as db:
        board = kpi_board(db, args.mission)
    if not args.out:
        print(kpis_text(board), end="")
        return 0
    from exports.engagement.charts.common import save_chart
    from exports.engagement.charts.kpi_chart import kpi_figure

    path = save_chart(
        kpi_figure(board, args.lang), args.out, QT_TRANSLATE_NOOP("UserError", "The KPI chart")
    )
    print(f"KPI chart written to {path}", file=sys.stderr)
    return 0


def _compare(args: argparse.Namespace) -> int:
    from exports.engagement.compare import compare_missions, missions_with_wheel
    from exports.engagement.text import comparison_text

    with args.open_database() as db:
        if args.all:
            uuids = missions_with_wheel(db)
        else:
            uuids = [uuid.strip() for uuid in args.missions.split(",") if uuid.strip()]
        comparison = compare_missions(db, uuids, rounds=args.rounds)
    if not args.out:
        print(comparison_text(comparison, args.lang), end="")
        return 0
    from exports.engagement.charts.common import save_chart
    from exports.engagement.charts.compare_chart import compare_figure

    path = save_chart(
        compare_figure(comparison, args.lang),
        args.out,
        QT_TRANSLATE_NOOP("UserError", "The comparison chart"),
    )
    print(f"comparison chart written to {path}", file=sys.stderr)
    return 0
