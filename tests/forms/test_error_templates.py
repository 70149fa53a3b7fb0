"""Every sentence the core raises is a marked template the window can translate.

A ``UserError`` built from an f-string would reach the window in English
only (and its braces could not be filled in); these checks read the core's
sources and fail on such a call, and on a template whose placeholders the
call does not fill.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from forms.errors import QT_TRANSLATE_NOOP, MarkedText, Phrase, UserError

ROOT = Path(__file__).resolve().parents[2]
CORE = ("forms", "storage", "exports")
TEMPLATE_ARGUMENT = {"refuse": 1, "Phrase": 0, "_problem": 2}
"""Where the template is in helpers that build an error or a phrase (``*Error``: second)."""


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _calls() -> list[tuple[str, ast.Call, int]]:
    """(where, call, index of its template argument) for every error or phrase the core builds."""
    found = []
    for folder in CORE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = _name(node.func)
                index = TEMPLATE_ARGUMENT.get(name, 1 if name.endswith("Error") else None)
                if index is not None and len(node.args) > index:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node, index))
    return found


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_no_core_error_is_built_from_a_finished_sentence() -> None:
    unmarked = [where for where, call, index in _calls() if _is_literal(call.args[index])]
    assert unmarked == [], "wrap these sentences in QT_TRANSLATE_NOOP('UserError', ...)"


def test_every_placeholder_of_a_marked_template_is_filled_in() -> None:
    missing = []
    for where, call, index in _calls():
        template = call.args[index]
        if not (isinstance(template, ast.Call) and _name(template.func) == "QT_TRANSLATE_NOOP"):
            continue
        if any(keyword.arg is None for keyword in call.keywords):
            continue  # ** spreads another error's parameters: checked when that one is raised
        text = ast.literal_eval(template.args[1])
        wanted = {field for _, field, _, _ in string.Formatter().parse(text) if field}
        given = {keyword.arg for keyword in call.keywords}
        if wanted - given:
            missing.append(f"{where}: {sorted(wanted - given)}")
    assert missing == []


def test_no_parameter_takes_the_name_of_an_errors_own_argument() -> None:
    """``code=...`` would collide with the error's code (a TypeError when raised)."""
    clashing = [
        where
        for where, call, _ in _calls()
        if any(keyword.arg in ("code", "template") for keyword in call.keywords)
    ]
    assert clashing == []


def test_the_english_sentence_is_the_template_filled_in() -> None:
    error = UserError(
        "form-invalid",
        QT_TRANSLATE_NOOP("UserError", "{name} is not a valid XLSForm (sheet {sheet}, row {row})."),
        name="a.xlsx",
        sheet="survey",
        row=3,
    )
    assert str(error) == "a.xlsx is not a valid XLSForm (sheet survey, row 3)."
    assert error.template == "{name} is not a valid XLSForm (sheet {sheet}, row {row})."
    assert error.context == {"name": "a.xlsx", "sheet": "survey", "row": 3}
    assert isinstance(error.template, MarkedText) and error.template.context == "UserError"


def test_an_unmarked_sentence_is_kept_as_it_is_braces_and_all() -> None:
    assert str(UserError("x", "A {literal} sentence.", path="p")) == "A {literal} sentence."


def test_a_phrase_reads_as_its_english_inside_a_sentence() -> None:
    more = Phrase(QT_TRANSLATE_NOOP("UserError", "; and {count} more"), count=2)
    error = UserError(
        "x", QT_TRANSLATE_NOOP("UserError", "Changed ({listed}{more})."), listed="a", more=more
    )
    assert error.message == "Changed (a; and 2 more)."


@pytest.mark.parametrize("folder", CORE)
def test_the_core_templates_are_found(folder: str) -> None:
    assert any(where.startswith(folder) for where, _, _ in _calls())
