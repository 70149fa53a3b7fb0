"""Python in a fresh interpreter with the offscreen window platform, as a user's start is.

What the first window imports, the language it starts in, or a bench's floor
can only be seen in a process of its own: the test process imported
everything long ago.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_python(
    code: str,
    settings: Path,
    *args: str,
    cwd: Path = ROOT,
    env: Mapping[str, str] | None = None,
    timeout: float = 60,
) -> str:
    """The output of ``python -c code args``; the test fails on a non-zero exit, with stderr.

    Settings go to ``settings`` (``XDG_CONFIG_HOME``), never to the user's own.
    """
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(settings),
            **(env or {}),
        },
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
