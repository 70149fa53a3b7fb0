"""What only a server database does: PostgreSQL enforcing, its errors, two connections at once."""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg
import pytest

from forms.errors import StorageError
from storage import Database
from storage.backends import ServerUrl, mission_lock
from storage.backends.postgres import to_psycopg
from storage.database import AnswersChangedError
from storage.merge import PackageRecords, merge_package

STAMP = "2026-11-20T09:00:00.000000Z"


def with_password(url: str, password: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://postgres:{password}@", 1)


def test_placeholders_become_psycopgs_and_a_percent_stays_literal():
    assert to_psycopg("SELECT ? WHERE a LIKE '%x?' AND b = ?") == (
        "SELECT %s WHERE a LIKE '%%x?' AND b = %s"
    )
    assert to_psycopg('SELECT "odd?%" FROM t WHERE c % 2 = ?') == (
        'SELECT "odd?%%" FROM t WHERE c %% 2 = %s'
    )


def test_a_url_never_shows_its_password():
    url = ServerUrl("postgresql://ana:s3cret@hq.example/fieldwheel?password=other&port=5433")
    assert "s3cret" not in url and "other" not in url
    assert url == "postgresql://ana@hq.example/fieldwheel?port=5433"
    assert url.name == "fieldwheel"
    assert "s3cret" in url.url  # kept to connect again from another thread


def test_a_new_server_database_is_created_once_and_keeps_its_device(postgres_url):
    with Database(postgres_url) as first:
        assert first.created and first.kind == "postgresql"
        device = first.device_uuid
    with Database(postgres_url) as again:
        assert not again.created
        assert again.device_uuid == device
        assert str(again.path) == postgres_url


def test_the_audit_log_is_append_only_in_the_server_itself(postgres_url):
    with Database(postgres_url) as db:
        mission = db.create_mission("KHM", "Cambodia", "strategy")
        db.save_form("tiny", "1", "Tiny", "tiny.md", b"| survey |", "0" * 64)
        submission = db.create_submission(mission.uuid, "tiny", "1", "Sok")
        db.save_answer(submission.uuid, "a", "1", "Sok")
    with psycopg.connect(postgres_url, autocommit=True) as raw:
        for sql in ("DELETE FROM audit", "UPDATE audit SET new_value = 'forged'", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                raw.execute(sql)
        assert raw.execute("SELECT new_value FROM audit").fetchall() == [("1",)]


def test_a_percent_in_a_value_and_a_like_pattern_round_trips(postgres_url):
    with Database(postgres_url) as db:
        mission = db.create_mission("KHM", "50% done?", "strategy", notes="100%")
        rows = db.query(
            "SELECT title FROM missions WHERE title LIKE '%\\%%' ESCAPE '\\' AND uuid = ?",
            (mission.uuid,),
        )
        assert rows == [{"title": "50% done?"}]


def test_a_missing_database_is_one_sentence_without_the_password(postgres_url):
    url = with_password(postgres_url.replace("/fieldwheel_test_", "/nowhere_", 1), "s3cret")
    with pytest.raises(StorageError) as refused:
        Database(url)
    assert refused.value.code == "no-such-database"
    assert "s3cret" not in refused.value.message
    assert len(refused.value.message.splitlines()) == 1


def test_a_server_that_is_down_is_one_sentence():
    url = "postgresql://postgres:s3cret@127.0.0.1:1/fieldwheel?connect_timeout=2"
    with pytest.raises(StorageError) as refused:
        Database(url)
    assert refused.value.code == "server-down"
    assert "s3cret" not in refused.value.message
    assert "postgresql://postgres@127.0.0.1:1/fieldwheel" in refused.value.message


def test_another_programs_database_is_refused_untouched(postgres_url):
    with psycopg.connect(postgres_url, autocommit=True) as raw:
        raw.execute("CREATE TABLE customers (id integer)")
    with pytest.raises(StorageError) as refused:
        Database(postgres_url)
    assert refused.value.code == "not-fieldwheel"
    with psycopg.connect(postgres_url, autocommit=True) as raw:
        tables = raw.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("customers",)]


def test_a_read_only_role_reads_but_cannot_write(postgres_url):
    with Database(postgres_url) as db:
        db.create_mission("KHM", "Cambodia", "strategy")
    with psycopg.connect(postgres_url, autocommit=True) as raw:
        raw.execute("DROP ROLE IF EXISTS fw_viewer")
        raw.execute("CREATE ROLE fw_viewer LOGIN")
        raw.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO fw_viewer")
    viewer = postgres_url.replace("postgresql://postgres@", "postgresql://fw_viewer@", 1)
    try:
        with Database(viewer) as db:
            assert [m.title for m in db.missions()] == ["Cambodia"]
            with pytest.raises(StorageError) as refused:
                db.create_mission("MDG", "Madagascar", "strategy")
        assert refused.value.code == "permission-denied"
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as raw:
            raw.execute("DROP OWNED BY fw_viewer")
            raw.execute("DROP ROLE fw_viewer")


def test_a_snapshot_of_a_server_database_points_to_postgresqls_tools(postgres_url, tmp_path):
    with Database(postgres_url) as db, pytest.raises(StorageError, match="pg_dump"):
        db.snapshot(tmp_path / "copy.sqlite3")


def _seeded(url: str) -> tuple[str, str]:
    with Database(url) as db:
        mission = db.create_mission("KHM", "Cambodia", "strategy", at=STAMP)
        db.save_form("tiny", "1", "Tiny", "tiny.md", b"| survey |", "0" * 64)
        submission = db.create_submission(mission.uuid, "tiny", "1", "Sok", at=STAMP)
        db.save_answer(submission.uuid, "q", "local", "Sok", at=STAMP)
    return mission.uuid, submission.uuid


def test_an_edit_waits_for_an_import_of_its_mission_and_then_sees_it(postgres_url):
    mission, submission = _seeded(postgres_url)
    outcome: list[Any] = []

    def edit() -> None:
        with Database(postgres_url) as editor:
            try:
                editor.save_answers(submission, {"q": "typed"}, "Sok", expected={"q": "local"})
                outcome.append("saved")
            except AnswersChangedError as error:
                outcome.append(error)

    with (
        Database(postgres_url) as importer,
        importer.transaction(locks=[mission_lock(mission)]) as tx,
    ):
        tx.execute("UPDATE answers SET value = 'imported' WHERE submission_uuid = ?", (submission,))
        editing = threading.Thread(target=edit)
        editing.start()
        time.sleep(0.5)
        assert editing.is_alive()  # waiting for the import's transaction
    editing.join(10)
    assert isinstance(outcome[0], AnswersChangedError)  # refused, not written over
    with Database(postgres_url) as db:
        assert db.answers(submission) == {"q": "imported"}


def _package(mission: str, submission: str, value: str, package: str) -> PackageRecords:
    at = "2026-11-21T10:00:00.000000Z"
    answer = {
        "submission_uuid": submission,
        "path": "q",
        "value": value,
        "updated_at": at,
        "updated_by": "Dara",
    }
    entry = {
        "submission_uuid": submission,
        "path": "q",
        "old_value": "local",
        "new_value": value,
        "at": at,
        "by": "Dara",
        "device_uuid": "field",
    }
    sub = {"uuid": submission, "mission_uuid": mission, "form_id": "tiny", "form_version": "1"}
    sub |= {"status": "draft", "author": "Sok", "device_uuid": "field", "created_at": STAMP}
    sub |= {"updated_at": at, "deleted_at": None, "last_path": None}
    return PackageRecords(package, "field", f"hash-{package}", [], [], [sub], [answer], [entry])


def test_the_same_package_imported_twice_at_once_is_merged_once(postgres_url):
    mission, submission = _seeded(postgres_url)
    reports = []

    def merge() -> None:
        with Database(postgres_url) as db:
            package = _package(mission, submission, "field", "package-1")
            reports.append(merge_package(db, package, file_name="p.xlsx"))

    threads = [threading.Thread(target=merge) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(reports) == 2
    assert sorted(r.conflicts for r in reports) == [0, 1]
    assert sorted(r.audit_added for r in reports) == [0, 1]
    with Database(postgres_url) as db:
        assert db.answers(submission) == {"q": "local"}  # kept until someone chooses
        assert [e.new_value for e in db.audit(submission)] == ["local", "field"]
        assert db.query("SELECT count(*) AS n FROM imports")[0]["n"] == 1
        assert db.query("SELECT count(*) AS n FROM conflicts")[0]["n"] == 1


def test_an_edit_before_an_import_ends_as_a_recorded_conflict(postgres_url):
    mission, submission = _seeded(postgres_url)
    with Database(postgres_url) as editor:
        editor.save_answers(submission, {"q": "typed at hq"}, "Lead", expected={"q": "local"})
    with Database(postgres_url) as importer:
        report = merge_package(
            importer, _package(mission, submission, "field", "package-2"), file_name="p.xlsx"
        )
        assert report.conflicts == 1
        assert importer.answers(submission) == {"q": "typed at hq"}
        stored = importer.query("SELECT local_value, package_value FROM conflicts")
        assert stored == [{"local_value": "typed at hq", "package_value": "field"}]
