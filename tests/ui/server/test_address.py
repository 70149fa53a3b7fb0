"""Server addresses: fields and URLs in step, and never a password kept."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from ui.server.address import ServerAddress, is_server_url, parse_port, parse_url


def test_fields_become_a_url_and_back():
    address = ServerAddress(host="hq.example.org", port=5433, database="fieldwheel", user="ana")
    assert address.url() == "postgresql://ana@hq.example.org:5433/fieldwheel"
    assert parse_url(address.url()) == address


def test_the_defaults_leave_host_port_and_user_to_postgresql():
    assert ServerAddress(database="fieldwheel").url() == "postgresql:///fieldwheel"
    assert parse_url("postgresql:///fieldwheel") == ServerAddress(database="fieldwheel")


def test_a_socket_folder_and_other_settings_survive_the_round_trip():
    url = "postgresql://ana@/fw?host=%2Fvar%2Frun%2Fpostgresql&sslmode=require"
    address = parse_url(url)
    assert address.host == "/var/run/postgresql"
    assert address.parameters == (("sslmode", "require"),)
    assert parse_url(address.url()) == address


def test_odd_names_are_quoted():
    address = ServerAddress(host="::1", database="terrain 2026", user="o'brien@hq")
    assert parse_url(address.url()) == address
    assert "[::1]" in address.url()


def test_the_postgres_scheme_and_query_parameters_name_the_same_parts():
    assert parse_url("postgres://h/db") == ServerAddress(host="h", database="db")
    assert parse_url("postgresql://?host=h&dbname=db&user=u") == ServerAddress(
        host="h", database="db", user="u"
    )


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://ana:secret@hq/fieldwheel",
        "postgresql://ana:@hq/fieldwheel",
        "postgresql://ana@hq/fieldwheel?password=secret",
    ],
)
def test_a_password_is_refused_with_where_it_belongs(url):
    with pytest.raises(UserError) as refused:
        parse_url(url)
    for place in ("PGPASSWORD", "~/.pgpass", "service file"):
        assert place in refused.value.message
    assert "secret" not in refused.value.message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("hq/fieldwheel", "starts with postgresql://"),
        ("mysql://hq/fieldwheel", "starts with postgresql://"),
        ("postgresql://hq", "Say which database"),
        ("postgresql://hq:99999/db", "1 to 65535"),
        ("postgresql://hq:port/db", "1 to 65535"),
    ],
)
def test_an_address_that_names_no_database_is_refused_in_a_sentence(url, words):
    with pytest.raises(UserError, match=words):
        parse_url(url)


def test_a_service_names_the_database_itself():
    assert parse_url("postgresql://?service=hq").parameters == (("service", "hq"),)


def test_urls_are_told_from_files():
    assert is_server_url(" PostgreSQL://hq/db")
    assert not is_server_url("/home/ana/fieldwheel.sqlite3")


def test_the_port_field():
    assert parse_port(" ") is None
    assert parse_port("6432") == 6432
    with pytest.raises(UserError):
        parse_port("0")
