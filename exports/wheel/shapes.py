"""Small geometry and text helpers shared by the wheel chart's layers."""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Slot:
    """A wedge's centre angle and width, radians clockwise from 12 o'clock."""

    theta: float
    width: float


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def wrap(text: str, width: int) -> str:
    """Balanced lines of at most ``width`` characters, breaking only at spaces.

    Never inside a word: a break inside a Khmer cluster would strand a
    subscript or vowel sign on a dotted circle.
    """
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    for narrower in range(math.ceil(len(text) / max(1, len(lines))), width):
        candidate = textwrap.wrap(text, narrower, break_long_words=False, break_on_hyphens=False)
        if len(candidate) == len(lines):
            return "\n".join(candidate)
    return "\n".join(lines)


def arc(theta: float, width: float, radius: float, steps: int = 12) -> np.ndarray:
    """Points along an arc; a LineCollection in polar axes would otherwise draw a chord."""
    angles = np.linspace(theta - width / 2, theta + width / 2, steps)
    return np.column_stack([angles, np.full(steps, radius)])


def wedge(slot: Slot, inner: float, outer: float, steps: int = 32) -> np.ndarray:
    """A ring sector as a polygon of (theta, r) points, its two arcs sampled like ``arc``.

    One polygon per wedge lets a whole ring be one collection, where
    ``PolarAxes.bar`` makes a patch per wedge; 32 steps keep each arc
    within 0.2 px of a true circle up to 300 dpi.
    """
    return np.vstack(
        [arc(slot.theta, slot.width, inner, steps), arc(slot.theta, slot.width, outer, steps)[::-1]]
    )
