"""Hand edits: readable cells that no longer say what the canonical data says.

The readable sheets are rebuilt from the verified canonical records with the
same ``RowBuilder`` export used, and compared cell by cell after
``comparable`` normalisation (a number typed as 5 equals 5.0, a date equals
its serial).  A difference is a ``CellChange`` named ``sheet!B7``.  Changes
to answer cells can be taken as edits by a named person; changes to
headers, meta columns or added rows cannot, since they do not say which
answer they mean.  Calculated columns are computed at export from the answers
and are not compared: they are not answers, and import keeps none of them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

from exports.package.cells import canonical_from_cell, comparable, read_back
from exports.package.content import ANSWERS, FORMS, SUBMISSIONS
from exports.package.layout import (
    DERIVED_TYPES,
    LABELS_KEY,
    SELECTS,
    ChoiceLabels,
    Column,
    Row,
    RowBuilder,
    SheetLayout,
    choice_labels,
)
from exports.package.read import Package
from exports.package.safety import PackageError
from forms.errors import QT_TRANSLATE_NOOP, Phrase
from forms.model import strip_positions
from storage.editing import parse_stored_form

EachAnswer = Callable[[str, str, str | None], None]
"""Called with each answer the hand-edit check walks past (``find_changes``)."""

LISTED = 10
"""Cells named in the refusal sentence; the rest are counted."""


@dataclass(frozen=True)
class CellChange:
    sheet: str
    row: int
    column: int
    expected: Any
    found: Any
    submission_uuid: str | None
    path: str | None
    layout_column: Column | None

    @property
    def ref(self) -> str:
        return f"{self.sheet}!{get_column_letter(self.column)}{self.row}"


class PackageEditedError(PackageError):
    """The readable sheets were changed after export; ``context['cells']`` lists them."""


def find_changes(package: Package, each_answer: EachAnswer | None = None) -> list[CellChange]:
    """Every readable cell that differs from what the canonical records say.

    Row by row as the answers stream, one submission's answers at a time, so
    memory does not grow with the package (``_answers_in_order``).
    ``each_answer(submission_uuid, path, value)`` is called for every answer
    with a value of a submission the package holds, as the walk passes it
    (the import's answer check rides along instead of walking again).
    """
    labels = _labels(package)
    if each_answer is not None and not package.layouts:
        for answer in package.tables[ANSWERS.sheet]:
            each_answer(answer["submission_uuid"], answer["path"], answer["value"])
    try:
        return _changes(package, labels, False, each_answer)
    except _OutOfOrder:
        return _changes(package, labels, True, each_answer)


def _changes(
    package: Package, labels: ChoiceLabels | None, gathered: bool, each_answer: EachAnswer | None
) -> list[CellChange]:
    changes: list[CellChange] = []
    for key, sheets in package.layouts.items():  # each form's walk passes every answer
        changes.extend(_sheet_changes(package, key, sheets, labels, gathered, each_answer))
        each_answer = None
    return changes


def _sheet_changes(
    package: Package,
    key: tuple,
    sheets: list[SheetLayout],
    labels: ChoiceLabels | None,
    gathered: bool,
    each_answer: EachAnswer | None = None,
) -> list[CellChange]:
    """The changes in one form's sheets: each row export wrote, against the row found."""
    checks = {sheet.name: _SheetCheck(sheet, package.visible[sheet.name]) for sheet in sheets}
    changes = [change for check in checks.values() for change in check.next(_header(check.sheet))]
    builder = RowBuilder(labels)
    for submission, answers in _live_submissions(package, key, gathered, each_answer):
        for row in builder.rows(sheets, submission, answers):
            changes.extend(checks[row.sheet.name].next(row))
    for check in checks.values():
        changes.extend(check.rest())
    return changes


def refusal(package: Package, changes: list[CellChange]) -> PackageEditedError:
    refs = [change.ref for change in changes]
    labels = _question_labels(package)
    listed = "; ".join(_described(change, labels) for change in changes[:LISTED])
    more: str | Phrase = ""
    if len(refs) > LISTED:
        more = Phrase(
            QT_TRANSLATE_NOOP("UserError", "; and {count} more"), count=len(refs) - LISTED
        )
    return PackageEditedError(
        "package-edited",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{name} was changed by hand after export ({listed}{more}); import it "
            "with --accept-edits --by NAME to take these changes as that person's "
            "edits.",
        ),
        cells=refs,
        name=package.name,
        listed=listed,
        more=more,
    )


