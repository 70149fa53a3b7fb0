"""The export, import and conflicts commands, through main.main as a user runs them."""

from __future__ import annotations

import main
from storage import Database
from tests.exports.package.support import SAMPLE, seed


def test_export_import_and_conflicts_commands(tmp_path, capsys):
    field, hq = tmp_path / "field.sqlite3", tmp_path / "hq.sqlite3"
    with Database(field) as db:
        mission, submission = seed(db, SAMPLE)
    (tmp_path / "pw.txt").write_text("open sesame\n", encoding="utf-8")
    out = tmp_path / "p.xlsx"
    assert (
        main.main(
            [
                "--db",
                str(field),
                "export",
                "--mission",
                mission.uuid,
                "--out",
                str(out),
                "--password-file",
                str(tmp_path / "pw.txt"),
            ]
        )
        == 0
    )
    assert "1 mission, 1 submission," in capsys.readouterr().out

    assert main.main(["--db", str(hq), "import", str(out)]) == 2
    assert "password" in capsys.readouterr().err
    assert (
        main.main(
            ["--db", str(hq), "import", str(out), "--password-file", str(tmp_path / "pw.txt")]
        )
        == 0
    )
    assert "added" in capsys.readouterr().out

    with Database(field) as db:
        db.save_answer(submission.uuid, "info/code", "FIELD", "Dara")
    with Database(hq) as db:
        db.save_answer(submission.uuid, "info/code", "HQ", "Lead")
    assert main.main(["--db", str(field), "export", "--all", "--out", str(out)]) == 0
    assert main.main(["--db", str(hq), "import", str(out)]) == 0
    assert "1 conflict" in capsys.readouterr().out

    assert main.main(["--db", str(hq), "conflicts"]) == 0
    listing = capsys.readouterr().out
    assert "'HQ'" in listing and "'FIELD'" in listing
    conflict_id = listing.split()[0]
    assert (
        main.main(
            [
                "--db",
                str(hq),
                "conflicts",
                "--resolve",
                conflict_id,
                "--choose",
                "package",
                "--by",
                "Chief",
            ]
        )
        == 0
    )
    assert main.main(["--db", str(hq), "conflicts"]) == 0
    assert "No conflicts" in capsys.readouterr().out
    with Database(hq) as db:
        assert db.answers(submission.uuid)["info/code"] == "FIELD"


def test_cli_errors_are_one_sentence(tmp_path, capsys):
    db = tmp_path / "db.sqlite3"
    Database(db).close()
    assert main.main(["--db", str(db), "import", str(tmp_path / "missing.xlsx")]) == 2
    assert main.main(["--db", str(db), "import", "x.xlsx", "--accept-edits"]) == 2
    assert main.main(["--db", str(db), "conflicts", "--resolve", "1"]) == 2
    assert (
        main.main(
            ["--db", str(db), "export", "--mission", "nope", "--out", str(tmp_path / "p.xlsx")]
        )
        == 2
    )
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 4 and all(line.startswith("fieldwheel: ") for line in errors)


def test_export_labels_option(tmp_path, capsys):
    from python_calamine import CalamineWorkbook

    with Database(tmp_path / "field.sqlite3") as db:
        seed(db, SAMPLE)
    out = tmp_path / "fr.xlsx"
    argv = ["--db", str(tmp_path / "field.sqlite3"), "export", "--all", "--out", str(out)]
    assert main.main([*argv, "--labels", "French"]) == 0
    header = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("tiny").to_python()[0]
    assert header[:2] == ["Nom", "Nombre"]
    assert main.main([*argv, "--labels", "xx"]) == 2
    assert "no exported form has the language 'xx'" in capsys.readouterr().err.lower()
