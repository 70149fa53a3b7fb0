"""What the engagement charts share: the figure, the wheel's layout and colours, saving.

The wheels here are drawn on ``exports.wheel``'s own layout (``wheel_slots``,
the level radii) in its Okabe-Ito pillar colours and no-data hatching, so a
block sits where it sits on the Wheel tab and missing looks the same.  The
status colours are Okabe-Ito too, each with its own marker shape, so a
status never depends on telling colours apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.projections.polar import PolarAxes

from exports.shared.atomic import atomic_output
from exports.shared.fonts import families, line_spacing, register_fonts
from exports.wheel.chart import UNHINTED, WheelFigure
from exports.wheel.paint import (
    BASE,
    GRID,
    MUTED,
    NO_DATA_FACE,
    NO_DATA_HATCH,
    NO_DATA_HEIGHT,
    TOP,
)
from exports.wheel.palette import INK, PALETTE
from exports.wheel.shapes import Slot, arc, wedge, wrap
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.wheel.structure import Wheel, language_code

SAVE_FORMATS = {".png": "png", ".svg": "svg"}
STATUS_STYLE = {
    "on_track": ("#009E73", "o"),
    "at_risk": ("#E69F00", "^"),
    "off_track": ("#D55E00", "X"),
}
"""Colour and marker of each KPI status (Okabe-Ito green, orange, vermillion)."""
ALERT = "#D55E00"
"""Vermillion: weak and unpledged blocks, gaps."""
LABEL_R = TOP + 0.55


class Chart:
    """A figure in one language: its fonts, and text drawn in them."""

    def __init__(self, size: tuple[float, float], language: str | None, dpi: float = 150) -> None:
        register_fonts()
        self.figure: Figure = WheelFigure(figsize=size, dpi=dpi)
        FigureCanvasAgg(self.figure)
        self.language = language
        self.code = language_code(language)
        self.font = families(self.code)
        self.spacing = line_spacing(self.code)

    def text(self, target: Any, x: float, y: float, text: str, **style: Any):
        style.setdefault("color", INK)
        with mpl.rc_context(UNHINTED):
            return target.text(
                x, y, text, fontfamily=self.font, language=self.code, clip_on=False, **style
            )

    def title(self, title: str, subtitle: str) -> None:
        height = self.figure.get_size_inches()[1]
        top = 1 - 0.15 / height
        self.text(
            self.figure, 0.5, top, title, ha="center", va="top", fontsize=14, fontweight="bold"
        )
        self.text(
            self.figure,
            0.5,
            top - 0.34 / height,
            subtitle,
            ha="center",
            va="top",
            fontsize=9,
            color=MUTED,
            linespacing=self.spacing,
        )


def pillar_colours(wheel: Wheel) -> dict[str, str]:
    """The wheel's pillar colours, in the order the wheel chart gives them."""
    return {pillar.name: PALETTE[i % len(PALETTE)] for i, pillar in enumerate(wheel.pillars)}


def polar_axes(figure: Figure, rect: tuple[float, float, float, float]) -> PolarAxes:
    """Polar axes laid out as the wheel's: 12 o'clock, clockwise, no frame."""
    ax: PolarAxes = figure.add_axes(rect, projection="polar")
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    ax.set_ylim(0, TOP)
    ax.set_axis_off()
    return ax


def level_rings(ax: PolarAxes, slots: Mapping[str, Slot]) -> None:
    """Grey arcs at levels 1..5, interrupted at the 12 o'clock gap as on the wheel."""
    start = min(slot.theta - slot.width / 2 for slot in slots.values())
    end = max(slot.theta + slot.width / 2 for slot in slots.values())
    arcs = [arc((start + end) / 2, end - start, BASE + level, 121) for level in range(1, 6)]
    ax.add_collection(LineCollection(arcs, colors=GRID, linewidths=0.6, zorder=1), autolim=False)


def bars(
    ax: PolarAxes,
    wheel: Wheel,
    slots: Mapping[str, Slot],
    heights: Mapping[str, float | None],
    colours: Mapping[str, str],
) -> None:
    """A wedge per block from the base to ``heights`` levels; None is a hatched no-data stub."""
    present = [b for b in wheel.blocks if heights.get(b.name) is not None]
    missing = [b for b in wheel.blocks if heights.get(b.name) is None]
    style = {"edgecolors": "white", "linewidths": 1.0, "zorder": 2}
    if present:
        polygons = [wedge(slots[b.name], BASE, BASE + max(heights[b.name], 0.08)) for b in present]
        ax.add_collection(
            PolyCollection(polygons, facecolors=[colours[b.pillar] for b in present], **style),
            autolim=False,
        )
    if missing:
        polygons = [wedge(slots[b.name], BASE, BASE + NO_DATA_HEIGHT) for b in missing]
        ax.add_collection(
            PolyCollection(
                polygons, facecolors=NO_DATA_FACE, hatch="////", hatchcolors=NO_DATA_HATCH, **style
            ),
            autolim=False,
        )


def outline(ax: PolarAxes, slots: Mapping[str, Slot], names: list[str], **style: Any) -> None:
    """A coloured outline round whole block sectors (level 0 to 5), e.g. to flag a gap."""
    if names:
        polygons = [wedge(slots[name], BASE - 0.05, TOP + 0.05) for name in names]
        ax.add_collection(
            PolyCollection(polygons, facecolors="none", zorder=4, **style), autolim=False
        )


def block_labels(
    chart: Chart,
    ax: PolarAxes,
    wheel: Wheel,
    slots: Mapping[str, Slot],
    lines: Mapping[str, tuple[str, dict[str, Any]]],
    *,
    width: int = 18,
    size: float = 7,
) -> None:
    """The block's name and a line of figures outside its wedge, anchored away from the wheel."""
    for block in wheel.blocks:
        slot = slots[block.name]
        x, y = math.sin(slot.theta), math.cos(slot.theta)
        ha = "left" if x > 0.25 else "right" if x < -0.25 else "center"
        va = "bottom" if y > 0.5 else "top" if y < -0.5 else "center"
        figures, style = lines[block.name]
        # Each line of figures wraps like the name: a long one ran off the figure's edge.
        wrapped = [wrap(line, width) for line in figures.splitlines()]
        text = "\n".join([wrap(block.label(chart.language), width), *wrapped])
        chart.text(
            ax,
            slot.theta,
            LABEL_R,
            text,
            ha=ha,
            va=va,
            ma=ha,
            fontsize=size,
            linespacing=chart.spacing,
            **style,
        )


def save_chart(figure: Figure, path: str | Path, what: str) -> Path:
    """Write the figure as PNG or SVG (by suffix) through a temporary file: never half a file."""
    path = Path(path)
    fmt = SAVE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UserError(
            "chart-bad-suffix",
            QT_TRANSLATE_NOOP("UserError", "{what} can be saved as .png or .svg, not '{suffix}'."),
            path=str(path),
            what=what,
            suffix=path.suffix or path.name,
        )
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    with atomic_output(path, what=what, code="chart-save-failed") as output:
        figure.savefig(output.stream, format=fmt, dpi=figure.dpi, metadata=metadata)
    return path
