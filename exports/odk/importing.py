"""``import --format odk DIR --mission UUID``: ODK or Kobo submissions into a mission.

Submissions collected with ODK Collect or KoboToolbox (a Briefcase folder,
Collect's ``instances`` folder, or files downloaded from a server) are read
as untrusted XML and matched against the form this database holds under the
same ``id`` and ``version``: every element must be one of the form's
questions, groups or repeats (servers' own ``meta``, ``formhub`` and
``__version__`` aside), and every value must pass the check every answer
passes (``forms.answer_rules``).  Calculations and notes are left to the
form to compute.  The first problem refuses the whole folder, naming the
file, and nothing is written.  Then the submissions go through the package
import's merge (``storage.merge``) in one transaction: new submissions are
added, a submission already here is merged answer by answer under the same
rules, and edits made on both sides become conflicts to resolve.  Each
submission's answers are stamped with its ``end`` (or ``start``) time when
the form records one, else the file's time, so importing the same folder
twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid as uuids
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from exports.odk.reading import SubmissionFile, read_submission, submission_files
from exports.odk.template import local
from forms.answer_rules import value_problem
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.model import Form, Group, Question
from storage.database import Database
from storage.editing import parse_stored_form
from storage.merge import ImportReport, PackageRecords, Record, merge_package

SERVER_ELEMENTS = frozenset({"meta", "formhub", "__version__", "_version_"})
"""Elements servers add beside the questions (Kobo's ``formhub`` and ``__version__``)."""
_NAMESPACE = uuids.UUID("5b0c4f1e-3f0a-4f55-9d55-0d7c8f0b7a11")
_DEFAULT_AUTHOR = "ODK submission"


@dataclass(frozen=True)
class Collected:
    """One submission ready to merge: its records and the answers checked against its form."""

    submission: Record
    answers: list[Record]
    audit: list[Record]


def import_briefcase(db: Database, folder: Path, mission_uuid: str) -> ImportReport:
    """Merge the submissions under ``folder`` into mission ``mission_uuid``; all or nothing."""
    mission = db.mission(mission_uuid)
    files = [found for path in submission_files(folder) if (found := read_submission(path))]
    if not files:
        raise UserError(
            "odk-no-submissions",
            QT_TRANSLATE_NOOP("UserError", "{folder} holds no ODK submission files."),
            folder=folder,
        )
    forms: dict[tuple[str, str], Form] = {}
    collected: dict[str, Collected] = {}
    for file in files:
        form = forms.get((file.form_id, file.version)) or _known_form(db, file)
        forms[(file.form_id, file.version)] = form
        if file.instance_id in collected:
            raise UserError(
                "odk-duplicate-submission",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{file} repeats submission uuid:{instance_id} found in another file; "
                    "keep one of them.",
                ),
                file=file.path,
                instance_id=file.instance_id,
            )
        collected[file.instance_id] = _collect(form, file, mission.uuid)
    digest = hashlib.sha256("".join(sorted(f.sha256 for f in files)).encode()).hexdigest()
    records = PackageRecords(
        package_uuid=str(uuids.uuid5(_NAMESPACE, digest)),
        device_uuid="",
        content_sha256=digest,
        forms=[],
        missions=[],
        submissions=[c.submission for c in collected.values()],
        answers=[a for c in collected.values() for a in c.answers],
        audit=[e for c in collected.values() for e in c.audit],
    )
    return merge_package(db, records, file_name=folder.name or str(folder))


def _known_form(db: Database, file: SubmissionFile) -> Form:
    record = db.form_record(file.form_id, file.version)
    if record is None:
        raise UserError(
            "odk-unknown-form",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{file} is a submission of form {form_id} version {version}, which this "
                "database does not hold; open that form here first.",
            ),
            file=file.path,
            form_id=file.form_id,
            version=file.version or "-",
        )
    return parse_stored_form(record.source, record.source_name)


def _collect(form: Form, file: SubmissionFile, mission_uuid: str) -> Collected:
    found: dict[str, str] = {}
    _walk(form, file, file.element, "", found)
    values = {path: value for path, value in found.items() if _is_answer(form.node(path))}
    for path, value in values.items():
        problem = value_problem(form, path, value)
        if problem is not None:
            raise UserError(
                "odk-answer-invalid",
                QT_TRANSLATE_NOOP(
                    "UserError", "{file} holds an answer its form does not allow: {problem}"
                ),
                file=file.path,
                problem=problem.phrase,
            )
    at = _stamp(form, file, found)
    author = file.meta.get("userID") or file.meta.get("username") or _DEFAULT_AUTHOR
    device = file.meta.get("deviceID") or f"odk:{file.form_id}"
    submission = {
        "uuid": file.instance_id,
        "mission_uuid": mission_uuid,
        "form_id": file.form_id,
        "form_version": file.version,
        "status": "complete",
        "author": author,
        "device_uuid": device,
        "created_at": at,
        "updated_at": at,
        "deleted_at": None,
        "last_path": None,
    }
    answers = [
        {
            "submission_uuid": file.instance_id,
            "path": path,
            "value": value,
            "updated_at": at,
            "updated_by": author,
        }
        for path, value in values.items()
    ]
    audit = [
        {
            "submission_uuid": file.instance_id,
            "path": path,
            "old_value": None,
            "new_value": value,
            "at": at,
            "by": author,
            "device_uuid": device,
        }
        for path, value in values.items()
    ]
    return Collected(submission, answers, audit)


def _walk(
    form: Form, file: SubmissionFile, element: ElementTree.Element, base: str, values: dict
) -> None:
    """Every non-empty leaf value by path; each element must be the form's node at that place."""
    seen: dict[str, int] = {}
    for child in element:
        name = local(child.tag)
        if not base and name in SERVER_ELEMENTS:
            continue
        path = f"{base}/{name}" if base else name
        node = form.node(path)
        if node is None:
            raise UserError(
                "odk-unknown-element",
                QT_TRANSLATE_NOOP(
                    "UserError", "{file} has an element '{path}' that form {form_id} does not have."
                ),
                file=file.path,
                path=path,
                form_id=form.id,
            )
        seen[name] = seen.get(name, 0) + 1
        if isinstance(node, Group) and node.repeat:
            _walk(form, file, child, f"{path}[{seen[name]}]", values)
        elif seen[name] > 1 or (isinstance(node, Question) and len(child)):
            raise UserError(
                "odk-bad-submission",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{file} repeats or nests '{path}', which form {form_id} does not allow.",
                ),
                file=file.path,
                path=path,
                form_id=form.id,
            )
        elif isinstance(node, Group):
            _walk(form, file, child, path, values)
        elif (child.text or "").strip():
            values[path] = child.text or ""


def _is_answer(node: object) -> bool:
    """A question a person answers; calculations and notes are the form's to compute."""
    return isinstance(node, Question) and not (
        node.calculate or node.read_only or node.type == "note"
    )


def _stamp(form: Form, file: SubmissionFile, values: dict[str, str]) -> str:
    """The submission's end (or start) time in UTC, else the file's modification time."""
    for kind in ("end", "start"):
        for node in form.walk():
            if isinstance(node, Question) and node.type == kind and values.get(node.path):
                moment = _moment(values[node.path])
                if moment is not None:
                    return _utc(moment)
    return _utc(dt.datetime.fromtimestamp(file.path.stat().st_mtime, dt.UTC))


def _moment(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
