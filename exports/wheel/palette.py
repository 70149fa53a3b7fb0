"""The wheel's colours, without matplotlib: the chart and the workshop board share them.

Okabe-Ito, in the order pillars take them, so the chart survives colour
blindness and greyscale printing, and a block on the projector has the
colour of its pillar on the chart.
"""

from __future__ import annotations

from forms.wheel.structure import Wheel

PALETTE = ("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#D55E00")
INK = "#1A1A1A"


def pillar_colours(wheel: Wheel) -> dict[str, str]:
    """Pillar name -> colour, as the chart paints them."""
    return {
        pillar.name: PALETTE[index % len(PALETTE)] for index, pillar in enumerate(wheel.pillars)
    }


def block_colours(wheel: Wheel) -> dict[str, str]:
    """Block name -> its pillar's colour."""
    pillars = pillar_colours(wheel)
    return {block.name: pillars[block.pillar] for block in wheel.blocks}


def ink_on(colour: str) -> str:
    """Black or white text, whichever reads better on ``colour`` (a ``#RRGGBB`` string)."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return INK if 0.299 * red + 0.587 * green + 0.114 * blue > 0.55 else "white"
