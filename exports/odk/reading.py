"""Reading submission files from ODK Collect, Briefcase or KoboToolbox: untrusted XML.

Every file is read as an untrusted path (ordinary files only, size bounded)
and scanned by the same expat pass that guards workbook parts, which refuses
any DOCTYPE or entity declaration before a tree is built, so an entity bomb
or an external entity never expands.  What comes out is the form's id and
version, the instance ID, the ``meta`` block and the element tree, which
the importer matches against the form.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree

from exports.odk.template import local
from forms.errors import QT_TRANSLATE_NOOP, Phrase, UserError
from forms.untrusted.files import read_regular_file
from forms.untrusted.limits import Limits, UntrustedFileError
from forms.untrusted.xmlscan import PartScan

SUBMISSION_LIMITS = Limits(
    label=QT_TRANSLATE_NOOP("UserError", "submission"),
    max_file_bytes=16 * 1024**2,
    max_members=1,
    max_member_bytes=16 * 1024**2,
    max_total_bytes=16 * 1024**2,
    max_rows=1_000_000,
    max_cells=5_000_000,
    max_total_cells=5_000_000,
)
MAX_FILES = 100_000
MAX_ELEMENTS = 200_000


@dataclass
class SubmissionFile:
    """One submission: where it came from, what form it is for, its elements."""

    path: Path
    element: ElementTree.Element
    form_id: str
    version: str
    instance_id: str
    meta: dict[str, str]
    sha256: str


def submission_files(folder: Path) -> list[Path]:
    """Every ``.xml`` file under ``folder`` that is not a form definition, in name order."""
    if not folder.is_dir():
        raise UserError(
            "odk-not-a-folder",
            QT_TRANSLATE_NOOP("UserError", "{folder} is not a folder of ODK submissions."),
            folder=folder,
        )
    found: list[Path] = []
    for directory, subfolders, files in os.walk(folder):
        subfolders.sort()
        for name in sorted(files):
            if name.lower().endswith(".xml"):
                found.append(Path(directory) / name)
                if len(found) > MAX_FILES:
                    raise UserError(
                        "odk-too-many-files",
                        QT_TRANSLATE_NOOP(
                            "UserError",
                            "{folder} holds more than {most:,} XML files; import it in parts.",
                        ),
                        folder=folder,
                        most=MAX_FILES,
                    )
    return found


def read_submission(path: Path) -> SubmissionFile | None:
    """The submission in ``path``; None for a form definition (an XForm) beside it."""
    data = read_regular_file(
        path,
        label="submission",
        what=QT_TRANSLATE_NOOP("UserError", "submission file"),
        max_bytes=SUBMISSION_LIMITS.max_file_bytes,
    )
    root = _parse(path, data)
    if local(root.tag) == "html":
        return None
    form_id = root.get("id") or ""
    if not form_id:
        raise _bad(
            path, QT_TRANSLATE_NOOP("UserError", "its root element has no form id attribute")
        )
    meta = _meta(root)
    instance_id = meta.get("instanceID", "")
    if not instance_id.startswith("uuid:"):
        raise _bad(
            path, QT_TRANSLATE_NOOP("UserError", "it has no meta/instanceID of the form 'uuid:…'")
        )
    return SubmissionFile(
        path=path,
        element=root,
        form_id=form_id,
        version=root.get("version") or root.get(f"{{{_ORX}}}version") or "",
        instance_id=instance_id.removeprefix("uuid:"),
        meta=meta,
        sha256=hashlib.sha256(data).hexdigest(),
    )


_ORX = "http://openrosa.org/xforms"


def _parse(path: Path, data: bytes) -> ElementTree.Element:
    """Scan for DOCTYPEs and entities first, then build the tree."""
    scan = PartScan(path.name, str(path), SUBMISSION_LIMITS, whole=True)
    parser = scan.parser()
    try:
        parser.Parse(data, True)
        root = SafeTree.fromstring(data)
    except (expat.ExpatError, ElementTree.ParseError, DefusedXmlException) as error:
        raise _bad(
            path,
            Phrase(
                QT_TRANSLATE_NOOP("UserError", "it is not well-formed XML ({error})"),
                error=str(error),
            ),
        ) from error
    except UntrustedFileError as error:
        raise UserError(error.code, error.template, **error.params) from error
    if sum(1 for _ in root.iter()) > MAX_ELEMENTS:
        raise _bad(
            path,
            Phrase(
                QT_TRANSLATE_NOOP("UserError", "it has more than {most:,} elements"),
                most=MAX_ELEMENTS,
            ),
        )
    return root


def _meta(root: ElementTree.Element) -> dict[str, str]:
    meta = next((child for child in root if local(child.tag) == "meta"), None)
    if meta is None:
        return {}
    return {local(child.tag): (child.text or "").strip() for child in meta}


def _bad(path: Path, why: str | Phrase) -> UserError:
    return UserError(
        "odk-bad-submission",
        QT_TRANSLATE_NOOP("UserError", "{path} is not an ODK submission: {why}."),
        path=path,
        why=why,
    )