def _described(change: CellChange, labels: dict[tuple[str, str], str]) -> str:
    """``sheet!J2, Position: 'Director' → 'Director, HQ'``: the question, from what to what."""
    label = labels.get((change.submission_uuid or "", strip_positions(change.path or "")))
    if label is None:
        return change.ref
    return f"{change.ref}, {label}: '{_shown(change.expected)}' → '{_shown(change.found)}'"


def _shown(value: Any) -> str:
    text = " ".join(("" if value is None else str(value)).split())  # one line
    return text if len(text) <= 40 else text[:39] + "…"


def _question_labels(package: Package) -> dict[tuple[str, str], str]:
    """Each submission's question labels (default language), keyed by (submission, path)."""
    sources = {(f["form_id"], f["version"]): f for f in package.tables[FORMS.sheet]}
    labels: dict[tuple[str, str], str] = {}
    for submission in package.tables[SUBMISSIONS.sheet]:
        source = sources.get((submission["form_id"], submission["form_version"]))
        if source is None:
            continue
        form = parse_stored_form(source["source"], source["source_name"])
        for question in form.questions():
            text = question.labels.get(form.default_language) or question.name
            labels[(submission["uuid"], question.path)] = text
    return labels


def edits_from_changes(
    package: Package, changes: list[CellChange]
) -> dict[tuple[str, str], str | None]:
    """The new canonical value of each changed answer, keyed by (submission, path)."""
    current = _answers(package, {(c.submission_uuid, c.path) for c in changes})
    names = {(path, label): name for (_key, path, name), label in (_labels(package) or {}).items()}
    edits: dict[tuple[str, str], str | None] = {}
    ordered = sorted(
        changes, key=lambda c: c.layout_column is not None and c.layout_column.choice is not None
    )
    for change in ordered:
        column = change.layout_column
        if change.path is None or change.submission_uuid is None or column is None:
            raise PackageEditedError(
                "package-edited-structure",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} was changed by hand in {ref}, which is not an answer (a header, "
                    "an identifier or an added row); only answers can be taken as edits.",
                ),
                cells=[change.ref],
                name=package.name,
                ref=change.ref,
            )
        key = (change.submission_uuid, change.path)
        before = edits.get(key, current.get(key))
        if column.choice is None:
            typed = canonical_from_cell(change.found)
            if names and column.type in SELECTS and typed:
                words = typed.split()
                typed = names.get((column.path, typed)) or " ".join(
                    names.get((column.path, word), word) for word in words
                )
            edits[key] = typed
        else:
            edits[key] = _toggle(before, column.choice, change.found, change.ref, package.name)
    return edits


def _toggle(value: str | None, choice: str, found: Any, ref: str, name: str) -> str | None:
    chosen = (value or "").split()
    kind, number = comparable(found)
    if kind == "" or (kind == "n" and number == 0):
        chosen = [c for c in chosen if c != choice]
    elif kind == "n" and number == 1:
        chosen = chosen if choice in chosen else [*chosen, choice]
    else:
        raise PackageEditedError(
            "package-edited-invalid",
            QT_TRANSLATE_NOOP("UserError", "{name}: {ref} must be 1 or 0 (chosen or not)."),
            cells=[ref],
            name=name,
            ref=ref,
        )
    return " ".join(chosen) or None


def _answers(
    package: Package, wanted: set[tuple[str | None, str | None]]
) -> dict[tuple[str, str], str | None]:
    return {
        (a["submission_uuid"], a["path"]): a["value"]
        for a in package.tables[ANSWERS.sheet]
        if (a["submission_uuid"], a["path"]) in wanted
    }


