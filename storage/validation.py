"""Checks on mission fields, so bad values never reach the database."""

from __future__ import annotations

import datetime as dt
import gettext
import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError
from storage.records import PHASES


@cache
def _pycountry_folder() -> Path:
    """Where pycountry keeps its ISO databases, found without importing it.

    Importing pycountry looks up its own version through importlib.metadata,
    about 35 ms; the mission list needs country names as the window opens.
    """
    spec = importlib.util.find_spec("pycountry")
    if spec is None or spec.origin is None:
        raise UserError(
            "missing-pycountry",
            QT_TRANSLATE_NOOP("UserError", "The pycountry package is not installed."),
        )
    return Path(spec.origin).parent


@cache
def _countries() -> dict[str, str]:
    database = _pycountry_folder() / "databases" / "iso3166-1.json"
    entries = json.loads(database.read_text(encoding="utf-8"))["3166-1"]
    return {entry["alpha_3"]: entry["name"] for entry in entries}


def country_name(code: str, language: str | None = None) -> str:
    """The short name of an ISO 3166-1 alpha-3 code, in ``language`` (a code such as
    ``ar``) where pycountry has a translation, else in English; unknown codes as given."""
    english = _countries().get(code.upper(), code)
    if not language or language == "en":
        return english
    catalogue = gettext.translation(
        "iso3166-1", _pycountry_folder() / "locales", languages=[language], fallback=True
    )
    return catalogue.gettext(english)


def countries() -> dict[str, str]:
    """All ISO 3166-1 alpha-3 codes with their English names, for pickers."""
    return dict(_countries())


def check_country(code: str) -> str:
    normalised = (code or "").strip().upper()
    if normalised not in _countries():
        raise UserError(
            "unknown-country",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{value!r} is not an ISO 3166-1 alpha-3 country code (e.g. KHM for Cambodia).",
            ),
            value=code,
        )
    return normalised


def check_title(title: str) -> str:
    cleaned = (title or "").strip()
    if not cleaned:
        raise UserError("empty-title", QT_TRANSLATE_NOOP("UserError", "A mission needs a title."))
    if len(cleaned) > 500:
        raise UserError(
            "title-too-long",
            QT_TRANSLATE_NOOP("UserError", "A mission title can be at most 500 characters."),
        )
    return cleaned


def check_phase(phase: str) -> str:
    normalised = (phase or "").strip().lower()
    if normalised not in PHASES:
        raise UserError(
            "invalid-phase",
            QT_TRANSLATE_NOOP("UserError", "{phase!r} is not a phase; choose one of {phases}."),
            value=phase,
            phase=phase,
            phases=", ".join(PHASES),
        )
    return normalised


def check_date(value: str | None, field: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise UserError(
            "invalid-date",
            QT_TRANSLATE_NOOP("UserError", "The {field} {value!r} is not a date like 2026-11-23."),
            value=value,
            field=field,
        ) from None


def mission_values(
    country: str,
    title: str,
    phase: str,
    start_date: str | None,
    end_date: str | None,
    team: tuple[str, ...] | list[str],
    notes: str,
) -> tuple[Any, ...]:
    """A mission's fields checked and in ``missions``' column order; the first bad one refused."""
    start = check_date(start_date, QT_TRANSLATE_NOOP("UserError", "start date"))
    end = check_date(end_date, QT_TRANSLATE_NOOP("UserError", "end date"))
    if start and end and end < start:
        raise UserError(
            "dates-reversed",
            QT_TRANSLATE_NOOP("UserError", "The mission's end date is before its start date."),
        )
    members = [member.strip() for member in team if member.strip()]
    return (
        check_country(country),
        check_title(title),
        check_phase(phase),
        start,
        end,
        json.dumps(members, ensure_ascii=False),
        notes or "",
    )
