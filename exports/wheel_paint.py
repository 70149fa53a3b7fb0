"""The drawing steps of the wheel chart, one method per layer.

Split from ``exports.wheel_chart`` so the public entry point stays short.
Each layer is a handful of artists (one bar call, one LineCollection), not
one artist per wedge, which keeps drawing within 1.5x a bare polar bar chart
(bench/wheel.py).  Overlays are told apart by line style and shape, not only
colour, and the palette is Okabe-Ito, so the chart survives colour blindness
and greyscale printing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.projections.polar import PolarAxes

from exports.fonts import families, font_height, line_pitch, line_spacing
from exports.wheel_shapes import INK, Slot, arc, fmt, ink_on, wrap
from exports.wheel_words import level_names, words
from forms.wheel import Wheel, language_code
from forms.wheel_scores import AggregateScores, WheelScores

PALETTE = ("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#D55E00")
"""Okabe-Ito, in the order pillars take them."""

MUTED = "#5F5F5F"
GRID = "#CFCFCF"
NO_DATA_FACE = "#F2F2F2"
NO_DATA_HATCH = "#ABABAB"

RING_IN, RING_OUT = 1.0, 2.3
BASE = 2.45
TOP = BASE + 5
SCORE_R = TOP + 0.4

MARGIN_TOP, MARGIN_BOTTOM = 1.4, 1.0
"""Inches above and below the wheel's disc: title, outer labels, legend."""


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
        self.colours = {
            pillar.name: PALETTE[index % len(PALETTE)] for index, pillar in enumerate(wheel.pillars)
        }
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
        self.ax.add_collection(LineCollection(arcs, colors=GRID, linewidths=0.7, zorder=1))
        self.ax.add_collection(
            LineCollection(arcs, colors="white", linewidths=0.6, alpha=0.55, zorder=3)
        )
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

    def pillar_ring(self, slots: Mapping[str, Slot], scores: WheelScores) -> None:
        pillars = self.wheel.pillars
        self.ax.bar(
            [slots[p.name].theta for p in pillars],
            RING_OUT - RING_IN,
            width=[slots[p.name].width for p in pillars],
            bottom=RING_IN,
            color=[self.colours[p.name] for p in pillars],
            edgecolor="white",
            linewidth=1.5,
            zorder=2,
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
                color=ink_on(self.colours[pillar.name]),
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
        if scored:
            self.ax.bar(
                [slots[b.name].theta for b in scored],
                [scores.blocks[b.name].score for b in scored],
                width=[slots[b.name].width for b in scored],
                bottom=BASE,
                color=[self.colours[b.pillar] for b in scored],
                edgecolor="white",
                linewidth=1.2,
                zorder=2,
            )
        if empty:
            self.ax.bar(
                [slots[b.name].theta for b in empty],
                5,
                width=[slots[b.name].width for b in empty],
                bottom=BASE,
                color=NO_DATA_FACE,
                hatch="////",
                hatchcolor=NO_DATA_HATCH,
                edgecolor="white",
                linewidth=1.2,
                zorder=2,
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
        self.ax.add_collection(LineCollection(arcs, colors=INK, linewidths=2.4, zorder=5))

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
        self.ax.add_collection(
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
        self.ax.add_collection(LineCollection(lines, colors=INK, linewidths=1.3, zorder=5))
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
        handles: list[Any] = []
        if any(block.score is None for block in scores.blocks.values()):
            handles.append(
                Patch(
                    facecolor=NO_DATA_FACE,
                    hatch="////",
                    edgecolor=NO_DATA_HATCH,
                    label=self.words["no_data"],
                )
            )
        if target and any(block.target is not None for block in self.wheel.blocks):
            handles.append(Line2D([], [], color=INK, linewidth=2.4, label=self.words["target"]))
        if baseline is not None:
            handles.append(
                Line2D(
                    [],
                    [],
                    color=INK,
                    linewidth=1.1,
                    linestyle=(0, (3, 2)),
                    label=self.words["baseline"],
                )
            )
        if spread is not None:
            handles.append(
                Line2D(
                    [],
                    [],
                    color=INK,
                    linewidth=1.3,
                    marker="o",
                    markersize=4,
                    markerfacecolor="white",
                    label=self.words["spread"],
                )
            )
        if not handles:
            return
        height = self.figure.get_size_inches()[1]
        self.figure.legend(
            handles=handles,
            loc="lower center",
            bbox_to_anchor=(0.5, 0.08 / height),
            ncol=len(handles),
            frameon=False,
            prop={"family": self.font, "size": 8},
            handlelength=1.8,
            labelspacing=max(0.1, 1.86 - font_height(self.code)),
            columnspacing=1.6,
        )
