"""The window as users run it: Qt's xcb platform on an X server, typed into with real key events.

Every other window test runs offscreen in-process; these start ``main.py`` on
Xvfb and type through the X server with xdotool, so the platform plugin, its
system libraries, focus and keyboard handling are exercised as on a laptop.
``.ci/run`` (and ``make test``) install Xvfb, xdotool and the xcb libraries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.editing import store_form

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.real_window

FORM = b"""
| survey | | | |
| | type | name | label |
| | text | organisation | Organisation |
| | integer | people | People interviewed |
| | text | visit | Visit |
| settings | | | |
| | form_id | version | form_title |
| | real_window | 1 | Real window check |
"""


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run .ci/run, or apt-get install xvfb xauth xdotool"
    return found


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server (Xvfb) at the size of a modest field laptop's screen."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            _tool("Xvfb"),
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1600x1000x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as announced:
        number = announced.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        [_tool("xdotool"), *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.stdout.strip()


def _wait_for(condition, what: str, timeout: float = 30.0):
    """Poll until ``condition()`` is truthy: evidence, not a fixed sleep."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_type_into_a_form_on_xcb_and_quit(display: str, tmp_path: Path) -> None:
    path = tmp_path / "field.sqlite3"
    with Database(path) as db:
        form = load_form_bytes(FORM, "real_window.md")
        store_form(db, form)
        mission = db.create_mission("KHM", "Cambodia", "strategy")
        uuid = db.create_submission(mission.uuid, form.id, form.version, "Sok").uuid
        # Answered before, so it is a draft being continued (untouched ones are swept).
        db.save_answer(uuid, "visit", "second", "Sok")
        db.set_author("Sok")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    app = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(path), "--open", uuid],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        filler = _wait_for(
            lambda: _xdotool(display, "search", "--name", "Real window check"), "the form window"
        ).split()[0]
        geometry = _xdotool(display, "getwindowgeometry", "--shell", filler)
        place = dict(line.split("=") for line in geometry.splitlines())
        left, top, width, height = (int(place[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        assert left >= 0 and top >= 0 and left + width <= 1600 and top + height <= 1000
        _xdotool(display, "windowfocus", "--sync", filler)
        _xdotool(display, "type", "--delay", "20", "Ministry of Posts")
        _xdotool(display, "key", "Tab")
        _xdotool(display, "type", "--delay", "20", "12")
        _xdotool(display, "key", "Tab")

        def saved() -> bool:
            with Database(path) as db:
                answers = db.answers(uuid)
            return answers == {
                "organisation": "Ministry of Posts",
                "people": "12",
                "visit": "second",
            }

        _wait_for(saved, "both typed answers to be saved")
        main = _xdotool(display, "search", "--name", "^Fieldwheel").split()[0]
        _xdotool(display, "windowfocus", "--sync", main)
        _xdotool(display, "key", "ctrl+q")
        _, errors = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, errors
    assert "Could not load the Qt platform plugin" not in errors
