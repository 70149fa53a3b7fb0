"""The ``devices`` command: list the devices whose signed packages were imported, trust, forget.

``fieldwheel devices`` lists them; ``devices trust FINGERPRINT`` enrols a key
(before its first package, or to accept a reinstalled device's new key);
``devices forget FINGERPRINT`` removes one, so its next package pins afresh.
"""

from __future__ import annotations

import argparse

from forms.errors import QT_TRANSLATE_NOOP


def register_devices(commands: argparse._SubParsersAction) -> None:
    devices = commands.add_parser(
        "devices", help="list known devices (signing keys of imported packages), trust or forget"
    )
    devices.add_argument(
        "action",
        nargs="?",
        choices=("trust", "forget"),
        help="trust: enrol a key by its fingerprint; forget: remove a known device",
    )
    devices.add_argument(
        "fingerprint", nargs="?", metavar="FINGERPRINT", help="as 'fieldwheel devices' shows it"
    )
    devices.set_defaults(handler=_devices)


def _devices(args: argparse.Namespace) -> int:
    from forms.errors import UserError
    from storage import devices as known

    if (args.action is None) != (args.fingerprint is None):
        raise UserError(
            "devices-usage",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Use 'devices', 'devices trust FINGERPRINT' or 'devices forget FINGERPRINT'.",
            ),
        )
    with args.open_database() as db:
        if args.action == "trust":
            device = known.trust(db, args.fingerprint)
            print(f"Trusted {device.fingerprint} ({device.name or 'no package from it yet'}).")
            return 0
        if args.action == "forget":
            device = known.forget(db, args.fingerprint)
            print(f"Forgot {device.fingerprint} ({device.name or 'no package from it yet'}).")
            return 0
        listed = known.known_devices(db)
    if not listed:
        print("No known devices yet: they are added when their signed packages are imported.")
    for device in listed:
        print(_describe(device))
    return 0


def _describe(device) -> str:
    trusted = "  trusted" if device.trusted_at else ""
    if not device.packages:
        return f"{device.fingerprint}  (enrolled, no package yet){trusted}"
    return (
        f"{device.fingerprint}  {device.name or 'unnamed'}  {device.packages} "
        f"package{'s' if device.packages != 1 else ''}{trusted}\n"
        f"    first: {device.first_package} ({device.first_seen_at})\n"
        f"    last:  {device.last_package} ({device.last_seen_at})"
    )
