"""Plain records the repository returns; none of them holds a connection.

Named tuples rather than frozen dataclasses: as immutable, and half the cost to
define (the window imports these at every start-up).  No ``from __future__
import annotations`` here: ``NamedTuple`` would compile every field's type
from its string, a quarter of what defining them costs.
"""

from typing import NamedTuple

PHASES = ("initiation", "strategy", "implementation", "monitoring")
STATUSES = ("draft", "complete")


class Mission(NamedTuple):
    uuid: str
    country: str
    title: str
    phase: str
    start_date: str | None
    end_date: str | None
    team: tuple[str, ...]
    notes: str
    created_at: str
    updated_at: str
    submission_count: int = 0


class FormRecord(NamedTuple):
    """A form as stored: enough to rebuild the exact Form it came from."""

    form_id: str
    version: str
    title: str
    source_name: str
    source: bytes
    sha256: str
    added_at: str


class Submission(NamedTuple):
    uuid: str
    mission_uuid: str
    form_id: str
    form_version: str
    status: str
    author: str
    device_uuid: str
    created_at: str
    updated_at: str
    last_path: str | None = None
    answer_count: int = 0


class Answer(NamedTuple):
    path: str
    value: str | None
    updated_at: str
    updated_by: str


class AuditEntry(NamedTuple):
    seq: int
    submission_uuid: str
    path: str
    old_value: str | None
    new_value: str | None
    at: str
    by: str
    device_uuid: str
