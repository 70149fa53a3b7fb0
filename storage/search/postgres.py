"""Search on PostgreSQL: the ``SearchIndex`` of a server database, with tsquery and GIN.

Each word of the search becomes ``phraseto_tsquery`` of its folded text (so a
word the parser splits, such as ``e-gov``, stays one phrase), ``word*`` a
prefix (``:*``) and ``"two words"`` a phrase; all must match.  Terms in
scripts written without spaces (Khmer, Thai, ...) are looked for inside the
folded text, through ``pg_trgm``'s trigram index where the server has it.
Hits are ranked by ``ts_rank``; their excerpts are cut and marked here from
the folded text, so an accent never hides a match.
"""

from __future__ import annotations

import re
from typing import Any

from storage.database import Database
from storage.search.hits import DEFAULT_LIMIT, MISSION_FIELDS, SearchHit, catalogue_missing_forms
from storage.search.postgres_schema import SUBSTRING_MATCH, fold
from storage.search.query import Query, like_pattern, parse

_WORD_TERM = re.compile(r'"((?:[^"]|"")*)"( \*)?')
_POSITION = re.compile(r"\[(\d+)\]")
_CONTEXT = 60
"""Characters of context kept before the first match; about twice that after it."""

_HITS = """
SELECT d.id, {score} AS score, d.mission_uuid, d.submission_uuid, d.path, d.body, d.labels,
    m.title AS mission_title, m.country, coalesce(f.title, d.form_id) AS form_title,
    s.author, q.label
FROM search_docs d
JOIN missions m ON m.uuid = d.mission_uuid
LEFT JOIN submissions s ON s.uuid = d.submission_uuid
LEFT JOIN forms f ON f.form_id = d.form_id AND f.version = d.form_version
LEFT JOIN search_questions q ON q.form_id = d.form_id AND q.form_version = d.form_version
    AND q.name = regexp_replace(d.path, '^.*/', '')
WHERE {where}
ORDER BY score, d.id DESC
LIMIT ?
"""


class PostgresSearch:
    """``SearchIndex`` on a Fieldwheel PostgreSQL database."""

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
        catalogue_missing_forms(self.db)
        sql, params = statement(query, mission, form, limit)
        return [_hit(row, query) for row in self.db.query(sql, tuple(params))]


def statement(
    query: Query, mission: str | None, form: str | None, limit: int
) -> tuple[str, list[Any]]:
    """The SQL of one search and its parameters."""
    conditions: list[str] = []
    params: list[Any] = []
    words = _word_terms(query)
    score = "0.0"
    score_params: list[Any] = []
    if words:
        tsquery = " && ".join(
            "to_tsquery('simple', fw_fold(?))"
            if prefix
            else "phraseto_tsquery('simple', fw_fold(?))"
            for _, prefix in words
        )
        values = [_prefix(term) if prefix else term for term, prefix in words]
        conditions.append(f"d.document @@ ({tsquery})")
        params += values
        score = f"-ts_rank(d.document, ({tsquery}))"
        score_params = values
    for term in (*_substring_terms(query), *query.short):
        conditions.append(SUBSTRING_MATCH)
        params.append(like_pattern(term))
    if mission:
        conditions.append("d.mission_uuid = ?")
        params.append(mission)
    if form:
        conditions.append("d.form_id = ?")
        params.append(form)
    sql = _HITS.format(score=score, where=" AND ".join(conditions))
    return sql, [*score_params, *params, limit]


def _word_terms(query: Query) -> list[tuple[str, bool]]:
    """(term, is prefix) of each word or phrase, read back from the parsed query."""
    return [
        (match.group(1).replace('""', '"'), bool(match.group(2)))
        for match in _WORD_TERM.finditer(query.words)
    ]


def _substring_terms(query: Query) -> list[str]:
    return [match.group(1).replace('""', '"') for match in _WORD_TERM.finditer(query.substrings)]


def _prefix(term: str) -> str:
    """``term`` as one quoted tsquery lexeme matching every word it begins."""
    quoted = term.replace("\\", "\\\\").replace("'", "''")
    return f"'{quoted}':*"


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
    pieces = next(
        (
            found
            for found in (excerpt(row["labels"] or "", query), excerpt(row["body"], query))
            if any(matched for _, matched in found)
        ),
        excerpt(row["body"], query),
    )
    return SearchHit(
        mission_uuid=row["mission_uuid"],
        mission_title=row["mission_title"],
        country=row["country"],
        submission_uuid=row["submission_uuid"],
        form_title=row["form_title"] or "",
        author=row["author"] or "",
        path=path,
        label=label,
        excerpt=pieces,
        score=float(row["score"]),
    )


def excerpt(text: str, query: Query) -> tuple[tuple[str, bool], ...]:
    """A stretch of ``text`` around its first match, as (text, matched) pieces."""
    text = text.replace("\n", " · ")  # between a label's languages
    folded = fold(text)
    spans = sorted(_spans(folded, query))
    if not spans:
        return ((_shortened(text, 0, len(text)), False),) if text else ()
    start = max(0, spans[0][0] - _CONTEXT)
    end = min(len(text), spans[0][1] + 2 * _CONTEXT)
    pieces: list[tuple[str, bool]] = [("…", False)] if start else []
    cursor = start
    for begin, finish in spans:
        if begin < cursor or finish > end:
            continue
        if begin > cursor:
            pieces.append((text[cursor:begin], False))
        pieces.append((text[begin:finish], True))
        cursor = finish
    if cursor < end:
        pieces.append((text[cursor:end], False))
    if end < len(text):
        pieces.append(("…", False))
    return tuple(pieces)


def _spans(folded: str, query: Query) -> set[tuple[int, int]]:
    """Where the terms are in the folded text: words at the start of a word, others anywhere."""
    spans: set[tuple[int, int]] = set()
    for term, prefix in _word_terms(query):
        needle = re.escape(fold(term))
        ending = r"\w*" if prefix else r"(?!\w)"
        for match in re.finditer(rf"(?<!\w){needle}{ending}", folded):
            spans.add(match.span())
    for term in (*_substring_terms(query), *query.short):
        needle = fold(term)
        spans |= {
            (m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), folded)
        }
    return spans


def _shortened(text: str, start: int, end: int) -> str:
    return text if end - start <= 3 * _CONTEXT else text[: 3 * _CONTEXT] + "…"
