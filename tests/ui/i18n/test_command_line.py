"""--ui-language on the command line picks the window's language for this run."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import build_parser
from tests.ui.child_python import run_python


def _started_in(tmp_path: Path, *options: str) -> str:
    """The language and direction of a window started by main.py with ``options``."""
    check = (
        "import sys; import main; from ui.shared import language; "
        "from PySide6.QtWidgets import QApplication; "
        f"code = main.main(['--db', {str(tmp_path / 'f.sqlite3')!r}, '--quit-after-show', "
        f"*{list(options)!r}]); "
        "print(language.current_language(), QApplication.layoutDirection().name); sys.exit(code)"
    )
    output = run_python(check, tmp_path, env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    return output.strip().splitlines()[-1]


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
