"""``regex()`` patterns, run by RE2 so that every match takes linear time.

A backtracking engine (Python's ``re``, Java's) takes exponential time on
patterns such as ``(a+)+$``: one constraint in a hostile or careless form
froze the window for minutes on a 31-character answer.  RE2 never
backtracks, so a match costs time proportional to the text, whatever the
pattern.  The price is a few features RE2 does not have (back-references,
look-around, possessive repeats, ``\\Z``) and a ceiling on a pattern's
compiled size; such a pattern is reported by ``check-form`` and, when
evaluated, raises an ``ExpressionError`` that the form state turns into a
warning.  RE2's classes ``\\d``, ``\\w`` and ``\\s`` are ASCII-only, as in
Java, which JavaRosa uses.

``re2`` is imported on first use: forms without ``regex()`` never load it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

MAX_PATTERN_MEMORY = 2 * 1024**2
"""Bytes RE2 may use for one compiled pattern (its default is 8 MB)."""
_CACHED_PATTERNS = 64
"""Compiled patterns kept; with the memory cap this bounds the cache to 128 MB."""


def full_match(pattern: str, text: str) -> bool:
    """Whether ``text`` matches ``pattern`` as a whole, in time linear in ``text``.

    Raises ExpressionError if RE2 cannot run the pattern.
    """
    program = _program(pattern)
    if isinstance(program, ExpressionError):
        raise program
    return program.fullmatch(text) is not None


def pattern_problem(pattern: str) -> ExpressionError | None:
    """Why ``pattern`` cannot be run, or None; for ``check-form``."""
    program = _program(pattern)
    return program if isinstance(program, ExpressionError) else None


@lru_cache(maxsize=_CACHED_PATTERNS)
def _program(pattern: str) -> Any:
    """The RE2 program for ``pattern``, or the refusal (kept, so it is worked out once)."""
    import re2

    options = re2.Options()
    options.log_errors = False  # RE2 would print its own complaint on stderr
    options.max_mem = MAX_PATTERN_MEMORY
    try:
        return re2.compile(pattern, options)
    except re2.error as error:
        return _refusal(pattern, str(error))


_LIMITS = (
    (
        "too large",
        QT_TRANSLATE_NOOP("UserError", "is too large to be checked in linear time; simplify it"),
    ),
    (
        "repetition size",
        QT_TRANSLATE_NOOP(
            "UserError", "repeats something more than 1,000 times, which is more than allowed"
        ),
    ),
)


def _refusal(pattern: str, reason: str) -> ExpressionError:
    """Tell an unrunnable pattern (valid for a backtracking engine) from a broken one."""
    shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
    why = next((text for marker, text in _LIMITS if marker in reason), None)
    if why is None and _is_valid_elsewhere(pattern):
        why = QT_TRANSLATE_NOOP(
            "UserError",
            "uses a feature (back-references, look-ahead or look-behind, possessive repeats "
            "or \\Z) that Fieldwheel's linear-time matcher does not have; rewrite it without it",
        )
    if why is None:
        return ExpressionError(
            "invalid-regex",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The pattern '{shown}' given to regex() is not a valid regular expression.",
            ),
            pattern=pattern,
            shown=shown,
        )
    return ExpressionError(
        "unsupported-regex",
        QT_TRANSLATE_NOOP("UserError", "The pattern '{shown}' given to regex() {why}."),
        pattern=pattern,
        shown=shown,
        why=why,
    )


def _is_valid_elsewhere(pattern: str) -> bool:
    """Whether a backtracking engine accepts the pattern (compiling is safe; matching is not)."""
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return False
    return True
