"""``search QUERY [--mission UUID] [--form ID]``: find text in answers and missions."""

from __future__ import annotations

import argparse
import sys

from forms.errors import QT_TRANSLATE_NOOP
from storage.search.hits import DEFAULT_LIMIT, SearchHit

_BOLD, _PLAIN = "\x1b[1m", "\x1b[0m"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "search",
        help="find words in answers, evidence, comments, choice labels and missions",
        description="Search every answer (evidence, dissent, comments, pledges), the labels of "
        "chosen answers in every language of the form, and mission titles and notes; best "
        'matches first. Words match across accents and case; word* is a prefix; "two words" '
        "is a phrase. Each line starts with the submission to open with --open.",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    parser.add_argument("--mission", metavar="UUID", help="only this mission")
    parser.add_argument("--form", metavar="ID", help="only submissions of this form id")
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N results (default {DEFAULT_LIMIT})",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from forms.errors import UserError
    from storage.search.sqlite import search_index

    if args.limit < 1:
        raise UserError(
            "search-limit", QT_TRANSLATE_NOOP("UserError", "--limit must be at least 1.")
        )
    text = " ".join(args.query)
    with args.open_database() as db:
        if args.mission:
            db.mission(args.mission)
        hits = search_index(db).search(text, mission=args.mission, form=args.form, limit=args.limit)
    if not hits:
        print(f"Nothing found for {text}.", file=sys.stderr)
        return 1
    marks = (_BOLD, _PLAIN) if sys.stdout.isatty() else ("[", "]")
    for hit in hits:
        print(format_hit(hit, *marks))
    return 0


def format_hit(hit: SearchHit, before: str = "[", after: str = "]") -> str:
    """One line: the uuid to open, where the text is, and the excerpt with its matches marked."""
    if hit.is_mission_text:
        where = f"{hit.mission_uuid}  {hit.mission_title} · {hit.label}"
    else:
        where = (
            f"{hit.submission_uuid}  {hit.mission_title} · {hit.form_title} · {hit.author}"
            f" · {hit.label}"
        )
    return f"{where}: {hit.marked(before, after)}"
