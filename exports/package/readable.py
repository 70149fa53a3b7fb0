"""The sheets written only for people: About, Codebook and the readable audit log.

None of them is read back on import (the packed hidden records carry the
data), so they can change wording freely; they are built here as plain rows
so the writer stays about streaming and the text stays in one place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from exports.package.layout import SheetLayout
from forms.model import Form
from forms.wheel.structure import pick_text

CODEBOOK_WIDTHS = {"sheet": 14, "column": 24, "type": 26, "list_name": 12, "choices": 20}
"""Codebook columns; each label column gets ``CODEBOOK_LABEL_WIDTH``: one page across."""
CODEBOOK_LABEL_WIDTH = 16
FOLDED_CODEBOOK_TYPES = frozenset({"meta", "calculate", "select_multiple choice (1/0)"})
CHANGES_WIDTHS = (16, 36, 14, 21, 21, 9, 34)
"""The Changes sheet: a 15-digit _id, a form's title and the editors' names on one line."""

ABOUT_SHEET = "About"
CODEBOOK_SHEET = "Codebook"
AUDIT_SHEET = "Audit log"
CHANGES_SHEET = "Changes"
WHEEL_SHEET = "Wheel scores"

META_LABELS = {
    "_id": "Submission number (the same in every export)",
    "_uuid": "Submission identifier",
    "_submission_time": "When the submission was last saved (UTC)",
    "_validation_status": "Review status (KoboToolbox's; empty in Fieldwheel)",
    "_notes": "Reviewer notes (KoboToolbox's; empty in Fieldwheel)",
    "_status": "draft or complete",
    "_submitted_by": "Who created the submission",
    "__version__": "Version of the form",
    "_tags": "Tags (KoboToolbox's; empty in Fieldwheel)",
    "_index": "Row number in this sheet",
    "_mission": "Mission identifier (see About)",
    "_created": "When the submission was created (UTC)",
    "_updated": "When the submission was last changed (UTC)",
    "_form_version": "Version of the form",
    "_parent_index": "_index of the parent row",
    "_parent_table_name": "Sheet of the parent row",
}
"""What each meta column says; a repeat sheet's ``_submission_`` copies say the same."""


IMPORT_STEPS = (
    "1. Keep this file as it is: do not edit, sort, add or remove rows in any sheet.",
    "2. At headquarters, open Fieldwheel and choose File > Import package, or run:",
    "   fieldwheel import THIS_FILE.xlsx   (add --password-file FILE if it has a password)",
    "3. Fieldwheel checks the file, then adds new missions and submissions and applies newer "
    "edits. Answers changed on both sides are kept as conflicts to resolve "
    "(fieldwheel conflicts).",
    "4. Importing the same file twice changes nothing.",
    "If someone corrected values in the form sheets, the import lists the changed cells; "
    "accept them with: fieldwheel import FILE --accept-edits --by NAME",
)

HISTORY_NOTE = (
    "The Changes sheet sums up each submission's history; every single change is on the "
    "hidden sheet Audit log (right-click a sheet tab, then Unhide)."
)


@dataclass(frozen=True)
class ExportInfo:
    """Who, when, where: the facts the About sheet and the manifest share."""

    package_uuid: str
    created_at: str
    created_by: str
    device_uuid: str
    device_name: str
    app_version: str


def about_rows(
    info: ExportInfo,
    missions: Sequence[Sequence[Any]],
    counts: Mapping[str, int],
    form_titles: Sequence[str],
) -> Iterator[list[Any]]:
    """Label/value rows: what the package holds, who made it, and how to import it."""
    yield ["Fieldwheel package"]
    yield []
    for mission in missions:
        uuid, country, title, phase, start, end, team, _notes, *_rest, deleted = mission
        state = " (deleted)" if deleted else ""
        yield ["Mission", f"{title}{state}"]
        yield ["  Country", country]
        yield ["  Phase", phase]
        yield ["  Dates", f"{start or '?'} to {end or '?'}"]
        yield ["  Team", ", ".join(json.loads(team or "[]"))]
        yield ["  Identifier", uuid]
    yield []
    yield ["Exported by", info.created_by]
    yield ["Exported at (UTC)", info.created_at]
    yield ["Device", f"{info.device_name} ({info.device_uuid})"]
    yield ["Fieldwheel version", info.app_version]
    yield ["Package identifier", info.package_uuid]
    yield []
    yield ["Forms", ", ".join(form_titles)]
    for label, count in counts.items():
        yield [label, count]
    yield ["History", HISTORY_NOTE]
    yield []
    yield ["How to import"]
    for step in IMPORT_STEPS:
        yield [None, step]


