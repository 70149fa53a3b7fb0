"""The start-up bench's floor, Fieldwheel's first window built by a plain script, stays valid.

``bench/startup.py`` divides our start-up by this script's; if a schema
change broke its raw queries, or it came to import our code, the figure would
be wrong without anyone noticing, since the bench is not run by ``make test``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storage import Database

ROOT = Path(__file__).resolve().parents[2]
OURS = ("ui", "storage", "forms", "exports", "main")


@pytest.mark.parametrize("missions", [False, True], ids=["empty", "sample"])
def test_the_plain_script_opens_our_databases_without_our_code(
    tmp_path: Path, field: Path, missions: bool
) -> None:
    path = tmp_path / "fieldwheel.sqlite3"
    if missions:
        shutil.copy(field, path)
    else:
        Database(path).close()
    check = (
        "import sys; from plain_main_window import main; code = main(); "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {OURS!r})); sys.exit(code)"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "bench" / "harness"),
    }
    result = subprocess.run(
        [sys.executable, "-c", check, str(path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
