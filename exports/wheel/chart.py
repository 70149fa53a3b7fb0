"""The wheel chart: one matplotlib Figure, no pyplot.

The UI embeds the Figure in a FigureCanvasQTAgg and the exports save it, so
it is built with the object API only: pyplot keeps global figure state that
leaks between windows and threads.  Everything about the structure (which
pillars, which blocks, in what order, with what targets) comes from the
``Wheel``; this module only decides how it looks.

Layout, in chart units from the centre: the overall score sits in the hole,
the pillars form the inner ring, and block ``b`` with score ``s`` is a wedge
from ``BASE`` to ``BASE + s``, so the gridlines at ``BASE + 1 .. BASE + 5``
are the maturity levels.  A gap at 12 o'clock holds the level names.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib as mpl
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from exports.shared.atomic import atomic_output
from exports.shared.fonts import register_fonts
from exports.wheel.paint import Painter
from exports.wheel.shapes import Slot
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.wheel.scores import AggregateScores, WheelScores
from forms.wheel.structure import Wheel

TOP_GAP = 1.6
"""Width of the 12 o'clock gap, in block widths: room for the level names."""
PILLAR_GAP = 0.35
"""Gap between two pillars, in block widths, so the grouping shows."""
SAVE_FORMATS = {".png": "png", ".svg": "svg"}
UNHINTED = {"text.hinting": "none"}


class WheelFigure(Figure):
    """A Figure that draws its text unhinted.

    The wheel carries ~700 glyphs; FreeType's hinting costs about a third of
    the drawing time and only helps tiny type on screens.  Unhinted glyphs
    are also what the SVG and a printer get, so every output looks alike.
    matplotlib reads hinting only from rcParams, hence the context around
    this figure's draw (drawing is on one thread: matplotlib is not
    thread-safe anyway).
    """

    def draw(self, renderer: RendererBase) -> None:
        with mpl.rc_context(UNHINTED):
            super().draw(renderer)


def wheel_slots(wheel: Wheel) -> tuple[dict[str, Slot], dict[str, Slot]]:
    """Angle and width of every block and every pillar, clockwise from 12 o'clock."""
    count = len(wheel.blocks)
    units = count + TOP_GAP + PILLAR_GAP * max(0, len(wheel.pillars) - 1)
    unit = 2 * math.pi / units
    blocks: dict[str, Slot] = {}
    pillars: dict[str, Slot] = {}
    position = TOP_GAP / 2
    for pillar in wheel.pillars:
        start = position
        for block in pillar.blocks:
            blocks[block.name] = Slot((position + 0.5) * unit, unit)
            position += 1
        pillars[pillar.name] = Slot((start + position) / 2 * unit, (position - start) * unit)
        position += PILLAR_GAP
    return blocks, pillars


def build_wheel_figure(
    wheel: Wheel,
    scores: WheelScores,
    *,
    language: str | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    target: bool = True,
    baseline: WheelScores | None = None,
    spread: AggregateScores | None = None,
    size_inches: tuple[float, float] = (8.0, 6.6),
    dpi: float = 150,
) -> Figure:
    """Draw the wheel for ``scores`` with optional target, baseline and spread overlays.

    ``language`` is a form language name or code (labels fall back to the
    form's default language); ``title`` defaults to the chart's name in that
    language and ``subtitle`` is where the caller puts country and date.  The
    default size is laid out for half an A4 page.
    """
    register_fonts()
    figure = WheelFigure(figsize=size_inches, dpi=dpi)
    FigureCanvasAgg(figure)
    block_slots, pillar_slots = wheel_slots(wheel)
    with mpl.rc_context(UNHINTED):  # measure text as it will be drawn
        painter = Painter(figure, wheel, language)
        painter.header(title, subtitle, scores)
        painter.grid(block_slots)
        painter.pillar_ring(pillar_slots, scores)
        painter.block_bars(block_slots, scores)
        if target:
            painter.targets(block_slots)
        if baseline is not None:
            painter.baseline(block_slots, baseline)
        if spread is not None:
            painter.spread(block_slots, spread)
        painter.block_labels(block_slots, scores)
        painter.centre(scores)
        painter.legend(scores, target=target, baseline=baseline, spread=spread)
    return figure


def save_wheel(figure: Figure, path: str | Path, *, dpi: float | None = None) -> Path:
    """Write the figure as PNG or SVG (by suffix) via a temporary file, so never half a file."""
    path = Path(path)
    fmt = SAVE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UserError(
            "wheel-bad-suffix",
            QT_TRANSLATE_NOOP(
                "UserError", "The wheel can be saved as .png or .svg, not '{suffix}'."
            ),
            path=str(path),
            suffix=path.suffix or path.name,
        )
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    with atomic_output(
        path, what=QT_TRANSLATE_NOOP("UserError", "The wheel chart"), code="wheel-save-failed"
    ) as output:
        figure.savefig(output.stream, format=fmt, dpi=dpi or figure.dpi, metadata=metadata)
    return path
