"""An import's report counts what happened: a conflicting package imported again adds no
conflict and reports every answer unchanged, as it changed nothing."""

from __future__ import annotations

from exports.package.importing import import_package
from exports.package.write import export_package
from storage import Database
from storage.conflicts import list_conflicts
from storage.merge import PackageRecords, merge_package
from tests.exports.package.support import SAMPLE, dump, seed


def test_a_conflicting_package_imported_again_reports_every_answer_unchanged(tmp_path, hq_location):
    with (
        Database(tmp_path / "field.sqlite3") as field,
        Database(hq_location) as hq,
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
        before = dump(hq.path)

        again = import_package(hq, tmp_path / "second.xlsx")
        assert (again.conflicts, +again.added, +again.updated) == (0, {}, {})
        assert again.unchanged["answer"] == answers
        assert again.summary == "second.xlsx: already imported; nothing changed." + (
            again.device_note
        )
        assert len(list_conflicts(hq)) == 2
        assert dump(hq.path) == before


def lost_history_answer(uuid: str, path: str, value: str) -> dict[str, str]:
    return {
        "submission_uuid": uuid,
        "path": path,
        "value": value,
        "updated_at": "2099-01-01T00:00:02.000000Z",
        "updated_by": "Dara",
    }


def test_a_repeated_disagreement_without_history_counts_each_answer_unchanged(tmp_path):
    """Answers whose history was lost meet the same open conflicts again: no new conflict,
    and each such answer is counted unchanged."""
    with Database(tmp_path / "hq.sqlite3") as hq:
        _, submission = seed(hq, {})
        with hq.transaction() as tx:  # answers from before the audit: no history here either
            tx.executemany(
                "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
                " VALUES (?,?,?,'2099-01-01T00:00:01.000000Z','Lead')",
                [(submission.uuid, "info/code", "HQ code"), (submission.uuid, "info/name", "HQ")],
            )
        theirs = [
            lost_history_answer(submission.uuid, "info/code", "field code"),
            lost_history_answer(submission.uuid, "info/name", "field name"),
        ]
        package = PackageRecords("package-1", "field-device", "hash-1", [], [], [], theirs, [])
        first = merge_package(hq, package, file_name="p.xlsx")
        assert (first.conflicts, first.unchanged["answer"]) == (2, 0)
        again = merge_package(hq, package, file_name="p.xlsx")
        assert (again.conflicts, +again.unchanged) == (0, {"answer": 2})
        assert len(list_conflicts(hq)) == 2


def test_a_package_of_two_missions_imported_again_counts_both_unchanged(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        seed(field, {"info/name": "another"})
        export_package(field, tmp_path / "two.xlsx", charts=False)
    with Database(tmp_path / "hq.sqlite3") as hq:
        first = import_package(hq, tmp_path / "two.xlsx")
        assert (first.added["mission"], first.added["submission"]) == (2, 2)
        again = import_package(hq, tmp_path / "two.xlsx")
        assert (again.unchanged["mission"], again.unchanged["submission"]) == (2, 2)
        assert again.unchanged["form"] == 1


def test_an_import_counts_each_updated_mission_and_reports_its_progress(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        first, _ = seed(field, SAMPLE)
        second, _ = seed(field, {"info/name": "another"})
        export_package(field, tmp_path / "before.xlsx", charts=False)
        for mission, title in ((first, "Renamed one"), (second, "Renamed two")):
            field.update_mission(
                mission.uuid, country="KHM", title=title, phase="strategy", team=["Sok"]
            )
        export_package(field, tmp_path / "after.xlsx", charts=False)
    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, tmp_path / "before.xlsx")
        calls: list[tuple[int, int, str]] = []
        report = import_package(
            hq, tmp_path / "after.xlsx", progress=lambda *call: calls.append(call)
        )
        assert report.updated["mission"] == 2
        assert sorted(m.title for m in hq.missions()) == ["Renamed one", "Renamed two"]
    assert calls and all(isinstance(total, int) and 0 <= done <= total for done, total, _ in calls)


def test_a_long_merge_reports_how_far_it_is_out_of_its_whole_length(tmp_path):
    people = 600
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, {f"people[{n}]/person": f"person {n}" for n in range(1, people + 1)})
        export_package(field, tmp_path / "big.xlsx", charts=False)
    merging: list[tuple[int, int]] = []

    def progress(done: int, total: int, label: str) -> None:
        if label.startswith("merging"):
            merging.append((done, total))

    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, tmp_path / "big.xlsx", progress=progress)
    assert merging == [(500, 2 * people), (1000, 2 * people)]  # answers and their audit
