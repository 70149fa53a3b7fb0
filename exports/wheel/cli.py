"""``wheel``: a mission's chart as PNG/SVG, or its scores as a table."""

from __future__ import annotations

import argparse
import sys

from forms.errors import QT_TRANSLATE_NOOP


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "wheel",
        help="draw a mission's Digital Transformation Wheel or print its scores",
        description="Combine the mission's diagnostics (median per building block, "
        "earlier rounds as baseline) and draw the wheel or print the scores.",
    )
    parser.add_argument("--mission", required=True, metavar="UUID", help="the mission")
    output = parser.add_mutually_exclusive_group(required=True)
    output.add_argument("--out", metavar="FILE", help="write the chart to FILE.png or FILE.svg")
    output.add_argument("--scores", action="store_true", help="print pillar and block scores")
    parser.add_argument(
        "--lang", metavar="LANG", help="label language: a code (ar, km) or a form language name"
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    # Imported here: main.py registers every command at start-up, window included.
    from exports.shared.plural import counted
    from exports.wheel.mission import mission_figure, mission_wheel
    from exports.wheel.table import scores_table

    with args.open_database() as db:
        combined = mission_wheel(db, args.mission)
    _check_language(args.lang, combined.wheel.languages)
    if args.scores:
        print(scores_table(combined.wheel, combined.current, args.lang))
        print(
            counted(combined.respondents, "respondent")
            + " in the current round"
            + (", baseline round available" if combined.baseline else "")
        )
        return 0
    from exports.wheel.chart import save_wheel

    path = save_wheel(mission_figure(combined, args.lang), args.out)
    print(f"wheel written to {path}", file=sys.stderr)
    return 0


def _check_language(language: str | None, languages: tuple[str, ...]) -> None:
    """Refuse a language the form does not have, instead of silently drawing the default."""
    from forms.errors import UserError
    from forms.wheel.structure import language_code

    known = set(languages) | {language_code(name) for name in languages}
    if language is not None and language not in known:
        raise UserError(
            "unknown-language",
            QT_TRANSLATE_NOOP(
                "UserError", "The form has no language {language!r}; choose one of: {languages}."
            ),
            language=language,
            languages=", ".join(languages),
        )
