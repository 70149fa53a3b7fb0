"""Khmer substring search on a server goes through ``pg_trgm``'s index, not a reading of all.

The database is made with a UTF-8 ``LC_CTYPE``, as ``initdb`` makes it on a
UTF-8 system (the test cluster's own default is the ``C`` locale, under which
trigrams of non-Latin letters are not extracted).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from storage import Database
from storage.search.postgres import statement
from storage.search.query import parse
from tests.postgres_server import database_url
from tests.storage.search.conftest import found

pytestmark = pytest.mark.postgres
RUN = "ខ្សែកាបក្រោមសមុទ្រថ្មី"


@pytest.fixture
def utf8_url(postgres_server) -> Iterator[str]:
    name = f"fieldwheel_test_utf8_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server.url, autocommit=True) as admin:
        admin.execute(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"
            " LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
        )
    url = database_url(postgres_server.url, name)
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def db(utf8_url) -> Iterator[Database]:
    with Database(utf8_url) as database:
        yield database


@pytest.fixture
def mission(db):
    return db.create_mission("KHM", "Cambodia", "strategy")


def test_a_khmer_substring_is_found_through_the_trigram_index(db, editor_for):
    editor = editor_for()
    editor.set("evidence", RUN)
    editor_for().set("evidence", "Kampot ក្រុងកំពត")
    hit = (editor.submission.uuid, "evidence")
    assert found(db, "ក្រោមសមុទ្រ") == [hit]
    assert found(db, "សមុទ្រ kampot") == []
    sql, params = statement(parse("ក្រោមសមុទ្រ"), None, None, 20)
    with db.transaction() as tx:  # a few rows are read faster without it: ask for it
        tx.execute("SET LOCAL enable_seqscan = off")
        plan = "\n".join(row[0] for row in tx.execute(f"EXPLAIN {sql}", params).fetchall())
    assert "Bitmap Index Scan on search_docs_no_space" in plan


def test_only_documents_in_scripts_without_spaces_are_indexed(db, editor_for):
    editor_for().set("evidence", RUN)
    editor_for().set("evidence", "Latin text only")
    [(indexed,)] = db.rows(
        "SELECT count(*) FROM search_docs d WHERE (d.body || ' ' || d.labels) ~ '[ក-៿]'"
    )
    [(definition,)] = db.rows(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_docs_no_space'"
    )
    assert indexed == 1
    assert "gin_trgm_ops" in definition and "WHERE" in definition
