"""Turn pyxform's JSON tree into the immutable Form model.

pyxform already resolves aliases, translations and ``or_other`` expansion;
this module only renames its vocabulary into ours (``select one`` ->
``select_one``, ``bind.relevant`` -> ``relevant``), keeps every column we do
not understand in ``metadata`` and attaches the survey row each node came
from so messages can point at the spreadsheet.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from typing import Any

from forms.model import Choice, ChoiceList, Group, Node, Question, Texts
from forms.xlsform.rows import SurveyRows

DEFAULT_LANGUAGE = "default"

_TYPE_ALIASES = {
    "select one": "select_one",
    "select all that apply": "select_multiple",
    "select one external": "select_one_external",
    "gps": "geopoint",
    "location": "geopoint",
    "string": "text",
    "int": "integer",
    "photo": "image",
    "datetime": "dateTime",
    "date time": "dateTime",
    "phone number": "text",
    "trigger": "acknowledge",
}
_FILE_SUFFIXES = (".csv", ".xml", ".geojson")

_QUESTION_KEYS = frozenset(
    {
        "type",
        "name",
        "label",
        "hint",
        "bind",
        "control",
        "parameters",
        "itemset",
        "list_name",
        "choices",
        "choice_filter",
        "children",
        "default",
        "_dynamic_default",
        "columns",
    }
)
_BIND_KEYS = frozenset(
    {
        "relevant",
        "constraint",
        "required",
        "calculate",
        "readonly",
        "jr:constraintMsg",
        "jr:requiredMsg",
    }
)
_CONTROL_KEYS = frozenset({"appearance", "jr:count"})
_FALSE_WORDS = frozenset({"", "no", "false", "false()", "0"})
_TRUE_WORDS = frozenset({"yes", "true", "true()", "1"})


def texts(value: Any) -> Texts:
    """A pyxform label/hint/message (plain string or per-language dict) as Texts."""
    if value is None or value == "":
        return {}
    if isinstance(value, Mapping):
        return {str(lang): str(text) for lang, text in value.items() if text is not None}
    return {DEFAULT_LANGUAGE: str(value)}


def _flag_expression(value: Any) -> str | None:
    """``required``/``readonly`` cells: yes/no words or an XPath expression."""
    if value is None:
        return None
    text = str(value).strip()
    if text.lower() in _FALSE_WORDS:
        return None
    if text.lower() in _TRUE_WORDS:
        return "true()"
    return text


def _parameters(value: Any) -> dict[str, str]:
    """The ``parameters`` cell: pyxform gives a dict, or the raw ``k=v k2=v2`` text."""
    if isinstance(value, Mapping):
        return {str(key): str(sub) for key, sub in value.items()}
    pairs = (part.split("=", 1) for part in re.split(r"[\s;,]+", str(value or "")) if "=" in part)
    return {key.strip(): sub.strip() for key, sub in pairs}


def _flatten(prefix: str, value: Any, into: dict[str, str]) -> None:
    """Nested pyxform values as ``prefix::key`` strings, so metadata stays flat."""
    if isinstance(value, Mapping):
        for key, sub in value.items():
            _flatten(f"{prefix}::{key}", sub, into)
    elif isinstance(value, list | tuple):
        into[prefix] = " ".join(str(item) for item in value)
    elif value is not None:
        into[prefix] = str(value).lower() if isinstance(value, bool) else str(value)


def _metadata(item: Mapping[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, value in item.items():
        if key not in _QUESTION_KEYS:
            _flatten(key, value, found)
    for key, value in (item.get("bind") or {}).items():
        if key not in _BIND_KEYS:
            _flatten(f"bind::{key}", value, found)
    for key, value in (item.get("control") or {}).items():
        if key not in _CONTROL_KEYS:
            _flatten(f"body::{key}", value, found)
    return found


def question_type(item: Mapping[str, Any]) -> str:
    """Our XLSForm type name for a pyxform JSON element."""
    raw = str(item["type"])
    kind = _TYPE_ALIASES.get(raw, raw.replace(" ", "_"))
    itemset = str(item.get("itemset") or "")
    if kind in ("select_one", "select_multiple") and itemset.endswith(_FILE_SUFFIXES):
        kind += "_from_file"
    return kind


def expand_loops(children: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Legacy ``begin loop over LIST`` becomes one group per choice, as pyxform does."""
    expanded: list[dict[str, Any]] = []
    for child in children:
        item = dict(child)
        if item.get("type") == "loop":
            columns = [col for col in item.pop("columns", ()) if col.get("name") != "none"]
            item["type"] = "group"
            item["children"] = [
                {
                    "type": "group",
                    "name": column["name"],
                    "label": column.get("label"),
                    "children": [_substitute(c, column) for c in item.get("children", ())],
                }
                for column in columns
            ]
        if "children" in item:
            item["children"] = expand_loops(item["children"])
        expanded.append(item)
    return expanded


