"""``check``: read the whole database and say in plain words whether it is intact.

Opening the database only checks what is cheap (``storage.connection``), so
this is the command to run after copying a database from a stick, before
archiving one, or whenever something looks wrong.
"""

from __future__ import annotations

import argparse
import sys
import time


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "check",
        help="check the whole database for damage (every page, record and index)",
        description="Run SQLite's full integrity check on the database and say whether it "
        "is intact. Exit status 0 when it is, 2 when it is damaged.",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    with args.open_database() as db:
        if db.kind != "sqlite":
            db.check_integrity(full=True)
            print(
                f"The server database {db.path} answers; PostgreSQL checks its own pages "
                "(data checksums, amcheck) and is backed up with its own tools."
            )
            return 0
        size = db.path.stat().st_size
        print(f"Checking {db.path} ({_megabytes(size)})…", file=sys.stderr)
        start = time.perf_counter()
        db.check_integrity(full=True)
        seconds = time.perf_counter() - start
    print(
        f"The database {db.path} is intact: every page, record and index was read and "
        f"checked ({_megabytes(size)} in {seconds:.1f} s)."
    )
    return 0


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"
