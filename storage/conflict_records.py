"""Writing conflict rows: from a merge, and from an edit that raced another writer.

Apart from ``storage.conflicts`` (listing and resolving, which reads forms)
so the editor can record a conflict inside its save without an import cycle.
"""

from __future__ import annotations

from typing import Any

from storage.database import utc_now


def record_conflict(
    tx: Any,
    submission_uuid: str,
    path: str,
    local: tuple[str | None, str | None, str | None],
    package: tuple[str | None, str, str],
    package_uuid: str,
    package_device: str,
) -> bool:
    """Record a conflict unless the same one is already open; True when a new one was added.

    ``local`` and ``package`` are (value, updated_at, updated_by).  An open
    conflict on the same answer with another package value is superseded:
    only the latest disagreement needs a decision.
    """
    open_rows = tx.execute(
        "SELECT id, package_value, package_updated_at FROM conflicts"
        " WHERE submission_uuid=? AND path=? AND resolved_at IS NULL",
        (submission_uuid, path),
    ).fetchall()
    if any(row[1] == package[0] and row[2] == package[1] for row in open_rows):
        return False
    stamp = utc_now()
    for row in open_rows:
        tx.execute(
            "UPDATE conflicts SET resolved_at=?, resolved_by=?, resolution='superseded' WHERE id=?",
            (stamp, "fieldwheel", row[0]),
        )
    tx.execute(
        "INSERT INTO conflicts (submission_uuid, path, local_value, local_updated_at,"
        " local_updated_by, package_value, package_updated_at, package_updated_by, package_uuid,"
        " package_device_uuid, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (submission_uuid, path, *local, *package, package_uuid, package_device, stamp),
    )
    return True


def keep_both(
    tx: Any,
    submission_uuid: str,
    path: str,
    theirs: tuple[str | None, str, str],
    mine: tuple[str | None, str, str],
) -> None:
    """An edit saved over a value its form never showed: both kept, as a merge keeps them.

    ``theirs`` is what was stored (an import, another analyst, a resolution
    committed it after the form read the answer), ``mine`` the edit being
    saved; each is (value, at, by).  The edit stays the answer and the stored
    value becomes the other side of a conflict, exactly what the merge leaves
    when the edit commits first: whoever wins the race, the outcome is the same.
    """
    device, package = _origin(tx, submission_uuid, path, theirs[1])
    record_conflict(tx, submission_uuid, path, mine, theirs, package, device)


def _origin(tx: Any, submission_uuid: str, path: str, at: str) -> tuple[str, str]:
    """The device whose audit entry wrote the answer at ``at``, and its last package here."""
    entry = tx.execute(
        "SELECT device_uuid FROM audit WHERE submission_uuid=? AND path=? AND at=?"
        " ORDER BY seq DESC LIMIT 1",
        (submission_uuid, path, at),
    ).fetchone()
    device = entry[0] if entry else ""
    package = tx.execute(
        "SELECT package_uuid FROM imports WHERE source_device_uuid=?"
        " ORDER BY imported_at DESC LIMIT 1",
        (device,),
    ).fetchone()
    return device, package[0] if package else ""
