"""The start-up bench's floor, Fieldwheel's first window built by a plain script, stays valid.

``bench/startup.py`` divides our start-up by this script's; if a schema
change broke its raw queries, or it came to import our code, the figure would
be wrong without anyone noticing, since the bench is not run by ``make test``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storage import Database
from tests.ui.child_python import ROOT, run_python

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
    plain = {"PYTHONPATH": str(ROOT / "bench" / "harness")}
    assert run_python(check, tmp_path, str(path), cwd=tmp_path, env=plain).strip() == "[]"
