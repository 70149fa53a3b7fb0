"""Names both backends and their callers share: server URLs, lock names, a retryable error.

Kept apart from ``storage.backends`` (which imports the backends) so a
backend can use them without an import cycle.
"""

from __future__ import annotations

import re
from pathlib import Path

from forms.errors import StorageError

SERVER_SCHEMES = ("postgresql://", "postgres://")


class RetryableError(StorageError):
    """The server gave up a transaction to keep writers consistent; running it again works."""


def mission_lock(mission_uuid: str) -> str:
    """The lock name of everything in one mission (its submissions, answers, conflicts)."""
    return f"mission:{mission_uuid}"


_PASSWORD_IN_AUTHORITY = re.compile(r"^([a-z]+://[^/@:?]*):[^@/?]*@", re.IGNORECASE)
_PASSWORD_PARAMETER = re.compile(r"([?&])password=[^&]*&?", re.IGNORECASE)


class ServerUrl(str):
    """A PostgreSQL URL that shows itself without any password it was given with.

    Its text (what messages, logs and settings see) has the password taken
    out; ``url`` keeps what was typed, so another thread can connect again.
    Passwords belong in ``PGPASSWORD``, ``~/.pgpass`` or a service file.
    """

    url: str

    def __new__(cls, url: str) -> ServerUrl:
        if isinstance(url, ServerUrl):
            return url
        shown = _PASSWORD_IN_AUTHORITY.sub(r"\1@", url)
        shown = _PASSWORD_PARAMETER.sub(r"\1", shown).rstrip("?&")
        made = super().__new__(cls, shown)
        made.url = url
        return made

    @property
    def name(self) -> str:
        """The database's name (as ``Path.name`` is a file's), for titles and messages."""
        return self.split("?", 1)[0].rsplit("/", 1)[-1] or self


def is_server_url(location: str | Path) -> bool:
    """True for a PostgreSQL URL (``postgresql://user@host/db``)."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)
