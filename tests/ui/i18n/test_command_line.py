"""--ui-language on the command line picks the window's language for this run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from main import build_parser

ROOT = Path(__file__).resolve().parents[3]


def _started_in(tmp_path: Path, *options: str) -> str:
    """The language and direction of a window started by main.py with ``options``."""
    check = (
        "import sys; import main; from ui.shared import language; "
        "from PySide6.QtWidgets import QApplication; "
        f"code = main.main(['--db', {str(tmp_path / 'f.sqlite3')!r}, '--quit-after-show', "
        f"*{list(options)!r}]); "
        "print(language.current_language(), QApplication.layoutDirection().name); sys.exit(code)"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
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
    return result.stdout.strip().splitlines()[-1]


def test_ui_language_opens_the_window_in_that_language(tmp_path) -> None:
    assert _started_in(tmp_path, "--ui-language", "ar") == "ar RightToLeft"
    assert _started_in(tmp_path, "--ui-language", "fr") == "fr LeftToRight"


def test_without_it_the_system_language_is_spoken(tmp_path) -> None:
    assert _started_in(tmp_path) == "en LeftToRight"


def test_an_unknown_language_is_refused_by_the_parser(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--ui-language", "de"])
    assert "invalid choice" in capsys.readouterr().err


def test_a_missing_catalogue_is_one_sentence_naming_the_make_target(monkeypatch, tmp_path) -> None:
    from forms.errors import UserError
    from ui.shared import language

    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)
    with pytest.raises(UserError, match="make translations"):
        language.apply_language("fr")
    monkeypatch.undo()
    language.apply_language("en")
