"""Counted words read as English does: one mission, two missions."""

from __future__ import annotations

from ui.shared.words import counted


def test_one_and_many() -> None:
    assert counted(1, "{count} mission", "{count} missions") == "1 mission"
    assert counted(0, "{count} mission", "{count} missions") == "0 missions"
    assert counted(2, "{count} mission of {who}", "{count} missions of {who}", who="Sok") == (
        "2 missions of Sok"
    )
