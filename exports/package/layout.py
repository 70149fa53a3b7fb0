"""The readable data sheets: which sheets, which columns, and each submission's rows.

One sheet per form (one row per submission) and one per repeat group (one
row per instance, linked by ``_index``/``_parent_index`` as KoboToolbox's
"XML values and headers" export does).  The layout is a function of the
forms and the canonical records only, so the import side rebuilds the exact
rows export wrote and can point at any cell a person changed; ``Cell``
remembers which answer each cell shows for that purpose.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from exports.package.cells import sheet_name, typed_value
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.model import Form, Group, Question, strip_positions
from forms.wheel.structure import language_code, pick_text

SKIPPED_TYPES = frozenset({"note"})
"""Types with no value at all: notes (KoboToolbox leaves them out of exports too)."""
DERIVED_TYPES = frozenset({"calculate"})
"""Columns whose values FormState computes; they are shown, never stored nor compared."""
KOBO_FORM_META = (
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
)
"""KoboToolbox's columns on a form's main sheet, in its order (formpack's copy fields)."""
OWN_FORM_META = ("_mission", "_created", "_updated")
"""Ours, after Kobo's: the mission and when the submission was created and last changed."""
FORM_META = (*KOBO_FORM_META, *OWN_FORM_META)
REPEAT_META = (
    "_index",
    "_parent_table_name",
    "_parent_index",
    "_submission__id",
    "_submission__uuid",
    "_submission__submission_time",
    "_submission__validation_status",
    "_submission__notes",
    "_submission__status",
    "_submission__submitted_by",
    "_submission___version__",
    "_submission__tags",
)
"""KoboToolbox's columns on a repeat sheet: the links, then the submission's copy fields."""
_SUBMISSION_FIELDS = {
    "_uuid": "uuid",
    "_mission": "mission_uuid",
    "_status": "status",
    "_submitted_by": "author",
    "_created": "created_at",
    "_updated": "updated_at",
    "_submission_time": "updated_at",
    "__version__": "form_version",
    "_form_version": "form_version",  # packages written before the Kobo columns
}
"""Meta columns that show a field of the submission record as it is."""
_EMPTY_META = frozenset({"_validation_status", "_notes", "_tags"})
"""Kobo's server-side fields (review status, notes, tags): Fieldwheel has none, so empty."""
LABELS_KEY = "labels"
"""The manifest fact naming the language of the data sheets' labels (absent: names)."""
SELECTS = frozenset({"select_one", "select_multiple"})
_POSITION = re.compile(r"\[(\d+)\]$")


@dataclass(frozen=True)
class Column:
    """A column: a question's value, one choice of a select_multiple, or a meta field.

    ``path`` is the question path without repeat positions, ``type`` its
    XLSForm type; meta columns have neither.
    """

    header: str
    path: str | None = None
    type: str | None = None
    choice: str | None = None
    meta: str | None = None


@dataclass
class SheetLayout:
    """A readable sheet of one form: the form's own sheet or one of its repeats."""

    name: str
    form_key: tuple[str, str]
    repeat_path: str | None
    parent: SheetLayout | None
    columns: list[Column] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]


@dataclass(frozen=True)
class Row:
    """One written row and, per column, the answer path it shows (None for meta)."""

    sheet: SheetLayout
    values: list[Any]
    paths: list[str | None]
    submission_uuid: str


def form_key(form: Form) -> tuple[str, str]:
    return (form.id, form.version)


def build_layouts(
    forms: Sequence[Form], taken: set[str], language: str | None = None
) -> dict[tuple[str, str], list[SheetLayout]]:
    """Sheets per form (its main sheet first, then repeats in form order); names go in ``taken``.

    With a ``language``, question columns are headed by their labels in it, as
    KoboToolbox's export "labels" does (meta columns keep their names).
    """
    ids = [form.id for form in forms]
    layouts: dict[tuple[str, str], list[SheetLayout]] = {}
    for form in forms:
        wanted = form.id if ids.count(form.id) == 1 else f"{form.id} v{form.version}"
        main = SheetLayout(sheet_name(wanted, taken), form_key(form), None, None)
        sheets = [main]
        _fill(form, main, form.children, sheets, taken, language)
        main.columns.extend(Column(name, meta=name) for name in FORM_META)
        layouts[form_key(form)] = sheets
    return layouts


