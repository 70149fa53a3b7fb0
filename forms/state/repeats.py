"""Renumbering answer paths when a repeat instance is removed or moved.

Answers and nested repeat counts are keyed by answer path, so removing
``members[2]`` must turn ``members[3]/age`` into ``members[2]/age``; moving
an instance is the same with a permutation.  Pure functions over dicts, so
they are easy to test and FormState stays about state.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

T = TypeVar("T")


def _split(path: str, key: str) -> tuple[int, str] | None:
    """``key[3]/rest`` -> (3, ``/rest``); None if ``path`` is not under ``key``."""
    if not path.startswith(key + "["):
        return None
    close = path.find("]", len(key))
    digits = path[len(key) + 1 : close]
    if close < 0 or not digits.isdigit():
        return None
    return int(digits), path[close + 1 :]


def renumber(items: Mapping[str, T], key: str, mapping: Mapping[int, int | None]) -> dict[str, T]:
    """``items`` with instance positions of repeat ``key`` mapped (None drops the instance)."""
    result: dict[str, T] = {}
    for path, item in items.items():
        parts = _split(path, key)
        if parts is None or parts[0] not in mapping:
            result[path] = item
            continue
        target = mapping[parts[0]]
        if target is not None:
            result[f"{key}[{target}]{parts[1]}"] = item
    return result


def removal(count: int, position: int) -> dict[int, int | None]:
    """Positions after removing instance ``position`` of ``count``."""
    return {
        index: (None if index == position else index - (index > position))
        for index in range(1, count + 1)
    }


def truncation(count: int, keep: int) -> dict[int, int | None]:
    """Positions after cutting a repeat from ``count`` down to ``keep`` instances."""
    return dict.fromkeys(range(keep + 1, count + 1))


def move(count: int, position: int, target: int) -> dict[int, int | None]:
    """Positions after moving instance ``position`` to ``target`` (both 1-based)."""
    order = [index for index in range(1, count + 1) if index != position]
    order.insert(target - 1, position)
    return {old: new for new, old in enumerate(order, start=1)}
