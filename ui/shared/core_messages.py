"""The core's sentences in the window's language.

The core raises ``UserError`` with a marked English template and its named
parameters (see ``forms.errors``); ``pyside6-lupdate`` collects the templates
from the core's sources into the ``UserError`` context of our catalogues.
Here the template is translated, then filled in with the same parameters:
numbers in the window's locale (١٢ in Arabic), dates the locale's short way,
a parameter that is itself marked or a ``Phrase`` translated in turn, and
anything else (a path, a reason from pyxform or the operating system) as it
is.  A translation whose placeholders do not fit falls back to the English
sentence rather than failing to say anything.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from forms.errors import CONTEXT, MarkedText, Phrase, UserError

_FLOAT_SPEC = re.compile(r"^[^\d.]*\.?(\d+)?([fFgGe%])?$")


def translated_text(template: str, params: Mapping[str, Any]) -> str:
    """``template`` in the window's language, filled in with ``params``."""
    context = template.context if isinstance(template, MarkedText) else CONTEXT
    own = QCoreApplication.translate(context, template)
    try:
        return _LocaleFormatter().vformat(own, (), params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def error_message(error: UserError) -> str:
    """The sentence a person reads for ``error``: translated when the core marked it."""
    if not isinstance(error.template, MarkedText):
        return error.message
    return translated_text(error.template, error.params)


class _LocaleFormatter(string.Formatter):
    """``str.format`` with the window's numbers and dates, and translated phrases."""

    def format_field(self, value: Any, format_spec: str) -> str:
        shown = _shown(value, format_spec)
        return super().format_field(value, format_spec) if shown is None else shown


def _shown(value: Any, spec: str) -> str | None:
    """``value`` the window's way, or None when Python's own formatting will do."""
    if isinstance(value, Phrase):
        return translated_text(value.template, value.params)
    if isinstance(value, MarkedText):
        return QCoreApplication.translate(value.context, value)
    if isinstance(value, bool) or not isinstance(value, int | float | dt.date):
        return None
    if isinstance(value, int):
        return _whole(value, grouped="," in spec)
    if isinstance(value, float):
        return _decimal(value, spec)
    moment = QDateTime(value) if isinstance(value, dt.datetime) else QDate(value)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _whole(value: int, *, grouped: bool) -> str:
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)


def _decimal(value: float, spec: str) -> str:
    match = _FLOAT_SPEC.match(spec)
    places = int(match.group(1)) if match and match.group(1) else None
    kind = (match.group(2) if match else None) or "g"
    if kind in "fF":
        return QLocale().toString(value, "f", 6 if places is None else places)
    return QLocale().toString(value, "g", 6 if places is None else max(places, 1))
