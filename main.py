"""Fieldwheel's entry point: no subcommand opens the window, subcommands run the CLI.

Every command works on the database given by ``--db`` (default: the user's
data folder).  A ``UserError`` is printed as one sentence on stderr with exit
status 2; so is any other exception, whose details go to a log file
(``forms.crash_log``); ``--debug`` shows the traceback of anything.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

APP_NAME = "Fieldwheel"
EXIT_USER_ERROR = 2
_DB_HELP = (
    "database file (default: fieldwheel.sqlite3 in your user data folder) or "
    "postgresql://user@host/dbname (password in PGPASSWORD or ~/.pgpass, not the URL)"
)


def default_database_path() -> Path:
    """``fieldwheel.sqlite3`` in the platform's per-user data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "fieldwheel.sqlite3"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldwheel",
        description="Offline national digital-transformation diagnostics: fill XLSForms, "
        "see the Digital Transformation Wheel, carry an Excel package to headquarters. "
        "Without a command, opens the window.",
    )
    _add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="create the sample missions: Madagascar, Dominican Republic, Mauritania, Cambodia",
        description="Create four fictional sample missions, one per first partner country; "
        "Cambodia's is the richest (two diagnostic rounds, a validation workshop, a pledge "
        "register, two monitoring rounds). Running it again adds nothing.",
    )
    demo.add_argument(
        "--respondents",
        type=_positive,
        metavar="N",
        help="instead, a synthetic mission of N diagnostic respondents (load tests, training)",
    )
    demo.set_defaults(handler=_cmd_demo)

    missions = commands.add_parser(
        "missions", help="list missions: uuid, country, phase, title, submissions"
    )
    missions.set_defaults(handler=_cmd_missions)

    check = commands.add_parser("check-form", help="check XLSForm files and summarise them")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(handler=_cmd_check_form)
    for register in _command_modules():
        register(commands)
    return parser


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options before any command; alone, they open the window."""
    parser.add_argument(
        "--db",
        type=_database_location,
        metavar="PATH|URL",
        help=_DB_HELP,
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument(
        "--open",
        metavar="UUID",
        dest="open_submission",
        help="open the window with this submission's form to fill in",
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="open the window and exit as soon as it is shown",
    )
    parser.add_argument(
        "--ui-language",
        metavar="LANG",
        choices=("en", "fr", "es", "ar", "km"),
        help="language of the window: en, fr, es, ar or km (default: the one chosen in "
        "View ▸ Language, else the system's)",
    )


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line, read without importing every command when it opens the window.

    The commands' modules (package, report, search...) are a fifth of the
    window's start-up; a line of window options alone (the usual start) is
    read by a parser of those options, anything else (a command, ``--help``,
    a mistake) by the whole one, which words every error.
    """
    window = argparse.ArgumentParser(prog="fieldwheel", add_help=False, exit_on_error=False)
    _add_window_options(window)
    try:
        args, rest = window.parse_known_args(argv)
    except argparse.ArgumentError:
        rest = ["(an error the whole parser words)"]
    return build_parser().parse_args(argv) if rest else args


def _command_modules() -> list[Callable[[argparse._SubParsersAction], None]]:
    """Commands contributed by the core packages, each module adding its own parsers."""
    from exports.engagement import cli as engagement_cli
    from exports.package import cli as package_cli
    from exports.report import cli as report_cli
    from exports.wheel import cli as wheel_cli
    from storage import cli as storage_cli
    from storage.copy_db import cli as copy_db_cli
    from storage.search import cli as search_cli

    return [
        package_cli.register,
        wheel_cli.register,
        engagement_cli.register,
        storage_cli.register,
        search_cli.register,
        report_cli.register,
        copy_db_cli.register,
    ]


def _open_database(args: argparse.Namespace):
    """The database of ``--db``, or the default one (whose folder may be created)."""
    from storage import Database

    database = Database(args.db, create_folder=args.default_db, progress=_report_progress)
    if database.created:
        # Said at once, so a mistyped path is noticed before anyone looks for their data.
        print(f"fieldwheel: created a new, empty database at {database.path}", file=sys.stderr)
    return database


def _report_progress(done: int, total: int, what: str) -> None:
    """A long migration (indexing an older database for search) says how far it is."""
    if total and done * 10 // total != (done - 1) * 10 // total:
        print(f"fieldwheel: {what}: {done} of {total}", file=sys.stderr)


def _database_location(text: str) -> Path | str:
    """A file path, or a ``postgresql://`` URL kept as typed (a Path would mangle its ``//``)."""
    if text.lower().startswith(("postgresql://", "postgres://")):
        return text
    return Path(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _cmd_demo(args: argparse.Namespace) -> int:
    from storage.demo import build_demo, demo_missions

    if args.respondents is not None:
        return _synthetic(args)
    with _open_database(args) as db:
        before = _history_size(db)
        build_demo(db)
        added = _history_size(db) > before
        missions = demo_missions(db)
    for mission in missions:
        print(f"{mission.uuid}  {mission.country}  {mission.title}")
    if added:
        print(f"{len(missions)} sample missions created in {db.path}")
    else:
        print(f"The sample missions are already in {db.path}; nothing was added")
    return 0


def _synthetic(args: argparse.Namespace) -> int:
    from storage.synthetic import build_synthetic

    with _open_database(args) as db:
        mission, added = build_synthetic(db, args.respondents)
    if added:
        print(f"{mission.uuid}  synthetic mission: added {added} respondents in {db.path}")
    else:
        print(f"{mission.uuid}  the synthetic mission is already in {db.path}; nothing was added")
    return 0


def _history_size(db) -> int:
    """Audit rows so far: the demo adds some exactly when it had something left to do."""
    return db.query("SELECT count(*) AS n FROM audit")[0]["n"]


def _cmd_missions(args: argparse.Namespace) -> int:
    from exports.shared.plural import counted

    with _open_database(args) as db:
        missions = db.missions()
    if not missions:
        print(
            "No missions yet; create one in the window or run 'fieldwheel demo'.", file=sys.stderr
        )
    for mission in missions:
        print(
            f"{mission.uuid}  {mission.country}  {mission.phase:<14}  {mission.title}  "
            f"({counted(mission.submission_count, 'submission')})"
        )
    return 0


def _cmd_check_form(args: argparse.Namespace) -> int:
    from forms.check import check_form, format_report

    ok = True
    for path in args.files:
        report = check_form(path)
        print(format_report(report))
        ok = ok and report.ok
    return 0 if ok else 1


def _run_window(args: argparse.Namespace) -> int:
    # The core before Qt: once PySide6 is imported, its `__feature__` import hook reads the
    # source of every module an import statement names (once each); imported first, the
    # modules only the core names (sqlite3, json, the SQLite backend...) are never read.
    import storage.backends.sqlite  # noqa: F401
    from ui.app import run_app

    return run_app(
        args.db,
        create_folder=args.default_db,
        open_submission=args.open_submission,
        quit_after_show=args.quit_after_show,
        ui_language=args.ui_language,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    args.default_db = args.db is None
    args.db = args.db or default_database_path()
    args.open_database = lambda: _open_database(args)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_window)
    from forms.errors import UserError

    try:
        return handler(args)
    except UserError as error:
        if args.debug:
            raise
        print(f"fieldwheel: {error.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("fieldwheel: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) left early; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        # The last resort: a bug is one sentence naming a log file, never a traceback.
        if args.debug:
            raise
        from forms.crash_log import crash_sentence

        print(f"fieldwheel: {crash_sentence(error)}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
