"""The mission report, from database to PDF file, with progress and cancel.

One function serves the command line, the window and the tests: it collects
the numbers from the core (the combined wheel, each respondent's scores,
the workshop submission), finishes every string in the chosen language,
draws the wheel as SVG, hands all of it to the typesetter as data and
publishes the PDF atomically (never half a file).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.report.show import Writer
from exports.report.words import LANGUAGES, RIGHT_TO_LEFT, decimal_comma, report_words
from exports.report.workshop import latest_workshop, workshop_data
from exports.shared.atomic import atomic_output
from forms.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from storage.database import Database
from storage.records import Mission
from storage.validation import country_name

KINDS = ("full", "workshop")
PAPERS = {"a4": "a4", "letter": "us-letter"}
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReportOptions:
    """What to make: the report's language, kind and paper size."""

    language: str = "en"
    kind: str = "full"
    paper: str = "a4"

    def check(self) -> None:
        """Refuse an unknown choice with a sentence naming the possible ones."""
        for value, allowed, what in (
            (self.language, LANGUAGES, QT_TRANSLATE_NOOP("UserError", "language")),
            (self.kind, KINDS, QT_TRANSLATE_NOOP("UserError", "kind")),
            (self.paper, tuple(PAPERS), QT_TRANSLATE_NOOP("UserError", "paper size")),
        ):
            if value not in allowed:
                raise UserError(
                    "report-bad-option",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The report {what} {value!r} is not known; choose one of: {allowed}.",
                    ),
                    what=what,
                    value=value,
                    allowed=", ".join(allowed),
                )


class _Steps:
    """Progress over a fixed list of steps, checking the cancel flag between them."""

    def __init__(self, total: int, progress: Progress | None, cancel: threading.Event | None):
        self.done, self.total = 0, total
        self._progress, self._cancel = progress, cancel

    def next(self, label: str) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled
        if self._progress is not None:
            self._progress(self.done, self.total, label)
        self.done += 1


def write_report(
    db: Database,
    mission_uuid: str,
    path: str | Path,
    options: ReportOptions = ReportOptions(),
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Make the report and publish it at ``path``; returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise UserError(
            "report-bad-suffix",
            QT_TRANSLATE_NOOP(
                "UserError", "The report is a PDF; give a file name ending in .pdf, not '{name}'."
            ),
            name=path.name,
        )
    steps = _Steps(6 if options.kind == "full" else 3, progress, cancel)
    pdf = report_pdf(db, mission_uuid, options, by=by, now=now, steps=steps)
    steps.next("Writing the file")
    with atomic_output(
        path, what=QT_TRANSLATE_NOOP("UserError", "The report"), code="report-save-failed"
    ) as output:
        output.stream.write(pdf)
    if progress is not None:
        progress(steps.total, steps.total, "done")
    return path


def report_pdf(
    db: Database,
    mission_uuid: str,
    options: ReportOptions,
    *,
    by: str | None = None,
    now: dt.datetime | None = None,
    steps: _Steps | None = None,
) -> bytes:
    """The report as PDF bytes (``write_report`` publishes them)."""
    from exports.report.typeset import typeset

    options.check()
    steps = steps or _Steps(6, None, None)
    now = now or dt.datetime.now(dt.UTC)
    steps.next("Reading the mission")
    mission = db.mission(mission_uuid)
    language = options.language
    rtl = language in RIGHT_TO_LEFT
    write = Writer(language, report_words(language), comma=decimal_comma(language), rtl=rtl)
    data = _frame(mission, options, write, by if by is not None else db.author(), now)
    workshop = latest_workshop(db, mission_uuid)
    data["workshop"] = workshop_data(workshop, write)
    if options.kind == "workshop":
        if workshop is None:
            raise UserError(
                "report-no-workshop",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The mission {mission!r} has no validation workshop to write minutes of; "
                    "fill the workshop form first.",
                ),
                mission=mission.title,
            )
    else:
        _diagnostic(db, mission_uuid, data, write, steps)
    steps.next("Typesetting")
    return typeset(options.kind, data, timestamp=now)


def _diagnostic(
    db: Database, mission_uuid: str, data: dict[str, Any], write: Writer, steps: _Steps
) -> None:
    """Add the wheel's summary, chart, pillar sections and annexes to ``data``."""
    from exports.report import diagnostic, engagement
    from exports.report.charts import svg
    from exports.report.respondents import respondents
    from exports.wheel.mission import mission_figure, mission_wheel

    steps.next("Scoring the wheel")
    combined = mission_wheel(db, mission_uuid)
    people = respondents(db, combined)
    data["summary"] = diagnostic.summary(combined, write)
    data["pillars"] = diagnostic.pillar_sections(combined, people, write)
    data["respondents"] = diagnostic.respondent_rows(combined, people, write)
    data["method"] = diagnostic.method(combined, write)
    data["completeness"] = diagnostic.completeness(combined, write)
    steps.next("Drawing the wheel")
    data["wheel_svg"] = svg(mission_figure(combined, write.language))
    steps.next("Mapping pledges and KPIs")
    data["pledges"] = engagement.pledge_section(db, mission_uuid, write)
    data["kpis"] = engagement.kpi_section(db, mission_uuid, combined.wheel, write)


def _frame(
    mission: Mission, options: ReportOptions, write: Writer, by: str, now: dt.datetime
) -> dict[str, Any]:
    """The cover and the page frame: language, direction, paper, the mission's facts."""
    words = write.words
    at = now.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    dates = " – ".join(d for d in (mission.start_date, mission.end_date) if d)
    return {
        "lang": options.language,
        "rtl": options.language in RIGHT_TO_LEFT,
        "paper": PAPERS[options.paper],
        "words": words,
        "kind_title": words["report" if options.kind == "full" else "minutes"],
        "mission": {
            "title": mission.title,
            "country": country_name(mission.country, options.language),
            "phase": words.get(f"phase_{mission.phase}", mission.phase),
            "dates": write.isolated(dates),
            "team": ", ".join(mission.team),
        },
        "generated": words["generated"].format(at=write.isolated(at), by=by)
        if by
        else words["generated_anonymous"].format(at=write.isolated(at)),
    }
