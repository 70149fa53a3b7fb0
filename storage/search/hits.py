"""What a search returns, and the interface every database's search offers.

``SearchIndex`` is deliberately small: the SQLite backend (``sqlite.py``)
implements it with FTS5; a PostgreSQL backend implements the same
``search`` with ``tsvector``/``websearch_to_tsquery`` and ``ts_headline``, and
the window and the command line do not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from storage.database import Database
from storage.search.catalog import catalogue_stored_forms

DEFAULT_LIMIT = 50
MISSION_FIELDS = {"#title": "Mission title", "#notes": "Mission notes"}
"""Paths of a mission's own searchable text (a hit with no submission)."""


@dataclass(frozen=True)
class SearchHit:
    """One matching text: where it is, and an excerpt with the matching words marked.

    ``excerpt`` is a sequence of (text, matched) pieces, so each front end
    highlights in its own way (bold in the window, brackets in a terminal).
    """

    mission_uuid: str
    mission_title: str
    country: str
    submission_uuid: str | None
    form_title: str
    author: str
    path: str
    label: str
    excerpt: tuple[tuple[str, bool], ...]
    score: float

    @property
    def is_mission_text(self) -> bool:
        return self.submission_uuid is None

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The excerpt as one line with each matching piece between ``before`` and ``after``."""
        text = "".join(f"{before}{piece}{after}" if hit else piece for piece, hit in self.excerpt)
        return " ".join(text.split())


class SearchIndex(Protocol):
    """Full-text search over one database, best matches first."""

    def search(
        self,
        text: str,
        *,
        mission: str | None = None,
        form: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[SearchHit]:
        """Hits for ``text`` (words, ``prefix*``, ``"a phrase"``), optionally in one
        mission or one form (by form id); raises ``UserError`` for an empty search."""
        ...


def catalogue_missing_forms(db: Database) -> None:
    """Forms stored by a writer that did not catalogue them get their labels now.

    Searched before each search: one cheap query when, as usual, nothing is missing.
    """
    missing = db.query(
        "SELECT 1 AS missing FROM forms f WHERE NOT EXISTS (SELECT 1 FROM search_forms c"
        " WHERE c.form_id = f.form_id AND c.form_version = f.version) LIMIT 1"
    )
    if missing:
        with db.transaction(locks=["search:catalogue"]) as tx:
            catalogue_stored_forms(tx)
