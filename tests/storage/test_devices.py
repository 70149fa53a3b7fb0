"""Known devices in storage: pinning, trusting by fingerprint however it is typed, forgetting."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from storage import devices

FINGERPRINT = "0123:4567:89ab:cdef:0123:4567:89ab:cdef"


def test_fingerprints_are_normalised_and_checked():
    assert devices.normalise_fingerprint(FINGERPRINT.replace(":", " ").upper()) == FINGERPRINT
    with pytest.raises(UserError) as error:
        devices.normalise_fingerprint("0123:4567")
    assert error.value.code == "bad-fingerprint"


def test_a_package_pins_its_key_and_device_and_counts(db):
    with db.transaction() as tx:
        assert devices.record_package(
            tx,
            fingerprint=FINGERPRINT,
            public_key=b"k" * 32,
            name="Laptop",
            device_uuid="dev-1",
            file_name="a.xlsx",
        )
    with db.transaction() as tx:
        assert not devices.record_package(
            tx,
            fingerprint=FINGERPRINT,
            public_key=b"k" * 32,
            name="Laptop",
            device_uuid="dev-1",
            file_name="b.xlsx",
        )
        assert devices.is_pinned(tx, FINGERPRINT, "dev-1")
    [device] = devices.known_devices(db)
    assert (device.name, device.packages, device.device_uuids) == ("Laptop", 2, ("dev-1",))
    assert (device.first_package, device.last_package) == ("a.xlsx", "b.xlsx")
    assert devices.pinned_fingerprint(db, "dev-1") == FINGERPRINT


def test_trust_enrols_before_any_package_and_forget_removes_the_pins(db):
    device = devices.trust(db, FINGERPRINT.replace(":", ""))
    assert device.trusted_at and device.packages == 0
    with db.transaction() as tx:
        assert devices.record_package(
            tx,
            fingerprint=FINGERPRINT,
            public_key=b"k" * 32,
            name="Laptop",
            device_uuid="dev-1",
            file_name="a.xlsx",
        )
    devices.forget(db, FINGERPRINT)
    assert devices.known_devices(db) == []
    assert devices.pinned_fingerprint(db, "dev-1") is None
