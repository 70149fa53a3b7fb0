"""Answers edited on two sides that did not see each other: recorded, listed, resolved.

A conflict keeps both values and overwrites nothing: the local answer stays
as it was until a person chooses.  Resolving writes the chosen value as a
new edit by that person (with its audit entry), so the decision travels in
the next package and the other side sees it as the newer edit.
"""

from typing import Any, NamedTuple

from forms.errors import QT_TRANSLATE_NOOP, UserError
from storage.conflict_records import record_conflict
from storage.database import Database, touch_submission, utc_now

__all__ = ["CHOICES", "Conflict", "list_conflicts", "record_conflict", "resolve_conflict"]

CHOICES = ("local", "package")


class Conflict(NamedTuple):
    id: int
    submission_uuid: str
    path: str
    local_value: str | None
    local_updated_at: str | None
    local_updated_by: str | None
    package_value: str | None
    package_updated_at: str
    package_updated_by: str
    package_uuid: str
    package_device_uuid: str
    detected_at: str
    resolved_at: str | None = None
    resolved_by: str | None = None
    resolution: str | None = None
    resolved_value: str | None = None


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[Conflict]:
    """Open conflicts (or all of them), oldest first."""
    where = "" if include_resolved else " WHERE resolved_at IS NULL"
    rows = db.query(f"SELECT * FROM conflicts{where} ORDER BY id")
    return [Conflict(**row) for row in rows]


def resolve_conflict(
    db: Database, conflict_id: int, choose: str, *, by: str, value: str | None = None
) -> Conflict:
    """Settle a conflict with the local value, the package's value, or a new value.

    ``choose`` is ``"local"``, ``"package"`` or ``"value"`` (then ``value`` is
    the answer; empty clears it).  Keeping the choice apart from the value
    means any text, even the word "local", can be the answer.  The chosen
    value is saved as ``by``'s edit unless it is already the current answer.
    """
    if choose not in (*CHOICES, "value"):
        raise UserError(
            "conflict-bad-choice",
            QT_TRANSLATE_NOOP("UserError", "Choose local, package or value, not {choose!r}."),
            choose=choose,
        )
    if not by.strip():
        raise UserError(
            "conflict-needs-name",
            QT_TRANSLATE_NOOP("UserError", "Say who resolves the conflict (--by NAME)."),
        )
    if choose == "value":
        _check_typed_value(db, conflict_id, value or None)
    stamp = utc_now()
    with db.transaction() as tx:
        db.lock_submission(_open_conflict(tx, conflict_id)[0])
        submission_uuid, path, package_value, resolved_at = _open_conflict(tx, conflict_id)
        if resolved_at is not None:
            raise UserError(
                "conflict-resolved",
                QT_TRANSLATE_NOOP("UserError", "Conflict {conflict_id} is already resolved."),
                conflict_id=conflict_id,
            )
        current = tx.execute(
            "SELECT value FROM answers WHERE submission_uuid=? AND path=?", (submission_uuid, path)
        ).fetchone()
        local_value = current[0] if current else None
        resolution = choose
        chosen = {"local": local_value, "package": package_value}.get(choose, value or None)
        if chosen != local_value:
            db.write_answer(tx, submission_uuid, path, local_value, chosen, by, stamp)
            touch_submission(tx, submission_uuid, stamp)
        tx.execute(
            "UPDATE conflicts SET resolved_at=?, resolved_by=?, resolution=?, resolved_value=?"
            " WHERE id=?",
            (stamp, by.strip(), resolution, chosen, conflict_id),
        )
    rows = db.query("SELECT * FROM conflicts WHERE id=?", (conflict_id,))
    return Conflict(**next(iter(rows)))


def _check_typed_value(db: Database, conflict_id: int, value: str | None) -> None:
    """A typed value meets the same rules as one typed into the form (type, choices, logic)."""
    from forms.answer_rules import answer_problems
    from storage.editing import stored_form

    row = db.query("SELECT submission_uuid, path FROM conflicts WHERE id=?", (conflict_id,))
    found = next(iter(row), None)
    if found is None:
        raise UserError(
            "unknown-conflict",
            QT_TRANSLATE_NOOP("UserError", "There is no conflict {conflict_id}."),
            conflict_id=conflict_id,
        )
    submission = db.submission(found["submission_uuid"])
    form = stored_form(db, submission)
    problems = answer_problems(form, db.answers(submission.uuid), {found["path"]: value})
    if problems:
        raise UserError(
            "conflict-invalid-value", problems[0].phrase.template, **problems[0].phrase.params
        )


def _open_conflict(tx: Any, conflict_id: int) -> tuple[str, str, str | None, str | None]:
    """The conflict's submission, path, package value and resolution time; read again
    after the submission's lock, since another writer may have resolved it meanwhile."""
    row = tx.execute(
        "SELECT submission_uuid, path, package_value, resolved_at FROM conflicts WHERE id=?",
        (conflict_id,),
    ).fetchone()
    if row is None:
        raise UserError(
            "unknown-conflict",
            QT_TRANSLATE_NOOP("UserError", "There is no conflict {conflict_id}."),
            conflict_id=conflict_id,
        )
    return tuple(row)
