"""``fieldwheel copy-db SOURCE TARGET`` on the command line."""

from __future__ import annotations

from pathlib import Path

import main
from storage import Database


def test_the_command_copies_says_what_it_checked_and_exits_0(filled, new_location, capsys):
    source, target = filled("sqlite"), new_location("sqlite")
    assert main.main(["copy-db", source, target]) == 0
    out, err = capsys.readouterr()
    assert "audit: " in out and "rows, sha256 " in out
    assert out.strip().endswith("same row count and content hash on both sides.")
    assert "Copying answers" in err and "Checking device_keys" in err
    with Database(target) as copied:
        assert len(copied.missions()) == 4


def test_a_target_holding_data_is_one_sentence_and_exit_2(filled, capsys):
    source, target = filled("sqlite"), filled("sqlite")
    assert main.main(["copy-db", source, target]) == 2
    err = capsys.readouterr().err
    assert "already holds data" in err
    assert "Traceback" not in err


def test_a_missing_source_is_refused_without_creating_it(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    assert main.main(["copy-db", str(missing), str(tmp_path / "t.sqlite3")]) == 2
    assert "There is no database file" in capsys.readouterr().err
    assert not missing.exists()
    assert not (tmp_path / "t.sqlite3").exists()


def test_a_file_made_for_a_copy_that_failed_is_removed(filled, tmp_path, monkeypatch, capsys):
    from storage.copy_db import copying

    def fail(*_args, **_kwargs):
        raise copying.UserError("copy-test", "The disk is full.")

    monkeypatch.setattr(copying, "compare", fail)
    target = tmp_path / "new.sqlite3"
    assert main.main(["copy-db", filled("sqlite"), str(target)]) == 2
    assert "The disk is full." in capsys.readouterr().err
    assert not target.exists()
    assert not Path(f"{target}-wal").exists()


def test_a_difference_found_after_the_copy_exits_1(filled, new_location, monkeypatch, capsys):
    from storage.copy_db import checking

    monkeypatch.setattr(checking, "_digests", _one_side_off(checking._digests))
    assert main.main(["copy-db", filled("sqlite"), new_location("sqlite")]) == 1
    captured = capsys.readouterr()
    assert "rows with other values in the target" in captured.out
    assert "differs from" in captured.err


def _one_side_off(digests):
    """``_digests`` with one mission's hash changed on its second reading (the target's)."""
    calls = []

    def changed(reading, table):
        found = digests(reading, table)
        calls.append(table.name)
        if table.name == "missions" and calls.count("missions") == 2:
            key = next(iter(found))
            found[key] = b"not the same"
        return found

    return changed
