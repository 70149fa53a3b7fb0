"""The last resort: a bug in a command is one sentence naming a log file, exit status 2."""

from __future__ import annotations

import main
from forms.user_folder import DATA_FOLDER_VARIABLE


def test_an_unexpected_exception_is_one_sentence_and_a_log(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv(DATA_FOLDER_VARIABLE, str(tmp_path))

    def broken(_args):
        raise ZeroDivisionError("deep inside")

    monkeypatch.setattr(main, "_cmd_missions", broken)
    assert main.main(["--db", str(tmp_path / "x.sqlite3"), "missions"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "ZeroDivisionError" in err
    [log] = (tmp_path / "logs").glob("fieldwheel-crash-*.log")
    assert "deep inside" in log.read_text(encoding="utf-8") and str(log) in err
