"""The wheel chart: drawn without pyplot, every wedge visible, scripts shaped, saved whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.colors import to_rgb
from matplotlib.text import Text
from matplotlib.textpath import TextToPath

from exports.shared.fonts import complex_text_supported
from exports.wheel.chart import build_wheel_figure, save_wheel, wheel_slots
from exports.wheel.paint import BASE, NO_DATA_FACE, RING_IN, RING_OUT
from exports.wheel.palette import PALETTE
from exports.wheel.table import scores_table
from exports.wheel.words import words
from forms.errors import UserError
from forms.wheel.scores import aggregate, score
from forms.wheel.structure import Block, Level, Pillar, Wheel, WheelQuestion

EN, AR, KM = "English (en)", "Arabic (ar)", "Khmer (km)"
ROOT = Path(__file__).resolve().parents[3]
BLOCKS = {
    "access": [
        ("infrastructure", "Infrastructure and coverage", "البنية التحتية والتغطية",
         "ហេដ្ឋារចនាសម្ព័ន្ធ និងការគ្របដណ្តប់"),
        ("affordability", "Affordability", "القدرة على تحمل التكاليف", "លទ្ធភាពចំណាយ"),
        ("policy", "Policy and regulation", "السياسات والتنظيم", "គោលនយោបាយ និងបទប្បញ្ញត្តិ"),
        ("trust", "Trust and cybersecurity", "الثقة والأمن السيبراني",
         "ទំនុកចិត្ត និងសន្តិសុខតាមអ៊ីនធឺណិត"),
    ],
    "adoption": [
        ("skills", "Digital skills", "المهارات الرقمية", "ជំនាញឌីជីថល"),
        ("inclusion", "Inclusion", "الشمول", "បរិយាប័ន្ន"),
        ("content", "Local content and services", "المحتوى والخدمات المحلية",
         "ខ្លឹមសារ និងសេវាកម្មក្នុងស្រុក"),
        ("devices", "Devices and usage", "الأجهزة والاستخدام", "ឧបករណ៍ និងការប្រើប្រាស់"),
    ],
    "value_creation": [
        ("government", "Digital government", "الحكومة الرقمية", "រដ្ឋាភិបាលឌីជីថល"),
        ("business", "Digital business", "الأعمال الرقمية", "អាជីវកម្មឌីជីថល"),
        ("innovation", "Innovation and investment", "الابتكار والاستثمار",
         "នវានុវត្តន៍ និងការវិនិយោគ"),
        ("data", "Data", "البيانات", "ទិន្នន័យ"),
    ],
}  # fmt: skip
PILLARS = {
    "access": ("Access", "الوصول", "លទ្ធភាពទទួលបាន"),
    "adoption": ("Adoption", "التبني", "ការទទួលយក"),
    "value_creation": ("Value creation", "خلق القيمة", "ការបង្កើតតម្លៃ"),
}
UNANSWERED = "content"


def texts(en: str, ar: str, km: str) -> dict[str, str]:
    return {EN: en, AR: ar, KM: km}


@pytest.fixture(scope="module")
def wheel() -> Wheel:
    pillars = []
    for order, (name, labels) in enumerate(PILLARS.items()):
        blocks = tuple(
            Block(block, texts(*words), name, index, 4.0 if index % 2 else None,
                  (WheelQuestion(f"{name}/{block}", block, {}),), EN)
            for index, (block, *words) in enumerate(BLOCKS[name])
        )  # fmt: skip
        pillars.append(Pillar(name, texts(*labels), order, blocks, EN))
    levels = tuple(Level(v, {EN: n}, EN) for v, n in enumerate("ABCDE", 1))
    return Wheel(tuple(pillars), levels, (EN, AR, KM), EN)


@pytest.fixture(scope="module")
def answers(wheel: Wheel) -> dict[str, str]:
    return {
        block.questions[0].path: str(1 + index % 5)
        for index, block in enumerate(wheel.blocks)
        if block.name != UNANSWERED
    }


def rgba(figure) -> np.ndarray:
    figure.canvas.draw()
    return np.asarray(figure.canvas.buffer_rgba())[..., :3].astype(float) / 255


def test_built_without_pyplot() -> None:
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.exports.wheel.test_chart import demo\n"
        "demo().canvas.draw()\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def demo():
    """A figure from this module's wheel, for the pyplot check in a fresh interpreter."""
    the_wheel = wheel.__wrapped__()
    return build_wheel_figure(the_wheel, score(the_wheel, answers.__wrapped__(the_wheel)))