def codebook_languages(forms: Iterable[Form]) -> list[str]:
    languages: list[str] = []
    for form in forms:
        languages.extend(lang for lang in form.languages if lang not in languages)
    return languages


def codebook_header(languages: Sequence[str]) -> list[str]:
    return _type_last(
        ["sheet", "column", "type", "list_name", "choices", *(f"label::{x}" for x in languages)]
    )


def _type_last(row: list[Any]) -> list[Any]:
    """The short type ends the row: a long label there would run past the table on paper."""
    return [*row[:2], *row[3:], row[2]]


def codebook_rows(
    form: Form, sheets: Sequence[SheetLayout], languages: Sequence[str]
) -> Iterator[list[Any]]:
    """One row per column of each of the form's sheets: labels in every language, choices."""
    for row in _codebook_rows(form, sheets, languages):
        yield _type_last(row)


def _codebook_rows(
    form: Form, sheets: Sequence[SheetLayout], languages: Sequence[str]
) -> Iterator[list[Any]]:
    for sheet in sheets:
        for column in sheet.columns:
            if column.meta:
                meta = column.meta
                if meta.startswith("_submission__"):
                    meta = meta.removeprefix("_submission_")
                meta_label = META_LABELS.get(meta, "")
                yield [
                    sheet.name,
                    column.header,
                    "meta",
                    None,
                    None,
                    *[meta_label] * len(languages),
                ]
                continue
            question = form.node(column.path)
            list_name = getattr(question, "choice_list", None)
            choice_list = form.choice_lists.get(list_name) if list_name else None
            if column.choice is not None and choice_list:
                choice = choice_list.get(column.choice)
                labels = [
                    _label(form, question.labels, x)
                    + " / "
                    + _label(form, choice.labels if choice else {}, x, column.choice)
                    for x in languages
                ]
                yield [
                    sheet.name,
                    column.header,
                    "select_multiple choice (1/0)",
                    list_name,
                    column.choice,
                    *labels,
                ]
                continue
            choices = None
            if choice_list:
                choices = "; ".join(
                    f"{c.name} = {_label(form, c.labels, form.default_language, c.name)}"
                    for c in choice_list.choices
                )
            labels = [_label(form, question.labels if question else {}, x) for x in languages]
            yield [sheet.name, column.header, column.type, list_name, choices, *labels]


def _label(form: Form, texts: Mapping[str, str], language: str, fallback: str = "") -> str:
    if language not in form.languages:
        return ""
    return pick_text(texts, language, form.default_language, fallback)


AUDIT_HEADER = ["at", "by", "device", "submission", "question", "old value", "new value"]


def audit_row(record: Sequence[str | None]) -> list[Any]:
    """A canonical audit record (submission, path, old, new, at, by, device) for reading."""
    submission, path, old, new, at, by, device = record
    return [at, by, device, submission, path, old, new]


CHANGES_HEADER = [
    "_id",
    "form",
    "country",
    "first change (UTC)",
    "last change (UTC)",
    "changes",
    "changed by",
]


class ChangeSummary:
    """Each submission's history in one row: when it was changed, how often, by whom.

    The full log is one row per change (1,427 for the four sample missions),
    thirty printed pages nobody reads; on paper a submission's story fits a line,
    and the log itself stays in the package, hidden, readable and signed.
    """

    def __init__(self) -> None:
        self._entries: dict[str, list[Any]] = {}

    def add(self, record: Sequence[str | None]) -> None:
        submission, _path, _old, _new, at, by, _device = record
        entry = self._entries.get(submission)
        if entry is None:
            self._entries[submission] = [at, at, 1, [by]]
            return
        entry[0] = min(entry[0], at) if at else entry[0]
        entry[1] = max(entry[1], at) if at else entry[1]
        entry[2] += 1
        if by not in entry[3]:
            entry[3].append(by)

    def rows(self, submissions: Mapping[str, tuple[Any, str, str]]) -> Iterator[list[Any]]:
        """Rows in package order; ``submissions`` maps a uuid to its (_id, form, country)."""
        for uuid, (number, form, country) in submissions.items():
            entry = self._entries.get(uuid)
            if entry is not None:
                first, last, count, people = entry
                yield [number, form, country, first, last, count, ", ".join(filter(None, people))]
