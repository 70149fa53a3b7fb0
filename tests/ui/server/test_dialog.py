"""File ▸ Open server database…: the dialog, its fields, its URL and its refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from ui.server import dialog as server_dialog
from ui.server.dialog import ServerDialog, ask_server_url
from ui.server.recent import remember_server
from ui.shared import prompts, settings


def _dialog(qtbot, recent=()) -> ServerDialog:
    dialog = ServerDialog(list(recent))
    qtbot.addWidget(dialog)
    return dialog


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def _open(dialog: ServerDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Open).click()


def test_the_fields_typed_make_the_url(qtbot):
    dialog = _dialog(qtbot)
    _type(qtbot, dialog.host, "hq.example.org")
    _type(qtbot, dialog.port, "5433")
    _type(qtbot, dialog.database, "fieldwheel")
    _type(qtbot, dialog.user, "ana")
    assert dialog.url.text() == "postgresql://ana@hq.example.org:5433/fieldwheel"
    _open(dialog)
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert dialog.chosen == "postgresql://ana@hq.example.org:5433/fieldwheel"


def test_a_url_typed_fills_the_fields(qtbot):
    dialog = _dialog(qtbot)
    _type(qtbot, dialog.url, "postgresql://ben@db.hq:6432/consolidation?sslmode=require")
    assert (dialog.host.text(), dialog.port.text()) == ("db.hq", "6432")
    assert (dialog.database.text(), dialog.user.text()) == ("consolidation", "ben")
    _type(qtbot, dialog.database, "archive")
    assert dialog.url.text() == "postgresql://ben@db.hq:6432/archive?sslmode=require"


def test_a_password_in_the_url_is_refused_and_the_dialog_stays_open(qtbot):
    dialog = _dialog(qtbot)
    _type(qtbot, dialog.url, "postgresql://ana:secret@hq/fieldwheel")
    _open(dialog)
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert dialog.chosen is None
    assert "PGPASSWORD" in dialog.error.text()
    assert not dialog.error.isHidden()


def test_the_dialog_has_no_password_field_and_says_where_passwords_go(qtbot):
    dialog = _dialog(qtbot)
    assert not [
        field
        for field in dialog.findChildren(QLineEdit)
        if field.echoMode() != QLineEdit.EchoMode.Normal
    ]
    for place in ("PGPASSWORD", "~/.pgpass", "service file"):
        assert place in dialog.note.text()


def test_nothing_typed_is_refused_in_a_sentence(qtbot):
    dialog = _dialog(qtbot)
    _open(dialog)
    assert dialog.chosen is None
    assert "postgresql://" in dialog.error.text()


def test_a_recent_address_chosen_fills_everything(qtbot):
    dialog = _dialog(qtbot, ["postgresql://ana@hq/first", "postgresql://ben@hq2:5999/second"])
    assert dialog.recent.isVisibleTo(dialog)
    dialog.recent.setCurrentIndex(1)
    assert dialog.url.text() == "postgresql://ben@hq2:5999/second"
    assert (dialog.host.text(), dialog.port.text(), dialog.user.text()) == ("hq2", "5999", "ben")


def test_without_recent_addresses_the_list_is_not_shown(qtbot):
    dialog = _dialog(qtbot)
    assert not dialog.recent.isVisibleTo(dialog)


def test_ask_offers_the_remembered_addresses_and_gives_the_url(qtbot, monkeypatch):
    store = settings.open_settings()
    remember_server(store, "postgresql://ana@hq/fieldwheel")
    seen = []

    def answer(dialog):
        qtbot.addWidget(dialog)
        seen.append([dialog.recent.itemText(i) for i in range(dialog.recent.count())])
        dialog.recent.setCurrentIndex(0)
        dialog.accept()
        return True

    monkeypatch.setattr(prompts, "run_dialog", answer)
    assert ask_server_url(None, store) == "postgresql://ana@hq/fieldwheel"
    assert seen == [["postgresql://ana@hq/fieldwheel"]]


def test_cancelling_gives_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: qtbot.addWidget(dialog) or False)
    assert ask_server_url(None, settings.open_settings()) is None


def test_escape_cancels(qtbot):
    dialog = _dialog(qtbot)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == ServerDialog.DialogCode.Rejected
    assert server_dialog.ServerDialog is ServerDialog
