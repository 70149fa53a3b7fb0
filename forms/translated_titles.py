"""A form's title in each of its languages, from its settings.

Kept apart from ``forms.model`` so that lists, which show titles of stored
forms, read them without building the form model.
"""

from __future__ import annotations

from collections.abc import Mapping

TITLE_PREFIX = "translated_title::"
"""A settings column giving the title in one language, as ``label::`` does for labels.

Not ``form_title::``: pyxform reads that as a translated title its XForm writer
cannot write, while it passes over this column, so a form carrying one still
converts with plain pyxform (ODK, KoboToolbox).  The titles live in
``Form.settings``.
"""


def titles_in_settings(settings: Mapping[str, str]) -> dict[str, str]:
    """``{language: title}`` from ``translated_title::<language>`` settings columns."""
    return {
        key[len(TITLE_PREFIX) :].strip(): value
        for key, value in settings.items()
        if key.startswith(TITLE_PREFIX) and value
    }
