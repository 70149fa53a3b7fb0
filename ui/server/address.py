"""A server database's address, as the *Open server database* dialog edits it.

The dialog offers both the four fields people know (host, port, database,
user) and the ``postgresql://`` URL an administrator hands out; this module
turns one into the other.  A password is never part of an address we keep:
it would end up in the settings file, in plain text.  PostgreSQL has its own
places for passwords (``PGPASSWORD``, ``~/.pgpass``, service files), so an
address carrying one is refused with a sentence saying where it belongs.
Other URL parameters (``sslmode``, ``service``, a socket folder as ``host``)
are kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import QCoreApplication

from forms.errors import UserError

SCHEMES = ("postgresql", "postgres")
PASSWORD_PARAMETERS = frozenset({"password", "passfile_password"})
EXAMPLE = "postgresql://analyst@hq-server/fieldwheel"


def is_server_url(text: str) -> bool:
    """True when ``text`` names a server database rather than a file."""
    return text.strip().lower().startswith(tuple(f"{scheme}://" for scheme in SCHEMES))


def password_refusal() -> UserError:
    """Why an address with a password is refused, and where the password goes instead."""
    return UserError(
        "server_password",
        QCoreApplication.translate(
            "ServerAddress",
            "Fieldwheel never stores passwords: remove it from the address and let "
            "PostgreSQL find it in the PGPASSWORD variable, in ~/.pgpass or in a "
            "service file (pg_service.conf).",
        ),
    )


@dataclass(frozen=True)
class ServerAddress:
    """Where a server database is and whom to connect as; never a password."""

    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""
    parameters: tuple[tuple[str, str], ...] = ()
    """The URL's other settings (``sslmode=require``, ``service=hq``), kept in order."""

    def url(self) -> str:
        """The address as a ``postgresql://`` URL, which is also how it is remembered."""
        netloc = f"{quote(self.user, safe='')}@" if self.user else ""
        parameters = list(self.parameters)
        if self.host.startswith("/"):  # a socket folder cannot go in the URL's host part
            parameters.insert(0, ("host", self.host))
        elif ":" in self.host:
            netloc += f"[{self.host}]"
        else:
            netloc += quote(self.host, safe=".-")
        if self.port is not None:
            netloc += f":{self.port}"
        query = f"?{urlencode(parameters)}" if parameters else ""
        return f"postgresql://{netloc}/{quote(self.database, safe='')}{query}"

    def check(self) -> None:
        """Refuses an address that could not name one database on one server."""
        if not self.database and not any(key == "service" for key, _ in self.parameters):
            raise UserError(
                "server_database",
                QCoreApplication.translate(
                    "ServerAddress",
                    "Say which database on the server to open, for example {example}.",
                ).format(example=EXAMPLE),
            )


def parse_url(text: str) -> ServerAddress:
    """The address a ``postgresql://`` URL names; a sentence (``UserError``) if it cannot be one."""
    text = text.strip()
    if not is_server_url(text):
        raise UserError(
            "server_scheme",
            QCoreApplication.translate(
                "ServerAddress",
                "A server database's address starts with postgresql://, for example {example}.",
            ).format(example=EXAMPLE),
        )
    parts = urlsplit(text)
    parameters = parse_qsl(parts.query, keep_blank_values=True)
    if parts.password is not None or any(key in PASSWORD_PARAMETERS for key, _ in parameters):
        raise password_refusal()
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 0 < port < 65536:
        raise UserError(
            "server_port",
            QCoreApplication.translate(
                "ServerAddress", "The port must be a number from 1 to 65535."
            ),
        )
    address = ServerAddress(
        host=unquote(parts.hostname or ""),
        port=port,
        database=unquote(parts.path.lstrip("/")),
        user=unquote(parts.username or ""),
    )
    kept = []
    for key, value in parameters:
        if key == "host" and not address.host:
            address = replace(address, host=value)
        elif key == "dbname" and not address.database:
            address = replace(address, database=value)
        elif key == "user" and not address.user:
            address = replace(address, user=value)
        else:
            kept.append((key, value))
    address = replace(address, parameters=tuple(kept))
    address.check()
    return address


def parse_port(text: str) -> int | None:
    """The port typed in the dialog's field: empty is PostgreSQL's default."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise UserError(
            "server_port",
            QCoreApplication.translate(
                "ServerAddress", "The port must be a number from 1 to 65535."
            ),
        )
    return int(text)
