"""A real PostgreSQL server for the tests, thrown away at the end of the run.

Loaded from ``tests/conftest.py`` as a plugin.  ``postgres_server`` (one per
session) starts a private cluster with the distribution's own ``initdb`` and
``pg_ctl`` in a temporary folder: trust authentication, reachable only through
a unix socket inside that folder (no TCP port open to anyone), fsync left on
so it behaves like the server an HQ runs.  As root it runs as the
``postgres`` user, because PostgreSQL refuses to run as root.  At the end of
the session it is stopped and its folder removed, also when tests failed.

``postgres_url`` gives each test a fresh, empty database of its own (created
with a unique name, dropped afterwards).  ``FIELDWHEEL_TEST_POSTGRES`` set to
a ``postgresql://`` URL points both at an existing server instead (the role
needs CREATEDB).

A machine without the PostgreSQL binaries fails these tests with a sentence
saying what to install: the promise is that none is skipped in CI.  Every test
that uses the fixtures carries the ``postgres`` marker, so ``-m postgres``
runs only them and ``-m 'not postgres'`` leaves them out on purpose.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import pytest

ENVIRONMENT_VARIABLE = "FIELDWHEEL_TEST_POSTGRES"
SUPERUSER = "postgres"
UNPRIVILEGED_USER = "postgres"  # the user Debian's postgresql package creates
BINARY_FOLDERS = "/usr/lib/postgresql/*/bin"
FIXTURES = frozenset({"postgres_server", "postgres_url"})
START_TIMEOUT_SECONDS = 120


class PostgresMissingError(RuntimeError):
    """The machine has no PostgreSQL binaries, or no user to run them as."""


def find_bindir(folders: str = BINARY_FOLDERS) -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``, the newest version first.

    Debian keeps them off PATH in ``/usr/lib/postgresql/<version>/bin``;
    elsewhere ``pg_config --bindir`` or PATH knows.
    """
    candidates = sorted(Path("/").glob(folders.lstrip("/")), key=_version, reverse=True)
    pg_config = shutil.which("pg_config")
    if pg_config:
        answer = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        candidates.append(Path(answer.stdout.strip()))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresMissingError(
        "The PostgreSQL server binaries (initdb, pg_ctl) were not found in "
        f"{folders}, by pg_config or on PATH: install the server "
        "(`apt-get install postgresql`, as .ci/run does) or set "
        f"{ENVIRONMENT_VARIABLE} to the URL of an existing server."
    )


def _version(folder: Path) -> tuple[int, ...]:
    name = folder.parent.name
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    """A port nobody listens on, so the socket's name cannot clash with another server's."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(server_url: str, name: str) -> str:
    """The same server and role as ``server_url``, on database ``name``."""
    parts = urlsplit(server_url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "dbname"]
    return urlunsplit(parts._replace(path="/" + quote(name), query=urlencode(query)))


class ThrowawayCluster:
    """A PostgreSQL cluster in a temporary folder: ``start()``, then ``stop()`` removes it all."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="fieldwheel-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            self._run_as_unprivileged_user()

    def _run_as_unprivileged_user(self) -> None:
        try:
            user = pwd.getpwnam(UNPRIVILEGED_USER)
        except KeyError:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise PostgresMissingError(
                "PostgreSQL refuses to run as root and there is no "
                f"'{UNPRIVILEGED_USER}' user to run it as: install the postgresql package."
            ) from None
        os.chown(self.folder, user.pw_uid, user.pw_gid)
        self._as_user = ["runuser", "-u", UNPRIVILEGED_USER, "--"]

    @property
    def url(self) -> str:
        """The maintenance database, as the superuser, through the socket in our folder."""
        query = urlencode({"host": str(self.folder), "port": str(self.port)})
        return f"postgresql://{SUPERUSER}@/postgres?{query}"

    def _run(self, program: str, *arguments: str) -> None:
        command = [*self._as_user, str(self.bindir / program), *arguments]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{program} failed ({done.returncode}): {done.stdout}{done.stderr}{log}"
            )

    def start(self) -> str:
        """Creates and starts the cluster; returns the URL of its maintenance database."""
        self._run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-instructions",
        )
        options = f"-k {shlex.quote(str(self.folder))} -c listen_addresses='' -p {self.port}"
        self._run(
            "pg_ctl",
            "--pgdata",
            str(self.data),
            "--log",
            str(self.log),
            "--options",
            options,
            "--timeout",
            str(START_TIMEOUT_SECONDS),
            "--wait",
            "start",
        )
        return self.url

    def stop(self) -> None:
        """Stops the server (if it runs) and removes the folder, whatever happened before."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "--pgdata", str(self.data), "--mode", "fast", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class PostgresServer:
    """A running server the tests may create databases on (ours or ``FIELDWHEEL_TEST_POSTGRES``).

    Dropping a database waits for a checkpoint (a second or more with fsync
    on), so the per-test databases are dropped by one background thread while
    the next test runs; ``finish()`` waits for the last of them.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._dropper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drop-database")
        self._drops: list[Future[None]] = []

    def _admin(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def create_database(self) -> str:
        """A new empty database with a name of its own; returns its URL."""
        name = f"fieldwheel_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return database_url(self.url, name)

    def drop_database(self, url: str) -> None:
        """Drops the database at ``url``, closing whatever connections a test left open."""
        name = unquote(urlsplit(url).path.lstrip("/"))
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @contextlib.contextmanager
    def fresh_database(self, *, drop_in_background: bool = False) -> Iterator[str]:
        """The URL of an empty database for the ``with`` block, dropped afterwards."""
        url = self.create_database()
        try:
            yield url
        finally:
            if drop_in_background:
                self._drops.append(self._dropper.submit(self.drop_database, url))
            else:
                self.drop_database(url)

    def finish(self) -> None:
        """Waits for the databases still being dropped; raises if one could not be."""
        self._dropper.shutdown(wait=True)
        for drop in self._drops:
            drop.result()


@contextlib.contextmanager
def _interrupted_by_sigterm() -> Iterator[None]:
    """A run stopped with SIGTERM (a CI timeout, ``kill``) still stops and removes its server.

    The signal becomes a ``KeyboardInterrupt``, which pytest turns into an
    orderly end running every fixture's teardown; a handler someone else
    installed, or a thread other than the main one, is left alone.
    """
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield
        return

    def interrupt(_signal: int, _frame: object) -> None:
        raise KeyboardInterrupt("SIGTERM")

    signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    """The server named by ``FIELDWHEEL_TEST_POSTGRES``, or a throwaway cluster for the block."""
    existing = os.environ.get(ENVIRONMENT_VARIABLE)
    if existing:
        server = PostgresServer(existing)
        try:
            yield server
        finally:
            server.finish()
        return
    with _interrupted_by_sigterm():
        cluster = ThrowawayCluster(find_bindir())
        try:
            server = PostgresServer(cluster.start())
            try:
                yield server
            finally:
                server.finish()
        finally:
            cluster.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run (started on first use)."""
    try:
        with running_server() as server:
            yield server
    except PostgresMissingError as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A ``postgresql://`` URL of an empty database of this test's own."""
    with postgres_server.fresh_database(drop_in_background=True) as url:
        yield url


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test on the real server is marked ``postgres``, however it reaches the fixtures."""
    for item in items:
        if FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
