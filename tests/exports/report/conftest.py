"""The sample mission and its reports, made once per test session.

Reports take a second or two each; every test that reads a report in one
language shares the same PDF.  The time and author are fixed so the pages
are the same on every run (the shaping references depend on it).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from exports.report.build import ReportOptions, write_report
from storage import Database
from storage.demo import build_demo

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
BY = "Sophea Chan"


def poppler(tool: str, *args: str) -> str:
    """Run a poppler-utils tool (a test dependency: `.ci/run` and `make test` install it)."""
    assert shutil.which(tool), f"{tool} is missing: install the Debian package poppler-utils"
    done = subprocess.run([tool, *args], capture_output=True, text=True, check=True)
    return done.stdout


def pdf_text(path: Path, *pages: int) -> str:
    """The text of the PDF (or of ``pages``) in reading order, a table cell at a time."""
    span = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return poppler("pdftotext", *span, str(path), "-")


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    with Database(path) as db:
        mission = build_demo(db)
    return path, mission.uuid


@pytest.fixture(scope="session")
def reports(demo, tmp_path_factory):
    """``reports(language, kind="full", paper="a4")`` -> the PDF's path, made on first use."""
    path, mission_uuid = demo
    folder = tmp_path_factory.mktemp("reports")
    made: dict[tuple[str, str, str], Path] = {}

    def report(language: str, kind: str = "full", paper: str = "a4") -> Path:
        key = (language, kind, paper)
        if key not in made:
            target = folder / f"{kind}-{language}-{paper}.pdf"
            with Database(path) as db:
                write_report(
                    db, mission_uuid, target, ReportOptions(language, kind, paper), by=BY, now=NOW
                )
            made[key] = target
        return made[key]

    return report
