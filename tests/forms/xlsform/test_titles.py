"""A form's title in each of its languages: ``translated_title::<language>`` settings columns."""

from __future__ import annotations

from pathlib import Path

from forms.library import builtin_path, load_builtin
from forms.xlsform.load import load_form, to_xform
from forms.xlsform.titles import stored_titles

TINY = """
| survey |
| | type | name | label::English (en) | label::French (fr) |
| | text | a | A | A |

| settings |
| | form_id | version | form_title | translated_title::French (fr) | default_language |
| | tiny | 1 | Tiny census | Petit recensement | English (en) |
"""


def test_translated_titles_are_kept_and_the_title_stays_the_default(tmp_path: Path) -> None:
    path = tmp_path / "tiny.md"
    path.write_text(TINY.strip() + "\n", encoding="utf-8")
    form = load_form(path)
    assert form.title == "Tiny census"
    assert form.titles == {"French (fr)": "Petit recensement"}
    assert form.title_in("French (fr)") == "Petit recensement"
    assert form.title_in("English (en)") == "Tiny census"
    assert "<h:title>Tiny census</h:title>" in to_xform(form)  # plain pyxform passes them over
    assert stored_titles(form.source, form.source_name) == form.titles


def test_every_built_in_form_has_its_title_in_every_language_it_speaks() -> None:
    for form_id in ("diagnostic", "validation_workshop", "pledge_register", "monitoring"):
        form = load_builtin(form_id)
        assert set(form.titles) == set(form.languages) - {form.default_language}
        read = stored_titles(builtin_path(form_id).read_bytes(), f"{form_id}.md")
        assert read == form.titles


def test_a_workbook_gives_no_titles_to_a_list() -> None:
    assert stored_titles(b"PK\x03\x04", "census.xlsx") == {}
