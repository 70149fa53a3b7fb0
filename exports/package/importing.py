"""Importing a package: read and verify it, settle hand edits, merge in one transaction.

Everything that can refuse the file happens before the database is touched;
the merge itself is one transaction (``storage.merge``), so a refused,
cancelled or failing import leaves the database exactly as it was.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from exports.package.content import ANSWERS, AUDIT, FORMS, HASH_KEY, MISSIONS, SUBMISSIONS
from exports.package.devices import SIGNED_ONLY, DevicePolicy, check_signer, pin
from exports.package.edits import edits_from_changes, find_changes, refusal
from exports.package.read import Package, UnpackedOnDemand, read_package
from exports.package.validate import AnswerCheck, validate_edits
from forms.errors import QT_TRANSLATE_NOOP, UserError
from storage.database import Database, utc_now
from storage.merge import ImportReport, PackageRecords, merge_package

Progress = Callable[[int, int, str], None]


def import_package(
    db: Database,
    path: str | Path,
    *,
    password: str | None = None,
    accept_edits_by: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    policy: DevicePolicy = SIGNED_ONLY,
) -> ImportReport:
    """Import the package at ``path`` into ``db``; refused packages change nothing."""
    if accept_edits_by is not None and not accept_edits_by.strip():
        raise UserError(
            "edits-need-name",
            QT_TRANSLATE_NOOP("UserError", "Say whose edits these are (--by NAME)."),
        )
    package = read_package(path, password=password, progress=progress, cancel=cancel)
    check_signer(db, package.signer, package.name, policy)
    changes = find_changes(package, each_answer=AnswerCheck(package))  # one walk, both checks
    accepted = 0
    if changes:
        if accept_edits_by is None:
            raise refusal(package, changes)
        edits = edits_from_changes(package, changes)
        refs = {(c.submission_uuid, c.path): c.ref for c in changes}
        validate_edits(package, edits, refs)
        edits = {key: value for key, value in edits.items() if _local_value(db, *key) != value}
        accepted = _apply_edits(package, edits, accept_edits_by.strip(), db.device_uuid)
    package.visible.clear()  # checked: the merge can reuse the memory of the readable cells
    report = merge_package(
        db,
        records(package),
        file_name=package.name,
        progress=progress,
        cancel=cancel,
        within=lambda tx, report: _note_signer(tx, report, package),
    )
    report.edits_accepted = accepted
    return report


def _note_signer(tx: sqlite3.Connection, report: ImportReport, package: Package) -> None:
    """Pin the signer (inside the merge's transaction) and say in the report who it was."""
    signer = package.signer
    if signer is None:
        report.unsigned = True
        return
    report.new_device = pin(tx, signer, package.name, changed=report.changed)
    name = signer.device_name or "an unnamed device"
    report.signer = f"{name} (key fingerprint {signer.fingerprint})"


def records(package: Package) -> PackageRecords:
    return PackageRecords(
        package_uuid=package.manifest["package_uuid"],
        device_uuid=package.manifest.get("device_uuid", ""),
        content_sha256=package.manifest[HASH_KEY],
        forms=package.tables[FORMS.sheet],
        missions=package.tables[MISSIONS.sheet],
        submissions=package.tables[SUBMISSIONS.sheet],
        answers=package.tables[ANSWERS.sheet],
        audit=package.tables[AUDIT.sheet],
    )


def _local_value(db: Database, submission_uuid: str, path: str) -> str | bool | None:
    """The answer stored here (False when there is none): an edit already taken is skipped."""
    rows = list(
        db.query(
            "SELECT value FROM answers WHERE submission_uuid=? AND path=?", (submission_uuid, path)
        )
    )
    return rows[0]["value"] if rows else False


def _apply_edits(
    package: Package, edits: dict[tuple[str, str], str | None], by: str, device: str
) -> int:
    """Write the edits into the package's records as ``by``'s, each with an audit entry.

    The merge then treats them like any other newer edit of the package: its
    history shows they came after what the field sent.
    """
    stamp = utc_now()
    table = package.tables[ANSWERS.sheet]
    answers = {
        (a["submission_uuid"], a["path"]): a
        for a in table
        if (a["submission_uuid"], a["path"]) in edits
    }
    touched = set()
    count = 0
    for (uuid, path), value in edits.items():
        answer = answers.get((uuid, path))
        old = answer["value"] if answer else None
        if old == value:
            continue
        if answer is None:
            answer = {"submission_uuid": uuid, "path": path}
            table.append(answer)
        elif isinstance(table, UnpackedOnDemand):
            table.replace(answer)  # each walk unpacks anew: keep this record instead
        answer.update(value=value, updated_at=stamp, updated_by=by)
        package.tables[AUDIT.sheet].append(
            {
                "submission_uuid": uuid,
                "path": path,
                "old_value": old,
                "new_value": value,
                "at": stamp,
                "by": by,
                "device_uuid": device,
            }
        )
        touched.add(uuid)
        count += 1
    for submission in package.tables[SUBMISSIONS.sheet]:
        if submission["uuid"] in touched:
            submission["updated_at"] = max(submission["updated_at"], stamp)
    return count