def _fill(
    form: Form,
    sheet: SheetLayout,
    nodes: Iterable[Question | Group],
    sheets: list[SheetLayout],
    taken: set[str],
    language: str | None,
) -> None:
    for node in nodes:
        if isinstance(node, Group) and node.repeat:
            child = SheetLayout(sheet_name(node.name, taken), sheet.form_key, node.path, sheet)
            sheets.append(child)
            _fill(form, child, node.children, sheets, taken, language)
            child.columns.extend(Column(name, meta=name) for name in REPEAT_META)
        elif isinstance(node, Group):
            _fill(form, sheet, node.children, sheets, taken, language)
        elif node.type not in SKIPPED_TYPES:
            title = _label(form, node.labels, language, node.path)
            sheet.columns.append(Column(title, node.path, node.type))
            if node.type == "select_multiple" and node.choice_list:
                choice_list = form.choice_lists.get(node.choice_list)
                for choice in choice_list.choices if choice_list else ():
                    header = f"{title}/{_label(form, choice.labels, language, choice.name)}"
                    sheet.columns.append(Column(header, node.path, node.type, choice.name))


def _label(form: Form, texts: Mapping[str, str], language: str | None, name: str) -> str:
    """``texts`` in ``language`` (falling back as the form does), or ``name`` without one."""
    if language is None:
        return name
    return pick_text(texts, language, form.default_language, name)


def form_language(forms: Sequence[Form], language: str) -> str:
    """The forms' language ``language`` names (``French (fr)``, ``French`` or ``fr``)."""
    wanted = language.strip().casefold()
    for form in forms:
        for name in form.languages:
            if wanted in (name.casefold(), (language_code(name) or "").casefold()):
                return name
            if wanted == name.split("(")[0].strip().casefold():
                return name
    known = sorted({name for form in forms for name in form.languages})
    raise UserError(
        "package-unknown-language",
        QT_TRANSLATE_NOOP(
            "UserError", "No exported form has the language {language!r}; choose one of: {known}."
        ),
        language=language,
        known=", ".join(known),
    )


ChoiceLabels = dict[tuple[tuple[str, str], str, str], str]
"""A choice's label keyed by (form key, question path, choice name)."""


def choice_labels(forms: Sequence[Form], language: str) -> ChoiceLabels:
    """Every select question's choices as labels in ``language``, for the data cells."""
    labels: ChoiceLabels = {}
    for form in forms:
        for question in form.questions():
            choice_list = form.choice_lists.get(question.choice_list or "")
            if not question.type.startswith("select") or choice_list is None:
                continue
            for choice in choice_list.choices:
                text = pick_text(choice.labels, language, form.default_language, choice.name)
                labels[(form_key(form), question.path, choice.name)] = text
    return labels


class RowBuilder:
    """Turns submissions into rows, numbering ``_index`` per sheet as it goes."""

    def __init__(self, labels: ChoiceLabels | None = None) -> None:
        self._counters: dict[str, int] = {}
        self.labels = labels or {}
        """Choice labels to show instead of names (an export with ``--labels``)."""
        self._forms_by_path = {path: key for key, path, _name in self.labels}

    def rows(
        self,
        sheets: Sequence[SheetLayout],
        submission: Mapping[str, Any],
        answers: Mapping[str, str],
    ) -> list[Row]:
        """The rows of one live submission: its form row, then its repeat instances."""
        instances = _instances(answers, {s.repeat_path for s in sheets if s.repeat_path})
        indexes: dict[str, int] = {}
        rows = []
        for sheet in sheets:
            prefixes = [""] if sheet.repeat_path is None else instances.get(sheet.repeat_path, [])
            for prefix in prefixes:
                index = self._counters.get(sheet.name, 0) + 1
                self._counters[sheet.name] = index
                indexes[prefix] = index
                rows.append(self._row(sheet, submission, answers, prefix, index, indexes))
        return rows

    def _row(self, sheet, submission, answers, prefix, index, indexes) -> Row:
        values: list[Any] = []
        paths: list[str | None] = []
        for column in sheet.columns:
            if column.meta:
                values.append(self._meta(column.meta, sheet, submission, prefix, index, indexes))
                paths.append(None)
                continue
            path = _instance_path(column.path, sheet.repeat_path, prefix)
            value = answers.get(path)
            paths.append(path)
            if column.choice is None and self.labels and value and column.type in SELECTS:
                values.append(self._shown_choices(sheet.form_key, column.path, value))
            elif column.choice is None:
                values.append(typed_value(value, column.type))
            elif value is None:
                values.append(None)
            else:
                values.append(1 if column.choice in value.split() else 0)
        return Row(sheet, values, paths, submission["uuid"])

    def shown(self, question: Question, value: str | None) -> str | None:
        """An answer to ``question`` as the data sheets show it (labels when they do)."""
        if not value or question.type not in SELECTS or not self.labels:
            return value
        key = self._forms_by_path.get(question.path)
        return value if key is None else self._shown_choices(key, question.path, value)

    def _shown_choices(self, key: tuple[str, str], path: str, value: str) -> str:
        """The chosen names as their labels (a name the list lacks stays as it is)."""
        return " ".join(self.labels.get((key, path, name), name) for name in value.split())

    def _meta(self, name, sheet, submission, prefix, index, indexes) -> Any:
        if name == "_index":
            return index
        if name == "_parent_index":
            return indexes.get(_parent_prefix(prefix, sheet.parent.repeat_path), None)
        if name == "_parent_table_name":
            return sheet.parent.name
        if name.startswith("_submission__"):  # a repeat row's copy of a submission field
            name = name.removeprefix("_submission_")
        if name == "_id":
            return submission_id(submission["uuid"])
        if name in _EMPTY_META:
            return None
        return submission[_SUBMISSION_FIELDS[name]]


