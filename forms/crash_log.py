"""The last resort: an unexpected exception becomes one sentence and a log file with the details.

A bug must not greet the user with a traceback (or a page of one after a
sentence).  The entry points (``main`` and the window's exception hook) hand
anything that is not a ``UserError`` here: the traceback goes to a file in
the data folder's ``logs`` (the temporary folder if that cannot be written)
and the user reads one sentence naming that file.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from pathlib import Path

from forms.user_folder import data_folder


def write_crash_log(error: BaseException) -> Path | None:
    """Write the traceback of ``error`` to a new log file; None if no folder would take it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    for folder in (data_folder() / "logs", Path(tempfile.gettempdir())):
        path = folder / f"fieldwheel-crash-{stamp}-{os.getpid()}.log"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError:
            continue
        return path
    return None


def crash_sentence(error: BaseException) -> str:
    """One sentence for an unexpected failure, naming the log file that holds the details."""
    path = write_crash_log(error)
    where = f"the details are in {path}" if path else "no log file could be written"
    return (
        f"Something unexpected went wrong ({type(error).__name__}) and the command stopped; "
        f"saved work is safe, and {where} (please send it to your support contact)."
    )
