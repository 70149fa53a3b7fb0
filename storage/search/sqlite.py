"""Search on SQLite: one statement ranks the newest matches by bm25, then asks FTS5's
``snippet()`` for the excerpts of the shown ones only.

The query is written here rather than with sqlite-utils' ``table.search()``:
that returns rows of the indexed table only, so it can neither ask FTS5 for
``snippet()`` (the highlighted words) nor join the mission, form and
question a hit belongs to, and importing sqlite-utils alone takes longer
than a search may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from storage.database import Database
from storage.search.hits import (
    DEFAULT_LIMIT,
    MISSION_FIELDS,
    SearchHit,
    SearchIndex,
    catalogue_missing_forms,
)
from storage.search.pending import FOLD_AT, fill_pending_index, fold
from storage.search.query import Query, like_pattern, parse
from storage.search.schema import scope_token

_START, _END = "\x02", "\x03"
_POSITION = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class Tables:
    """The documents and their word and trigram indexes that one statement searches."""

    docs: str
    words: str
    substrings: str
    skip: str = ""
    """A filter of the candidates: the rows this search must not show."""


INDEXED = Tables("search_docs", "search_docs_fts", "search_docs_trigram")
PENDING = Tables("search_pending_docs", "search_pending_fts", "search_pending_trigram")
INDEXED_BESIDE_PENDING = replace(
    INDEXED,
    # CROSS JOIN keeps the few pending answers outside: SQLite would rather scan the index.
    skip=" WHERE id NOT IN (SELECT d.id FROM search_pending p CROSS JOIN search_docs d"
    " ON d.submission_uuid = p.submission_uuid AND d.path = p.path)",
)
"""What is folded into the file's index, and this connection's index of pending answers;
beside the pending answers, their folded rows (perhaps stale) are not shown."""

CANDIDATES = 2000
"""Matches ranked per search: bm25 over every match of a word found in 70,000 texts takes
seconds, so a search matching more ranks its most recently indexed 2,000."""

# The excerpts come from one more pass over the matches, filtered by the best rowids; the
# unary + keeps SQLite from asking FTS5 once per rowid, which would set up the query (a
# prefix's or a trigram phrase's doclists) 50 times over.
_HITS = """
WITH candidates AS ({candidates}),
best AS (SELECT id, score FROM candidates{skip} ORDER BY score, id DESC LIMIT ?),
excerpts AS MATERIALIZED ({excerpts})
SELECT best.id, best.score, d.mission_uuid, d.submission_uuid, d.path,
    e.body_excerpt, e.labels_excerpt,
    m.title AS mission_title, m.country, coalesce(f.title, d.form_id) AS form_title,
    s.author, q.label
FROM best JOIN excerpts e ON e.id = best.id JOIN {docs} d ON d.id = best.id
JOIN missions m ON m.uuid = d.mission_uuid
LEFT JOIN submissions s ON s.uuid = d.submission_uuid
LEFT JOIN forms f ON f.form_id = d.form_id AND f.version = d.form_version
LEFT JOIN search_questions q ON q.form_id = d.form_id AND q.form_version = d.form_version
    AND q.name = substr(d.path, length(rtrim(d.path, replace(d.path, '/', ''))) + 1)
