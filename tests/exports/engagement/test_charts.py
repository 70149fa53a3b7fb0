"""The engagement charts: built with the object API, missing drawn as missing, readable."""

from __future__ import annotations

import sys

from matplotlib.figure import Figure

from exports.engagement.charts.compare_chart import compare_figure
from exports.engagement.charts.kpi_chart import kpi_figure
from exports.engagement.charts.pledge_chart import pledge_figure
from exports.engagement.compare import compare_missions
from exports.engagement.kpis import kpi_board
from exports.engagement.pledges import pledge_map
from tests.exports.engagement.conftest import CAMBODIA, DOMINICAN_REPUBLIC, MAURITANIA


def _texts(figure: Figure) -> list[str]:
    figure.canvas.draw()
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]


def test_pledge_chart_names_the_weak_unpledged_block(sample):
    texts = " ".join(_texts(pledge_figure(pledge_map(sample, CAMBODIA)))).replace("\n", " ")
    assert "Policy and regulation 2.8" in texts
    assert "no pledge 1 validated priority unpledged" in texts
    assert "Weak (below 3) and no pledge" in texts
    assert "matplotlib.pyplot" not in sys.modules


def test_kpi_chart_has_a_panel_per_kpi_and_says_what_is_missing(sample):
    board = kpi_board(sample, CAMBODIA)
    figure = kpi_figure(board, "fr")
    assert len(figure.axes) == len(board.kpis) == 9
    texts = " ".join(_texts(figure)).replace("\n", " ")
    assert "pas de valeur: 2025 annual review" in texts
    assert "Ratio of women to men using the Internet (ratio (women/men))" in texts


def test_compare_chart_draws_one_wheel_per_column(sample):
    comparison = compare_missions(sample, [DOMINICAN_REPUBLIC, MAURITANIA])
    figure = compare_figure(comparison, "ar")
    assert len(figure.axes) == 2
    texts = _texts(figure)
    assert any("الإجمالي" in text for text in texts)


def test_every_pledge_chart_word_stays_inside_the_figure(sample):
    """A long figures line (a gap's count in words) once ran off the figure's right edge."""
    for language in (None, "Khmer (km)", "French (fr)"):
        figure = pledge_figure(pledge_map(sample, CAMBODIA), language)
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        page = figure.bbox
        for text in figure.findobj(lambda a: hasattr(a, "get_text") and a.get_text()):
            box = text.get_window_extent(renderer)
            inside = box.x0 >= page.x0 - 1 and box.x1 <= page.x1 + 1
            assert inside, (language, text.get_text())
