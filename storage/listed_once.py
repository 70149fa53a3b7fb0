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
from collections.abc import Iterable, Mapping
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError


class ListedOnce:
    """Feed it the package's answers in order; it raises on the first one listed twice."""

    def __init__(self, answers: Iterable[Mapping[str, Any]]) -> None:
        self._answers = answers
        self._seen = 0
        self._submission: str | None = None
        self._keys: set[tuple[str, str]] = set()
        """The current submission's keys; every key once the answers are found out of order."""
        self._ended: set[str] | None = set()
        """Submissions whose run ended; None once every key is held."""

    def check(self, answer: Mapping[str, Any]) -> None:
        submission = answer["submission_uuid"]
        if self._ended is not None and submission != self._submission:
            if submission in self._ended:
                self._keys = {_key(earlier) for earlier in self._before()}
                self._ended = None
            else:
                if self._submission is not None:
                    self._ended.add(self._submission)
                self._submission = submission
                self._keys = set()
        key = _key(answer)
        if key in self._keys:
            raise UserError(
                "package-answer-twice",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The package lists the answer {path} of submission {uuid} twice; it "
                    "cannot be merged.",
                ),
                path=key[1],
                uuid=key[0],
            )
        self._keys.add(key)
        self._seen += 1

    def _before(self) -> Iterable[Mapping[str, Any]]:
        """The answers already checked, walked again from the start."""
        return itertools.islice(iter(self._answers), self._seen)


def _key(answer: Mapping[str, Any]) -> tuple[str, str]:
    return (answer["submission_uuid"], answer["path"])
