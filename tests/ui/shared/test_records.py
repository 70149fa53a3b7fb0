"""The record table's helpers: stored UTC stamps shown in the user's local time."""

from __future__ import annotations

from ui.shared.records.model import local_time


def test_local_time_reads_stored_utc_stamps() -> None:
    assert len(local_time("2026-11-23T17:18:57.123456Z")) == len("2026-11-23 17:18")
    assert local_time("not a time") == "not a time"
