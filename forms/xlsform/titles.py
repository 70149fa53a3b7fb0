"""A stored form's title in each of its languages, read without pyxform.

Lists show many submissions and must not parse whole forms (pyxform is slow
to import and to run); a form's translated titles are a few cells of its
settings sheet (``translated_title::French (fr)``).  Markdown forms — the built-in
ones — are plain text, read here in a moment.  An ``.xlsx`` form is not
opened for a list (openpyxl is too slow to import for one), so its list
entry keeps the default title; its window shows the translated one.
"""

from __future__ import annotations

from pathlib import Path

from forms.translated_titles import titles_in_settings


def stored_titles(source: bytes, source_name: str) -> dict[str, str]:
    """``{language: title}`` from a Markdown form's settings table; empty for other formats."""
    if Path(source_name).suffix.lower() != ".md":
        return {}
    rows = _settings_rows(source.decode("utf-8", errors="replace").splitlines())
    if len(rows) < 2:
        return {}
    return titles_in_settings(dict(zip(rows[0], rows[1], strict=False)))


def _settings_rows(lines: list[str]) -> list[list[str]]:
    """The rows of the ``| settings |`` table, each without its leading sheet cell."""
    rows: list[list[str]] = []
    inside = False
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.strip().startswith("|"):
            if inside and rows:
                break
            continue
        if cells[0]:
            if inside:
                break
            inside = cells[0] == "settings"
            continue
        if inside:
            rows.append(cells[1:])
    return rows
