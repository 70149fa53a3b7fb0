"""Every .ts file is complete for the strings in ui/ and the core's error templates, as they are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ui.shared import catalogue


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> list[Path]:
    """The committed catalogues, updated by lupdate from today's ui/ sources in a copy."""
    folder = tmp_path_factory.mktemp("translations")
    copies = []
    for ts in catalogue.ts_files():
        assert ts.is_file(), f"{ts.name} is missing"
        copies.append(Path(shutil.copy(ts, folder / ts.name)))
    catalogue.update(copies)
    return copies


def test_every_message_of_every_language_is_translated_and_current(refreshed) -> None:
    found = [line for ts in refreshed for line in catalogue.problems(ts)]
    assert found == [], f"{len(found)} messages to translate:\n" + "\n".join(found[:40])


def test_the_catalogues_are_what_lupdate_makes_of_the_sources(refreshed) -> None:
    """Nothing new to add or drop: the committed files equal their refreshed copies."""
    for copy in refreshed:
        committed = catalogue.TRANSLATIONS_DIR / copy.name
        assert copy.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), copy.name


def test_an_untranslated_string_is_caught(tmp_path) -> None:
    ts = tmp_path / "fieldwheel_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'
        "<context><name>MainWindow</name>\n"
        "<message><source>Wheel</source><translation>Roue</translation></message>\n"
        '<message><source>New</source><translation type="unfinished"></translation></message>\n'
        '<message><source>Old</source><translation type="vanished">Vieux</translation></message>\n'
        "</context></TS>\n",
        encoding="utf-8",
    )
    found = catalogue.problems(ts)
    assert len(found) == 2
    assert "unfinished: 'New'" in found[0] and "vanished: 'Old'" in found[1]


def test_plurals_have_every_form_the_language_needs() -> None:
    """A %n message carries every numerus form Qt knows for the language, all filled in.

    Arabic has six; Qt gives Khmer two, which say the same (Khmer nouns do not inflect).
    """
    from defusedxml import ElementTree

    expected = {"en": 2, "fr": 2, "es": 2, "ar": 6, "km": 2}
    for ts in catalogue.ts_files():
        code = ts.stem.split("_")[1]
        for message in ElementTree.parse(ts).getroot().iter("message"):
            if message.get("numerus") == "yes":
                forms = message.find("translation").findall("numerusform")
                assert len(forms) == expected[code], (ts.name, message.findtext("source"))
                assert all((form.text or "").strip() for form in forms)


def test_the_core_error_templates_are_in_every_catalogue() -> None:
    """The core's QT_TRANSLATE_NOOP("UserError", ...) templates are collected and translated."""
    from defusedxml import ElementTree

    for ts in catalogue.ts_files()[1:]:
        root = ElementTree.parse(ts).getroot()
        sources = {
            message.findtext("source")
            for context in root.iter("context")
            if context.findtext("name") == "UserError"
            for message in context.iter("message")
        }
        assert "The disk is full; free some space. The last change was not saved." in sources
        assert "{name} is not a valid XLSForm (sheet {sheet}, row {row}): {reason}" in sources


def test_a_translation_fills_in_exactly_the_placeholders_of_its_source() -> None:
    """``{name}``, ``{count:,}``, ``{value!r}``: the same fields, or it cannot be filled in."""
    import string

    from defusedxml import ElementTree

    def fields(text: str) -> list[tuple[str, str, str]]:
        parsed = string.Formatter().parse(text)
        return sorted((name, spec, conv or "") for _, name, spec, conv in parsed if name)

    wrong = []
    for ts in catalogue.ts_files()[1:]:
        for context in ElementTree.parse(ts).getroot().iter("context"):
            if context.findtext("name") != "UserError":
                continue
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.findtext("translation") or ""
                if fields(translation) != fields(source):
                    wrong.append(f"{ts.name}: {source!r} -> {translation!r}")
    assert wrong == []
