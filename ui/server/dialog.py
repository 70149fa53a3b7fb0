"""*File ▸ Open server database…*: where the HQ's PostgreSQL database is.

People either know the four parts (host, port, database, user) or were given
a ``postgresql://`` URL; the dialog keeps both in step, so typing in one shows
the other.  The last few addresses opened come back in a list.  There is no
password field on purpose: PostgreSQL reads passwords from ``PGPASSWORD``,
``~/.pgpass`` or a service file, and the dialog says so, and refuses an
address with a password typed into it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from ui.server.address import EXAMPLE, ServerAddress, parse_port, parse_url
from ui.server.recent import recent_servers
from ui.shared import prompts
from ui.shared.author import account_name


class ServerDialog(QDialog):
    """Asks for a server database's address; ``chosen`` holds its URL once accepted."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        self._parameters: tuple[tuple[str, str], ...] = ()
        self.setObjectName("server_dialog")
        self.setWindowTitle(self.tr("Open server database"))
        self.setMinimumWidth(560)

        self.recent = QComboBox()
        self.recent.addItems(recent)
        self.recent.setCurrentIndex(-1)
        self.recent.setPlaceholderText(self.tr("Choose one opened before"))
        self.recent.currentTextChanged.connect(self._show_url)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. hq-server.example.org"))
        self.port = QLineEdit()
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setPlaceholderText(self.tr("5432 (PostgreSQL's usual port)"))
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. fieldwheel"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(account_name())
        self.url = QLineEdit()
        self.url.setPlaceholderText(EXAMPLE)
        for field in (self.host, self.port, self.database, self.user):
            field.textEdited.connect(self._fields_edited)
        self.url.textEdited.connect(self._url_edited)
        self.note = QLabel(
            self.tr(
                "Fieldwheel never stores passwords. When the server asks for one, PostgreSQL "
                "reads it from the PGPASSWORD variable, from ~/.pgpass or from a service file."
            )
        )
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self._lay_out(bool(recent))
        (self.recent if recent else self.host).setFocus()

    def _lay_out(self, has_recent: bool) -> None:
        form = QFormLayout()
        if has_recent:
            form.addRow(self.tr("&Recent"), self.recent)
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("or &URL"), self.url)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fields_edited(self) -> None:
        """The four fields changed: the URL follows (an impossible port leaves it as it was)."""
        try:
            port = parse_port(self.port.text())
        except UserError:
            return
        address = ServerAddress(
            host=self.host.text().strip(),
            port=port,
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            parameters=self._parameters,
        )
        self.url.setText(address.url())

    def _url_edited(self, text: str) -> None:
        """The URL changed: the fields follow once it reads as an address."""
        try:
            address = parse_url(text)
        except UserError:
            return
        self._fill(address)

    def _show_url(self, url: str) -> None:
        """A recent address was chosen: shown in the URL and the fields."""
        if url:
            self.url.setText(url)
            self._url_edited(url)

    def _fill(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setText("" if address.port is None else str(address.port))
        self.database.setText(address.database)
        self.user.setText(address.user)
        self._parameters = address.parameters

    def accept(self) -> None:
        """Open only a readable address without a password; otherwise say why and stay open."""
        try:
            self.chosen = parse_url(self.url.text()).url()
        except UserError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()


def ask_server_url(parent: QWidget | None, store: QSettings) -> str | None:
    """The URL of the server database the user chose, or None if they cancelled."""
    dialog = ServerDialog(recent_servers(store), parent)
    return dialog.chosen if prompts.run_dialog(dialog) else None
