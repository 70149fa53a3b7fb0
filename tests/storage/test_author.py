"""The person at a database is the database's own: never carried over from another one."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from storage import Database


def test_a_new_database_has_no_author_until_one_is_given(tmp_path):
    with Database(tmp_path / "a.sqlite3") as first, Database(tmp_path / "b.sqlite3") as second:
        assert first.author() == ""
        first.set_author("  Sok   Dara ")
        assert first.author() == "Sok Dara"
        assert second.author() == ""
    with Database(tmp_path / "a.sqlite3") as again:
        assert again.author() == "Sok Dara"


def test_a_blank_name_is_refused(tmp_path):
    with Database(tmp_path / "a.sqlite3") as db:
        db.set_author("Sok")
        with pytest.raises(UserError):
            db.set_author("   ")
        assert db.author() == "Sok"
