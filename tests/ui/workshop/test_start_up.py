"""The main window starts without the board: it is built when first opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_board_and_matplotlib_are_not_imported_at_start_up(tmp_path: Path) -> None:
    check = (
        "import sys; from pathlib import Path; from ui.app import run_app; "
        f"code = run_app(Path({str(tmp_path / 'f.sqlite3')!r}), quit_after_show=True); "
        "late = ('matplotlib', 'ui.workshop.window', 'ui.workshop.projector', 'exports.workshop', "
        "'exports.wheel', 'forms.state.form_state'); "
        "print(sorted(m for m in sys.modules if m.startswith(late))); sys.exit(code)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", check],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert (
        "ui.workshop.boards"
        in subprocess.run(
            [sys.executable, "-c", "import ui.main_window, sys; print(sorted(sys.modules))"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    )
