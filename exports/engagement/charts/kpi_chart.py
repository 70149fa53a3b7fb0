"""KPIs as small multiples: one panel per KPI, its own axis in its own unit.

Each panel runs from the baseline (open square, at its year) through each
round's value (marker shaped and coloured by status) towards the target
(dashed line, ringed point at the target year).  Units never share an axis;
a round without a value leaves a break in the line and says "no value".
"""

from __future__ import annotations

import datetime as dt
import math

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from exports.engagement.charts.common import STATUS_STYLE, Chart
from exports.engagement.kpis import Kpi, KpiBoard
from exports.engagement.words import words
from exports.wheel.paint import GRID, MUTED
from exports.wheel.palette import INK
from exports.wheel.shapes import wrap
from storage.validation import country_name

COLUMNS = 3
PANEL = (3.9, 2.6)
"""Inches per panel: three across fit a landscape A4 page."""


def kpi_figure(board: KpiBoard, language: str | None = None) -> Figure:
    """Draw every KPI of the board as a small multiple; statuses keyed once at the bottom."""
    rows = max(1, math.ceil(len(board.kpis) / COLUMNS))
    height = rows * PANEL[1] + 1.9
    chart = Chart((COLUMNS * PANEL[0], height), language)
    said = words(language)
    mission = board.mission
    rounds = " · ".join(r.label for r in board.rounds)
    chart.title(said["kpi_title"], f"{country_name(mission.country, chart.code)} · {rounds}")
    grid = chart.figure.add_gridspec(
        rows,
        COLUMNS,
        left=0.06,
        right=0.98,
        top=1 - 1.3 / height,
        bottom=1.15 / height,
        hspace=0.75,
        wspace=0.32,
    )
    for index, kpi in enumerate(board.kpis):
        ax = chart.figure.add_subplot(grid[index // COLUMNS, index % COLUMNS])
        _panel(chart, ax, kpi, board, said)
    _legend(chart, said, height)
    return chart.figure


def _year(date: str | None) -> float | None:
    if not date:
        return None
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    start = dt.date(day.year, 1, 1)
    return day.year + (day - start).days / (dt.date(day.year + 1, 1, 1) - start).days


def _panel(chart: Chart, ax, kpi: Kpi, board: KpiBoard, said: dict[str, str]) -> None:
    unit = kpi.unit
    name = f"{kpi.name} ({unit.axis_title})" if unit.axis_title else kpi.name
    chart.text(
        ax, 0, 1.06, wrap(name, 48), transform=ax.transAxes, fontsize=8, fontweight="bold",
        va="bottom", linespacing=chart.spacing,
    )  # fmt: skip
    missing = _line(ax, kpi, board)
    if kpi.target is not None:
        ax.axhline(kpi.target, color=INK, lw=1, ls=(0, (4, 2)), zorder=2)
        if kpi.target_year is not None:
            ax.plot([kpi.target_year], [kpi.target], marker="o", mfc="none", mec=INK, ms=8,
                    ls="none", zorder=4)  # fmt: skip
    _caption(chart, ax, kpi, said, missing)
    _style(chart, ax, kpi)


def _line(ax, kpi: Kpi, board: KpiBoard) -> list[str]:
    """Baseline and round values joined by a line, broken where a round has none.

    Returns the labels of the rounds without a value.
    """
    xs: list[float] = []
    ys: list[float] = []
    if kpi.baseline is not None and kpi.baseline_year is not None:
        xs.append(float(kpi.baseline_year))
        ys.append(kpi.baseline)
        ax.plot([kpi.baseline_year], [kpi.baseline], marker="s", mfc="white", mec=INK, ms=5,
                ls="none", zorder=4)  # fmt: skip
    missing = []
    for review, reading in zip(board.rounds, kpi.readings, strict=True):
        if reading is None or reading.value is None:
            xs.append(math.nan)
            ys.append(math.nan)
            missing.append(review.label)
            continue
        when = _year(reading.date or review.date) or math.nan
        xs.append(when)
        ys.append(reading.value)
        colour, marker = STATUS_STYLE.get(reading.status or "", (MUTED, "D"))
        ax.plot([when], [reading.value], marker=marker, color=colour, mec=INK, mew=0.5, ms=7,
                ls="none", zorder=5)  # fmt: skip
    ax.plot(xs, ys, color=INK, lw=1.2, zorder=3)
    return missing


def _style(chart: Chart, ax, kpi: Kpi) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: kpi.unit.tick(v)))
    ax.margins(x=0.08, y=0.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.tick_params(labelsize=7, colors=MUTED, labelfontfamily=chart.font)
    ax.grid(True, color=GRID, lw=0.5)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _caption(chart: Chart, ax, kpi: Kpi, said: dict[str, str], missing: list[str]) -> None:
    latest = kpi.latest
    parts = [f"{said['target']} {kpi.unit.format(kpi.target)} ({kpi.target_year or '–'})"]
    if latest is not None and latest.progress is not None:
        parts.append(said["of_the_way"].format(share=f"{latest.progress:.0%}"))
    if missing:
        parts.append(f"{said['no_value']}: {', '.join(missing)}")
    chart.text(
        ax,
        0,
        -0.2,
        wrap(" · ".join(parts), 60),
        transform=ax.transAxes,
        fontsize=7,
        va="top",
        color=MUTED,
        linespacing=chart.spacing,
    )


def _legend(chart: Chart, said: dict[str, str], height: float) -> None:
    handles = [
        Line2D([], [], marker="s", mfc="white", mec=INK, ls="none", label=said["baseline"]),
        *(
            Line2D(
                [], [], marker=marker, color=colour, mec=INK, mew=0.5, ls="none", label=said[status]
            )
            for status, (colour, marker) in STATUS_STYLE.items()
        ),
        Line2D([], [], color=INK, ls=(0, (4, 2)), marker="o", mfc="none", label=said["target"]),
    ]
    chart.figure.legend(
        handles=handles,
        loc="lower center",
        ncols=len(handles),
        frameon=False,
        bbox_to_anchor=(0.5, 0.1 / height),
        prop={"family": chart.font, "size": 8},
    )
