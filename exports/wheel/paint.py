"""The drawing steps of the wheel chart, one method per layer.

Split from ``exports.wheel.chart`` so the public entry point stays short.
Each layer is one collection (of wedge polygons or of lines), not one
artist per wedge, added without updating data limits (the axes' limits are
fixed), and the legend is a row of plain artists; that keeps building and
drawing within 1.5x a bare polar bar chart (bench/wheel.py).  Overlays are
told apart by line style and shape, not only colour, and the palette is
Okabe-Ito, so the chart survives colour blindness and greyscale printing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.collections import Collection, LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.projections.polar import PolarAxes

from exports.shared.fonts import families, font_descent, font_height, line_pitch, line_spacing
from exports.wheel.palette import INK, ink_on, pillar_colours
from exports.wheel.shapes import Slot, arc, fmt, wedge, wrap
from exports.wheel.words import level_names, words
from forms.wheel.scores import AggregateScores, WheelScores
from forms.wheel.structure import Wheel, language_code

MUTED = "#5F5F5F"
GRID = "#CFCFCF"
NO_DATA_FACE = "#F2F2F2"
NO_DATA_HATCH = "#ABABAB"
NO_DATA_HEIGHT = 0.45
"""A no-data wedge's height in levels: a stub, lower than the lowest score (1)."""
INCOMPLETE = "#B3261E"

RING_IN, RING_OUT = 1.0, 2.3
BASE = 2.45
TOP = BASE + 5
SCORE_R = TOP + 0.4

MARGIN_TOP, MARGIN_BOTTOM = 1.4, 1.0
"""Inches above and below the wheel's disc: title, outer labels, legend."""

KEY_SIZE = 8
KEY_HANDLE, KEY_PAD, KEY_GAP, KEY_RAISE = 1.8, 0.8, 1.6, 0.35
"""Legend row, in em: key length, key to label, entry to entry, line above baseline."""
KEY_BOTTOM = 0.08 + 0.9 * KEY_SIZE / 72
"""Inches from the figure's bottom edge to the bottom of the legend labels."""


