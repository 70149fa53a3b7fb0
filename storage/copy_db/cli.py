"""``copy-db SOURCE TARGET``: the command line of ``storage.copy_db``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forms.errors import QT_TRANSLATE_NOOP, UserError


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "copy-db",
        help="copy a whole database into an empty one, SQLite file or PostgreSQL server",
        description="Copy every mission, submission, answer, conflict, import and the whole "
        "audit log from SOURCE into TARGET, each an SQLite file or a postgresql:// URL, in "
        "either direction; then compare the row counts and content hashes of every table. "
        "TARGET must be empty (a new file, or a new server database); SOURCE is only read. "
        "This is how a headquarters moves from a file to a server. --db is not used.",
    )
    parser.add_argument("source", metavar="SOURCE", help="the database to copy (file or URL)")
    parser.add_argument("target", metavar="TARGET", help="an empty database (file or URL)")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from storage import Database
    from storage.backends import is_server_url
    from storage.copy_db.copying import copy_database

    if not is_server_url(args.source) and not Path(args.source).expanduser().is_file():
        raise UserError(
            "copy-no-source",
            QT_TRANSLATE_NOOP("UserError", "There is no database file {source} to copy."),
            source=args.source,
        )
    with Database(args.source) as source:
        target = Database(args.target)
        try:
            report = copy_database(source, target, _Tenths())
        except BaseException:
            target.close()
            if target.created and isinstance(target.path, Path):
                target.path.unlink(missing_ok=True)  # a file made only for this copy
            raise
        target.close()
    for line in report.lines():
        print(line)
    if not report.same:
        print(
            f"fieldwheel: {report.target} differs from {report.source}; see above.", file=sys.stderr
        )
        return 1
    print(
        f"Copied {report.rows} rows from {report.source} to {report.target}; every table has "
        "the same row count and content hash on both sides."
    )
    return 0


class _Tenths:
    """Says on stderr how far the copy is, each time another tenth of the way is done."""

    def __init__(self) -> None:
        self.said: tuple[str, int] | None = None

    def __call__(self, done: int, total: int, what: str) -> None:
        step = (what.split(maxsplit=1)[0], done * 10 // total if total else 10)
        if step != self.said:
            self.said = step
            print(f"fieldwheel: {what}: {done} of {total}", file=sys.stderr)
