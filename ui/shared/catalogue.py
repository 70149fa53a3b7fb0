"""The translation catalogues: refreshed from the sources by lupdate, checked, compiled.

The window's own words come from ``ui/``; the core's error sentences come
from ``forms/``, ``storage/`` and ``exports/``, where each template is marked
with a Qt-free ``QT_TRANSLATE_NOOP("UserError", ...)`` (context ``UserError``).

``python -m ui.shared.catalogue update`` (``make update-translations``)
adds the strings wrapped since the last run to every ``.ts`` file and drops
those no longer in the code; a translator then fills in what is new.  The
completeness test runs the same update on a copy and fails on any message
left unfinished, vanished or obsolete, so an untranslated string cannot land.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[2]
UI_FOLDER = ROOT / "ui"
CORE_FOLDERS = (ROOT / "forms", ROOT / "storage", ROOT / "exports")
"""The Qt-free core: its ``QT_TRANSLATE_NOOP("UserError", ...)`` templates (``forms.errors``)."""
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TRANSLATED = ("fr", "es", "ar", "km")
PLURALS_ONLY = "en"
"""English is the source; its catalogue holds only the %n messages' two forms."""
_INCOMPLETE = frozenset({"unfinished", "vanished", "obsolete"})


def ts_files(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """The English plurals catalogue, then the four translated ones."""
    return [folder / f"fieldwheel_{code}.ts" for code in (PLURALS_ONLY, *TRANSLATED)]


def _tool(name: str) -> str:
    """A Qt tool from the running environment's PySide6 (beside its python), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is not installed; it comes with PySide6.")
    return found


def update(files: list[Path]) -> None:
    """Refresh ``files`` from the window's and the core's sources, dropping vanished messages."""
    sources = sorted(
        str(path) for folder in (UI_FOLDER, *CORE_FOLDERS) for path in folder.rglob("*.py")
    )
    command = [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    plurals = [str(f) for f in files if f.stem.endswith(f"_{PLURALS_ONLY}")]
    others = [str(f) for f in files if str(f) not in plurals]
    if others:
        subprocess.run([*command, *sources, "-ts", *others], check=True)
    if plurals:
        subprocess.run([*command, "-pluralonly", *sources, "-ts", *plurals], check=True)


def compile_all(files: list[Path], folder: Path) -> list[Path]:
    """Each ``.ts`` compiled to ``folder/<name>.qm`` with lrelease."""
    compiled = []
    for ts in files:
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def problems(ts: Path) -> list[str]:
    """Every message of ``ts`` that is not translated and current, one line each."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type") if translation is not None else "missing"
            empty = translation is None or not "".join(translation.itertext()).strip()
            if state in _INCOMPLETE or state == "missing" or empty:
                source = message.findtext("source")
                found.append(f"{ts.name}: {name}: {state or 'empty'}: {source!r}")
    return found


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m ui.shared.catalogue update")
    update(ts_files())
    for path in ts_files():
        print(f"{path.name}: {len(problems(path))} messages to translate")
