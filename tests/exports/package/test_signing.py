"""Signed packages: forgeries no longer import, devices are pinned, unsigned ones refused."""

from __future__ import annotations

import base64
import stat
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.package import content
from exports.package.device_key import KEY_FILE, installation_key
from exports.package.devices import DevicePolicy
from exports.package.importing import import_package
from exports.package.write import export_package
from forms.errors import UserError
from forms.user_folder import DATA_FOLDER_VARIABLE
from storage import Database, devices
from tests.exports.package.forging import forge
from tests.exports.package.support import SAMPLE, assert_translated, dump, seed


@pytest.fixture
def field(tmp_path):
    with Database(tmp_path / "field.sqlite3") as db:
        seed(db, SAMPLE)
        yield db


@pytest.fixture
def package(field, tmp_path) -> Path:
    export_package(field, tmp_path / "p.xlsx", charts=False)
    return tmp_path / "p.xlsx"


@pytest.fixture
def hq(tmp_path):
    with Database(tmp_path / "hq.sqlite3") as db:
        yield db


def refused(hq: Database, path: Path, code: str, **kwargs) -> UserError:
    before = dump(hq.path)
    with pytest.raises(UserError) as error:
        import_package(hq, path, **kwargs)
    assert error.value.code == code, error.value.message
    assert_translated(error.value)
    assert "\n" not in error.value.message
    assert dump(hq.path) == before
    return error.value


def test_a_signed_package_names_its_device_and_pins_it(hq, package):
    key = installation_key()
    report = import_package(hq, package)
    assert key.fingerprint in report.summary and report.new_device
    [known] = devices.known_devices(hq)
    assert known.fingerprint == key.fingerprint and known.packages == 1
    assert known.first_package == known.last_package == "p.xlsx"
    again = import_package(hq, package)
    assert not again.new_device and key.fingerprint in again.summary


def test_the_private_key_is_owner_only_and_never_in_the_package(package, private_data_folder):
    key_file = private_data_folder / KEY_FILE
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    secret = b"".join(key_file.read_bytes().splitlines()[1:-1])
    assert secret not in package.read_bytes()
    workbook = load_workbook(package)
    manifest = {r[0].value: r[1].value for r in workbook[content.MANIFEST_SHEET].iter_rows()}
    public = installation_key().public_key
    assert base64.b64decode(manifest[content.PUBLIC_KEY_KEY]) == public


def test_a_forged_package_with_a_recomputed_hash_is_refused(hq, package, tmp_path, monkeypatch):
    forged = forge(package, tmp_path / "forged.xlsx", monkeypatch)
    error = refused(hq, forged, "package-bad-signature")
    assert error.message == (
        "The signature of forged.xlsx does not match its content: it was changed after "
        "export or forged, so it is refused."
    )


def test_the_forgery_helper_really_recomputes_the_hash(hq, package, tmp_path, monkeypatch):
    """Without a signature the forged package passes the hash: only the signature stops it."""
    stripped = forge(package, tmp_path / "stripped.xlsx", monkeypatch, strip_signature=True)
    refused(hq, stripped, "package-unsigned")
    report = import_package(hq, stripped, policy=DevicePolicy(allow_unsigned=True))
    assert report.unsigned and "NOT SIGNED" in report.summary
    assert hq.query("SELECT count(*) AS n FROM answers WHERE value='forged'")[0]["n"] == 1
    assert devices.known_devices(hq) == []


def test_another_key_claiming_a_known_device_is_refused_until_trusted(hq, field, package, tmp_path):
    import_package(hq, package)
    other = installation_key(tmp_path / "stolen-laptop")
    field.save_answers(field.submissions(field.missions()[0].uuid)[0].uuid, {"info/code": "1"}, "X")
    export_package(field, tmp_path / "p2.xlsx", charts=False, signing_key=other)
    error = refused(hq, tmp_path / "p2.xlsx", "package-device-key-changed")
    assert other.fingerprint in error.message
    devices.trust(hq, other.fingerprint)
    report = import_package(hq, tmp_path / "p2.xlsx")
    assert other.fingerprint in report.summary


def test_require_known_device_refuses_strangers_and_takes_enrolled_ones(hq, package):
    policy = DevicePolicy(require_known_device=True)
    error = refused(hq, package, "package-unknown-device", policy=policy)
    fingerprint = installation_key().fingerprint
    assert fingerprint in error.message
    devices.trust(hq, fingerprint.replace(":", "").upper())
    report = import_package(hq, package, policy=policy)
    assert report.changed


def test_forget_lets_the_next_package_pin_afresh(hq, package):
    import_package(hq, package)
    fingerprint = installation_key().fingerprint
    devices.forget(hq, fingerprint)
    assert devices.known_devices(hq) == []
    with pytest.raises(UserError) as error:
        devices.forget(hq, fingerprint)
    assert error.value.code == "unknown-device"


def test_a_damaged_signing_key_is_a_sentence(field, tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_FOLDER_VARIABLE, str(tmp_path / "other-installation"))
    (tmp_path / "other-installation").mkdir()
    (tmp_path / "other-installation" / KEY_FILE).write_text("not a key", encoding="utf-8")
    with pytest.raises(UserError) as error:
        export_package(field, tmp_path / "again.xlsx", charts=False)
    assert error.value.code == "signing-key-damaged"
