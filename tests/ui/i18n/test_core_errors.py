"""The core's error sentences reach the window in its language, with their details filled in.

The core (Qt-free) raises ``UserError`` with a marked English template and
its parameters; the dialog translates the template and fills in the same
parameters, numbers in the window's digits.  The English sentence stays
the CLI's, in the "Copy details" text.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.package.importing import import_package
from exports.package.write import export_package
from exports.shared.atomic import write_error
from forms.errors import UserError
from forms.xlsform.load import load_form
from storage import Database
from tests.exports.package.support import SAMPLE, seed
from ui.shared.errors import RIGHT_TO_LEFT_MARK, user_error_box

BROKEN_FORM = """
| survey |
| | type | name | label |
| | text | a | A |
| | text | a | B |
"""


def _raised(action) -> UserError:
    with pytest.raises(UserError) as caught:
        action()
    return caught.value


@pytest.fixture
def broken_form(tmp_path: Path) -> UserError:
    """A form whose row 3 repeats row 2's name: pyxform names sheet, row and column."""
    path = tmp_path / "census.md"
    path.write_text(BROKEN_FORM.strip() + "\n", encoding="utf-8")
    return _raised(lambda: load_form(path))


@pytest.fixture
def damaged_database(tmp_path: Path) -> UserError:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not an SQLite file at all, only some text " * 200)
    return _raised(lambda: Database(path))


@pytest.fixture
def tampered_package(tmp_path: Path) -> UserError:
    """A package whose manifest's checksum was changed after export."""
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "p.xlsx", charts=False)
    workbook = load_workbook(tmp_path / "p.xlsx")
    for row in workbook["_fw_manifest"].iter_rows(min_row=2):
        if row[0].value == "content_sha256":
            row[1].value = "0" * 64
    workbook.save(tmp_path / "tampered.xlsx")
    with Database(tmp_path / "hq.sqlite3") as hq:
        return _raised(lambda: import_package(hq, tmp_path / "tampered.xlsx"))


@pytest.fixture
def full_disk(tmp_path: Path) -> UserError:
    return write_error(tmp_path / "p.xlsx", OSError(errno.ENOSPC, "No space left on device"))


def _dialog_text(error: UserError) -> tuple[str, str]:
    box = user_error_box(None, error)
    text, details = box.text().removeprefix(RIGHT_TO_LEFT_MARK), box.property("details")
    box.deleteLater()
    return text, details


def test_a_broken_form_names_its_sheet_row_and_file_in_french_and_arabic(
    qapp, speak, broken_form
) -> None:
    assert broken_form.context["row"] == 3 and broken_form.context["column"] == "name"
    speak("fr")
    text, details = _dialog_text(broken_form)
    assert text.startswith("census.md n'est pas un XLSForm valide (feuille survey, ligne 3) : ")
    assert details.startswith(broken_form.message)  # the English stays in the details
    assert "sheet survey, row 3" in broken_form.message
    speak("ar")
    text, _ = _dialog_text(broken_form)
    assert text.startswith("census.md ليس XLSForm صحيحاً (الورقة survey، الصف ٣): ")


def test_a_damaged_database_is_named_in_french_and_arabic(qapp, speak, damaged_database) -> None:
    path = damaged_database.context["path"]
    speak("fr")
    text, _ = _dialog_text(damaged_database)
    assert (
        text == f"{path} n'est pas une base de données Fieldwheel (ce n'est pas un fichier SQLite)."
    )
    speak("ar")
    text, _ = _dialog_text(damaged_database)
    assert text == f"{path} ليس قاعدة بيانات Fieldwheel (ليس ملف SQLite)."


def test_a_tampered_package_is_refused_in_french_and_arabic(qapp, speak, tampered_package) -> None:
    assert tampered_package.code == "package-tampered"
    speak("fr")
    text, _ = _dialog_text(tampered_package)
    assert text.startswith("tampered.xlsx ") and "après l'export" in text
    speak("ar")
    text, _ = _dialog_text(tampered_package)
    assert "tampered.xlsx" in text and "بعد التصدير" in text


def test_a_full_disk_translates_the_sentence_and_what_could_not_be_written(
    qapp, speak, full_disk, tmp_path
) -> None:
    target = str(tmp_path / "p.xlsx")
    assert full_disk.message == f"The package could not be written to {target}: the disk is full."
    speak("fr")
    assert _dialog_text(full_disk)[0] == (
        f"Le paquet : écriture impossible dans {target} (le disque est plein)."
    )
    speak("ar")
    assert _dialog_text(full_disk)[0] == f"الحزمة: تعذّرت الكتابة في {target} (القرص ممتلئ)."


def test_english_shows_the_clis_sentence(qapp, speak, broken_form) -> None:
    speak("en")
    assert _dialog_text(broken_form)[0] == broken_form.message


def test_numbers_are_shown_in_the_windows_digits(qapp, speak) -> None:
    from forms.errors import QT_TRANSLATE_NOOP

    error = UserError(
        "search-too-long",
        QT_TRANSLATE_NOOP("UserError", "Search for at most {most} words at once."),
        most=12,
    )
    speak("ar")
    assert _dialog_text(error)[0] == "ابحث عن ١٢ كلمات على الأكثر في المرة الواحدة."
    speak("fr")
    assert _dialog_text(error)[0] == "Recherchez au plus 12 mots à la fois."


def test_an_arabic_sentence_opening_on_a_file_name_still_reads_right_to_left(
    qapp, speak, full_disk
) -> None:
    speak("ar")
    box = user_error_box(None, full_disk)
    assert box.text().startswith(RIGHT_TO_LEFT_MARK + "الحزمة")
    speak("fr")
    assert not user_error_box(None, full_disk).text().startswith(RIGHT_TO_LEFT_MARK)
