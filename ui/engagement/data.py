"""What the engagement views show, computed in a worker: the numbers and their chart.

Runs off the UI thread with the worker's own connection; the numbers come
from ``exports.engagement`` (the CLI's and the package's own) and the figure
from its charts, so the window only embeds it.  Importing this module
imports the form loader and matplotlib: the views import it only in their
workers, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from exports.engagement.charts.common import save_chart
from exports.engagement.charts.compare_chart import compare_figure
from exports.engagement.charts.kpi_chart import kpi_figure
from exports.engagement.charts.pledge_chart import pledge_figure
from exports.engagement.compare import Comparison, compare_missions
from exports.engagement.kpis import KpiBoard, kpi_board
from exports.engagement.pledges import PledgeMap, pledge_map
from storage import Database

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Result = PledgeMap | KpiBoard | Comparison


@dataclass(frozen=True)
class Drawn:
    """One view's numbers, its figure, the language it is drawn in and the ones on offer."""

    result: Result
    figure: Figure
    language: str | None
    languages: tuple[str, ...]


def languages_of(result: Result) -> tuple[str, ...]:
    wheel = result.wheel
    return wheel.languages if wheel is not None else ()


def draw(result: Result, language: str | None) -> Drawn:
    """Draw the figure for ``result`` in ``language`` (the form's default when not offered)."""
    languages = languages_of(result)
    if language not in languages:
        wheel = result.wheel
        language = wheel.default_language if wheel is not None else None
    if isinstance(result, PledgeMap):
        figure = pledge_figure(result, language)
    elif isinstance(result, KpiBoard):
        figure = kpi_figure(result, language)
    else:
        figure = compare_figure(result, language)
    return Drawn(result, figure, language, languages)


def load_pledges(db: Database, mission_uuid: str, language: str | None) -> Drawn:
    return draw(pledge_map(db, mission_uuid), language)


def load_kpis(db: Database, mission_uuid: str, language: str | None) -> Drawn:
    return draw(kpi_board(db, mission_uuid), language)


def load_comparison(
    db: Database, mission_uuids: list[str], rounds: bool, language: str | None
) -> Drawn:
    return draw(compare_missions(db, mission_uuids, rounds=rounds), language)


def save(result: Result, language: str | None, path: Path, what: str) -> Path:
    """Draw afresh at print resolution and save as PNG or SVG (never the zoomed screen figure)."""
    return save_chart(draw(result, language).figure, path, what)
