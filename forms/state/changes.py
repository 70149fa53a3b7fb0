"""What a FormState edit changed, and what validation found.

Small value types shared by FormState and its callers (the window redraws
exactly the paths in ``Changes``; the CLI prints ``Problem``s).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Answer paths whose value, visibility, validity or choices changed; repeat keys resized."""

    values: frozenset[str] = frozenset()
    visibility: frozenset[str] = frozenset()
    validity: frozenset[str] = frozenset()
    choices: frozenset[str] = frozenset()
    repeats: frozenset[str] = frozenset()


@dataclass
class PendingChanges:
    values: set[str] = field(default_factory=set)
    visibility: set[str] = field(default_factory=set)
    validity: set[str] = field(default_factory=set)
    choices: set[str] = field(default_factory=set)
    repeats: set[str] = field(default_factory=set)

    def freeze(self) -> Changes:
        return Changes(
            *(
                frozenset(part)
                for part in (
                    self.values,
                    self.visibility,
                    self.validity,
                    self.choices,
                    self.repeats,
                )
            )
        )


@dataclass(frozen=True)
class Problem:
    """A failed check: ``code`` is ``required`` or ``constraint``."""

    path: str
    code: str
    message: str