def test_every_wedge_is_drawn(wheel: Wheel, answers: dict[str, str]) -> None:
    figure = build_wheel_figure(wheel, score(wheel, answers), language=EN)
    pixels = rgba(figure)
    assert (np.abs(pixels - 1).sum(axis=2) > 0.1).mean() > 0.1, "chart is (nearly) blank"
    slots, _ = wheel_slots(wheel)
    ax = figure.axes[0]
    height = pixels.shape[0]
    colours = {p.name: np.array(to_rgb(PALETTE[i])) for i, p in enumerate(wheel.pillars)}
    for block in wheel.blocks:
        # Inside every wedge (scores start at 1) and between the gridlines' white strokes.
        x, y = ax.transData.transform((slots[block.name].theta, BASE + 0.5))
        found = pixels[round(height - y), round(x)]
        if block.name == UNANSWERED:
            assert np.abs(found - np.array(to_rgb(NO_DATA_FACE))).max() < 0.35, block.name
            assert np.abs(found - colours[block.pillar]).max() > 0.3, block.name
        else:
            assert np.abs(found - colours[block.pillar]).max() < 0.05, (block.name, found)
        # A no-data wedge is a stub below level 1: above it, nothing reads as a score.
        if block.name == UNANSWERED:
            x, y = ax.transData.transform((slots[block.name].theta, BASE + 1.5))
            assert np.allclose(pixels[round(height - y), round(x)], 1.0, atol=0.02)
    # Beyond a short wedge (score 1, no target) and between gridlines: background.
    x, y = ax.transData.transform((slots["infrastructure"].theta, BASE + 3.5))
    assert np.allclose(pixels[round(height - y), round(x)], 1.0, atol=0.02)


def test_overlays_and_labels(wheel: Wheel, answers: dict[str, str]) -> None:
    scores = score(wheel, answers)
    lower = dict.fromkeys(answers, "1")
    figure = build_wheel_figure(
        wheel,
        scores,
        title="Cambodia",
        subtitle="March 2026",
        baseline=score(wheel, lower),
        spread=aggregate(wheel, [answers, lower]),
    )
    strings = [t.get_text() for t in figure.findobj(Text)]
    assert "Cambodia" in strings
    assert any(s.startswith("March 2026\n11 of 12 indicators answered") for s in strings)
    assert "no data" in strings and "Target" in strings
    assert any("Baseline" in s for s in strings) and any("Range" in s for s in strings)
    assert any(s.replace("\n", " ") == "Infrastructure and coverage" for s in strings)
    assert "2.8" in strings  # overall: mean of pillars 2.5, 3.0, 3.0, in the hole
    assert any(s.endswith("· Overall incomplete, 11 of 12 blocks scored") for s in strings)


def test_a_pillar_without_data_is_drawn_as_no_data(wheel: Wheel) -> None:
    first = wheel.pillars[0]
    only_first = {block.questions[0].path: "4" for block in first.blocks}
    scores = score(wheel, only_first)
    figure = build_wheel_figure(wheel, scores, language=EN)
    pixels = rgba(figure)
    _, slots = wheel_slots(wheel)
    ax = figure.axes[0]
    height = pixels.shape[0]
    for index, pillar in enumerate(wheel.pillars):
        x, y = ax.transData.transform((slots[pillar.name].theta, (RING_IN + RING_OUT) / 2))
        found = pixels[round(height - y), round(x)]
        colour = np.array(to_rgb(PALETTE[index]))
        if pillar is first:
            assert np.abs(found - colour).max() < 0.3, pillar.name
        else:
            assert np.abs(found - colour).max() > 0.3, pillar.name
    strings = [t.get_text() for t in figure.findobj(Text)]
    incomplete = f"Overall incomplete, {len(first.blocks)} of 12 blocks scored"
    assert any(s.endswith(incomplete) for s in strings)


@pytest.mark.parametrize("language", [EN, AR, KM])
def test_legend_is_one_centred_row_below_the_labels(
    wheel: Wheel, answers: dict[str, str], language: str
) -> None:
    lower = dict.fromkeys(answers, "1")
    figure = build_wheel_figure(
        wheel,
        score(wheel, answers),
        language=language,
        baseline=score(wheel, lower),
        spread=aggregate(wheel, [answers, lower]),
    )
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    chart_words = words(language)
    legend = {chart_words[key] for key in ("no_data", "target", "baseline", "spread")}
    texts = [t for t in figure.texts if t.get_text() in legend]
    labels = [t.get_window_extent(renderer) for t in texts]
    keys = [a.get_window_extent(renderer) for a in figure.artists]
    assert len(labels) == len(keys) == 4
    assert len({round(label.y0) for label in labels}) == 1, "labels share one row"
    for key, label, following in zip(keys, labels, [*keys[1:], None], strict=True):
        assert key.x1 < label.x0 and (following is None or label.x1 < following.x0)
        assert key.y0 > label.y0 and key.y1 < label.y1, "key beside its label"
    assert abs((keys[0].x0 + labels[-1].x1) / 2 - figure.bbox.width / 2) < 3, "row is centred"
    assert keys[0].x0 > 0 and labels[-1].x1 < figure.bbox.width and labels[0].y0 > 0
    others = [t for t in figure.findobj(Text) if t.get_text() and t not in texts]
    lowest = min(t.get_window_extent(renderer).y0 for t in others)
    assert max(label.y1 for label in labels) < lowest, "legend clear of the block labels"


