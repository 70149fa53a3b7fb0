"""``check-form``: load a form, compile every expression, say what will not work.

Errors stop a form from being filled (it does not load, an expression
does not parse, or its logic goes round in a circle).  Warnings do not: the
form works, but some questions need data Fieldwheel does not have (pulldata
CSVs, external choice files) or a device (GPS, camera), and those stay
empty, and a regex() pattern the linear-time matcher cannot run is ignored.
Every finding names the sheet, row and column so the author can fix the
spreadsheet directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from forms.errors import ExpressionError, FormError
from forms.expressions import Expression, compile_expression
from forms.expressions.patterns import pattern_problem
from forms.model import Form, Group, Question
from forms.state.cycles import find_cycles
from forms.state.graph import plan_for
from forms.xlsform.expressions import FormExpression, form_expressions
from forms.xlsform.load import load_form, to_xform

DEVICE_TYPES = frozenset(
    {
        "geopoint",
        "geotrace",
        "geoshape",
        "start-geopoint",
        "background-geopoint",
        "image",
        "audio",
        "video",
        "file",
        "barcode",
        "background-audio",
    }
)
"""Question types that need a phone's sensors; on desktop they stay empty."""

_INSTANCE = re.compile(r"instance\(\s*['\"]([^'\"]+)['\"]\s*\)")
_EXTERNAL_FUNCTIONS = frozenset({"pulldata"})


@dataclass(frozen=True)
class Finding:
    """One error or warning, located in the spreadsheet."""

    code: str
    message: str
    sheet: str | None = "survey"
    row: int | None = None
    column: str | None = None

    def where(self) -> str:
        parts = [f"sheet {self.sheet}"] if self.sheet else []
        parts += [f"row {self.row}"] if self.row is not None else []
        parts += [f"column {self.column}"] if self.column else []
        return ", ".join(parts)


@dataclass
class FormReport:
    """What ``check_form`` found; ``ok`` only if the form loads and every expression parses."""

    path: str
    form: Form | None = None
    questions: int = 0
    groups: int = 0
    repeats: int = 0
    expressions: int = 0
    choice_lists: int = 0
    languages: tuple[str, ...] = ()
    warnings: list[Finding] = field(default_factory=list)
    errors: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.form is not None and not self.errors


def check_form(path: str | Path) -> FormReport:
    """Load ``path`` and compile every expression; never raises for a bad form."""
    report = FormReport(path=str(path))
    try:
        form = load_form(path, refuse_cycles=False)
    except FormError as error:
        report.errors.append(_finding(error))
        return report
    report.form = form
    report.languages = form.languages
    report.choice_lists = len(form.choice_lists)
    for node in form.walk():
        if isinstance(node, Group):
            report.repeats += node.repeat
            report.groups += not node.repeat
        else:
            report.questions += 1
            _check_question(form, node, report)
    for expression in form_expressions(form):
        report.expressions += 1
        _check_expression(form, expression, report)
    report.errors.extend(
        Finding(
            "form-cycle",
            "Calculations and conditions depend on each other in a circle, which ODK refuses: "
            f"{cycle.describe()}.",
            row=cycle.first.node.row,
            column=cycle.first.column,
        )
        for cycle in find_cycles(plan_for(form))
    )
    report.warnings.sort(key=lambda finding: finding.row or 0)  # stable: form order per row
    if not report.errors:
        try:
            to_xform(form)
        except FormError as error:
            report.errors.append(_finding(error))
    return report


def _finding(error: FormError) -> Finding:
    return Finding(
        error.code,
        error.message,
        error.context.get("sheet"),
        error.context.get("row"),
        error.context.get("column"),
    )


def _check_question(form: Form, question: Question, report: FormReport) -> None:
    if question.type in DEVICE_TYPES:
        report.warnings.append(
            Finding(
                "unsupported-type",
                f"'{question.name}' is a question of type {question.type}, which needs a phone or "
                "tablet; "
                "it stays empty on desktop.",
                row=question.row,
                column="type",
            )
        )
    if question.type.endswith(("_from_file", "_external")) or (
        question.choice_list and question.choice_list not in form.choice_lists
    ):
        report.warnings.append(
            Finding(
                "missing-external-data",
                f"'{question.name}' takes its choices from '{question.choice_list}', which is not "
                "inside the form; it will offer no choices.",
                row=question.row,
                column="type",
            )
        )
    if "search(" in question.appearance:
        report.warnings.append(
            Finding(
                "missing-external-data",
                f"'{question.name}' uses search() to read an external CSV, which is not available; "
                "it will offer no choices.",
                row=question.row,
                column="appearance",
            )
        )


def _check_expression(form: Form, item: FormExpression, report: FormReport) -> None:
    try:
        compiled = compile_expression(item.text)
    except ExpressionError as error:
        report.errors.append(
            Finding(
                error.code,
                f"The {item.column} of '{item.node.name}' cannot be used: {error.message}",
                row=item.node.row,
                column=item.column,
            )
        )
        return
    report.warnings.extend(
        Finding(code, message, row=item.node.row, column=item.column)
        for code, message in _expression_warnings(form, item, compiled)
    )


def _expression_warnings(
    form: Form, item: FormExpression, compiled: Expression
) -> Iterator[tuple[str, str]]:
    """(code, message) of what will not work in an expression that compiles."""
    what = f"The {item.column} of '{item.node.name}'"
    external = sorted(set(compiled.functions) & _EXTERNAL_FUNCTIONS) + [
        f"instance('{instance}')"
        for instance in _INSTANCE.findall(item.text)
        if instance not in form.choice_lists
    ]
    if external:
        yield (
            "missing-external-data",
            f"{what} reads external data ({', '.join(external)}) that is not inside the form; "
            "it evaluates as empty.",
        )
    for pattern in sorted(compiled.patterns):
        if (problem := pattern_problem(pattern)) is not None:
            yield problem.code, f"{what} is ignored: {problem.message}"
    unsupported = sorted(set(compiled.unsupported) - _EXTERNAL_FUNCTIONS)
    if unsupported:
        yield (
            "unsupported-function",
            f"{what} uses {', '.join(unsupported)}, which Fieldwheel does not evaluate; "
            "it is treated as empty.",
        )


def format_report(report: FormReport) -> str:
    """The report as plain text for ``main.py check-form``."""
    lines = [f"{report.path}: {'OK' if report.ok else 'FAILED'}"]
    if report.form is not None:
        form = report.form
        lines.append(f"  form {form.id!r} version {form.version or '-'}: {form.title}")
        lines.append(
            f"  {report.questions} questions, {report.groups} groups, {report.repeats} repeats, "
            f"{report.expressions} expressions, {report.choice_lists} choice lists"
        )
        lines.append(
            f"  languages: {', '.join(report.languages)} (default {form.default_language})"
        )
    for label, findings in (("error", report.errors), ("warning", report.warnings)):
        for finding in findings:
            where = finding.where()
            lines.append(f"  {label}: {where + ': ' if where else ''}{finding.message}")
    return "\n".join(lines)
