"""The throwaway PostgreSQL server the tests run against (tests/postgres_server.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import psycopg
import pytest

from tests import postgres_server as plugin

# With FIELDWHEEL_TEST_POSTGRES set, the machine need not have a server of its own.
needs_local_binaries = pytest.mark.skipif(
    bool(os.environ.get(plugin.ENVIRONMENT_VARIABLE)),
    reason=f"{plugin.ENVIRONMENT_VARIABLE} names an existing server",
)


def _one(url: str, query: str, *parameters):
    with psycopg.connect(url) as connection:
        return connection.execute(query, parameters).fetchone()[0]


def _databases(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        return {name for (name,) in connection.execute("SELECT datname FROM pg_database")}


@needs_local_binaries
def test_a_throwaway_cluster_listens_on_its_own_socket_and_leaves_nothing_behind():
    cluster = plugin.ThrowawayCluster(plugin.find_bindir())
    try:
        url = cluster.start()
        assert _one(url, "SELECT 1") == 1
        assert _one(url, "SHOW listen_addresses") == ""
        assert _one(url, "SHOW unix_socket_directories") == str(cluster.folder)
        assert _one(url, "SHOW fsync") == "on"
        assert _one(url, "SHOW server_encoding") == "UTF8"
        assert (cluster.folder / f".s.PGSQL.{cluster.port}").is_socket()
        assert cluster.data.stat().st_uid != 0, "PostgreSQL runs as an unprivileged user"
    finally:
        cluster.stop()
    assert not cluster.folder.exists()


def test_a_cluster_that_fails_to_start_is_removed_all_the_same(tmp_path):
    fake = tmp_path / "bin"
    fake.mkdir()
    for program in ("initdb", "pg_ctl"):
        (fake / program).write_text("#!/bin/sh\nexit 3\n")
        (fake / program).chmod(0o755)
    cluster = plugin.ThrowawayCluster(fake)
    with pytest.raises(RuntimeError, match="initdb failed"):
        cluster.start()
    cluster.stop()
    assert not cluster.folder.exists()


def test_each_test_gets_an_empty_database_of_its_own(postgres_server, postgres_url):
    assert postgres_url.startswith("postgresql://")
    assert postgres_url != postgres_server.url
    tables = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
    assert _one(postgres_url, tables) == 0
    with psycopg.connect(postgres_url) as connection:
        connection.execute("CREATE TABLE mine (x integer)")
    assert _one(postgres_url, tables) == 1


def test_tests_on_the_server_carry_the_postgres_marker(request, postgres_url):
    assert request.node.get_closest_marker("postgres") is not None


def test_a_fresh_database_is_dropped_afterwards_even_with_a_connection_left_open(
    postgres_server,
):
    with postgres_server.fresh_database() as first, postgres_server.fresh_database() as second:
        assert first != second
        name = _one(first, "SELECT current_database()")
        left_open = psycopg.connect(first)
    try:
        assert name not in _databases(postgres_server.url)
        assert _is_dead(left_open)
    finally:
        left_open.close()


def test_databases_dropped_in_the_background_are_gone_once_finished(postgres_server):
    server = plugin.PostgresServer(postgres_server.url)
    names = []
    for _ in range(2):
        with server.fresh_database(drop_in_background=True) as url:
            names.append(_one(url, "SELECT current_database()"))
    server.finish()
    assert not set(names) & _databases(postgres_server.url)


def _is_dead(connection: psycopg.Connection) -> bool:
    try:
        connection.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return False


def test_the_environment_variable_points_at_an_existing_server(postgres_server, monkeypatch):
    def no_cluster(*_):
        raise AssertionError("a cluster was started although a server was named")

    monkeypatch.setenv(plugin.ENVIRONMENT_VARIABLE, postgres_server.url)
    monkeypatch.setattr(plugin, "ThrowawayCluster", no_cluster)
    with plugin.running_server() as server, server.fresh_database() as url:
        assert server.url == postgres_server.url
        assert _one(url, "SELECT 1") == 1


def test_a_database_url_keeps_the_server_the_role_and_the_socket():
    server = "postgresql://analyst@db.hq.example:5433/postgres?sslmode=require&dbname=x"
    assert plugin.database_url(server, "fw_1") == (
        "postgresql://analyst@db.hq.example:5433/fw_1?sslmode=require"
    )
    socket = "postgresql://postgres@/postgres?host=%2Ftmp%2Fpg&port=6000"
    assert plugin.database_url(socket, "fw_2") == (
        "postgresql://postgres@/fw_2?host=%2Ftmp%2Fpg&port=6000"
    )


def test_the_newest_installed_version_is_used(tmp_path):
    for version in ("9.6", "13", "15"):
        folder = tmp_path / "lib" / version / "bin"
        folder.mkdir(parents=True)
        for program in ("initdb", "pg_ctl"):
            (folder / program).touch()
    assert plugin.find_bindir(f"{tmp_path}/lib/*/bin") == tmp_path / "lib" / "15" / "bin"


def test_missing_binaries_fail_with_a_sentence_saying_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(plugin.PostgresMissingError, match=r"apt-get install postgresql"):
        plugin.find_bindir(f"{tmp_path}/nothing/*/bin")


@needs_local_binaries
def test_the_binaries_of_this_machine_are_found():
    folder = plugin.find_bindir()
    assert (folder / "initdb").is_file()
    assert os.access(Path(folder) / "pg_ctl", os.X_OK)


@needs_local_binaries
def test_a_run_stopped_with_sigterm_still_removes_its_server():
    script = (
        "import sys, time; from tests.postgres_server import running_server\n"
        "with running_server() as server:\n"
        "    print(server.url.split('host=')[1].split('&')[0], flush=True)\n"
        "    time.sleep(600)\n"
    )
    root = Path(__file__).resolve().parents[1]
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=root, stdout=subprocess.PIPE, text=True
    )
    folder = Path(unquote(child.stdout.readline().strip()))
    assert folder.is_dir()
    child.send_signal(signal.SIGTERM)
    child.communicate(timeout=120)
    assert not folder.exists()
