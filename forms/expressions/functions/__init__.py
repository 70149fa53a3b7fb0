"""Every function an expression may call, gathered into one lookup table.

Importing the implementation modules registers their functions; the
compiler reads ``FUNCTIONS`` and ``UNSUPPORTED`` once per call site.
"""

from __future__ import annotations

from . import core, dates, encoding, geo, nodes, selects, strings
from .registry import FUNCTIONS, UNSUPPORTED, Function

_IMPLEMENTATIONS = (core, dates, encoding, geo, nodes, selects, strings)

SPECIAL = frozenset({"instance", "indexed-repeat", "name", "local-name", "namespace-uri"})
"""Names the compiler handles itself because they take paths, not values."""

__all__ = ["FUNCTIONS", "SPECIAL", "UNSUPPORTED", "Function"]