def glyph_ids(text: Text) -> tuple[list[int], set[int]]:
    """Glyphs matplotlib lays out for the text, and the nominal (isolated) glyphs of its chars."""
    prop = text.get_fontproperties()
    font = font_manager.get_font(font_manager.findfont(prop))
    font.set_size(prop.get_size_in_points(), 72)
    laid_out, _, _ = TextToPath().get_glyphs_with_font(
        font, text.get_text(), language=text.get_language()
    )
    ids = [int(info[0].rsplit("-", 1)[1], 16) for info in laid_out]
    charmap = font.get_charmap()
    return ids, {charmap[ord(c)] for c in text.get_text() if ord(c) in charmap}


@pytest.mark.parametrize(("language", "label"), [(AR, "المهارات الرقمية"), (KM, "ជំនាញឌីជីថល")])
def test_complex_scripts_are_shaped(
    wheel: Wheel, answers: dict[str, str], language: str, label: str
) -> None:
    assert complex_text_supported(), "matplotlib without libraqm cannot shape Arabic or Khmer"
    figure = build_wheel_figure(wheel, score(wheel, answers), language=language)
    (text,) = [t for t in figure.findobj(Text) if t.get_text().replace("\n", " ") == label]
    assert text.get_language() == language[-3:-1]
    ids, nominal = glyph_ids(text)
    # Joined Arabic letters and Khmer subscripts use contextual glyphs the cmap never maps to.
    assert set(ids) - nominal, "glyphs are the isolated forms: text was not shaped"
    assert 0 not in ids, "a character has no glyph in the chart fonts"


def test_arabic_is_laid_out_right_to_left(wheel: Wheel) -> None:
    prop = font_manager.FontProperties(family=["Noto Sans Arabic"], size=20)
    build_wheel_figure(wheel, score(wheel, {}))  # registers the fonts
    font = font_manager.get_font(font_manager.findfont(prop))
    font.set_size(20, 72)
    laid_out, _, _ = TextToPath().get_glyphs_with_font(font, "من 5")
    xs = [info[1] for info in laid_out]
    five = font.get_char_index(ord("5"))
    ids = [int(info[0].rsplit("-", 1)[1], 16) for info in laid_out]
    assert xs[ids.index(five)] == min(xs), "the number after Arabic words belongs on the left"


def test_png_and_svg_are_written_atomically(
    tmp_path: Path, wheel: Wheel, answers: dict[str, str]
) -> None:
    figure = build_wheel_figure(wheel, score(wheel, answers), language=AR)
    png = save_wheel(figure, tmp_path / "wheel.png")
    svg = save_wheel(figure, tmp_path / "wheel.SVG")
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert b"<svg" in svg.read_bytes()[:1000]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wheel.SVG", "wheel.png"]
    with pytest.raises(UserError) as raised:
        save_wheel(figure, tmp_path / "wheel.pdf")
    assert raised.value.code == "wheel-bad-suffix"
    with pytest.raises(UserError) as raised:
        save_wheel(figure, tmp_path / "missing" / "wheel.png")
    assert raised.value.code == "wheel-save-failed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wheel.SVG", "wheel.png"]


def test_scores_table(wheel: Wheel, answers: dict[str, str]) -> None:
    table = scores_table(wheel, score(wheel, answers), EN)
    lines = table.splitlines()
    assert lines[0].split() == ["Pillar", "/", "Building", "block", "Score", "Answered"]
    assert any(line.split() == ["Access", "2.50", "4/4"] for line in lines)
    assert any(line.split()[-2:] == ["no", "data"] or "no data" in line for line in lines)
    assert lines[-1].startswith("Overall (incomplete, 11 of 12 blocks scored)")
    assert lines[-1].split()[-2:] == ["2.83", "11/12"]
    complete = {block.questions[0].path: "3" for block in wheel.blocks}
    assert scores_table(wheel, score(wheel, complete), EN).splitlines()[-1].split() == [
        "Overall",
        "3.00",
        "12/12",
    ]
    assert "الوصول" in scores_table(wheel, score(wheel, answers), "ar")
