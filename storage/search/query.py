"""A person's search text turned into FTS5 queries.

Words are ANDed; ``word*`` is a prefix; ``"two words"`` is a phrase.  Every
term is quoted for FTS5, so nothing typed is read as FTS5 syntax (a stray
``-`` or ``OR`` is a word, not an operator).  A term in a script written
without spaces (Khmer, Thai, ...) goes to the trigram index as a substring;
one shorter than three characters, which trigrams cannot find, is matched
with ``LIKE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forms.errors import QT_TRANSLATE_NOOP, UserError
from storage.search.schema import NO_SPACE_SCRIPTS

_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_NO_SPACE = re.compile(f"[{NO_SPACE_SCRIPTS}]")
_WORD_CHARACTER = re.compile(r"\w")
MAX_TERMS = 32


@dataclass(frozen=True)
class Query:
    """The FTS5 expressions of one search; an empty string means that index is not asked."""

    words: str
    substrings: str
    label_prefixes: str
    """The substring terms as prefixes of label words (trigrams index answer text only)."""
    short: tuple[str, ...]
    terms: tuple[str, ...]


def parse(text: str) -> Query:
    """Split ``text`` into word, substring and short terms; refuse a search for nothing."""
    words: list[str] = []
    substrings: list[str] = []
    short: list[str] = []
    terms: list[str] = []
    for match in _TERM.finditer(text):
        term = match.group(1) if match.group(1) is not None else match.group(2)
        prefix = term.endswith("*")
        term = term.rstrip("*").strip()
        if not _WORD_CHARACTER.search(term):
            continue
        terms.append(term)
        if _NO_SPACE.search(term):
            (substrings if len(term) >= 3 else short).append(term)
        else:
            words.append(_quoted(term) + (" *" if prefix else ""))
    if not terms:
        raise UserError(
            "search-empty", QT_TRANSLATE_NOOP("UserError", "Type a word to search for.")
        )
    if len(terms) > MAX_TERMS:
        raise UserError(
            "search-too-long",
            QT_TRANSLATE_NOOP("UserError", "Search for at most {most} words at once."),
            most=MAX_TERMS,
        )
    return Query(
        words=" ".join(words),
        substrings=" ".join(_quoted(term) for term in substrings),
        label_prefixes=" ".join(f"{_quoted(term)} *" for term in substrings),
        short=tuple(short),
        terms=tuple(terms),
    )


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """``term`` as a LIKE pattern matching it anywhere (``\\`` escapes % and _)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