def submission_id(uuid: str) -> int:
    """Kobo's ``_id``: an integer that names the submission the same in every export.

    Taken from 48 bits of the uuid's hash, so it stays within the 15 digits a
    spreadsheet keeps exactly and two packages agree without a shared counter.
    """
    return int(hashlib.sha256(uuid.encode("utf-8")).hexdigest()[:12], 16)


def layout_records(layouts: Mapping[tuple[str, str], Sequence[SheetLayout]]) -> list[tuple]:
    """The layouts as rows of the hidden layout sheet (``package_content.LAYOUT``).

    Import rebuilds the rows export wrote from these, without parsing the
    forms again (pyxform is the slow part of reading a form).
    """
    records = []
    for sheets in layouts.values():
        for sheet in sheets:
            parent = sheet.parent.name if sheet.parent else None
            for column in sheet.columns:
                records.append(
                    (
                        sheet.name,
                        *sheet.form_key,
                        sheet.repeat_path,
                        parent,
                        column.header,
                        column.path,
                        column.type,
                        column.choice,
                        column.meta,
                    )
                )
    return records


def layouts_from_records(records: Iterable[Sequence[str | None]]) -> dict[tuple, list[SheetLayout]]:
    """The inverse of ``layout_records``."""
    layouts: dict[tuple, list[SheetLayout]] = {}
    by_name: dict[str, SheetLayout] = {}
    for name, form_id, version, repeat, parent, header, path, kind, choice, meta in records:
        sheet = by_name.get(name)
        if sheet is None:
            key = (form_id, version)
            sheet = SheetLayout(name, key, repeat, by_name.get(parent) if parent else None)
            by_name[name] = sheet
            layouts.setdefault(key, []).append(sheet)
        sheet.columns.append(Column(header, path, kind, choice, meta))
    return layouts


def _instance_path(question_path: str, repeat_path: str | None, prefix: str) -> str:
    """``attendees/name`` in instance ``attendees[2]`` -> ``attendees[2]/name``."""
    if repeat_path is None:
        return question_path
    return prefix + question_path[len(repeat_path) :]


def _parent_prefix(prefix: str, parent_repeat: str | None) -> str:
    """The instance path of the enclosing repeat instance ('' for the submission)."""
    if parent_repeat is None:
        return ""
    steps = prefix.split("/")
    for end in range(len(steps) - 1, 0, -1):
        candidate = "/".join(steps[:end])
        if _POSITION.search(candidate) and strip_positions(candidate) == parent_repeat:
            return candidate
    return ""


def _instances(answers: Mapping[str, str], repeat_paths: set[str]) -> dict[str, list[str]]:
    """Instance paths (``a[1]/b[3]``) per repeat path, in position order."""
    found: dict[str, set[str]] = {}
    for path in answers:
        if "[" not in path:
            continue
        steps = path.split("/")
        for end in range(1, len(steps)):
            if not _POSITION.search(steps[end - 1]):
                continue
            prefix = "/".join(steps[:end])
            repeat = strip_positions(prefix)
            if repeat in repeat_paths:
                found.setdefault(repeat, set()).add(prefix)
    return {repeat: sorted(prefixes, key=_position_key) for repeat, prefixes in found.items()}


def _position_key(prefix: str) -> tuple:
    return tuple(
        (step.split("[", 1)[0], int(match.group(1)) if (match := _POSITION.search(step)) else 0)
        for step in prefix.split("/")
    )
