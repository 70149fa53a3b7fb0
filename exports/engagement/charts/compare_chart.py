"""Missions compared as wheels side by side, all on one scale (levels 1 to 5).

Each wheel is one column of the comparison (a mission's current round, or
its baseline), drawn on the wheel's layout in the pillar colours; beside
each block, its score and, from the second wheel on, its difference to the
first, so the block × mission table can be read off the chart too.
"""

from __future__ import annotations

import math

from matplotlib.figure import Figure

from exports.engagement.charts.common import (
    Chart,
    bars,
    block_labels,
    level_rings,
    pillar_colours,
    polar_axes,
)
from exports.engagement.compare import Comparison
from exports.engagement.words import words
from exports.wheel.chart import wheel_slots
from exports.wheel.paint import INCOMPLETE, MUTED
from exports.wheel.shapes import INK
from storage.validation import country_name

MAX_COLUMNS = 3
CELL = (5.4, 5.0)


def compare_figure(comparison: Comparison, language: str | None = None) -> Figure:
    """Draw one wheel per column of the comparison, up to three to a row (four as 2 × 2)."""
    count = len(comparison.columns)
    columns = 2 if count == 4 else min(MAX_COLUMNS, count)
    rows = math.ceil(count / columns)
    width, height = columns * CELL[0], rows * CELL[1] + 0.9
    chart = Chart((width, height), language)
    said = words(language)
    countries = dict.fromkeys(
        country_name(c.mission.country, chart.code) for c in comparison.columns
    )
    chart.title(said["compare_title"], " · ".join(countries))
    wheel = comparison.wheel
    slots, _ = wheel_slots(wheel)
    colours = pillar_colours(wheel)
    for index, column in enumerate(comparison.columns):
        row, col = divmod(index, columns)
        cell_w, cell_h = CELL[0] / width, CELL[1] / height
        left = col * cell_w
        bottom = 1 - 0.9 / height - (row + 1) * cell_h
        disc = 3.0
        rect = (
            left + (cell_w - disc / width) / 2,
            bottom + (cell_h - disc / height) / 2 - 0.2 / height,
            disc / width,
            disc / height,
        )
        ax = polar_axes(chart.figure, rect)
        level_rings(ax, slots)
        heights = {row_.block: row_.values[index] for row_ in comparison.rows}
        bars(ax, wheel, slots, heights, colours)
        block_labels(chart, ax, wheel, slots, _figures(comparison, index), width=16, size=6.5)
        _heading(chart, column, index, comparison, said, left + cell_w / 2, bottom + cell_h)
    return chart.figure


def _heading(chart: Chart, column, index, comparison, said, x: float, top: float) -> None:
    overall = comparison.overall.values[index]
    name = country_name(column.mission.country, chart.code)
    which = said["current"] if column.round == "current" else said["earlier"]
    score = "–" if overall is None else f"{overall:.2f}"
    chart.text(
        chart.figure,
        x,
        top - 0.05 / chart.figure.get_size_inches()[1],
        f"{name} · {which}",
        ha="center",
        va="top",
        fontsize=11,
        fontweight="bold",
    )
    complete = column.scores.complete
    chart.text(
        chart.figure,
        x,
        top - 0.3 / chart.figure.get_size_inches()[1],
        f"{said['overall']} {score}",
        ha="center",
        va="top",
        fontsize=9,
        color=INK if complete else INCOMPLETE,
    )


def _figures(comparison: Comparison, index: int):
    lines = {}
    for row in comparison.rows:
        value, difference = row.values[index], row.differences[index]
        text = "–" if value is None else f"{value:.1f}"
        if index and difference is not None:
            text += f" ({difference:+.1f})"
        lines[row.block] = (text, {"color": INK if value is not None else MUTED})
    return lines
