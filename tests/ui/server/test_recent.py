"""The last server databases opened, remembered in the settings file."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from ui.server.recent import KEPT, recent_servers, remember_server
from ui.shared import settings


@pytest.fixture
def store():
    return settings.open_settings()


def test_newest_first_once_each_and_only_the_last_few(store):
    for number in range(KEPT + 2):
        remember_server(store, f"postgresql://hq/db{number}")
    remember_server(store, "postgresql://hq/db3")
    assert recent_servers(store) == [
        "postgresql://hq/db3",
        "postgresql://hq/db6",
        "postgresql://hq/db5",
        "postgresql://hq/db4",
        "postgresql://hq/db2",
    ]


def test_a_password_is_never_remembered(store):
    with pytest.raises(UserError):
        remember_server(store, "postgresql://ana:secret@hq/db")
    assert "secret" not in settings.RECENT_SERVERS.read(store)


def test_lines_edited_by_hand_into_something_unusable_are_left_out(store):
    settings.RECENT_SERVERS.write(
        store, "postgresql://ana:secret@hq/db\nnonsense\npostgresql://hq/kept\n"
    )
    assert recent_servers(store) == ["postgresql://hq/kept"]
