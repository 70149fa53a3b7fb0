"""How much the wheel's labels and overlays cost over a bare polar bar chart.

Both are drawn to PNG in the same process, at the same size and dpi, with
the same number of wedges, after one warm-up run each (font cache, first
layout); the median of several runs is compared.  Target: ratio <= 1.5.

Run: .venv/bin/python bench/wheel.py
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from exports.wheel.chart import build_wheel_figure
from forms.wheel.scores import aggregate, score
from forms.wheel.structure import Block, Pillar, Wheel, WheelQuestion

RUNS = 11
SIZE = (8.0, 6.6)
DPI = 150
LANGUAGE = "English (en)"


def demo_wheel() -> tuple[Wheel, dict[str, str]]:
    """Three pillars of four blocks, two maturity questions each, one block unanswered."""
    pillars, answers = [], {}
    for p, pillar in enumerate(("access", "adoption", "value_creation")):
        blocks = []
        for b in range(4):
            name = f"{pillar}_block_{b}"
            questions = tuple(
                WheelQuestion(f"{pillar}/{name}_q{q}", f"{name}_q{q}", {}) for q in range(2)
            )
            blocks.append(
                Block(
                    name,
                    {LANGUAGE: f"Block {b + 1} of {pillar}"},
                    pillar,
                    b,
                    4.0,
                    questions,
                    LANGUAGE,
                )
            )
            if (p, b) != (1, 2):
                answers.update({q.path: str(1 + (p + b + i) % 5) for i, q in enumerate(questions)})
        pillars.append(Pillar(pillar, {LANGUAGE: pillar.title()}, p, tuple(blocks), LANGUAGE))
    return Wheel(tuple(pillars), (), (LANGUAGE,), LANGUAGE), answers


def render_wheel() -> None:
    wheel, answers = demo_wheel()
    scores = score(wheel, answers)
    spread = aggregate(wheel, [answers, dict.fromkeys(answers, "1")])
    figure = build_wheel_figure(
        wheel,
        scores,
        language=LANGUAGE,
        subtitle="Country · 2026",
        baseline=scores,
        spread=spread,
        size_inches=SIZE,
        dpi=DPI,
    )
    figure.savefig(io.BytesIO(), format="png")


def render_bare_polar() -> None:
    figure = Figure(figsize=SIZE, dpi=DPI)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot(projection="polar")
    theta = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    ax.bar(theta, np.arange(1, 13) % 5 + 1, width=2 * np.pi / 12 * 0.9)
    figure.savefig(io.BytesIO(), format="png")


def median_ms(*renders: Callable[[], None]) -> list[float]:
    """Median time of each render, runs interleaved so machine load hits both alike."""
    times: list[list[float]] = [[] for _ in renders]
    for render in renders:
        render()
    for _ in range(RUNS):
        for index, render in enumerate(renders):
            start = time.process_time()
            render()
            times[index].append(time.process_time() - start)
    return [statistics.median(each) * 1000 for each in times]


def main() -> None:
    wheel, bare = median_ms(render_wheel, render_bare_polar)
    print(
        f"wheel.render_png ratio={wheel / bare:.2f} "
        f"(wheel {wheel:.0f} ms, bare polar {bare:.0f} ms)"
    )


if __name__ == "__main__":
    main()
