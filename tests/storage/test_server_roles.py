"""The README's roles for an HQ server, run as written: analysts write, viewers only read.

The two SQL blocks of README's *HQ server* section are read from the README
itself, so the documentation cannot drift from what was tested.  Names get a
suffix of this run's own (roles belong to the whole server).
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from forms.errors import StorageError
from storage import Database
from storage.editing import SubmissionEditor, stored_form
from tests.exports.package.support import seed
from tests.postgres_server import database_url

README = Path(__file__).resolve().parents[2] / "README.md"
NAMES = ("fieldwheel_owner", "fieldwheel_analysts", "fieldwheel_viewers", "ana", "ben", "vik")


def readme_blocks() -> tuple[str, str]:
    """The administrator's block and the owner's grants, from the HQ server section."""
    section = README.read_text(encoding="utf-8").split("## HQ server", 1)[1].split("\n## ", 1)[0]
    administrator, grants = re.findall(r"```sql\n(.*?)```", section, re.DOTALL)
    return administrator, grants


def _statements(block: str, names: dict[str, str]) -> list[str]:
    for name, unique in names.items():
        block = re.sub(rf"\b{name}\b", unique, block)
    return [statement.strip() for statement in block.split(";") if statement.strip()]


def _as(url: str, role: str) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{role}@{parts.netloc.rpartition('@')[2]}").geturl()


@pytest.fixture
def hq(postgres_server, tmp_path):
    """The README's database and roles on the test server: URLs for owner, analyst, viewer."""
    suffix = uuid.uuid4().hex[:8]
    names = {name: f"{name}_{suffix}" for name in NAMES}
    names["fieldwheel"] = f"fieldwheel_{suffix}"
    administrator, grants = readme_blocks()
    with psycopg.connect(postgres_server.url, autocommit=True) as admin:
        for statement in _statements(administrator, names):
            admin.execute(statement)
    database = database_url(postgres_server.url, names["fieldwheel"])
    owner = _as(database, names["fieldwheel_owner"])
    Database(owner).close()  # the owner creates the tables
    with psycopg.connect(owner, autocommit=True) as connection:
        for statement in _statements(grants, names):
            connection.execute(statement)
    yield {role: _as(database, names[role]) for role in ("fieldwheel_owner", "ana", "ben", "vik")}
    with psycopg.connect(postgres_server.url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{names["fieldwheel"]}" WITH (FORCE)')
        for name in reversed(NAMES):
            admin.execute(f"DROP ROLE {names[name]}")


@pytest.fixture
def package(tmp_path) -> Path:
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, {"info/name": "from the field"})
        export_package(field, tmp_path / "KHM.xlsx", charts=False)
    return tmp_path / "KHM.xlsx"


def test_an_analyst_imports_and_edits_but_cannot_rewrite_the_audit_log(hq, package):
    with Database(hq["ana"]) as analyst:
        analyst.set_author("Ana")
        import_package(analyst, package)
        [mission] = analyst.missions()
        [submission] = analyst.submissions(mission.uuid)
        analyst.save_answer(submission.uuid, "info/name", "checked at HQ", "Ana")
        assert analyst.answers(submission.uuid)["info/name"] == "checked at HQ"
        for change in ("UPDATE audit SET by = 'someone else'", "DELETE FROM audit"):
            with pytest.raises(StorageError, match="may not change"), analyst.transaction() as tx:
                tx.execute(change)
        assert len(analyst.audit(submission.uuid)) == 2


def test_each_analyst_is_credited_as_themself(hq, package):
    """One server, one ``device``: the name an analyst gives is their role's, not everyone's."""
    with Database(hq["ana"]) as ana, Database(hq["ben"]) as ben:
        assert ana.author() == "" and ben.author() == ""
        ana.set_author("Ana Sok")
        ben.set_author("Ben Dara")
        assert (ana.author(), ben.author()) == ("Ana Sok", "Ben Dara")
        assert ana.device_uuid == ben.device_uuid  # the database's identity, in its packages
        import_package(ana, package)
        [mission] = ben.missions()
        [submission] = ben.submissions(mission.uuid)
        for analyst, value in ((ana, "checked by Ana"), (ben, "checked by Ben")):
            form = SubmissionEditor(
                analyst, submission, stored_form(analyst, submission), by=analyst.author()
            )
            form.set("info/name", value)
        history = [(entry.new_value, entry.by) for entry in ana.audit(submission.uuid)][-2:]
    assert history == [("checked by Ana", "Ana Sok"), ("checked by Ben", "Ben Dara")]
    with Database(hq["ana"]) as again:
        assert again.author() == "Ana Sok"


def test_a_viewer_reads_everything_and_changes_nothing(hq, package):
    with Database(hq["ana"]) as analyst:
        import_package(analyst, package)
    with psycopg.connect(hq["vik"]) as viewer:
        assert viewer.execute("SELECT count(*) FROM missions").fetchone()[0] == 1
        assert viewer.execute("SELECT count(*) FROM audit").fetchone()[0] == 1
        for change in (
            "UPDATE answers SET value = 'x'",
            "DELETE FROM missions",
            "INSERT INTO device (uuid, created_at) VALUES ('x', 'y')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                viewer.execute(change)
            viewer.rollback()


def test_a_viewer_opens_the_database_in_fieldwheel(hq, package):
    with Database(hq["ana"]) as analyst:
        import_package(analyst, package)
    with Database(hq["vik"]) as viewer:
        assert len(viewer.missions()) == 1


def test_nobody_else_may_connect(hq, postgres_server):
    stranger = f"stranger_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server.url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {stranger} LOGIN")
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(_as(hq["ana"], stranger)).close()
    finally:
        with psycopg.connect(postgres_server.url, autocommit=True) as admin:
            admin.execute(f"DROP ROLE {stranger}")
