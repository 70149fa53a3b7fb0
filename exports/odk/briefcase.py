"""``export --format odk``: missions' submissions in ODK Briefcase's folder layout.

``DIR/<form_id>/<form_id>.xml`` is the form's XForm as pyxform builds it and
``DIR/<form_id>/instances/uuid<uuid>/submission.xml`` one submission each,
written as ODK Collect writes them: the instance's root element with the
form's ``id`` and ``version``, questions and groups in the instance's order,
one element per repeat instance, calculations with their computed values,
non-relevant nodes left out (the ODK specification removes them on
submission) and ``meta/instanceID`` = ``uuid:<uuid>``.  Each file is written
to a temporary name and renamed into place, so a folder never holds half a
submission.  Text keeps its carriage returns (written as ``&#13;``, which a
parser does not fold into a newline); the control characters XML 1.0 cannot
carry at all (U+0000–U+001F other than tab, newline and carriage return) are
left out, since no ODK tool could read a file holding them.  Briefcase keeps
one version per form, so missions holding a form in two versions are refused
with a sentence rather than mixed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from exports.odk.template import InstanceTemplate, Slot, instance_template
from exports.shared.atomic import atomic_output, write_error
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.model import Form
from forms.state.form_state import FormState
from forms.xlsform.load import to_xform
from storage.database import Database
from storage.editing import parse_stored_form
from storage.records import Submission

JAVAROSA = "http://openrosa.org/javarosa"
OPENROSA = "http://openrosa.org/xforms"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class BriefcaseSummary:
    """What was written, for the command's one line."""

    folder: Path
    forms: int
    submissions: int


def export_briefcase(
    db: Database,
    folder: Path,
    missions: Iterable[str] | None,
    progress: Callable[[int, int, str], None] | None = None,
) -> BriefcaseSummary:
    """Write the submissions of ``missions`` (every mission when None) under ``folder``.

    ``progress(done, total, label)`` hears of each submission as it is written.
    """
    chosen = [m.uuid for m in db.missions()] if missions is None else list(missions)
    submissions = [s for uuid in chosen for s in db.submissions(db.mission(uuid).uuid)]
    by_form = _by_form(submissions)
    _make_folder(folder)
    written = 0
    for form_id, (version, members) in sorted(by_form.items()):
        record = db.form_record(form_id, version)
        form = parse_stored_form(record.source, record.source_name)
        xform = to_xform(form)
        form_folder = folder / form_id
        _write(form_folder / f"{form_id}.xml", xform.encode("utf-8"))
        template = instance_template(xform)
        for submission in members:
            if progress is not None:
                progress(written, len(submissions), f"{form_id}: {submission.uuid}")
            written += 1
            xml = submission_xml(template, submission.uuid, _state(db, form, submission))
            _write(form_folder / "instances" / f"uuid{submission.uuid}" / "submission.xml", xml)
    return BriefcaseSummary(folder, len(by_form), len(submissions))


def _by_form(submissions: list[Submission]) -> dict[str, tuple[str, list[Submission]]]:
    grouped: dict[str, tuple[str, list[Submission]]] = {}
    for submission in submissions:
        version, members = grouped.setdefault(submission.form_id, (submission.form_version, []))
        if version != submission.form_version:
            raise UserError(
                "odk-two-versions",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The chosen missions hold form {form_id} in versions {version} and "
                    "{form_version}; an ODK Briefcase folder keeps one version per form, so "
                    "export the missions separately.",
                ),
                form_id=submission.form_id,
                version=version,
                form_version=submission.form_version,
            )
        members.append(submission)
    return grouped


def _state(db: Database, form: Form, submission: Submission) -> FormState:
    return FormState(
        form,
        db.answers(submission.uuid),
        repeat_counts=db.repeat_sizes(submission.uuid) or None,
    )


def submission_xml(template: InstanceTemplate, uuid: str, state: FormState) -> bytes:
    """One submission as ODK Collect writes it, valid against ``template``."""
    ElementTree.register_namespace("jr", JAVAROSA)
    ElementTree.register_namespace("orx", OPENROSA)
    root = ElementTree.Element(template.root, {"id": template.form_id, "version": template.version})
    _fill(root, template.body, "", state, uuid)
    ElementTree.indent(root)
    xml = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml.replace(b"\r", b"&#13;")  # only text holds a raw CR; indenting adds none


def _fill(parent: ElementTree.Element, slot: Slot, base: str, state: FormState, uuid: str) -> None:
    for child in slot.children:
        path = f"{base}/{child.name}" if base else child.name
        if path == "meta":
            _meta(parent, child, uuid)
            continue
        if state.form.node(path) is None or not state.is_relevant(path):
            continue
        if child.repeat:
            for index in range(1, state.repeat_count(path) + 1):
                element = ElementTree.SubElement(parent, child.name)
                _fill(element, child, f"{path}[{index}]", state, uuid)
        elif child.children:
            _fill(ElementTree.SubElement(parent, child.name), child, path, state, uuid)
        else:
            ElementTree.SubElement(parent, child.name).text = _NOT_XML.sub(
                "", state.effective(path)
            )


def _meta(parent: ElementTree.Element, slot: Slot, uuid: str) -> None:
    meta = ElementTree.SubElement(parent, slot.name)
    for child in slot.children:
        value = f"uuid:{uuid}" if child.name == "instanceID" else ""
        ElementTree.SubElement(meta, child.name).text = value


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=False, exist_ok=True)
    except OSError as error:
        raise write_error(
            folder,
            error,
            what=QT_TRANSLATE_NOOP("UserError", "The ODK folder"),
            code="odk-write-failed",
        ) from error


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(
            path,
            error,
            what=QT_TRANSLATE_NOOP("UserError", "The ODK folder"),
            code="odk-write-failed",
        ) from error
    with atomic_output(
        path, what=QT_TRANSLATE_NOOP("UserError", "An ODK submission"), code="odk-write-failed"
    ) as atomic:
        atomic.stream.write(data)
