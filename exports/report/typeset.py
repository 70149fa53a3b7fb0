"""Typesetting: the report's data handed to Typst, a PDF back.

Typst (through its Python binding, a self-contained wheel) lays out the
pages, shapes Arabic and Khmer with rustybuzz, breaks tables across pages
with their header repeated, and embeds subsets of the fonts it used.  It is
given only the bundled Noto fonts, never the machine's, so every laptop
prints the same report.

The data goes in as one JSON text through ``sys.inputs`` and the templates
show its strings as text: an answer containing ``#``, ``*`` or ``$`` is
printed as typed, never run as markup (nothing is pasted into the markup).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from exports.shared.fonts import ARABIC, FONT_DIR, KHMER, LATIN

TEMPLATES = Path(__file__).resolve().parent / "templates"
RAW = frozenset({"wheel_svg", "chart", "lang", "paper"})
"""Keys whose strings are files or settings for the typesetter, not text for the reader."""
LONG_WORD = 24
"""A word this long gets a break offered every ``BREAK_EVERY`` characters (zero-width space)."""
BREAK_EVERY = 8
_TOKEN = re.compile(rf"\S{{{LONG_WORD},}}")


def isolated(value: Any) -> Any:
    """Every non-empty text in ``value`` as a first-strong isolate, for right-to-left reports.

    An English answer in an Arabic report keeps its own direction inside the
    isolate ("provinces." ends with its full stop, not before "Backbone"),
    while Arabic text stays right to left; empty strings stay empty, since
    the templates test for them.
    """
    if isinstance(value, str):
        # A line break ends every isolate (it separates bidi paragraphs): one per line.
        return "\n".join(f"\u2068{line}\u2069" if line else line for line in value.split("\n"))
    if isinstance(value, dict):
        return {k: v if k in RAW else isolated(v) for k, v in value.items()}
    if isinstance(value, list):
        return [isolated(item) for item in value]
    return value


def breakable(value: Any) -> Any:
    """``value`` with a break offered inside words too long for a table cell.

    Typst never breaks inside a word it cannot hyphenate, so a long URL or a
    row of 300 letters would run off the page.  Breaks go only between two
    characters of the scripts before Hebrew (Latin, Greek, Cyrillic, digits,
    punctuation): Arabic letters must stay joined and Khmer clusters whole,
    and both already break where their words end.
    """
    if isinstance(value, str):
        return _TOKEN.sub(_offer_breaks, value)
    if isinstance(value, dict):
        return {k: v if k in RAW else breakable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [breakable(item) for item in value]
    return value


def _offer_breaks(match: re.Match[str]) -> str:
    word, out, run = match.group(0), [], 0
    for index, char in enumerate(word):
        if (
            run >= BREAK_EVERY
            and ord(char) < 0x0590
            and ord(word[index - 1]) < 0x0590
            and unicodedata.category(char)[0] != "M"
        ):
            out.append("\u200b")
            run = 0
        out.append(char)
        run += 1
    return "".join(out)


def typeset(template: str, data: dict[str, Any], *, timestamp: dt.datetime) -> bytes:
    """Compile ``templates/<template>.typ`` with ``data`` into PDF bytes.

    ``timestamp`` becomes the PDF's creation date, so the same data at the
    same time gives the same file.
    """
    import typst  # ~30 ms, and only when a report is made

    prepared = breakable(data)
    if data.get("rtl"):
        prepared = isolated(prepared)
    payload = json.dumps(prepared, ensure_ascii=False)
    # A stray surrogate (never valid UTF-8) would make the whole report fail; show "?" instead.
    payload = payload.encode("utf-8", "replace").decode("utf-8")
    fonts = typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(FONT_DIR)]
    )
    missing = {LATIN, ARABIC, KHMER} - set(fonts.families())
    if missing:
        # A packaging bug, not the user's: say which font, never print without it.
        raise FileNotFoundError(f"Report fonts {sorted(missing)} are missing from {FONT_DIR}.")
    return typst.compile(
        TEMPLATES / f"{template}.typ",
        root=TEMPLATES,
        font_paths=fonts,
        ignore_system_fonts=True,
        sys_inputs={"data": payload},
        timestamp=timestamp.replace(microsecond=0),
    )
