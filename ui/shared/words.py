"""Counted words: "1 mission", "2 missions", never "1 missions" or "2 mission(s)".

Callers pass both forms through ``tr`` (each is its own message, so a
translator can word each), and this picks one by the count.
"""

from __future__ import annotations


def counted(count: int, one: str, many: str, **fields: object) -> str:
    """``one`` or ``many`` (by ``count``) with ``{count}`` and ``fields`` filled in."""
    return (one if count == 1 else many).format(count=count, **fields)
