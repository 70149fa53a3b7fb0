"""Texts a view sets as it works ("Computing…", a hint, an error) follow a language change at once.

Without this they kept the old language until the next redraw.
"""

from __future__ import annotations

import pytest

from storage import Database
from ui.engagement.views import PledgesTab
from ui.wheel.details import WheelDetails
from ui.wheel.tab import WheelTab

pytestmark = pytest.mark.usefixtures("told")


@pytest.fixture
def mission(db: Database) -> str:
    return db.create_mission("KHM", "Cambodia 2026", "initiation").uuid


def test_computing_switches_language_at_once_in_an_engagement_tab(
    qtbot, db, mission, speak
) -> None:
    tab = PledgesTab(db)
    qtbot.addWidget(tab)
    tab.show_mission(mission)  # hidden: it waits, saying so
    assert tab.message.text() == "Computing…"
    speak("fr")
    assert tab.message.text() == "Calcul…"
    speak("ar")
    assert tab.message.text() not in ("Computing…", "Calcul…") and tab.message.text()
    speak("en")
    assert tab.message.text() == "Computing…"


def test_the_wheels_waiting_message_switches_language_at_once(qtbot, db, mission, speak) -> None:
    tab = WheelTab(db)
    qtbot.addWidget(tab)
    tab.show_mission(mission)
    assert tab.message.text() == "Drawing the wheel…"
    speak("fr")
    assert tab.message.text() == "Dessin de la roue…"


def test_the_block_details_hint_switches_language_at_once(qtbot, speak) -> None:
    details = WheelDetails()
    qtbot.addWidget(details)
    assert details.summary.text().startswith("Click a block of the wheel")
    speak("fr")
    assert details.summary.text().startswith("Cliquez sur une composante de la roue")
    speak("km")
    assert not details.summary.text().startswith(("Click", "Cliquez"))


def test_a_core_error_shown_in_a_view_switches_language_at_once(qtbot, db, mission, speak) -> None:
    """The wheel of a mission with no diagnostic says so; another core error keeps its words."""
    from forms.errors import QT_TRANSLATE_NOOP, UserError

    tab = WheelTab(db)
    qtbot.addWidget(tab)
    error = UserError(
        "unknown-mission", QT_TRANSLATE_NOOP("UserError", "There is no mission {uuid}."), uuid="x"
    )
    tab.show_result(error)
    assert tab.message.text() == "There is no mission x."
    speak("fr")
    assert tab.message.text() == "Il n'y a pas de mission x."
