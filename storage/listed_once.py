"""Refusing a package that lists one answer twice, without holding every answer's key.

Such a package comes from a faulty or forged writer: which of the two values
is meant cannot be said, and merging both would let the second overrule or
conflict with the first as if it were someone else's edit.  Export writes a
submission's answers together, so a key can only repeat within the run of
its submission, and the check holds that run's paths and the uuids of the
runs that ended (one per submission, as the package's submission list
does).  Answers listed in any other order (a hand-made package) are checked
against the keys of every answer, gathered once by walking again the
answers that came before.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError

_SUBMISSION = operator.itemgetter("submission_uuid")
_PATH = operator.itemgetter("path")
_KEY = operator.itemgetter("submission_uuid", "path")


class ListedOnce:
    """Feed it the package's answers in order, a batch at a time; it raises on a repeat."""

    def __init__(self, answers: Iterable[Mapping[str, Any]]) -> None:
        self._answers = answers
        self._seen = 0
        self._submission: str | None = None
        self._paths: set[str] = set()
        """The current submission's paths."""
        self._ended: set[str] = set()
        """Submissions whose run ended."""
        self._every: set[tuple[str, str]] | None = None
        """Every key, once the answers were found out of order."""

    def check(self, batch: Sequence[Mapping[str, Any]]) -> None:
        for submission, run in itertools.groupby(batch, key=_SUBMISSION):
            paths = list(map(_PATH, run))
            if self._every is None and submission != self._submission:
                if submission in self._ended:
                    self._every = set(map(_KEY, itertools.islice(iter(self._answers), self._seen)))
                else:
                    if self._submission is not None:
                        self._ended.add(self._submission)
                    self._submission, self._paths = submission, set()
            if self._every is not None:
                self._add(self._every, [(submission, path) for path in paths])
            else:
                self._add(self._paths, paths)
            self._seen += len(paths)

    def _add(self, held: set, keys: list) -> None:
        new = set(keys)
        if len(new) == len(keys) and held.isdisjoint(new):
            held |= new
            return
        for key in keys:
            if key in held:
                raise _twice(key if isinstance(key, tuple) else (self._submission, key))
            held.add(key)


def _twice(key: tuple[str | None, str]) -> UserError:
    return UserError(
        "package-answer-twice",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The package lists the answer {path} of submission {uuid} twice; it cannot be merged.",
        ),
        path=key[1],
        uuid=key[0],
    )