def _live_submissions(
    package: Package, key: tuple, gathered: bool, each_answer: EachAnswer | None = None
) -> Iterator[tuple[dict, dict[str, str]]]:
    """The live submissions of form ``key`` in package order, each with its answers."""
    deleted_missions = {m["uuid"] for m in package.tables["_fw_missions"] if m["deleted_at"]}
    submissions = package.tables[SUBMISSIONS.sheet]
    for submission, answers in zip(submissions, _answers_in_order(package, gathered), strict=True):
        if each_answer is not None:
            for path, value in answers.items():
                each_answer(submission["uuid"], path, value)
        if (submission["form_id"], submission["form_version"]) != key:
            continue
        if submission["deleted_at"] or submission["mission_uuid"] in deleted_missions:
            continue
        yield submission, answers


def _answers_in_order(package: Package, gathered: bool) -> Iterator[dict[str, str]]:
    """Each submission's live answers (path to value), in the order of the submissions.

    Export writes a submission's answers together, in that order, so they are
    taken as they stream (``_OutOfOrder`` stops the walk at the first answer
    that is not); ``gathered`` first gathers answers stored in any other
    order, so the check never depends on how a package was written.
    """
    submissions = package.tables[SUBMISSIONS.sheet]
    answers = package.tables[ANSWERS.sheet]
    if gathered:
        found: dict[str, dict[str, str]] = {}
        for answer in answers:
            if answer["value"] is not None:
                found.setdefault(answer["submission_uuid"], {})[answer["path"]] = answer["value"]
        for submission in submissions:
            yield found.get(submission["uuid"], {})
        return
    position = {submission["uuid"]: index for index, submission in enumerate(submissions)}
    runs = itertools.groupby(answers, key=_submission_of)
    uuid, run = next(runs, (None, iter(())))
    for index, submission in enumerate(submissions):
        if uuid is not None and position.get(uuid, -1) < index:
            raise _OutOfOrder  # answers of an unknown submission, or of one already passed
        if submission["uuid"] != uuid:
            yield {}
            continue
        yield {a["path"]: a["value"] for a in run if a["value"] is not None}
        uuid, run = next(runs, (None, iter(())))
    if uuid is not None:
        raise _OutOfOrder


class _OutOfOrder(Exception):  # noqa: N818 - a signal, not a fault
    """The answers are not grouped in the submissions' order: gather them first."""


def _submission_of(answer: dict) -> str:
    return answer["submission_uuid"]


def _labels(package: Package) -> ChoiceLabels | None:
    """The choice labels an export ``--labels`` showed (None: the sheets show names)."""
    language = package.manifest.get(LABELS_KEY)
    if not language:
        return None
    forms = [parse_stored_form(f["source"], f["source_name"]) for f in package.tables[FORMS.sheet]]
    return choice_labels(forms, language)


def _header(sheet: SheetLayout) -> Row:
    return Row(sheet, list(sheet.headers), [None] * len(sheet.columns), "")


class _SheetCheck:
    """One readable sheet compared with the rows export wrote, a row at a time."""

    def __init__(self, sheet: SheetLayout, found: list[list[Any]]) -> None:
        self.sheet = sheet
        self.found = found
        self.index = 0
        self.width = max(len(sheet.columns), max((len(r) for r in found), default=0))
        self.derived = {
            i for i, c in enumerate(sheet.columns) if c.type in DERIVED_TYPES and not c.meta
        }

    def next(self, row: Row) -> list[CellChange]:
        """The cells of the next row found that differ from ``row``, the next row written."""
        changes = list(self._compare(self.index, row))
        self.index += 1
        return changes

    def rest(self) -> Iterator[CellChange]:
        """Rows found beyond those written: added by hand."""
        for index in range(self.index, len(self.found)):
            yield from self._compare(index, None)

    def _compare(self, index: int, row: Row | None) -> Iterator[CellChange]:
        actual = self.found[index] if index < len(self.found) else []
        for column in range(self.width):
            if index > 0 and column in self.derived:
                continue  # computed from the answers at export, not an answer a person holds
            want = None
            path = None
            if row is not None and column < len(row.values):
                want = read_back(row.values[column])
                path = row.paths[column]
            got = actual[column] if column < len(actual) else None
            if want == got or comparable(want) == comparable(got):  # equal values compare equal
                continue
            yield CellChange(
                self.sheet.name,
                index + 1,
                column + 1,
                want,
                got,
                row.submission_uuid if row is not None and path else None,
                path,
                self.sheet.columns[column] if path else None,
            )
