"""A form's languages as people read them, and the one matching the window's.

XLSForm languages are free text, usually ``Name (code)``: the code in
parentheses names the language for Babel, which gives its name in its own
script (``Arabic (ar)`` → العربية); a language without a code keeps the
form's own words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.shared.language import current_language, language_name

if TYPE_CHECKING:
    from forms.model import Form

_CODE = re.compile(r"\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\)\s*$")


def language_code(form_language: str) -> str | None:
    """The ISO code of ``Khmer (km)`` (``km``), or of a bare code such as ``fr``."""
    match = _CODE.search(form_language)
    if match:
        return match.group(1).lower()
    bare = form_language.strip().lower()
    return bare if re.fullmatch(r"[a-z]{2,3}", bare) else None


def display_name(form_language: str) -> str:
    """How the filler's language switch names ``form_language``."""
    if form_language == "default":
        return QCoreApplication.translate("FormLanguages", "Default")
    code = language_code(form_language)
    if code is None:
        return form_language
    from babel import UnknownLocaleError

    try:
        return language_name(code)
    except UnknownLocaleError:
        return form_language


def matching_language(languages: tuple[str, ...], ui_code: str) -> str | None:
    """The form language written in the window's language ``ui_code``, if the form has one."""
    return next((name for name in languages if language_code(name) == ui_code), None)


def title_in_window_language(title: str, titles: Mapping[str, str]) -> str:
    """A form's title in the window's language when the form gives one, else its own title.

    ``titles`` maps form languages to titles (``Form.titles``, ``stored_titles``).
    """
    name = matching_language(tuple(titles), current_language())
    return titles[name] if name else title


def form_title(form: Form) -> str:
    """``form``'s title as the window shows it (see ``title_in_window_language``)."""
    return title_in_window_language(form.title or form.id, form.titles)
