"""The command line: every command has --help, errors are one sentence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = sorted((ROOT / "forms" / "library").glob("*.md"))


def _commands() -> list[str]:
    parser = main.build_parser()
    (commands,) = [a for a in parser._actions if a.dest == "command"]
    return sorted(commands.choices)


@pytest.mark.parametrize("command", ["", *_commands()])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as caught:
        main.main([command, "--help"] if command else ["--help"])
    assert caught.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_demo_then_missions_lists_the_sample(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite3")
    assert main.main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    assert main.main(["--db", db, "missions"]) == 0
    line, *others = capsys.readouterr().out.splitlines()
    uuid, country, phase, *_ = line.split()
    assert len(uuid) == 36
    assert (country, phase) == ("KHM", "strategy")
    assert "(9 submissions)" in line
    assert sorted(other.split()[1] for other in others) == ["DOM", "MDG", "MRT"]


def test_check_form_passes_the_library(capsys):
    assert main.main(["check-form", *map(str, LIBRARY)]) == 0
    assert capsys.readouterr().out.count(": OK") == len(LIBRARY)


def test_check_form_names_row_and_column(tmp_path, capsys):
    form = tmp_path / "broken.md"
    form.write_text(
        "| survey | | | | |\n"
        "| | type | name | label | relevant |\n"
        "| | text | a | A | |\n"
        "| | integer | b | B | ${a} = = 2 |\n"
    )
    assert main.main(["check-form", str(form)]) == 1
    out = capsys.readouterr().out
    assert "sheet survey, row 3, column relevant" in out
    assert "FAILED" in out


def test_user_error_is_one_sentence_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path), "missions"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == main.EXIT_USER_ERROR
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_database_in_a_missing_folder_is_refused_and_nothing_is_created(tmp_path, capsys):
    missing = tmp_path / "typo" / "deeper" / "hq.sqlite3"
    assert main.main(["--db", str(missing), "missions"]) == 2
    error = capsys.readouterr().err
    assert "does not exist" in error and "nothing was created" in error
    assert list(tmp_path.iterdir()) == []


def test_a_new_database_file_is_announced(tmp_path, capsys):
    path = tmp_path / "new.sqlite3"
    assert main.main(["--db", str(path), "missions"]) == 0
    assert f"created a new, empty database at {path}" in capsys.readouterr().err
    assert main.main(["--db", str(path), "missions"]) == 0
    assert "created" not in capsys.readouterr().err


def test_a_second_demo_says_the_sample_is_already_there(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite3")
    assert main.main(["--db", db, "demo"]) == 0
    assert "4 sample missions created" in capsys.readouterr().out
    assert main.main(["--db", db, "demo"]) == 0
    assert "already in" in capsys.readouterr().out
    assert main.main(["--db", db, "missions"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_one_submission_is_not_plural(tmp_path, capsys):
    db = tmp_path / "x.sqlite3"
    from storage import Database

    with Database(db) as database:
        mission = database.create_mission("KHM", "Cambodia", "strategy")
        database.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
        database.create_submission(mission.uuid, "tiny", "1", "Sok")
    assert main.main(["--db", str(db), "missions"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("(1 submission)")


def test_window_options_alone_are_read_without_the_commands():
    """Opening the window must not pay for importing every command's module."""
    check = (
        "import sys, main; "
        "args = main.parse_arguments(['--db', 'x.sqlite3', '--ui-language', 'fr', '--quit']); "
        "print(args.db, args.ui_language, args.quit_after_show, getattr(args, 'handler', None), "
        "sorted(m for m in sys.modules if m.startswith(('exports', 'storage'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["x.sqlite3", "fr", "True", "None", "[]"]


@pytest.mark.parametrize(
    "argv", [["--db", "x", "missions"], ["--ui-language", "de"], ["--db"], ["--bogus"]]
)
def test_anything_else_goes_to_the_whole_parser(argv, capsys):
    if argv[-1] == "missions":
        assert main.parse_arguments(argv).handler is main._cmd_missions
        return
    with pytest.raises(SystemExit) as caught:
        main.parse_arguments(argv)
    assert caught.value.code == 2
    assert "usage: fieldwheel [-h]" in capsys.readouterr().err