def _substitute(template: Mapping[str, Any], column: Mapping[str, Any]) -> dict[str, Any]:
    label = column.get("label")
    label_text = label if isinstance(label, str) else next(iter((label or {}).values()), "")

    def fill(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace("%(name)s", column["name"]).replace("%(label)s", label_text)
        if isinstance(value, Mapping):
            return {key: fill(sub) for key, sub in value.items()}
        if isinstance(value, list):
            return [fill(sub) for sub in value]
        return value

    return fill(copy.deepcopy(dict(template)))


def _is_generated_meta(item: Mapping[str, Any]) -> bool:
    """pyxform's bodyless ``meta`` group (instanceID, instanceName): not user questions."""
    return item.get("name") == "meta" and bool((item.get("control") or {}).get("bodyless"))


class TreeBuilder:
    """Builds nodes depth first, collecting choice lists and language order on the way."""

    def __init__(self, rows: SurveyRows, sheet_lists: Mapping[str, ChoiceList]) -> None:
        self.rows = rows
        self.choice_lists: dict[str, ChoiceList] = dict(sheet_lists)
        self.languages: dict[str, None] = {}

    def note_languages(self, *values: Texts) -> None:
        for value in values:
            self.languages.update(dict.fromkeys(value))

    def children(self, items: Iterable[Mapping[str, Any]], parent: str) -> tuple[Node, ...]:
        nodes: list[Node] = []
        for item in items:
            if _is_generated_meta(item):
                continue
            path = f"{parent}/{item['name']}" if parent else str(item["name"])
            if item["type"] in ("group", "repeat"):
                nodes.append(self.group(item, path))
            else:
                nodes.append(self.question(item, path, nodes))
        return tuple(nodes)

    def group(self, item: Mapping[str, Any], path: str) -> Group:
        row = self.rows.row_of(str(item["name"]))
        labels = texts(item.get("label"))
        self.note_languages(labels)
        control = item.get("control") or {}
        count = control.get("jr:count")
        return Group(
            name=str(item["name"]),
            path=path,
            labels=labels,
            relevant=(item.get("bind") or {}).get("relevant") or None,
            appearance=str(control.get("appearance") or ""),
            repeat=item["type"] == "repeat",
            repeat_count=str(count) if count not in (None, "") else None,
            children=self.children(item.get("children") or (), path),
            metadata=_metadata(item),
            row=row,
        )

    def question(self, item: Mapping[str, Any], path: str, siblings: list[Node]) -> Question:
        name = str(item["name"])
        bind = item.get("bind") or {}
        control = item.get("control") or {}
        kind = question_type(item)
        labels, hints = texts(item.get("label")), texts(item.get("hint"))
        constraint_messages = texts(bind.get("jr:constraintMsg"))
        required_messages = texts(bind.get("jr:requiredMsg"))
        row = self.rows.row_of(name)
        if row is not None:  # pyxform's own ``or_other`` text is untranslated: no language
            self.note_languages(labels, hints, constraint_messages, required_messages)
        constraint = bind.get("constraint") or None
        if item["type"] == "phone number" and not constraint:
            constraint = r"regex(., '^\d*$')"
        default = item.get("default")
        return Question(
            name=name,
            path=path,
            type=kind,
            labels=labels,
            hints=hints,
            constraint_messages=constraint_messages,
            required_messages=required_messages,
            appearance=str(control.get("appearance") or ""),
            parameters=_parameters(item.get("parameters")),
            default=str(default) if default not in (None, "") else None,
            read_only=_flag_expression(bind.get("readonly")) is not None,
            relevant=bind.get("relevant") or None,
            constraint=constraint,
            required=_flag_expression(bind.get("required")),
            calculate=bind.get("calculate") or None,
            choice_filter=item.get("choice_filter") or None,
            choice_list=self.choice_list_for(item, kind),
            or_other=self.rows.is_or_other(name),
            metadata=_metadata(item),
            row=row if row is not None else (siblings[-1].row if siblings else None),
        )

    def choice_list_for(self, item: Mapping[str, Any], kind: str) -> str | None:
        """The list name; a select whose inline choices differ (or_other) gets its own list."""
        name = item.get("itemset") or item.get("list_name")
        if not name:
            return None
        name = str(name)
        inline = item.get("choices")
        if kind.endswith("_from_file") or not inline:
            return name
        built = build_choice_list(name, inline)
        self.note_languages(*(choice.labels for choice in built.choices))
        known = self.choice_lists.get(name)
        if known is None:
            self.choice_lists[name] = built
            return name
        if known == built:
            return name
        suffix = "or_other" if self.rows.is_or_other(str(item["name"])) else item["name"]
        variant = f"{name}_{suffix}"
        self.choice_lists.setdefault(variant, ChoiceList(variant, built.choices))
        return variant


def build_choice_list(name: str, rows: Iterable[Mapping[str, Any]]) -> ChoiceList:
    choices = []
    for row in rows:
        extra: dict[str, str] = {}
        for key, value in row.items():
            if key not in ("name", "label"):
                _flatten(str(key), value, extra)
        choices.append(
            Choice(name=str(row.get("name", "")), labels=texts(row.get("label")), extra=extra)
        )
    return ChoiceList(name=name, choices=tuple(choices))


def order_languages(seen: Iterable[str], preferred: str | None) -> tuple[tuple[str, ...], str]:
    """Named languages in column order, ``default`` (untranslated columns) last."""
    named = [lang for lang in seen if lang != DEFAULT_LANGUAGE]
    languages = tuple(named) + (
        (DEFAULT_LANGUAGE,) if DEFAULT_LANGUAGE in seen or not named else ()
    )
    if preferred and preferred in languages:
        return languages, preferred
    return languages, languages[0]
