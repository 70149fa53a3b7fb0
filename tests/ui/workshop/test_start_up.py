"""The main window starts without the board: it is built when first opened."""

from __future__ import annotations

from pathlib import Path

from tests.ui.child_python import run_python


def test_the_board_and_matplotlib_are_not_imported_at_start_up(tmp_path: Path) -> None:
    check = (
        "import sys; from pathlib import Path; from ui.app import run_app; "
        f"code = run_app(Path({str(tmp_path / 'f.sqlite3')!r}), quit_after_show=True); "
        "late = ('matplotlib', 'ui.workshop.window', 'ui.workshop.projector', 'exports.workshop', "
        "'exports.wheel', 'forms.state.form_state'); "
        "print(sorted(m for m in sys.modules if m.startswith(late))); sys.exit(code)"
    )
    assert run_python(check, tmp_path).strip() == "[]"
    modules = run_python("import ui.main_window, sys; print(sorted(sys.modules))", tmp_path)
    assert "ui.workshop.boards" in modules
