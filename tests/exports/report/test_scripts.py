"""Arabic and Khmer: the bundled fonts embedded, and pages that look as reviewed.

Text extraction cannot see shaping (joined Arabic letters, Khmer subscripts
stacked under their consonant), so pages are rendered to images with
pdftoppm and compared with reference images that a person looked at before
committing them (``references/``).  ``FIELDWHEEL_UPDATE_REFERENCES=1``
rewrites them; look at every one before committing it again.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from tests.exports.report.conftest import poppler

REFERENCES = Path(__file__).parent / "references"
DPI = "80"
TOLERANCE = 12
"""Pixels that may differ clearly (by more than a quarter of the grey range).

Tight on purpose: one changed Khmer word at this resolution is about 50
such pixels, and the same poppler renders the same PDF identically.
"""
PAGES = [("ar", 3), ("ar", 5), ("km", 3), ("km", 5)]


def _render(pdf: Path, page: int, folder: Path) -> Image.Image:
    stem = folder / f"{pdf.stem}-{page}"
    poppler(
        "pdftoppm",
        "-gray",
        "-r",
        DPI,
        "-f",
        str(page),
        "-l",
        str(page),
        "-singlefile",
        "-png",
        str(pdf),
        str(stem),
    )
    return Image.open(stem.with_suffix(".png")).convert("L")


def _differing(one: Image.Image, other: Image.Image) -> int:
    """Pixels that differ by more than 64 grey levels (all of them, if the sizes differ)."""
    if one.size != other.size:
        return one.size[0] * one.size[1]
    difference = ImageChops.difference(one, other).point(lambda v: 255 if v > 64 else 0)
    return difference.histogram()[255]


@pytest.mark.parametrize(("language", "page"), PAGES)
def test_page_matches_the_reviewed_reference(reports, tmp_path, language, page):
    image = _render(reports(language), page, tmp_path)
    reference = REFERENCES / f"{language}-page{page}.png"
    if os.environ.get("FIELDWHEEL_UPDATE_REFERENCES") == "1":
        image.save(reference, optimize=True)
    assert reference.is_file(), f"no reference {reference.name}: see this module's docstring"
    assert _differing(image, Image.open(reference).convert("L")) <= TOLERANCE


def test_the_comparison_tells_pages_apart(reports, tmp_path):
    """A page with other text (here the next one) is far outside the tolerance."""
    image = _render(reports("ar"), 4, tmp_path)
    reference = Image.open(REFERENCES / "ar-page5.png").convert("L")
    assert _differing(image, reference) > 10 * TOLERANCE


@pytest.mark.parametrize(
    ("language", "fonts"),
    [
        ("en", {"NotoSans-Regular", "NotoSans-Bold"}),
        ("ar", {"NotoSansArabic-Regular", "NotoSansArabic-Bold", "NotoSans-Regular"}),
        ("km", {"NotoSansKhmer-Regular", "NotoSansKhmer-Bold", "NotoSans-Regular"}),
    ],
)
def test_the_bundled_fonts_are_embedded_and_nothing_else(reports, language, fonts):
    lines = poppler("pdffonts", str(reports(language))).splitlines()[2:]
    found = {}
    for line in lines:
        name = line.split()[0].split("+")[-1]
        embedded = line.split()[-5]
        found[name] = embedded
    assert fonts <= set(found)
    assert all(name.startswith("NotoSans") for name in found), found
    assert set(found.values()) == {"yes"}, found
