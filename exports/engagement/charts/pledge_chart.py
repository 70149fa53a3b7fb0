"""The pledge map as a chart: block scores and pledge coverage on two wheels side by side.

Both wheels use the wheel's layout, so a block sits at the same angle on
each: the left one is the diagnostic (wedge height = score), the right one
the pledges (wedge height = active pledges, one ring per pledge, five and
more at the rim).  A block that is weak and unpledged, or holds a validated
priority nobody pledged to, is outlined in vermillion on both, and its
label says so, so it reads without colour too.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from exports.engagement.charts.common import (
    ALERT,
    Chart,
    bars,
    block_labels,
    level_rings,
    outline,
    pillar_colours,
    polar_axes,
)
from exports.engagement.pledges import PledgeMap
from exports.engagement.words import counted, words
from exports.wheel.chart import wheel_slots
from exports.wheel.paint import MUTED
from exports.wheel.shapes import INK
from storage.validation import country_name

MAX_RINGS = 5


def pledge_figure(pledges: PledgeMap, language: str | None = None) -> Figure:
    """Draw the mission's pledge map: scores left, pledges right, alerts outlined."""
    chart = Chart((12.0, 6.8), language)
    said = words(language)
    mission = pledges.mission
    chart.title(
        said["pledge_title"],
        f"{country_name(mission.country, chart.code)} · {mission.title}",
    )
    wheel = pledges.wheel
    slots, _ = wheel_slots(wheel)
    colours = pillar_colours(wheel)
    weak = [b.block for b in pledges.blocks if b.weak_unpledged]
    gaps = [b.block for b in pledges.blocks if b.gaps and not b.weak_unpledged]
    scores = {b.block: b.score for b in pledges.blocks}
    counts = {
        b.block: float(min(b.pledges, MAX_RINGS)) if b.pledges else None for b in pledges.blocks
    }
    for left, heights, heading in (
        (0.09, scores, said["scores"]),
        (0.59, counts, said["pledges"]),
    ):
        ax = polar_axes(chart.figure, (left, 0.16, 0.32, 0.32 * 12 / 6.8))
        level_rings(ax, slots)
        bars(ax, wheel, slots, heights, colours)
        outline(ax, slots, weak, edgecolors=ALERT, linewidths=2.2)
        outline(ax, slots, gaps, edgecolors=ALERT, linewidths=1.6, linestyles=(0, (4, 2)))
        chart.text(
            chart.figure,
            left + 0.16,
            0.83,
            heading,
            ha="center",
            va="bottom",
            fontsize=11,
            fontweight="bold",
        )
        block_labels(chart, ax, wheel, slots, _label_lines(pledges, said, heights is scores))
    _legend(chart, said, bool(weak), bool(gaps))
    return chart.figure


def _label_lines(pledges: PledgeMap, said: dict[str, str], scores: bool):
    lines = {}
    for block in pledges.blocks:
        if scores:
            text = said["no_data"] if block.score is None else f"{block.score:.1f}"
        else:
            text = counted(said, "pledge", block.pledges) if block.pledges else said["no_pledge"]
            if block.gaps:
                text += "\n" + counted(said, "gap", block.gaps)
        alert = block.weak_unpledged or block.gaps
        lines[block.block] = (
            text,
            {
                "color": ALERT if alert else (INK if block.score is not None else MUTED),
                "fontweight": "bold" if alert else "normal",
            },
        )
    return lines


def _legend(chart: Chart, said: dict[str, str], weak: bool, gaps: bool) -> None:
    """The two alert outlines, explained under the wheels (only those drawn)."""
    from matplotlib.patches import Rectangle

    entries = [(said["weak_unpledged"], "solid")] if weak else []
    entries += [(said["gap"], (0, (4, 2)))] if gaps else []
    x = 0.5 - 0.17 * len(entries) + 0.02
    for text, style in entries:
        chart.figure.add_artist(
            Rectangle(
                (x, 0.035),
                0.02,
                0.03,
                transform=chart.figure.transFigure,
                fill=False,
                edgecolor=ALERT,
                linewidth=2,
                linestyle=style,
            )
        )
        chart.text(chart.figure, x + 0.027, 0.05, text, va="center", fontsize=8)
        x += 0.34
