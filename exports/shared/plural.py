"""Counts the command line prints as English reads them: "1 mission", "2 missions"."""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    """``count`` with ``one`` or ``many`` (``one`` + "s" unless given)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
