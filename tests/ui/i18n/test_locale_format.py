"""Dates are shown the window's way; what is stored stays ISO 8601."""

from __future__ import annotations

from ui.shared.records.model import local_date, local_time


def test_english_keeps_iso_dates(speak) -> None:
    speak("en")
    assert local_date("2026-12-31") == "2026-12-31"
    assert local_time("2026-12-31T12:00:00Z").startswith("2026-12-31 ")


def test_french_and_arabic_show_their_locale_format(speak) -> None:
    speak("fr")
    assert local_date("2026-12-31") == "31/12/2026"
    assert local_time("2026-12-31T12:00:00Z").startswith("31/12/2026 ")
    speak("ar")
    assert "٢٠٢٦" in local_date("2026-12-31")  # Arabic-Indic digits
    speak("en")
    assert local_date("2026-12-31") == "2026-12-31"


def test_a_date_that_is_not_one_is_shown_as_stored(speak) -> None:
    speak("fr")
    assert local_date("someday") == "someday"
    assert local_time("not a stamp") == "not a stamp"


def test_scores_are_shown_with_the_locale_decimal_sign(speak) -> None:
    from ui.shared.language import shown_number

    speak("en")
    assert shown_number(2.5) == "2.5"
    speak("fr")
    assert shown_number(2.5) == "2,5"
    assert shown_number(None) == "–"
