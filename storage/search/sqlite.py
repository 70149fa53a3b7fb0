"""Search on SQLite: one FTS5 query, ranked by bm25, excerpts from ``snippet()``.

The query is written here rather than with sqlite-utils' ``table.search()``:
that returns rows of the indexed table only, so it can neither ask FTS5 for
``snippet()`` (the highlighted words) nor join the mission, form and
question a hit belongs to, and importing sqlite-utils alone takes longer
than a search may.
"""

from __future__ import annotations

import re
from typing import Any

from storage.database import Database
from storage.search.hits import DEFAULT_LIMIT, MISSION_FIELDS, SearchHit
from storage.search.query import Query, like_pattern, parse

_START, _END = "\x02", "\x03"
_POSITION = re.compile(r"\[(\d+)\]")
_WORDS, _SUBSTRINGS = "search_docs_fts", "search_docs_trigram"

_HITS = """
WITH hits AS ({inner})
SELECT hits.*, m.title AS mission_title, m.country, coalesce(f.title, hits.form_id) AS form_title,
    s.author, q.label
FROM hits JOIN missions m ON m.uuid = hits.mission_uuid
LEFT JOIN submissions s ON s.uuid = hits.submission_uuid
LEFT JOIN forms f ON f.form_id = hits.form_id AND f.version = hits.form_version
LEFT JOIN search_questions q ON q.form_id = hits.form_id AND q.form_version = hits.form_version
    AND q.name = substr(hits.path, length(rtrim(hits.path, replace(hits.path, '/', ''))) + 1)
ORDER BY hits.score, hits.id
"""
_COLUMNS = "d.id, d.mission_uuid, d.submission_uuid, d.path, d.form_id, d.form_version"


class SqliteSearch:
    """``SearchIndex`` on a Fieldwheel SQLite database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def search(
        self,
        text: str,
        *,
        mission: str | None = None,
        form: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[SearchHit]:
        query = parse(text)
        self._catalogue_missing_forms()
        sql, params = _statement(query, mission, form, limit)
        return [_hit(row, query) for row in self.db.query(sql, tuple(params))]

    def _catalogue_missing_forms(self) -> None:
        """Forms stored by a writer that did not catalogue them get their labels now."""
        missing = self.db.query(
            "SELECT 1 AS missing FROM forms f WHERE NOT EXISTS (SELECT 1 FROM search_forms c"
            " WHERE c.form_id = f.form_id AND c.form_version = f.version) LIMIT 1"
        )
        if missing:
            from storage.search.catalog import catalogue_stored_forms

            with self.db.transaction() as tx:
                catalogue_stored_forms(tx)


def _statement(
    query: Query, mission: str | None, form: str | None, limit: int
) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    index = _WORDS if query.words else _SUBSTRINGS if query.substrings else None
    if index is not None:
        conditions.append(f"{index} MATCH ?")
        params.append(query.words or query.substrings)
    if index == _WORDS and query.substrings:
        conditions.append(f"d.id IN (SELECT rowid FROM {_SUBSTRINGS} WHERE {_SUBSTRINGS} MATCH ?)")
        params.append(query.substrings)
    for term in query.short:
        conditions.append("(d.body LIKE ? ESCAPE '\\' OR d.labels LIKE ? ESCAPE '\\')")
        params += [like_pattern(term)] * 2
    if mission:
        conditions.append("d.mission_uuid = ?")
        params.append(mission)
    if form:
        conditions.append("d.form_id = ?")
        params.append(form)
    where = " AND ".join(conditions)
    if index is None:
        inner = f"SELECT {_COLUMNS}, d.body AS excerpt, 0.0 AS score FROM search_docs d"
        inner += f" WHERE {where} ORDER BY d.id LIMIT ?"
    else:
        inner = (
            f"SELECT {_COLUMNS}, snippet({index}, -1, char(2), char(3), '…', 16) AS excerpt,"
            f" {index}.rank AS score FROM {index} JOIN search_docs d ON d.id = {index}.rowid"
            f" WHERE {where} ORDER BY {index}.rank LIMIT ?"
        )
    return _HITS.format(inner=inner), [*params, limit]


def _hit(row: dict[str, Any], query: Query) -> SearchHit:
    path = row["path"]
    if row["submission_uuid"] is None:
        label = MISSION_FIELDS.get(path, path)
    else:
        label = row["label"] or path.rsplit("/", 1)[-1].split("[", 1)[0]
        positions = _POSITION.findall(path)
        if positions:
            label = f"{label} ({', '.join(positions)})"
    excerpt = row["excerpt"] or ""
    if _START not in excerpt and query.short:
        excerpt = _mark(excerpt, query.short)
    return SearchHit(
        mission_uuid=row["mission_uuid"],
        mission_title=row["mission_title"],
        country=row["country"],
        submission_uuid=row["submission_uuid"],
        form_title=row["form_title"] or "",
        author=row["author"] or "",
        path=path,
        label=label,
        excerpt=_pieces(excerpt),
        score=float(row["score"]),
    )


def _mark(text: str, terms: tuple[str, ...]) -> str:
    pattern = "|".join(re.escape(term) for term in terms)
    return re.sub(f"({pattern})", f"{_START}\\1{_END}", text, flags=re.IGNORECASE)


def _pieces(excerpt: str) -> tuple[tuple[str, bool], ...]:
    """``a\\x02b\\x03c`` -> (("a", False), ("b", True), ("c", False))."""
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({_START}[^{_END}]*{_END})", excerpt):
        if part.startswith(_START):
            pieces.append((part[1:-1], True))
        elif part:
            pieces.append((part, False))
    return tuple(pieces)


def search_index(db: Database) -> SqliteSearch:
    """The search of ``db`` (the only backend until PostgreSQL arrives)."""
    return SqliteSearch(db)
