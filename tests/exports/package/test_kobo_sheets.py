"""The data sheets as KoboToolbox exports them: calculations, Kobo's metadata columns.

Read back with python-calamine (what pandas uses) and checked against the
names and order of formpack's export; the import side must still find a
hand edit and must not take the computed columns for one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from exports.package.importing import import_package
from exports.package.layout import FORM_META, REPEAT_META, submission_id
from exports.package.write import export_package
from forms.errors import UserError
from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.editing import store_form
from tests.exports.package.support import SAMPLE, seed, sheets

CALC_FORM = b"""
| survey | | | | |
| | type | name | label::English (en) | calculation |
| | integer | adults | Adults | |
| | integer | children | Children | |
| | calculate | total | | ${adults} + ${children} |
| | begin_repeat | visits | Visits | |
| | text | place | Place | |
| | calculate | shout | | concat(${place}, '!') |
| | end_repeat | | | |

| settings | | | |
| | form_id | version | form_title |
| | calc | 1 | Calculations |
"""
ANSWERS = {"adults": "2", "children": "3", "visits[1]/place": "Kep", "visits[2]/place": "Kampot"}
KOBO_MAIN = (
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
)
"""formpack's copy fields on the main sheet, then ``_index`` (KoboToolbox's export)."""


@pytest.fixture
def exported(tmp_path):
    with Database(tmp_path / "field.sqlite3") as db:
        form = load_form_bytes(CALC_FORM, "calc.md")
        store_form(db, form)
        mission = db.create_mission("KHM", "Calculations", "strategy")
        submission = db.create_submission(mission.uuid, form.id, form.version, "Sok")
        db.save_answers(submission.uuid, ANSWERS, "Sok")
        export_package(db, tmp_path / "p.xlsx", charts=False)
    return tmp_path / "p.xlsx", submission.uuid


def test_calculations_carry_their_computed_values(exported):
    path, _ = exported
    got = sheets(path)
    main = dict(zip(got["calc"][0], got["calc"][1], strict=True))
    assert main["total"] == 5  # a number cell, not text
    visits = [dict(zip(got["visits"][0], row, strict=True)) for row in got["visits"][1:]]
    assert [v["visits/shout"] for v in visits] == ["Kep!", "Kampot!"]


def test_metadata_columns_have_kobo_names_and_order(exported):
    path, uuid = exported
    got = sheets(path)
    header = got["calc"][0]
    assert tuple(header[-len(FORM_META) :]) == (*KOBO_MAIN, "_mission", "_created", "_updated")
    main = dict(zip(header, got["calc"][1], strict=True))
    assert main["_id"] == submission_id(uuid)
    assert main["_uuid"] == uuid
    assert main["__version__"] == "1"
    visits = got["visits"]
    assert tuple(visits[0][-len(REPEAT_META) :]) == REPEAT_META
    first = dict(zip(visits[0], visits[1], strict=True))
    assert first["_submission__id"] == main["_id"]
    assert (first["_parent_table_name"], first["_parent_index"]) == ("calc", 1)


def test_the_id_is_the_same_in_every_export():
    assert submission_id("3b555c56-b992-59e4-ba6c-b8be7d74383d") == submission_id(
        "3b555c56-b992-59e4-ba6c-b8be7d74383d"
    )
    assert submission_id("a") != submission_id("b")
    assert submission_id("not even a uuid") < 10**15  # exact in a spreadsheet


def test_unedited_package_with_calculations_imports(exported, tmp_path):
    path, uuid = exported
    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, path)
        assert hq.answers(uuid) == ANSWERS  # the computed values are not stored


def test_a_hand_edit_is_still_found_beside_the_new_columns(exported, tmp_path):
    path, _ = exported
    workbook = load_workbook(path)
    sheet = workbook["calc"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(2, header.index("adults") + 1, 7)
    workbook.save(tmp_path / "edited.xlsx")
    with Database(tmp_path / "hq.sqlite3") as hq, pytest.raises(UserError) as error:
        import_package(hq, tmp_path / "edited.xlsx")
    assert error.value.code == "package-edited"
    assert error.value.context["cells"] == [f"calc!{chr(ord('A') + header.index('adults'))}2"]


def test_data_sheets_come_first_and_about_opens(exported):
    path, _ = exported
    workbook = load_workbook(path)
    assert workbook.sheetnames[:2] == ["calc", "visits"]  # pandas.read_excel reads data
    assert workbook.active.title == "About"
    selected = [ws.title for ws in workbook.worksheets if ws.sheet_view.tabSelected]
    assert selected == ["About"]


@pytest.fixture
def labelled(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        _, submission = seed(field, SAMPLE)
        export_package(field, tmp_path / "fr.xlsx", charts=False, labels="fr")
    return tmp_path / "fr.xlsx", submission.uuid


def test_labels_show_headers_and_choices_in_the_language(labelled):
    path, _ = labelled
    got = sheets(path)
    row = dict(zip(got["tiny"][0], got["tiny"][1], strict=True))
    assert row["Couleur"] == "Rouge"
    assert row["Couleurs"] == "Rouge Bleu"
    assert (row["Couleurs/Rouge"], row["Couleurs/Vert"]) == (1, 0)
    assert row["Nombre"] == "007" and row["Part"] == 12.5  # values keep their types
    assert row["Jour"] == dt.date(2026, 3, 1)
    assert "_uuid" in row and "_id" in row  # meta columns keep Kobo's names


def test_a_labelled_package_imports_and_still_finds_a_hand_edit(labelled, tmp_path):
    path, uuid = labelled
    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, path)
        assert hq.answers(uuid)["info/colour"] == "red"  # names are what is stored
    workbook = load_workbook(path)
    sheet = workbook["tiny"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(2, header.index("Couleur") + 1, "Vert")
    workbook.save(tmp_path / "edited.xlsx")
    with Database(tmp_path / "hq2.sqlite3") as hq:
        with pytest.raises(UserError) as error:
            import_package(hq, tmp_path / "edited.xlsx")
        assert error.value.code == "package-edited"
        import_package(hq, tmp_path / "edited.xlsx", accept_edits_by="Lead")
        assert hq.answers(uuid)["info/colour"] == "green"  # the label taken back to its name


def test_an_unknown_label_language_is_one_sentence(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        with pytest.raises(UserError) as error:
            export_package(field, tmp_path / "x.xlsx", labels="km")
    assert error.value.code == "package-unknown-language"
    assert "French (fr)" in error.value.message
    assert not (tmp_path / "x.xlsx").exists()
