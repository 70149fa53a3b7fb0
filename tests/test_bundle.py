"""The self-contained bundle (``dist/fieldwheel``) works with nothing around it.

``make bundle-test`` builds it if needed and runs these (``-m bundle``; ``make
test`` leaves them out).  The folder is copied elsewhere, as a field team
copies it from a USB stick, and every command runs with an empty environment
(only ``HOME`` and the Qt platform), from inside the bundle's folder, so a
file it wrote beside itself or a path that only exists in the source tree
would show.  The last test checks the folder came out unchanged: data and
settings go to the same per-user places as ``make run``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ui.test_real_window import display  # noqa: F401 - a fixture, used by name

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "fieldwheel"
pytestmark = pytest.mark.bundle

REPORT_SOURCE = ROOT / "exports" / "report" / "cli.py"
"""When the source has the ``report`` command, the bundle must have it too."""


@dataclass(frozen=True)
class Installed:
    folder: Path
    home: Path
    work: Path
    before: dict[str, tuple[int, int]]

    def run(
        self, *args: str, platform: str = "offscreen", x_server: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``fieldwheel ARGS`` as a person with no Python would start it (``env -i``)."""
        env = {"HOME": str(self.home), "QT_QPA_PLATFORM": platform}
        if x_server:
            env["DISPLAY"] = x_server
        result = subprocess.run(
            [str(self.folder / "fieldwheel"), *args],
            cwd=self.folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, f"fieldwheel {' '.join(args)} failed:\n{result.stderr}"
        assert "Traceback" not in result.stderr
        return result


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size and modification time."""
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Iterator[Installed]:
    if not (BUILT / "fieldwheel").is_file():
        pytest.fail("dist/fieldwheel is missing: run `make bundle-test`, which builds it first")
    place = tmp_path_factory.mktemp("copied")
    folder = place / "fieldwheel"
    shutil.copytree(BUILT, folder, symlinks=True)
    home = tmp_path_factory.mktemp("home")
    work = tmp_path_factory.mktemp("work")
    yield Installed(folder=folder, home=home, work=work, before=_snapshot(folder))


@pytest.fixture(scope="module")
def mission(installed: Installed) -> str:
    """The sample Cambodia mission, made by ``demo`` in the default (per-user) database."""
    installed.run("demo")
    listed = installed.run("missions").stdout.splitlines()
    cambodia = [line.split()[0] for line in listed if line.split()[1:2] == ["KHM"]]
    assert cambodia, f"no Cambodia mission in:\n{listed}"
    return cambodia[0]


def _listed(installed: Installed, mission: str, *db: str) -> str:
    """The mission's line in ``missions``: country, phase, title and submission count."""
    lines = installed.run(*db, "missions").stdout.splitlines()
    return next(line for line in lines if line.startswith(mission))


def test_demo_writes_to_the_users_data_folder(installed: Installed, mission: str) -> None:
    database = installed.home / ".local" / "share" / "Fieldwheel" / "fieldwheel.sqlite3"
    assert database.is_file()
    assert "(0 submissions)" not in _listed(installed, mission)


def test_export_then_import_into_a_second_database(installed: Installed, mission: str) -> None:
    package = installed.work / "cambodia.xlsx"
    installed.run("export", "--mission", mission, "--out", str(package))
    with zipfile.ZipFile(package) as workbook:
        sheets = [workbook.read(name) for name in workbook.namelist() if "worksheets" in name]
    # The version comes from the installed metadata, which the spec copies into the bundle.
    about = next(sheet for sheet in sheets if b"Fieldwheel version" in sheet)
    assert re.search(rb"Fieldwheel version</t></is></c><c [^>]*><is><t>\d+\.\d+", about)
    second = str(installed.work / "second.sqlite3")
    installed.run("--db", second, "import", str(package))
    assert _listed(installed, mission, "--db", second) == _listed(installed, mission)


def test_wheel_as_png_and_svg_with_the_bundled_fonts(installed: Installed, mission: str) -> None:
    png, svg = installed.work / "wheel.png", installed.work / "wheel.svg"
    installed.run("wheel", "--mission", mission, "--out", str(png))
    installed.run("wheel", "--mission", mission, "--out", str(svg), "--lang", "km")
    assert png.read_bytes().startswith(b"\x89PNG")
    drawing = svg.read_text(encoding="utf-8")
    assert "<svg" in drawing
    assert "Overall" in installed.run("wheel", "--mission", mission, "--scores").stdout


@pytest.mark.skipif(not REPORT_SOURCE.exists(), reason="this branch has no `report` command yet")
def test_report_as_pdf(installed: Installed, mission: str) -> None:
    report = installed.work / "report.pdf"
    installed.run("report", "--mission", mission, "--out", str(report), "--lang", "km")
    assert report.read_bytes().startswith(b"%PDF")


def test_window_offscreen(installed: Installed, mission: str) -> None:
    shown = installed.run("--quit-after-show")
    # Qt warns when the locale is not UTF-8; the bundle's run-time hook coerces plain "C".
    assert "UTF-8 locale" not in shown.stderr


def test_window_on_an_x_server(installed: Installed, mission: str, display: str) -> None:  # noqa: F811
    installed.run("--quit-after-show", platform="xcb", x_server=display)


def test_the_bundle_folder_is_unchanged(installed: Installed, mission: str) -> None:
    """Runs last (file order): after every command above, not one file in the folder moved."""
    assert _snapshot(installed.folder) == installed.before
    settings = installed.home / ".config" / "Fieldwheel"
    assert settings.is_dir(), "the window keeps its settings in the user's config folder"
