"""The fonts every chart is drawn with, shipped in ``resources/fonts``.

Charts go into ministerial briefings from many machines; relying on system
fonts would change the look (and, for Arabic and Khmer, whether the text can
be drawn at all) from one laptop to the next.  Noto Sans, Noto Sans Arabic and
Noto Sans Khmer (OFL) are registered with matplotlib's font manager on first
use, not at import, so importing this module stays cheap.

Shaping: matplotlib 3.11 lays text out with libraqm (HarfBuzz + bidi), so
Arabic is joined and ordered right to left and Khmer subscripts and vowel
signs are placed correctly by matplotlib itself.  Pre-shaping with
arabic-reshaper/python-bidi would reverse Arabic a second time, so it must
not be done.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from matplotlib import font_manager, ft2font

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansKhmer-Bold.ttf",
)
LATIN = "Noto Sans"
ARABIC = "Noto Sans Arabic"
KHMER = "Noto Sans Khmer"
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps"})
"""Language codes written in Arabic script (right to left)."""

_registered = False
_lock = threading.Lock()


def complex_text_supported() -> bool:
    """True when matplotlib shapes text itself (libraqm, matplotlib >= 3.11)."""
    return hasattr(ft2font, "__libraqm_version__")


def register_fonts() -> None:
    """Add the shipped fonts to matplotlib once per process (thread-safe).

    A missing file is a packaging bug, so it raises rather than silently
    drawing with whatever the machine has.
    """
    global _registered  # noqa: PLW0603 - one flag guards a process-wide registry
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name in FONT_FILES:
            path = FONT_DIR / name
            if not path.is_file():
                raise FileNotFoundError(f"Chart font {path} is missing from the installation.")
            font_manager.fontManager.addfont(str(path))
        _registered = True


def families(language_code: str | None) -> list[str]:
    """Font families for text in a language: its script's font first, the rest as fallback.

    The first family sets line height and digits, so Khmer and Arabic text
    get their own font's metrics; the fallbacks cover mixed labels (a Latin
    acronym inside an Arabic label, for instance).
    """
    code = (language_code or "").split("-")[0].lower()
    if code in ARABIC_SCRIPT:
        return [ARABIC, LATIN, KHMER]
    if code == "km":
        return [KHMER, LATIN, ARABIC]
    return [LATIN, ARABIC, KHMER]


def line_pitch(language_code: str | None) -> float:
    """Distance between lines, in em: looser for the marks and subscripts of Arabic and Khmer."""
    return 1.35 if families(language_code)[0] == LATIN else 1.6


@lru_cache(maxsize=8)
def _vertical_metrics(language_code: str | None) -> tuple[float, float]:
    """Ascent and descent of the language's first font, in em."""
    register_fonts()
    prop = font_manager.FontProperties(family=families(language_code))
    font = font_manager.get_font(font_manager.findfont(prop))
    return font.ascender / font.units_per_EM, -font.descender / font.units_per_EM


def font_height(language_code: str | None) -> float:
    """Ascent + descent of the language's first font, in em (1.36 Latin, 2.11 Arabic)."""
    return sum(_vertical_metrics(language_code))


def font_descent(language_code: str | None) -> float:
    """How far below the baseline the language's first font reaches, in em."""
    return _vertical_metrics(language_code)[1]


def line_spacing(language_code: str | None) -> float:
    """Matplotlib ``linespacing`` giving ``line_pitch`` in this language's font.

    Matplotlib 3.11 multiplies the first font's ascent + descent, so one
    factor for all would double-space Arabic labels into the legend.
    """
    return line_pitch(language_code) / font_height(language_code)