ORDER BY best.score, best.id DESC
"""


class SqliteSearch:
    """``SearchIndex`` on a Fieldwheel SQLite database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._filled: tuple[int, int] | None = None
        """The database's state when the pending answers were last indexed (see ``_state``)."""

    def search(
        self,
        text: str,
        *,
        mission: str | None = None,
        form: str | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[SearchHit]:
        """Pending answers (saved since the last fold) first, then the folded index's hits.

        The pending answers are few and were just written, which is what a
        person searching soon after typing looks for; among themselves they
        rank by bm25 over the pending answers alone.  A folded row of a
        pending answer may be stale, so its hits are left out.
        """
        query = parse(text)
        catalogue_missing_forms(self.db)
        pending = self.db.rows("SELECT count(*) FROM search_pending")[0][0]
        if pending > FOLD_AT:
            fold_pending(self.db)
            pending = 0
        if not pending:
            return self._run(query, mission, form, limit, INDEXED)
        if self._state() != self._filled:  # something was written since they were indexed
            fill_pending_index(self.db.rows)
            self._filled = self._state()
        hits = self._run(query, mission, form, limit, PENDING)
        hits += self._run(query, mission, form, limit, INDEXED_BESIDE_PENDING)
        return hits[:limit]

    def _state(self) -> tuple[int, int]:
        """Changes by other connections (``data_version``) and by this one (rolled back
        too): equal states, nothing was written in between."""
        version = self.db.rows("PRAGMA data_version")[0][0]
        return version, self.db.rows("SELECT total_changes()")[0][0]

    def _run(
        self, query: Query, mission: str | None, form: str | None, limit: int, tables: Tables
    ) -> list[SearchHit]:
        sql, params = _statement(query, mission, form, limit, tables)
        return [_hit(row, query) for row in self.db.query(sql, tuple(params))]


def _statement(
    query: Query, mission: str | None, form: str | None, limit: int, tables: Tables = INDEXED
) -> tuple[str, list[Any]]:
    """The SQL of one search and its parameters: rank candidates, then excerpt the best."""
    scope = "".join(
        f' AND scope : "{scope_token(kind, value)}"'
        for kind, value in (("m", mission), ("f", form))
        if value
    )
    conditions, params = _short_terms(query)
    if query.words:
        return _by_words(query, scope, conditions, params, limit, tables)
    if query.substrings:
        return _by_substrings(query, scope, conditions, params, limit, tables)
    if mission:
        conditions.append("d.mission_uuid = ?")
        params.append(mission)
    if form:
        conditions.append("d.form_id = ?")
        params.append(form)
    candidates = (
        f"SELECT d.id, 0.0 AS score FROM {tables.docs} d WHERE {' AND '.join(conditions)}"
        f" ORDER BY d.id DESC LIMIT {CANDIDATES}"
    )
    excerpts = (
        f"SELECT id, body AS body_excerpt, labels AS labels_excerpt FROM {tables.docs}"
        " WHERE id IN (SELECT id FROM best)"
    )
    sql = _HITS.format(candidates=candidates, excerpts=excerpts, docs=tables.docs, skip=tables.skip)
    return sql, [*params, limit]


def _by_words(
    query: Query, scope: str, conditions: list[str], params: list[Any], limit: int, t: Tables
) -> tuple[str, list[Any]]:
    """Words, and filters as words of the ``scope`` column, in one FTS5 query."""
    words, substrings = t.words, t.substrings
    match = f"{{body labels}} : ({query.words}){scope}"
    join = f" JOIN {t.docs} d ON d.id = {words}.rowid" if conditions else ""
    conditions = [f"{words} MATCH ?", *conditions]
    params = [match, *params]
    if query.substrings:
        conditions.append(
            f"+{words}.rowid IN (SELECT rowid FROM {substrings} WHERE {substrings} MATCH ?"
            f" UNION SELECT rowid FROM {words} WHERE {words} MATCH ?)"
        )
        params += [query.substrings, f"labels : ({query.label_prefixes})"]
    candidates = (
        f"SELECT {words}.rowid AS id, bm25({words}, 1.0, 1.0, 0.0) AS score FROM {words}{join}"
        f" WHERE {' AND '.join(conditions)} ORDER BY {words}.rowid DESC LIMIT {CANDIDATES}"
    )
    excerpts = (
        f"SELECT {words}.rowid AS id, {_snippet(words, 0)} AS body_excerpt,"
        f" {_snippet(words, 1)} AS labels_excerpt FROM {words}"
        f" WHERE {words} MATCH ? AND +{words}.rowid IN (SELECT id FROM best)"
    )
    sql = _HITS.format(candidates=candidates, excerpts=excerpts, docs=t.docs, skip=t.skip)
    return sql, [*params, limit, match]


def _by_substrings(
    query: Query, scope: str, conditions: list[str], params: list[Any], limit: int, t: Tables
) -> tuple[str, list[Any]]:
    """Terms in scripts without spaces: inside answer text (trigrams), or starting a label."""
    words, substrings = t.words, t.substrings
    join = f" JOIN {t.docs} d ON d.id = {substrings}.rowid" if conditions else ""
    labels = f"labels : ({query.label_prefixes}){scope}"
    label_conditions = " AND ".join([f"{words} MATCH ?", *conditions])
    label_join = f" JOIN {t.docs} d ON d.id = {words}.rowid" if conditions else ""
    text_params = list(params)
    if scope:  # the filter's rows, read from the word index's scope words once
        conditions = [
            *conditions,
            f"+{substrings}.rowid IN (SELECT rowid FROM {words} WHERE {words} MATCH ?)",
        ]
        text_params.append(scope.removeprefix(" AND "))
    where = " AND ".join([f"{substrings} MATCH ?", *conditions])
    candidates = (
        f"SELECT * FROM (SELECT {substrings}.rowid AS id, bm25({substrings}) AS score"
        f" FROM {substrings}{join} WHERE {where}"
        f" ORDER BY {substrings}.rowid DESC LIMIT {CANDIDATES})"
        f" UNION ALL SELECT * FROM (SELECT {words}.rowid, bm25({words}, 0.0, 1.0, 0.0)"
        f" FROM {words}{label_join} WHERE {label_conditions}"
        f" ORDER BY {words}.rowid DESC LIMIT {CANDIDATES})"
    )
    excerpts = (
        "SELECT id, max(body_excerpt) AS body_excerpt, max(labels_excerpt) AS labels_excerpt"
        f" FROM (SELECT rowid AS id, {_snippet(substrings, 0)} AS body_excerpt,"
        f" NULL AS labels_excerpt FROM {substrings}"
        f" WHERE {substrings} MATCH ? AND +rowid IN (SELECT id FROM best)"
        f" UNION ALL SELECT rowid, NULL, {_snippet(words, 1)} FROM {words}"
        f" WHERE {words} MATCH ? AND +rowid IN (SELECT id FROM best)) GROUP BY id"
    )
    values = [query.substrings, *text_params, labels, *params, limit, query.substrings, labels]
    sql = _HITS.format(candidates=candidates, excerpts=excerpts, docs=t.docs, skip=t.skip)
    return sql, values


def _snippet(index: str, column: int) -> str:
    return f"snippet({index}, {column}, char(2), char(3), '…', 16)"


def _short_terms(query: Query) -> tuple[list[str], list[Any]]:
    """Terms too short for trigrams, matched with LIKE on the indexed text."""
    conditions: list[str] = []
    params: list[Any] = []
    for term in query.short:
        conditions.append("(d.body LIKE ? ESCAPE '\\' OR d.labels LIKE ? ESCAPE '\\')")
        params += [like_pattern(term)] * 2
    return conditions, params


def _hit(row: dict[str, Any], query: Query) -> SearchHit:
    path = row["path"]
    if row["submission_uuid"] is None:
        label = MISSION_FIELDS.get(path, path)
    else:
        label = row["label"] or path.rsplit("/", 1)[-1].split("[", 1)[0]
        positions = _POSITION.findall(path)
        if positions:
            label = f"{label} ({', '.join(positions)})"
    # A chosen answer reads better as its labels ("Digital skills") than as its name.
    excerpt = next(
        (text for text in (row["labels_excerpt"], row["body_excerpt"]) if _START in (text or "")),
        None,
    )
    if excerpt is None:
        found = [t for t in (row["body_excerpt"], row["labels_excerpt"]) if _has(t, query.short)]
        excerpt = _mark((found or [row["body_excerpt"] or ""])[0], query.short)
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


def _has(text: str | None, terms: tuple[str, ...]) -> bool:
    return bool(text) and any(term.casefold() in text.casefold() for term in terms)


def _mark(text: str, terms: tuple[str, ...]) -> str:
    if not terms:
        return text
    pattern = "|".join(re.escape(term) for term in terms)
    return re.sub(f"({pattern})", f"{_START}\\1{_END}", text, flags=re.IGNORECASE)


def _pieces(excerpt: str) -> tuple[tuple[str, bool], ...]:
    """``a\\x02b\\x03c`` -> (("a", False), ("b", True), ("c", False))."""
    pieces: list[tuple[str, bool]] = []
    excerpt = excerpt.replace("\n", " · ")  # between a label's languages
    for part in re.split(f"({_START}[^{_END}]*{_END})", excerpt):
        if part.startswith(_START):
            pieces.append((part[1:-1], True))
        elif part:
            pieces.append((part, False))
    return tuple(pieces)


def fold_pending(db: Database) -> int:
    """Fold the answers saved since the last fold into FTS5, in a transaction of its own.

    For the window's idle moments and the command line; returns how many.
    A server indexes every write at once: nothing is ever pending there.
    """
    if db.kind != "sqlite" or not db.rows("SELECT 1 FROM search_pending LIMIT 1"):
        return 0
    with db.transaction() as tx:
        return fold(tx)


def search_index(db: Database) -> SearchIndex:
    """The search of ``db``: FTS5 here, or ``storage.search.postgres`` on a server."""
    if db.kind == "postgresql":
        from storage.search.postgres import PostgresSearch

        return PostgresSearch(db)
    return SqliteSearch(db)