class Painter:
    """Draws the layers of one wheel figure in one language."""

    def __init__(self, figure: Figure, wheel: Wheel, language: str | None) -> None:
        self.figure = figure
        self.wheel = wheel
        self.language = language
        self.code = language_code(language) or language_code(wheel.default_language)
        self.words = words(self.code)
        self.font = families(self.code)
        self.spacing = line_spacing(self.code)
        self.pitch = line_pitch(self.code)
        self.colours = pillar_colours(wheel)
        width, height = figure.get_size_inches()
        disc = max(1.0, min(height - MARGIN_TOP - MARGIN_BOTTOM, width - 3.2))
        rect = (
            (width - disc) / 2 / width,
            MARGIN_BOTTOM / height,
            disc / width,
            disc / height,
        )
        self.unit = disc / 2 / TOP
        """Inches per chart unit."""
        self.ax: PolarAxes = figure.add_axes(rect, projection="polar")
        self.ax.set_theta_zero_location("N")
        self.ax.set_theta_direction(-1)
        self.ax.set_ylim(0, TOP)
        self.ax.set_axis_off()

    def text(self, x: float, y: float, text: str, *, on_figure: bool = False, **style: Any):
        """Text in the chart's fonts and language (the language picks OpenType forms)."""
        style.setdefault("color", INK)
        target = self.figure if on_figure else self.ax
        return target.text(
            x, y, text, fontfamily=self.font, language=self.code, clip_on=False, **style
        )

    def header(self, title: str | None, subtitle: str | None, scores: WheelScores) -> None:
        height = self.figure.get_size_inches()[1]
        top = 1 - 0.18 / height
        self.text(
            0.5,
            top,
            title or self.words["title"],
            on_figure=True,
            ha="center",
            va="top",
            fontsize=14,
            fontweight="bold",
        )
        coverage = self.words["coverage"].format(answered=scores.answered, total=scores.total)
        if not scores.complete:
            incomplete = self.words["incomplete"].format(
                scored=scores.scored_blocks, total=len(scores.blocks)
            )
            coverage = f"{coverage} · {self.words['overall']} {incomplete}"
        self.text(
            0.5,
            top - 0.36 / height,
            f"{subtitle}\n{coverage}" if subtitle else coverage,
            on_figure=True,
            ha="center",
            va="top",
            ma="center",
            fontsize=9,
            linespacing=self.spacing,
            color=MUTED,
        )

    def grid(self, slots: Mapping[str, Slot]) -> None:
        """Level arcs (grey under the wedges, faint white over them) and their names.

        The arcs stop at the 12 o'clock gap, where the names sit as one
        text whose line pitch is one level, so no box has to mask the lines.
        """
        start = min(slot.theta - slot.width / 2 for slot in slots.values())
        end = max(slot.theta + slot.width / 2 for slot in slots.values())
        arcs = [arc((start + end) / 2, end - start, BASE + level, 181) for level in range(1, 6)]
        self.add(LineCollection(arcs, colors=GRID, linewidths=0.7, zorder=1))
        self.add(LineCollection(arcs, colors="white", linewidths=0.6, alpha=0.55, zorder=3))
        fallback = level_names(self.code)
        by_value = {level.value: level.label(self.language) for level in self.wheel.levels}
        lines = []
        for value in range(5, 0, -1):
            name = by_value.get(value, fallback[value - 1])
            lines.append(name if name.lstrip().startswith(str(value)) else f"{value} {name}")
        size = 6.5
        self.text(
            0,
            BASE + 3,
            "\n".join(lines),
            ha="center",
            va="center",
            ma="center",
            fontsize=size,
            color=MUTED,
            zorder=6,
            linespacing=self.unit * 72 / (size * font_height(self.code)),
        )

    def add(self, collection: Collection) -> None:
        """Add a layer to the polar axes; their limits are fixed, so no data limits to update."""
        self.ax.add_collection(collection, autolim=False)

    def wedges(self, polygons: list[np.ndarray], linewidth: float, **style: Any) -> None:
        """One collection of wedges with white borders, mitred as bar patches are."""
        if polygons:
            self.add(
                PolyCollection(
                    polygons,
                    edgecolors="white",
                    linewidths=linewidth,
                    joinstyle="miter",
                    zorder=2,
                    **style,
                )
            )

    def pillar_ring(self, slots: Mapping[str, Slot], scores: WheelScores) -> None:
        pillars = self.wheel.pillars
        scored = [p for p in pillars if scores.pillars[p.name].score is not None]
        empty = [p for p in pillars if scores.pillars[p.name].score is None]
        self.wedges(
            [wedge(slots[p.name], RING_IN, RING_OUT) for p in scored],
            1.5,
            facecolors=[self.colours[p.name] for p in scored],
        )
        # A pillar nobody scored is not coloured as if it had a score.
        self.wedges(
            [wedge(slots[p.name], RING_IN, RING_OUT) for p in empty],
            1.5,
            facecolors=NO_DATA_FACE,
            hatch="////",
            hatchcolors=NO_DATA_HATCH,
        )
        for pillar in pillars:
            slot = slots[pillar.name]
            degrees = math.degrees(slot.theta)
            rotation = -degrees + (180 if 90 < degrees < 270 else 0)
            score = scores.pillars[pillar.name].score
            name = pillar.label(self.language)
            text = name if score is None else f"{name} {fmt(score)}"
            label, size, radius = self._fit_in_ring(text, slot.width)
            self.text(
                slot.theta,
                radius,
                label,
                ha="center",
                va="center",
                ma="center",
                rotation=rotation,
                rotation_mode="anchor",
                fontsize=size,
                fontweight="bold",
                linespacing=self.spacing,
                color=MUTED if score is None else ink_on(self.colours[pillar.name]),
                zorder=6,
            )

    def _fit_in_ring(self, name: str, span: float) -> tuple[str, float, float]:
        """The label, font size and radius that keep a pillar's name inside its ring arc.

        Text along the ring is straight, so its ends drift outwards: it fits
        where its inner corners stay within the arc's angle and its outer
        corners within the ring.  One line or two, whichever allows the
        larger type, never below 6 pt (an over-long name then overflows).
        """
        renderer = self.figure.canvas.get_renderer()
        prop = FontProperties(family=self.font, weight="bold", size=10)
        tangent = math.tan(min(span / 2 - 0.03, 1.4))
        best = (name, 6.0, (RING_IN + RING_OUT) / 2)
        options = [name] + ([wrap(name, len(name) // 2 + 1)] if " " in name.strip() else [])
        for label in options:
            lines = label.split("\n")
            width = (
                max(
                    renderer.get_text_width_height_descent(line, prop, ismath=False)[0]
                    for line in lines
                )
                / self.figure.dpi
                / 10
            )
            for size in np.arange(8.5, 5.9, -0.25):
                half = width * size / 2 / self.unit
                height = len(lines) * self.pitch * size / 72 / self.unit
                inner = max(RING_IN + 0.06, half / tangent)
                if (inner + height) ** 2 + half**2 <= (RING_OUT - 0.06) ** 2:
                    if size > best[1]:
                        best = (label, float(size), inner + height / 2)
                    break
        return best

    def block_bars(self, slots: Mapping[str, Slot], scores: WheelScores) -> None:
        scored = [b for b in self.wheel.blocks if scores.blocks[b.name].score is not None]
        empty = [b for b in self.wheel.blocks if scores.blocks[b.name].score is None]
        self.wedges(
            [wedge(slots[b.name], BASE, BASE + scores.blocks[b.name].score) for b in scored],
            1.2,
            facecolors=[self.colours[b.pillar] for b in scored],
        )
        # Only a stub below level 1, so no height can be read as a score.
        self.wedges(
            [wedge(slots[b.name], BASE, BASE + NO_DATA_HEIGHT) for b in empty],
            1.2,
            facecolors=NO_DATA_FACE,
            hatch="////",
            hatchcolors=NO_DATA_HATCH,
        )
        for block in empty:
            degrees = 90 - math.degrees(slots[block.name].theta)
            rotation = degrees + 180 if degrees < -90 else degrees
            self.text(
                slots[block.name].theta,
                BASE + 2.5,
                self.words["no_data"],
                ha="center",
                va="center",
                rotation=rotation,
                rotation_mode="anchor",
                fontsize=7,
                color=MUTED,
                zorder=6,
                bbox={"boxstyle": "round,pad=0.2", "fc": NO_DATA_FACE, "ec": "none"},
            )

    def targets(self, slots: Mapping[str, Slot]) -> None:
        arcs = [
            arc(slots[b.name].theta, slots[b.name].width * 0.8, BASE + b.target)
            for b in self.wheel.blocks
            if b.target is not None
        ]
        self.add(LineCollection(arcs, colors=INK, linewidths=2.4, zorder=5))

    def baseline(self, slots: Mapping[str, Slot], baseline: WheelScores) -> None:
        """An earlier round as the dashed outline of its wedges."""
        outlines = []
        for block in self.wheel.blocks:
            found = baseline.blocks.get(block.name)
            if found is None or found.score is None:
                continue
            slot = slots[block.name]
            top = arc(slot.theta, slot.width * 0.9, BASE + found.score)
            foot = [[top[0][0], BASE], [top[-1][0], BASE]]
            outlines.append(np.vstack([foot[0], top, foot[1]]))
        self.add(
            LineCollection(outlines, colors=INK, linewidths=1.1, linestyles=(0, (3, 2)), zorder=4)
        )

    def spread(self, slots: Mapping[str, Slot], spread: AggregateScores) -> None:
        """Range between stakeholder groups as a radial whisker, median as a dot."""
        lines, medians = [], []
        for block in self.wheel.blocks:
            found = spread.blocks.get(block.name)
            if found is None or found.minimum is None or found.maximum is None:
                continue
            slot = slots[block.name]
            low, high = BASE + found.minimum, BASE + found.maximum
            lines.append([[slot.theta, low], [slot.theta, high]])
            lines += [arc(slot.theta, slot.width * 0.3, r, 4) for r in (low, high)]
            medians.append((slot.theta, BASE + (found.median or found.minimum)))
        self.add(LineCollection(lines, colors=INK, linewidths=1.3, zorder=5))
        if medians:
            thetas, radii = zip(*medians, strict=True)
            self.ax.scatter(
                thetas, radii, s=16, c="white", edgecolors=INK, linewidths=1.1, zorder=6
            )

    def block_labels(self, slots: Mapping[str, Slot], scores: WheelScores) -> None:
        for block in self.wheel.blocks:
            slot = slots[block.name]
            x, y = math.sin(slot.theta), math.cos(slot.theta)
            ha = "left" if x > 0.25 else "right" if x < -0.25 else "center"
            va = "bottom" if y > 0.5 else "top" if y < -0.5 else "center"
            score = scores.blocks[block.name].score
            self.text(
                slot.theta,
                SCORE_R,
                fmt(score),
                ha="center",
                va="center",
                fontsize=9,
                fontweight="bold",
                color=INK if score is not None else MUTED,
            )
            # Clear the score: by its half-width at the sides, its half-height at the poles.
            radius = SCORE_R + 0.3 + 0.35 * abs(x)
            self.text(
                slot.theta,
                radius,
                wrap(block.label(self.language), 20),
                ha=ha,
                va=va,
                ma=ha,
                fontsize=8,
                linespacing=self.spacing,
            )

    def centre(self, scores: WheelScores) -> None:
        self.text(
            0,
            0,
            fmt(scores.overall),
            ha="center",
            va="bottom",
            fontsize=13,
            fontweight="bold",
            color=INK if scores.complete else INCOMPLETE,
            zorder=6,
        )
        self.text(
            math.pi,
            0.12,
            self.words["overall"],
            ha="center",
            va="top",
            fontsize=7,
            color=MUTED,
            zorder=6,
        )

    def legend(
        self,
        scores: WheelScores,
        *,
        target: bool,
        baseline: WheelScores | None,
        spread: AggregateScores | None,
    ) -> None:
        """One centred row of keys under the wheel, laid out as matplotlib's legend would.

        A ``Legend`` packs offset boxes and measures every label again on
        each draw, about a tenth of the chart's time; a single row only
        needs each label's width, measured once here (the figure keeps its
        inches when the screen zooms it, so the layout holds at any dpi).
        """
        keys: list[tuple[str, dict[str, Any]]] = []
        if any(block.score is None for block in scores.blocks.values()):
            keys.append(("no_data", {"fc": NO_DATA_FACE, "ec": NO_DATA_HATCH, "hatch": "////"}))
        if target and any(block.target is not None for block in self.wheel.blocks):
            keys.append(("target", {"linewidth": 2.4}))
        if baseline is not None:
            keys.append(("baseline", {"linewidth": 1.1, "linestyle": (0, (3, 2))}))
        if spread is not None:
            keys.append(("spread", {"linewidth": 1.3, "marker": "o", "markevery": [1]}))
        if not keys:
            return
        em, inches, dpi = KEY_SIZE / 72, self.figure.dpi_scale_trans, self.figure.dpi
        prop = FontProperties(family=self.font, size=KEY_SIZE)
        renderer = self.figure.canvas.get_renderer()
        sizes = [
            renderer.get_text_width_height_descent(self.words[k], prop, False) for k, _ in keys
        ]
        step = (KEY_HANDLE + KEY_PAD + KEY_GAP) * em
        x = (self.figure.get_size_inches()[0] - sum(w for w, *_ in sizes) / dpi) / 2
        x -= (len(keys) * step - KEY_GAP * em) / 2
        y = KEY_BOTTOM + max([font_descent(self.code) * em] + [d / dpi for *_, d in sizes])
        for (key, style), (width, *_) in zip(keys, sizes, strict=True):
            if key == "no_data":
                handle: Artist = Rectangle((x, y), KEY_HANDLE * em, 2 * KEY_RAISE * em, **style)
            else:
                ends = x + np.array([0, 0.5, 1]) * KEY_HANDLE * em
                raised = np.full(3, y + KEY_RAISE * em)
                handle = Line2D(ends, raised, color=INK, markersize=4, mfc="white", **style)
            handle.set_transform(inches)
            self.figure.add_artist(handle)
            self.text(
                x + (KEY_HANDLE + KEY_PAD) * em,
                y,
                self.words[key],
                on_figure=True,
                transform=inches,
                va="baseline",
                fontsize=KEY_SIZE,
            )
            x += width / dpi + step
