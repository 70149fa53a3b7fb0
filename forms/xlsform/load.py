"""Read an XLSForm file (.xlsx, .xls, .csv, .md) into the immutable Form model.

pyxform does the reading and checking; everything it (or the spreadsheet
readers under it) raises becomes a ``FormError`` that names the file, sheet
and row, so a broken form is a message, never a traceback.  The sheets are
read once: the same rows feed pyxform and the row-number map.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import warnings
from pathlib import Path
from typing import Any

from pyxform.errors import PyXFormError
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from forms.errors import QT_TRANSLATE_NOOP, FormError
from forms.model import Form
from forms.state.cycles import cycle_error, find_cycles
from forms.state.graph import plan_for
from forms.untrusted.xlsform import check_xlsx_form, read_form_file
from forms.xlsform.build import (
    TreeBuilder,
    build_choice_list,
    expand_loops,
    order_languages,
)
from forms.xlsform.limits import check_bytes, check_nesting, check_rows
from forms.xlsform.rows import SurveyRows

SUFFIXES = (".xlsx", ".xls", ".csv", ".md")
_ROW = re.compile(r"\[row\s*:\s*(\d+)\]", re.IGNORECASE)
_COLUMN = re.compile(r"the '([\w:]+)' (?:value|column)")
_SHEET = re.compile(r"'(survey|choices|settings|external_choices|entities)' sheet", re.I)


def load_form(path: str | Path, *, refuse_cycles: bool = True) -> Form:
    """Read the XLSForm at ``path``; raise FormError if it is missing or not a form."""
    path = Path(path)
    return load_form_bytes(read_form_file(path), path.name, refuse_cycles=refuse_cycles)


def load_form_bytes(data: bytes, name: str, *, refuse_cycles: bool = True) -> Form:
    """Read an XLSForm held in memory; ``name`` gives the format (suffix) and the id.

    A form whose logic goes round in a circle is refused, as ODK refuses it,
    unless ``refuse_cycles`` is false (``check-form`` lists every circle itself).
    """
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise FormError(
            "form-unsupported-type",
            QT_TRANSLATE_NOOP(
                "UserError", "{name} is not an XLSForm: expected a file ending in {suffixes}."
            ),
            path=name,
            name=name,
            suffixes=", ".join(SUFFIXES),
        )
    if not data.strip():
        raise FormError(
            "form-empty",
            QT_TRANSLATE_NOOP("UserError", "The form file {name} is empty."),
            path=name,
            name=name,
        )
    check_bytes(data, name, suffix)
    if suffix == ".xlsx":
        check_xlsx_form(data, name)
    workbook, form_json = _parse(data, name, suffix)
    form = _build(workbook, form_json, data, name)
    if refuse_cycles and (cycles := find_cycles(plan_for(form))):
        raise cycle_error(form, cycles)
    return form


def to_xform(form: Form) -> str:
    """The form as ODK XForm XML, built by pyxform from the exact source bytes.

    This is the check that the same form runs unchanged in KoboToolbox or ODK;
    it also catches what pyxform only finds while building, such as an
    unknown question type, and names the row it is on.
    """
    from pyxform.builder import create_survey_element_from_dict

    _, form_json = _parse(form.source, form.source_name, Path(form.source_name).suffix.lower())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return create_survey_element_from_dict(form_json).to_xml(validate=None)
    except PyXFormError as error:
        raise _located(_form_invalid(error, form.source_name), form) from error


_UNKNOWN_TYPE = re.compile(r"Unknown question type '([^']+)'")


def _located(error: FormError, form: Form) -> FormError:
    """Give a builder error the row of the question it is about, when it names one."""
    match = _UNKNOWN_TYPE.search(error.message)
    if error.context.get("row") is not None or not match:
        return error
    row = next((q.row for q in form.questions() if q.type == match.group(1)), None)
    if row is None:
        return error
    return FormError(
        error.code,
        QT_TRANSLATE_NOOP(
            "UserError",
            "{form} is not a valid XLSForm (sheet survey, row {row}): unknown "
            "question type '{type}'.",
        ),
        **{
            **error.context,
            "sheet": "survey",
            "row": row,
            "column": "type",
            "form": form.source_name,
            "type": match.group(1),
        },
    )


def _parse(data: bytes, name: str, suffix: str) -> tuple[DefinitionData, dict[str, Any]]:
    """Run pyxform on a temporary copy (its readers pick the format from the suffix)."""
    with tempfile.TemporaryDirectory(prefix="fieldwheel-form-") as folder:
        temp = Path(folder) / f"{Path(name).stem or 'form'}{suffix}"
        temp.write_bytes(data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl style chatter, not the user's concern
            try:
                workbook = get_xlsform(str(temp))
            except Exception as error:  # any reader failure means "not a form"
                raise FormError(
                    "form-unreadable",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "{name} could not be read as a {suffix} XLSForm: the file is damaged, is "
                        "not in that format, or has no survey sheet.",
                    ),
                    path=name,
                    name=name,
                    suffix=suffix,
                ) from error
            check_rows(workbook, name)
            check_nesting(workbook.survey or (), name)
            survey_rows = [dict(row) for row in workbook.survey or ()]
            try:
                form_json = workbook_to_json(
                    workbook_dict=workbook,
                    form_name="data",
                    fallback_form_name=Path(name).stem,
                    default_language="default",
                    warnings=[],
                )
            except PyXFormError as error:
                raise _form_invalid(error, name) from error
    workbook.survey = survey_rows
    return workbook, form_json


def _form_invalid(error: PyXFormError, name: str) -> FormError:
    message = str(error).strip()
    row = error.context.get("row") if isinstance(error.context, dict) else None
    if row is None and (match := _ROW.search(message)):
        row = int(match.group(1))
    sheet_match = _SHEET.search(message)
    sheet = sheet_match.group(1).lower() if sheet_match else ("survey" if row else None)
    column_match = _COLUMN.search(message)
    template = (
        QT_TRANSLATE_NOOP(
            "UserError", "{name} is not a valid XLSForm (sheet {sheet}, row {row}): {reason}"
        )
        if row
        else QT_TRANSLATE_NOOP("UserError", "{name} is not a valid XLSForm: {reason}")
    )
    return FormError(
        "form-invalid",
        template,
        path=name,
        sheet=sheet,
        row=int(row) if row is not None else None,
        column=column_match.group(1) if column_match else None,
        name=name,
        reason=_ROW.sub("", message).strip(),
    )


def _settings(workbook: DefinitionData) -> dict[str, str]:
    rows = workbook.settings or []
    first = rows[0] if rows else {}
    return {str(k).strip(): str(v).strip() for k, v in first.items() if v not in (None, "")}


def _build(workbook: DefinitionData, form_json: dict[str, Any], data: bytes, name: str) -> Form:
    settings = _settings(workbook)
    sheet_lists = {
        str(list_name): build_choice_list(str(list_name), rows)
        for list_name, rows in (form_json.get("choices") or {}).items()
    }
    builder = TreeBuilder(SurveyRows(workbook.survey), sheet_lists)
    children = builder.children(expand_loops(form_json.get("children") or ()), "")
    for choice_list in builder.choice_lists.values():
        builder.note_languages(*(choice.labels for choice in choice_list.choices))
    languages, default_language = order_languages(
        builder.languages, settings.get("default_language")
    )
    form_id = str(form_json.get("id_string") or Path(name).stem)
    return Form(
        id=form_id,
        version=settings.get("version", ""),
        title=str(form_json.get("title") or form_id),
        languages=languages,
        default_language=default_language,
        children=children,
        choice_lists=builder.choice_lists,
        settings=settings,
        source=data,
        source_name=name,
        sha256=hashlib.sha256(data).hexdigest(),
    )
