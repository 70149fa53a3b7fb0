"""The last few server databases opened, remembered in the settings file.

Only addresses that open are remembered, newest first, and never one that
carries a password (``address.parse_url`` refuses those), so the settings file
never holds a secret even if someone edits it by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from forms.errors import UserError
from ui.server.address import parse_url
from ui.shared import settings

KEPT = 5


def recent_servers(store: QSettings) -> list[str]:
    """The remembered URLs, newest first; anything unreadable (or with a password) left out."""
    found = []
    for line in settings.RECENT_SERVERS.read(store).splitlines():
        try:
            url = parse_url(line).url()
        except UserError:
            continue
        if url not in found:
            found.append(url)
    return found[:KEPT]


def remember_server(store: QSettings, url: str) -> None:
    """Puts ``url`` first in the list (once), keeping the last ``KEPT``."""
    url = parse_url(url).url()
    kept = [url, *(other for other in recent_servers(store) if other != url)][:KEPT]
    settings.RECENT_SERVERS.write(store, "\n".join(kept))
