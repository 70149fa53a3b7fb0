"""An import's report counts what happened: a conflicting package imported again adds no
conflict and reports every answer unchanged, as it changed nothing."""

from __future__ import annotations

from exports.package.importing import import_package
from exports.package.write import export_package
from storage import Database
from storage.conflicts import list_conflicts
from tests.exports.package.support import SAMPLE, dump, seed


def test_a_conflicting_package_imported_again_reports_every_answer_unchanged(tmp_path):
    with (
        Database(tmp_path / "field.sqlite3") as field,
        Database(tmp_path / "hq.sqlite3") as hq,
    ):
        _, submission = seed(field, SAMPLE)
        uuid = submission.uuid
        export_package(field, tmp_path / "first.xlsx", charts=False)
        import_package(hq, tmp_path / "first.xlsx")
        field.save_answer(uuid, "info/code", "FIELD", "Dara")
        field.save_answer(uuid, "info/name", "FIELD name", "Dara")
        hq.save_answer(uuid, "info/code", "HQ", "Lead")
        hq.save_answer(uuid, "info/name", "HQ name", "Lead")
        export_package(field, tmp_path / "second.xlsx", charts=False)
        answers = len(field.answer_rows(uuid))

        first = import_package(hq, tmp_path / "second.xlsx")
        assert first.conflicts == 2
        assert first.unchanged["answer"] == answers - 2
        before = dump(tmp_path / "hq.sqlite3")

        again = import_package(hq, tmp_path / "second.xlsx")
        assert (again.conflicts, +again.added, +again.updated) == (0, {}, {})
        assert again.unchanged["answer"] == answers
        assert again.summary == "second.xlsx: already imported; nothing changed." + (
            again.device_note
        )
        assert len(list_conflicts(hq)) == 2
        assert dump(tmp_path / "hq.sqlite3") == before
