"""Charts go into the report as SVG text: vectors in the PDF, sharp at any zoom and in print."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def svg(figure: Figure) -> str:
    """The figure as SVG (text drawn as paths, so no font is needed to show it)."""
    out = io.BytesIO()
    figure.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue().decode("utf-8")
