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
from pathlib import Path
from typing import Any

from exports.shared.fonts import ARABIC, FONT_DIR, KHMER, LATIN

TEMPLATES = Path(__file__).resolve().parent / "templates"


def typeset(template: str, data: dict[str, Any], *, timestamp: dt.datetime) -> bytes:
    """Compile ``templates/<template>.typ`` with ``data`` into PDF bytes.

    ``timestamp`` becomes the PDF's creation date, so the same data at the
    same time gives the same file.
    """
    import typst  # ~30 ms, and only when a report is made

    payload = json.dumps(data, ensure_ascii=False)
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
