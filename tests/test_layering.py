"""The house's rules: which folders may import which, no cycles, no Qt in the core, small parts.

Imports are read from the source (every ``import``, including the ones inside
functions and under ``TYPE_CHECKING``), so a late import cannot hide an arrow
or a cycle.  A new arrow between folders fails here until it is declared in
``ALLOWED`` below, on purpose: the point is to decide it, not to drift into it.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ("forms", "storage", "exports")
SOURCE = ("forms", "storage", "exports", "ui")
CAPABILITY_ROOTS = ("ui", "exports")
MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 60

# Each area and the areas it may import.  An area is a capability folder
# (``ui.wheel``), a shared folder (``ui.shared``), the window's wiring
# (``ui``: app, main window, screenshots) or a core package.  Capabilities use
# the shared folder and the core, never each other; only the wiring sees all.
ALLOWED: dict[str, set[str]] = {
    "forms": set(),
    "exports": set(),
    "storage": {"forms"},
    "exports.shared": {"forms"},
    "exports.wheel": {"exports.shared", "forms", "storage"},
    # The package carries the wheel's scores and chart on a sheet of its own.
    # ... the pledge map and KPI table as tidy sheets; ``--format odk`` hands over to exports.odk.
    "exports.package": {
        "exports.shared",
        "exports.wheel",
        "exports.engagement",
        "exports.odk",
        "forms",
        "storage",
    },
    # ODK submissions out (Briefcase layout) and in; ``export/import --format odk``.
    "exports.odk": {"exports.shared", "forms", "storage"},
    # Pledges, KPIs and comparisons rest on the wheel's own scores and layout.
    "exports.engagement": {"exports.shared", "exports.wheel", "forms", "storage"},
    # The report shows the wheel, the pledge map and the KPIs beside the workshop's answers.
    "exports.report": {"exports.shared", "exports.wheel", "exports.engagement", "forms", "storage"},
    "ui.shared": {"forms", "storage"},
    "ui.missions": {"ui.shared", "forms", "storage"},
    "ui.submissions": {"ui.shared", "forms", "storage"},
    "ui.filler": {"ui.shared", "forms", "storage"},
    "ui.wheel": {"ui.shared", "exports.wheel", "forms", "storage"},
    "ui.package": {"ui.shared", "exports.package", "exports.odk", "forms", "storage"},
    "ui.conflicts": {"ui.shared", "exports.package", "forms", "storage"},
    # The workshop board's arithmetic is Qt-free so a later report can reuse it.
    "exports.workshop": {"exports.wheel", "forms", "storage"},
    "ui.workshop": {"ui.shared", "exports.workshop", "exports.wheel", "forms", "storage"},
    "ui.report": {"ui.shared", "exports.report", "forms", "storage"},
    "ui.engagement": {"ui.shared", "exports.engagement", "forms", "storage"},
    "ui.search": {"ui.shared", "forms", "storage"},
    # File ▸ Open server database…: the dialog, its addresses and the recent list.
    "ui.server": {"ui.shared", "forms"},
    "ui": {
        "ui.shared",
        "ui.missions",
        "ui.submissions",
        "ui.filler",
        "ui.wheel",
        "ui.package",
        "ui.conflicts",
        "ui.workshop",
        "ui.report",
        "ui.engagement",
        "ui.search",
        "ui.server",
        "exports.package",
        "forms",
        "storage",
    },
}


def _module_files() -> dict[str, Path]:
    """Every module of the four packages, nested ones included, by dotted name."""
    found = {}
    for package in SOURCE:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


MODULES = _module_files()


def _imported(name: str, path: Path) -> set[str]:
    """Our modules ``name`` imports anywhere in its source (``from a import b`` names a.b)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            targets.add(module)
            targets.update(f"{module}.{alias.name}" for alias in node.names)
    return {target for target in targets if target in MODULES and target != name}


GRAPH = {name: _imported(name, path) for name, path in MODULES.items()}


def area(module: str) -> str:
    """The folder a module belongs to for the import rules."""
    parts = module.split(".")
    if parts[0] not in CAPABILITY_ROOTS:
        return parts[0]
    if len(parts) >= 2 and (ROOT / parts[0] / parts[1]).is_dir():
        return f"{parts[0]}.{parts[1]}"
    return parts[0]


def test_every_folder_is_declared() -> None:
    areas = {area(module) for module in MODULES}
    assert areas == set(ALLOWED), "declare the new folder's arrows in ALLOWED"


def test_no_undeclared_arrow_between_folders() -> None:
    unexpected = sorted(
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if area(target) != area(module) and area(target) not in ALLOWED[area(module)]
    )
    assert unexpected == []


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_between_modules() -> None:
    assert _cycles() == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    GRAPH["forms.model"].add("forms.errors")
    GRAPH["forms.errors"].add("forms.model")
    try:
        assert ["forms.errors", "forms.model"] in _cycles()
    finally:
        GRAPH["forms.errors"].discard("forms.model")
        GRAPH["forms.model"] = _imported("forms.model", MODULES["forms.model"])


@pytest.mark.parametrize("package", CORE)
def test_core_package_does_not_import_qt(package: str) -> None:
    modules = [name for name in MODULES if name.split(".")[0] == package]
    imports = "; ".join(f"import {module}" for module in modules)
    check = (
        f"import sys; {imports}; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("package", CORE)
def test_core_package_has_no_qt_import_anywhere_in_its_source(package: str) -> None:
    """A lazy import inside a function escapes the import check above; the source cannot."""
    found = sorted(
        f"{name}: {target}"
        for name, path in MODULES.items()
        if name.split(".")[0] == package
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for target in (
            [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module]
        )
        if target and target.split(".")[0] in ("PySide6", "shiboken6")
    )
    assert found == []


def test_nested_packages_are_walked() -> None:
    assert {"forms.expressions.functions.core", "ui.filler.fields.base"} <= set(MODULES)


def test_no_source_file_is_too_long() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in [*MODULES.values(), ROOT / "main.py"]
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES
    }
    assert long == {}


def test_no_function_is_too_long() -> None:
    long = {}
    for path in [*MODULES.values(), ROOT / "main.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT)}: {node.name}"] = lines
    assert long == {}


def test_no_folder_groups_files_by_a_shared_prefix() -> None:
    """Three or more ``prefix_*.py`` side by side want a folder named ``prefix``."""
    crowded = []
    for folder, _subfolders, files in os.walk(ROOT):
        relative = Path(folder).relative_to(ROOT)
        if relative.parts and relative.parts[0] in {".git", ".venv", ".mutation", "tests", "build"}:
            continue
        prefixes = Counter(
            name.split("_")[0]
            for name in files
            if name.endswith(".py") and not name.startswith("__") and "_" in name
        )
        crowded += [f"{relative}/{p}_*" for p, count in prefixes.items() if count >= 3]
    assert crowded == []
