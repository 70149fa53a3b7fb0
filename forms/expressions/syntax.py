"""The parsed shape of an expression, before it is compiled into closures.

The tree is kept small on purpose: the compiler walks it once to build the
evaluator and to collect what the expression depends on, then drops it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Literal:
    value: str | float


@dataclass(frozen=True, slots=True)
class Reference:
    """``${name}``."""

    name: str


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a path: a node name, ``*``, ``.`` or ``..``, with predicates."""

    name: str
    predicates: tuple[Node, ...] = ()


@dataclass(frozen=True, slots=True)
class Path:
    """A location path; ``from_current`` marks ``current()/...`` paths."""

    absolute: bool
    steps: tuple[Step, ...]
    from_current: bool = False

    def text(self) -> str:
        """The path as written, without predicates, for dependency lists."""
        body = "/".join(step.name for step in self.steps)
        if self.from_current:
            return f"current()/{body}"
        return f"/{body}" if self.absolute else body


@dataclass(frozen=True, slots=True)
class InstancePath:
    """``instance('id')/root/item[...]/field``."""

    instance: Node
    steps: tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Filter:
    """A primary expression followed by predicates, e.g. ``${q}[. != '']``."""

    primary: Node
    predicates: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]
    pos: int


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Node


Node = Literal | Reference | Path | InstancePath | Filter | Call | Binary | Negate
