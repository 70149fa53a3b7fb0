"""Analysts in processes of their own, started together, for the concurrency tests.

Each racer waits at a shared barrier, then does one thing to the server
database (import a package, save an answer) and puts what happened on a
queue: ``("imported", summary)``, ``("saved", paths kept as conflicts)`` or
``("refused", code)``.
Spawned, not forked: each process has its own interpreter and connections,
as two analysts' machines would.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from typing import Any

from forms.errors import UserError
from storage import Database

TIMEOUT_S = 120


def import_racer(barrier, results, url: str, package: str) -> None:
    from exports.package.importing import import_package

    with Database(url) as db:
        barrier.wait(TIMEOUT_S)
        try:
            report = import_package(db, package)
        except UserError as error:
            results.put(("refused", error.code))
            return
        results.put(("imported", report.summary))


def edit_racer(barrier, results, url: str, submission: str, path: str, typed: str) -> None:
    """An analyst's form, read before the race, saving ``typed`` at ``path`` when released."""
    from storage.editing import SubmissionEditor, stored_form

    with Database(url) as db:
        record = db.submission(submission)
        editor = SubmissionEditor(db, record, stored_form(db, record), by="Analyst")
        barrier.wait(TIMEOUT_S)
        try:
            editor.set(path, typed)
        except UserError as error:
            results.put(("refused", error.code))
            return
        results.put(("saved", editor.conflicted))


def _racer(function, barrier, results, *arguments) -> None:
    """A racer whose failure is reported on the queue at once, not found by a timeout."""
    try:
        function(barrier, results, *arguments)
    except BaseException:
        results.put(("crashed", traceback.format_exc()))
        raise


def race(*racers: tuple[Callable[..., None], tuple[Any, ...]]) -> list[tuple[str, Any]]:
    """Runs each ``(function, arguments)`` in its own process, all released at once."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(racers))
    results = context.Queue()
    processes = [
        context.Process(target=_racer, args=(function, barrier, results, *arguments))
        for function, arguments in racers
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=TIMEOUT_S) for _ in processes]
    crashes = [detail for kind, detail in outcomes if kind == "crashed"]
    assert not crashes, "\n".join(crashes)
    for process in processes:
        process.join(TIMEOUT_S)
        assert process.exitcode == 0, f"a racer failed (exit {process.exitcode})"
    return outcomes
