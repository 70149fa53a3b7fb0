"""KPIs across a mission's monitoring rounds: baseline, each round's value, target, progress.

A monitoring round is one submission of the monitoring form; a KPI is
followed from round to round by its block and its name (case and spacing
aside).  Each round may restate baseline and target; the latest statement
is the KPI's.

Progress is the share of the way from baseline to target that the round's
value has gone, ``(value - baseline) / (target - baseline)``: the same
formula serves "higher is better" and "lower is better" KPIs (a price that
should fall), 1.0 means the target is reached, and a value that moved the
wrong way is negative.  Expected progress is the share of the time from the
baseline year to the target year that had passed at the value's date (1
January of the baseline year to 1 January of the target year).

The status of a round is the one the review recorded (its people know what
the number hides); where the round recorded none it is assessed from the
pace, progress divided by expected progress: on track from 0.9 (or once the
target is reached), at risk from 0.6, off track below.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exports.engagement.sources import FilledForm, block_wheel, filled_forms, number
from exports.engagement.units import Unit, kpi_unit
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.wheel.structure import Wheel
from storage.database import Database
from storage.records import Mission

STATUSES = ("on_track", "at_risk", "off_track")
ON_TRACK_PACE = 0.9
AT_RISK_PACE = 0.6


@dataclass(frozen=True)
class MonitoringRound:
    """One review: its label and date (the round's date, else the day it was entered)."""

    submission_uuid: str
    label: str
    date: str


@dataclass(frozen=True)
class KpiReading:
    """A KPI's value in one round, with progress and status; ``value`` None is missing."""

    value: float | None
    date: str | None
    progress: float | None
    expected: float | None
    reported_status: str | None
    assessed_status: str | None
    comment: str

    @property
    def status(self) -> str | None:
        """The status the review recorded, else the one assessed from the pace."""
        return self.reported_status or self.assessed_status


@dataclass(frozen=True)
class Kpi:
    """One indicator across rounds; ``readings`` line up with the board's rounds (None: absent)."""

    name: str
    block: str | None
    unit: Unit
    baseline: float | None
    baseline_year: int | None
    target: float | None
    target_year: int | None
    source: str
    readings: tuple[KpiReading | None, ...]

    @property
    def latest(self) -> KpiReading | None:
        """The last round that gave a value."""
        return next((r for r in reversed(self.readings) if r and r.value is not None), None)


@dataclass(frozen=True)
class KpiBoard:
    """Every KPI of a mission over its monitoring rounds, rounds oldest first."""

    mission: Mission
    rounds: tuple[MonitoringRound, ...]
    kpis: tuple[Kpi, ...]
    wheel: Wheel | None = None
    """The blocks the monitoring form declares, for their labels in each form language."""


def progress(baseline: float | None, target: float | None, value: float | None) -> float | None:
    """Share of the way from baseline to target; None when one is missing or target = baseline."""
    if baseline is None or target is None or value is None or target == baseline:
        return None
    return (value - baseline) / (target - baseline)


def expected_progress(
    baseline_year: int | None, target_year: int | None, date: str | None
) -> float | None:
    """Share of the baseline-to-target time passed at ``date`` (ISO), clamped to 0..1."""
    if baseline_year is None or target_year is None or not date or target_year <= baseline_year:
        return None
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    year = day.year + (day - start).days / length
    share = (year - baseline_year) / (target_year - baseline_year)
    return min(1.0, max(0.0, share))


def assessed_status(progress_share: float | None, expected: float | None) -> str | None:
    """On track, at risk or off track from the pace; None when it cannot be told."""
    if progress_share is None:
        return None
    if progress_share >= 1:
        return "on_track"
    if expected is None:
        return None
    if expected == 0:
        return "on_track" if progress_share >= 0 else "at_risk"
    pace = progress_share / expected
    if pace >= ON_TRACK_PACE:
        return "on_track"
    return "at_risk" if pace >= AT_RISK_PACE else "off_track"


def kpi_board(db: Database, mission_uuid: str) -> KpiBoard:
    """Read the mission's monitoring rounds and follow each KPI across them."""
    mission = db.mission(mission_uuid)
    filled = filled_forms(db, mission, "kpi_block")
    if not filled:
        raise UserError(
            "no-monitoring",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The mission {mission!r} has no monitoring round yet; fill a monitoring "
                "round first.",
            ),
            mission=mission.title,
        )
    filled.sort(key=lambda f: (_round(f).date, f.submission.created_at))
    rounds = tuple(_round(f) for f in filled)
    rows: dict[tuple[str | None, str], list[dict[str, str] | None]] = {}
    order: list[tuple[str | None, str]] = []
    for index, round_form in enumerate(filled):
        for row in round_form.rows():
            key = (row.get("kpi_block"), " ".join(row.get("kpi_name", "").casefold().split()))
            if key not in rows:
                rows[key] = [None] * len(filled)
                order.append(key)
            rows[key][index] = row
    kpis = tuple(_kpi(rows[key], rounds) for key in order)
    return KpiBoard(mission=mission, rounds=rounds, kpis=kpis, wheel=block_wheel(filled))


def _round(filled: FilledForm) -> MonitoringRound:
    return MonitoringRound(
        submission_uuid=filled.submission.uuid,
        label=filled.value("round_label") or filled.submission.created_at[:10],
        date=filled.value("round_date") or filled.submission.created_at[:10],
    )


def _stated(rows: list[dict[str, str] | None], name: str) -> str | None:
    """The latest round's answer to ``name``: a review may restate baseline or target."""
    return next((row[name] for row in reversed(rows) if row and row.get(name)), None)


def _year(text: str | None) -> int | None:
    value = number(text)
    return None if value is None else int(value)


def _kpi(rows: list[dict[str, str] | None], rounds: tuple[MonitoringRound, ...]) -> Kpi:
    baseline = number(_stated(rows, "baseline_value"))
    target = number(_stated(rows, "target_value"))
    baseline_year = _year(_stated(rows, "baseline_year"))
    target_year = _year(_stated(rows, "target_year"))
    readings: list[KpiReading | None] = []
    for row, review in zip(rows, rounds, strict=True):
        if row is None:
            readings.append(None)
            continue
        value = number(row.get("latest_value"))
        reported = row.get("kpi_status")
        date = row.get("latest_date") or review.date
        share = progress(baseline, target, value)
        expected = expected_progress(baseline_year, target_year, date)
        readings.append(
            KpiReading(
                value=value,
                date=date if value is not None else None,
                progress=share,
                expected=expected,
                reported_status=reported if reported in STATUSES else None,
                assessed_status=assessed_status(share, expected),
                comment=row.get("kpi_comment", ""),
            )
        )
    return Kpi(
        name=_stated(rows, "kpi_name") or "",
        block=_stated(rows, "kpi_block"),
        unit=kpi_unit(_stated(rows, "kpi_unit"), _stated(rows, "kpi_unit_other")),
        baseline=baseline,
        baseline_year=baseline_year,
        target=target,
        target_year=target_year,
        source=_stated(rows, "kpi_source") or "",
        readings=tuple(readings),
    )
