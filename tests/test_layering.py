"""The core packages never import Qt, so the CLI and tests can do everything."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ("forms", "storage", "exports")


def _modules(package: str) -> list[str]:
    return [package] + [
        f"{package}.{info.name}" for info in pkgutil.walk_packages([str(ROOT / package)])
    ]


@pytest.mark.parametrize("package", CORE)
def test_core_package_does_not_import_qt(package):
    imports = "; ".join(f"import {module}" for module in _modules(package))
    check = (
        f"import sys; {imports}; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
