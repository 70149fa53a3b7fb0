"""``pledges``, ``kpis`` and ``compare`` on the sample: what they print and what they write."""

from __future__ import annotations

import shutil

import pytest

import main
from tests.exports.engagement.conftest import CAMBODIA, DOMINICAN_REPUBLIC, MADAGASCAR


@pytest.fixture
def db(sample_path, tmp_path):
    path = tmp_path / "sample.sqlite3"
    shutil.copy(sample_path, path)
    return str(path)


def test_pledges_prints_blocks_totals_and_gaps(db, capsys):
    assert main.main(["--db", db, "pledges", "--mission", CAMBODIA]) == 0
    out = capsys.readouterr().out
    assert "Digital skills" in out and "CHF 2,500,000; EUR 350,000" in out
    assert (
        "Total (active pledges): CHF 2,500,000; EUR 3,350,000; SGD 200,000; USD 70,000,000" in out
    )
    assert (
        "8. Converged licensing framework for fixed and mobile networks "
        "[Policy and regulation]: GAP: no pledge"
    ) in out
    assert "2 of 7 validated priorities have no pledge." in out


def test_pledges_speaks_the_forms_language(db, capsys):
    assert main.main(["--db", db, "pledges", "--mission", CAMBODIA, "--lang", "fr"]) == 0
    assert "Compétences numériques" in capsys.readouterr().out


def test_kpis_prints_each_round(db, capsys):
    assert main.main(["--db", db, "kpis", "--mission", CAMBODIA]) == 0
    out = capsys.readouterr().out
    assert "4G population coverage: baseline 82 % (2022), target 98 % (2028)" in out
    assert "  2025 annual review: 88 %, 38% of the way, on track" in out
    assert "  2026 annual review: 92.5 %, 66% of the way, on track" in out
    assert "  2025 annual review: no value" in out  # the ratio was not reviewed in 2025


def test_compare_prints_differences(db, capsys):
    missions = f"{MADAGASCAR},{DOMINICAN_REPUBLIC}"
    assert main.main(["--db", db, "compare", "--missions", missions]) == 0
    out = capsys.readouterr().out
    policy = next(line for line in out.splitlines() if line.startswith("Policy and regulation"))
    assert policy.split()[-2:] == ["3.33", "(+1.00)"]
    assert "2.33" in policy


@pytest.mark.parametrize(
    ("command", "suffix"),
    [
        (["pledges", "--mission", CAMBODIA], ".png"),
        (["kpis", "--mission", CAMBODIA], ".svg"),
        (["compare", "--all"], ".png"),
        (["compare", "--missions", CAMBODIA, "--rounds"], ".svg"),
    ],
)
def test_charts_are_written(db, tmp_path, capsys, command, suffix):
    out = tmp_path / f"chart{suffix}"
    assert main.main(["--db", db, *command, "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000]
    assert "written to" in capsys.readouterr().err


def test_errors_are_one_sentence(db, tmp_path, capsys):
    out = tmp_path / "chart.pdf"
    assert main.main(["--db", db, "pledges", "--mission", CAMBODIA, "--out", str(out)]) == 2
    assert "can be saved as .png or .svg" in capsys.readouterr().err
    assert not out.exists()
    assert main.main(["--db", db, "kpis", "--mission", MADAGASCAR]) == 2
    assert "has no monitoring round yet" in capsys.readouterr().err
