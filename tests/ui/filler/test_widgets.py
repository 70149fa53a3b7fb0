"""Each widget family: what typing, clicking and keys do, and what reaches the database."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from tests.ui.filler.support import (
    click,
    leave,
    markdown_form,
    open_form,
    type_text,
)
from ui.filler.fields.choices import ComboField, RadioField
from ui.filler.fields.maturity import MaturityField, segment_text
from ui.filler.fields.text import DEBOUNCE_MS


def test_typing_is_saved_after_the_pause(qtbot, opened):
    field = opened.field("name")
    type_text(qtbot, field, "Sok Dara")
    assert "name" not in opened.stored()  # typing spins no event loop: no pause has ended
    qtbot.waitUntil(lambda: opened.stored().get("name") == "Sok Dara", timeout=30_000)
    assert opened.filler.status.text().startswith("Saved · ")


def test_each_keystroke_restarts_the_pause(qtbot, opened):
    """Nothing is saved while keystrokes come within the pause of each other.

    Only a trial whose waits kept to their time proves it (a loaded machine may
    stall a wait past the pause), so trials repeat until one did; the whole text
    is saved once the typing stops.
    """
    field = opened.field("name")
    wait = DEBOUNCE_MS - 200
    for _trial in range(10):
        before = opened.stored().get("name")
        started = time.monotonic()
        type_text(qtbot, field, "So")
        qtbot.wait(wait)
        typing = time.monotonic()
        qtbot.keyClicks(field.line, "k")
        restarted = time.monotonic()
        qtbot.wait(wait)
        unsaved = opened.stored().get("name") == before
        checked = time.monotonic()
        expected = (before or "") + "Sok"
        qtbot.waitUntil(lambda: opened.stored().get("name") == expected, timeout=30_000)  # noqa: B023
        if max(restarted - started, checked - typing) * 1000 < DEBOUNCE_MS:
            assert unsaved
            return
    pytest.fail("no trial kept its waits within the pause; the machine is too loaded")


def test_leaving_a_field_saves_at_once(qtbot, opened):
    field = opened.field("name")
    type_text(qtbot, field, "Dara")
    leave(qtbot, field)
    assert opened.stored()["name"] == "Dara"


def test_closing_saves_pending_text(qtbot, opened):
    type_text(qtbot, opened.field("name"), "Closing")
    opened.window.close()
    assert opened.stored()["name"] == "Closing"


def test_numbers_are_stored_canonically(qtbot, opened):
    income = opened.field("income")
    type_text(qtbot, income, "0012,50")
    leave(qtbot, income)
    assert opened.stored()["income"] == "12.5"
    assert income.line.text() == "0012,50"  # what the user typed stays on screen
    age = opened.field("age")
    type_text(qtbot, age, "4x2")  # the validator refuses the letter
    leave(qtbot, age)
    assert opened.stored()["age"] == "42"


def test_a_complete_date_is_saved_immediately(qtbot, opened):
    visit = opened.field("visit")
    type_text(qtbot, visit, "2026-03-1")
    assert "visit" not in opened.stored()
    qtbot.keyClicks(visit.line, "4")
    assert opened.stored()["visit"] == "2026-03-14"


def test_an_impossible_date_is_reported_not_saved(qtbot, opened):
    visit = opened.field("visit")
    type_text(qtbot, visit, "2026-02-30")
    leave(qtbot, visit)
    assert "visit" not in opened.stored()
    assert visit.message.isVisibleTo(visit)


def test_radio_click_saves_the_choice_name(qtbot, opened):
    smoker = opened.field("smoker")
    assert isinstance(smoker, RadioField)
    yes = next(button for choice, button in smoker.buttons if choice.name == "yes")
    click(qtbot, yes)
    assert opened.stored()["smoker"] == "yes"
    click(qtbot, smoker.clear_button)
    assert "smoker" not in opened.stored()


def test_notes_pipe_current_values_and_calculations_show(qtbot, opened):
    type_text(qtbot, opened.field("name"), "Dara")
    leave(qtbot, opened.field("name"))
    type_text(qtbot, opened.field("age"), "30")
    leave(qtbot, opened.field("age"))
    assert opened.field("summary").title.text().startswith("Dara is 30 years old.")
    assert opened.field("double_age").line.text() == "60"


MATURITY = """
| survey |
| | type | name | label | appearance |
| | select_one maturity | score | Score | |
| | select_one country | country | Country | |
| | select_multiple tools | tools | Tools | |
| | geopoint | where | Location | |
| | select_one colour or_other | colour | Colour | |
| | text | notes | Notes | multiline |
| choices | | | |
| | list_name | name | label |
| | maturity | 1 | 1 – Nascent |
| | maturity | 2 | 2 – Emerging |
| | maturity | 3 | 3 – Developing |
| | maturity | 4 | 4 – Advanced |
| | maturity | 5 | 5 – Leading |
| | country | khm | Cambodia |
| | country | lao | Laos |
| | country | tha | Thailand |
| | country | vnm | Viet Nam |
| | country | mmr | Myanmar |
| | country | mys | Malaysia |
| | country | sgp | Singapore |
| | country | idn | Indonesia |
| | country | phl | Philippines |
| | tools | email | Email |
| | tools | chat | Chat |
| | tools | video | Video calls |
| | colour | red | Red |
| | colour | blue | Blue |
"""


@pytest.fixture
def choices(qtbot, tmp_path):
    opened = open_form(qtbot, tmp_path, markdown_form(MATURITY))
    yield opened
    opened.window.close()
    opened.db.close()


def test_maturity_scale_takes_digits_arrows_and_delete(qtbot, choices):
    score = choices.field("score")
    assert isinstance(score, MaturityField)
    assert [b.text() for b in score.scale.buttons][2] == "3\nDeveloping"
    score.focus_input()
    qtbot.keyClick(score.scale, Qt.Key.Key_3)
    assert choices.stored()["score"] == "3"
    qtbot.keyClick(score.scale, Qt.Key.Key_Right)
    assert choices.stored()["score"] == "4"
    assert score.scale.buttons[3].isChecked()
    qtbot.keyClick(score.scale, Qt.Key.Key_Delete)
    assert "score" not in choices.stored()
    click(qtbot, score.scale.buttons[0])
    assert choices.stored()["score"] == "1"


def test_multiline_tab_moves_on_and_saves(qtbot, choices):
    notes = choices.field("notes")
    type_text(qtbot, notes, "Line one")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(notes.edit, "Line two")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Tab)
    assert choices.stored()["notes"] == "Line one\nLine two"


def test_segment_text_splits_number_and_word():
    assert segment_text("3", "3 – Developing") == "3\nDeveloping"
    assert segment_text("3", "3") == "3"
    assert segment_text("3", "Developing") == "3\nDeveloping"


def test_long_lists_are_searchable(qtbot, choices):
    country = choices.field("country")
    assert isinstance(country, ComboField)
    type_text(qtbot, country, "viet nam")
    qtbot.keyClick(country.combo.lineEdit(), Qt.Key.Key_Return)
    assert choices.stored()["country"] == "vnm"
    country.combo.lineEdit().clear()
    qtbot.keyClicks(country.combo.lineEdit(), "Atlantis")
    leave(qtbot, country)
    assert choices.stored()["country"] == "vnm"
    assert country.combo.currentText() == "Viet Nam"


def test_wheel_never_changes_a_combo(qtbot, choices):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    combo = choices.field("country").combo
    before = combo.currentIndex()
    event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before
    assert "country" not in choices.stored()


def test_check_boxes_store_space_separated_names(qtbot, choices):
    tools = choices.field("tools")
    boxes = {choice.name: box for choice, box in tools.buttons}
    click(qtbot, boxes["video"])
    click(qtbot, boxes["email"])
    assert choices.stored()["tools"] == "email video"
    click(qtbot, boxes["video"])
    assert choices.stored()["tools"] == "email"


def test_unsupported_types_say_so_and_do_not_block(qtbot, choices):
    where = choices.field("where")
    assert "not supported on desktop yet" in where.line.text().lower()
    assert not where.line.isEnabled()


def test_or_other_offers_a_text_for_other(qtbot, choices):
    colour = choices.field("colour")
    other = next(button for choice, button in colour.buttons if choice.name == "other")
    specify = choices.field("colour_other")
    assert specify.isHidden()
    click(qtbot, other)
    assert not specify.isHidden()
    type_text(qtbot, specify, "Teal")
    leave(qtbot, specify)
    assert choices.stored() == {"colour": "other", "colour_other": "Teal"}
