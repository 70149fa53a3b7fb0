"""The loader on small Markdown XLSForms written inline, and on broken inputs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from forms.errors import FormError
from forms.model import Group, Question
from forms.xlsform.load import load_form, load_form_bytes

FORM = """
| survey |
| | type | name | label::English (en) | label::French (fr) | hint::English (en) | relevant | constraint | constraint_message::English (en) | constraint_message::French (fr) | required | appearance | wheel | default | read_only | calculation |
| | begin group | hh | Household | Ménage | | | | | | | field-list | | | | |
| | integer | size | Size | Taille | How many? | | . > 0 | Must be positive | Doit être positif | yes | | | 1 | | |
| | select_one yn | ok | OK? | OK ? | | ${size} > 2 | | | | | minimal | infra | | | |
| | begin repeat | members | Members | Membres | | | | | | | | | | | |
| | text | name | Name | Nom | | | | | | | | | | | |
| | end repeat | | | | | | | | | | | | | | |
| | end group | | | | | | | | | | | | | | |
| | calculate | double | | | | | | | | | | | | | ${size} * 2 |
| | note | info | Size is ${size} | Taille ${size} | | | | | | | | | | yes | |
| choices |
| | list_name | name | label::English (en) | label::French (fr) | pillar |
| | yn | yes | Yes | Oui | p1 |
| | yn | no | No | Non | p2 |
| settings |
| | form_id | version | default_language | form_title |
| | tiny | 7 | French (fr) | Tiny form |
"""  # noqa: E501 - XLSForm tables are wide


def write(tmp_path: Path, text: str, name: str = "form.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builds_the_model(tmp_path: Path) -> None:
    path = write(tmp_path, FORM)
    form = load_form(path)
    assert (form.id, form.version, form.title) == ("tiny", "7", "Tiny form")
    assert form.languages == ("English (en)", "French (fr)")
    assert form.default_language == "French (fr)"
    assert form.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert form.source == path.read_bytes() and form.source_name == "form.md"
    group = form.node("hh")
    assert isinstance(group, Group) and group.appearance == "field-list" and group.row == 2
    members = form.node("hh/members")
    assert isinstance(members, Group) and members.repeat and members.row == 5
    size = form.node("hh/size")
    assert isinstance(size, Question)
    assert size.type == "integer" and size.required == "true()" and size.default == "1"
    assert size.constraint == ". > 0" and size.row == 3
    assert size.constraint_messages == {
        "English (en)": "Must be positive",
        "French (fr)": "Doit être positif",
    }
    assert size.hints == {"English (en)": "How many?"}
    ok = form.by_name("ok")
    assert isinstance(ok, Question)
    assert (ok.type, ok.choice_list, ok.appearance) == ("select_one", "yn", "minimal")
    assert ok.metadata == {"wheel": "infra"} and ok.relevant == "${size} > 2"
    assert form.choice_lists["yn"].get("yes").extra == {"pillar": "p1"}
    assert form.choice_lists["yn"].get("no").labels["French (fr)"] == "Non"
    double = form.by_name("double")
    assert isinstance(double, Question) and double.calculate == "${size} * 2"
    info = form.by_name("info")
    assert isinstance(info, Question) and info.read_only and info.row == 10
    assert [node.path for node in form.walk()][:3] == ["hh", "hh/size", "hh/ok"]
    assert form.node("meta") is None  # pyxform's generated instanceID group is not ours


def test_untranslated_form_has_default_language(tmp_path: Path) -> None:
    form = load_form(
        write(
            tmp_path,
            """
| survey |
| | type | name | label |
| | text | q | Question |
""",
        )
    )
    assert form.languages == ("default",) and form.default_language == "default"
    assert form.id == "form" and form.node("q").labels == {"default": "Question"}


def test_legacy_single_colon_language_headers(tmp_path: Path) -> None:
    form = load_form(
        write(
            tmp_path,
            """
| survey |
| | type | name | label:English | label:Arabic |
| | text | q | Name | الاسم |
""",
        )
    )
    assert form.languages == ("English", "Arabic") and form.default_language == "English"


def test_or_other_keeps_flag_and_generated_text(tmp_path: Path) -> None:
    form = load_form(
        write(
            tmp_path,
            """
| survey |
| | type | name | label |
| | select_one colours or_other | colour | Colour |
| | select_one colours | second | Another |
| choices |
| | list_name | name | label |
| | colours | red | Red |
""",
        )
    )
    colour = form.by_name("colour")
    other = form.by_name("colour_other")
    assert isinstance(colour, Question) and colour.or_other
    assert isinstance(other, Question) and other.type == "text" and other.row == 2
    assert other.relevant == "selected(../colour, 'other')"
    assert [c.name for c in form.choice_lists[colour.choice_list].choices] == ["red", "other"]
    assert not form.by_name("second").or_other  # pyxform adds "other" to the shared list


def test_repeat_count_and_parameters(tmp_path: Path) -> None:
    form = load_form(
        write(
            tmp_path,
            """
| survey |
| | type | name | label | repeat_count | parameters |
| | integer | n | N | | |
| | begin repeat | r | R | ${n} | |
| | range | score | Score | | start=1 end=5 step=1 |
| | end repeat | | | | |
""",
        )
    )
    repeat = form.node("r")
    assert isinstance(repeat, Group) and repeat.repeat_count == "${n}"
    score = form.node("r/score")
    assert isinstance(score, Question)
    assert score.parameters == {"start": "1", "end": "5", "step": "1"}


def test_pyxform_error_names_the_row(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
| survey |
| | type | name | label |
| | text | a | A |
| | select_one nolist | b | B |
| choices |
| | list_name | name | label |
| | yn | yes | Yes |
""",
    )
    with pytest.raises(FormError) as caught:
        load_form(path)
    assert caught.value.code == "form-invalid"
    assert caught.value.context["row"] == 3 and caught.value.context["sheet"] == "survey"
    assert "row 3" in caught.value.message and "nolist" in caught.value.message


def test_pyxform_error_names_the_column(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
| survey |
| | type | name | label |
| | text | a | A |
| | text | a | B |
""",
    )
    with pytest.raises(FormError) as caught:
        load_form(path)
    located = {key: caught.value.context[key] for key in ("path", "sheet", "row", "column")}
    assert located == {
        "path": "form.md",
        "sheet": "survey",
        "row": 3,
        "column": "name",
    }


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("form.txt", b"hello", "form-unsupported-type"),
        ("form.xlsx", b"", "form-empty"),
        ("form.xlsx", b"PK\x03\x04 this is not really a zip", "form-unreadable"),
        ("form.xls", b"\xd0\xcf\x11\xe0 garbage", "form-unreadable"),
        ("form.csv", b"just,a,csv\n1,2,3\n", "form-unreadable"),
    ],
)
def test_files_that_are_not_forms(name: str, data: bytes, code: str) -> None:
    with pytest.raises(FormError) as caught:
        load_form_bytes(data, name)
    assert caught.value.code == code
    assert name in caught.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FormError) as caught:
        load_form(tmp_path / "nope.xlsx")
    assert caught.value.code == "form-missing"


def test_bytes_and_path_give_the_same_form(tmp_path: Path) -> None:
    path = write(tmp_path, FORM)
    assert load_form_bytes(path.read_bytes(), "form.md") == load_form(path)
