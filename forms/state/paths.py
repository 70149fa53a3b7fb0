"""Repeat instances: expanding form paths into answer paths and back.

A form path (``hh/members/age``) names a question; an answer path
(``hh/members[2]/age``) names one instance of it.  ``Layout`` knows how many
instances every repeat has (keyed by the repeat's answer path without its own
position, ``hh/members`` or ``hh/members[2]/kids``) and expands form paths
under optional fixed positions, which is all XPath scoping needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from forms.model import Form, Group, Node, strip_positions

_STEP = re.compile(r"^(?P<name>[^\[\]]+)(?:\[(?P<pos>\d+)\])?$")
MAX_REPEAT_COUNT = 1000
"""A repeat_count above this is a form bug, not a household; keep the UI alive."""


def split_steps(path: str) -> list[tuple[str, int | None]]:
    """``a/r[2]/q`` -> ``[("a", None), ("r", 2), ("q", None)]``; KeyError if malformed."""
    steps: list[tuple[str, int | None]] = []
    for part in path.split("/"):
        match = _STEP.match(part)
        if match is None:
            raise KeyError(f"'{path}' is not a form path")
        steps.append((match["name"], int(match["pos"]) if match["pos"] else None))
    return steps


def positions(path: str) -> dict[str, int]:
    """Form path of each positioned step -> its position (``{"hh/members": 2}``)."""
    found: dict[str, int] = {}
    prefix = ""
    for name, pos in split_steps(path):
        prefix = f"{prefix}/{name}" if prefix else name
        if pos is not None:
            found[prefix] = pos
    return found


def parent_path(path: str) -> str:
    return path.rsplit("/", 1)[0] if "/" in path else ""


def repeat_key(instance_path: str) -> tuple[str, int]:
    """``hh/members[2]`` -> (``hh/members``, 2): the repeat's key and the position."""
    head, _, last = instance_path.rpartition("/")
    match = _STEP.match(last)
    if match is None or match["pos"] is None:
        raise KeyError(f"'{instance_path}' is not a repeat instance path like 'members[2]'")
    return (f"{head}/{match['name']}" if head else match["name"]), int(match["pos"])


class Layout:
    """Instance counts of every repeat, and expansion of form paths under them."""

    def __init__(self, form: Form, counts: dict[str, int]) -> None:
        self.form = form
        self.counts = counts
        self._cache: dict[str, list[str]] = {}

    def changed(self) -> None:
        """Counts were edited: forget cached expansions."""
        self._cache.clear()

    def count(self, key: str, repeat: Group) -> int:
        """Instances of ``repeat`` at ``key``; a user-driven repeat starts with one."""
        return self.counts.get(key, 0 if repeat.repeat_count else 1)

    def expand(self, node_path: str, bound: Mapping[str, int] | None = None) -> list[str]:
        """Answer paths of form node ``node_path``, with repeats in ``bound`` fixed."""
        if not bound:
            cached = self._cache.get(node_path)
            if cached is None:
                cached = self._cache[node_path] = self._expand(node_path, {})
            return cached
        return self._expand(node_path, bound)

    def _expand(self, node_path: str, bound: Mapping[str, int]) -> list[str]:
        results = [""]
        prefix = ""
        for name in node_path.split("/"):
            prefix = f"{prefix}/{name}" if prefix else name
            node = self.form.node(prefix)
            grown: list[str] = []
            for base in results:
                path = f"{base}/{name}" if base else name
                if isinstance(node, Group) and node.repeat:
                    count = self.count(path, node)
                    fixed = bound.get(prefix)
                    chosen = (
                        range(1, count + 1)
                        if fixed is None
                        else ([fixed] if 0 < fixed <= count else [])
                    )
                    grown.extend(f"{path}[{index}]" for index in chosen)
                else:
                    grown.append(path)
            results = grown
        return results

    def exists(self, path: str) -> bool:
        """Whether answer path ``path`` names a current instance of a form node."""
        try:
            node = self.form.node(path)
            return node is not None and path in self.expand(node.path, positions(path))
        except KeyError:
            return False

    def scoped(self, target: Node, current: str) -> list[str]:
        """Answer paths ``${target}`` denotes from ``current``: same instance where shared."""
        bound = {
            prefix: pos
            for prefix, pos in positions(current).items()
            if target.path == prefix or target.path.startswith(prefix + "/")
        }
        return self.expand(target.path, bound)

    def resolve(self, current: str, steps: tuple[str, ...], absolute: bool) -> list[str]:
        """Answer paths an XPath location path selects from ``current``."""
        trail: list[tuple[str, int | None]] = [] if absolute else split_steps(current)
        for step in steps[1:] if absolute else steps:
            if step == "..":
                if not trail:
                    return []
                trail.pop()
            elif step != ".":
                trail.append((step, None))
        if not trail:
            return []
        form_path = "/".join(name for name, _ in trail)
        node = self.form.node(form_path)
        if node is None:
            return []
        bound: dict[str, int] = {}
        prefix = ""
        for name, pos in trail:
            prefix = f"{prefix}/{name}" if prefix else name
            if pos is not None:
                bound[prefix] = pos
        return self.expand(node.path, bound)

    def repeat_keys(self, repeat: Group) -> Iterator[str]:
        """Every key (answer path without own position) at which ``repeat`` has instances."""
        parent = parent_path(repeat.path)
        for base in self.expand(parent) if parent else [""]:
            yield f"{base}/{repeat.name}" if base else repeat.name


def repeats_of(form: Form) -> Iterator[Group]:
    return (node for node in form.walk() if isinstance(node, Group) and node.repeat)


def inferred_counts(form: Form, answers: Mapping[str, str]) -> dict[str, int]:
    """User-driven repeat sizes implied by answer paths (highest position seen)."""
    counts: dict[str, int] = {}
    for path in answers:
        prefix = ""
        for step in path.split("/"):
            name, _, rest = step.partition("[")
            prefix = f"{prefix}/{name}" if prefix else name
            if rest:
                if not rest.rstrip("]").isdigit():
                    break  # not an answer path; FormState ignores it
                position = int(rest.rstrip("]"))
                node = form.node(strip_positions(prefix))
                if isinstance(node, Group) and node.repeat and not node.repeat_count:
                    counts[prefix] = max(counts.get(prefix, 0), position)
                prefix += f"[{position}]"
    return counts
