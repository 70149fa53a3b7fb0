"""The devices command and the import switches, through ``main`` as a user types them."""

from __future__ import annotations

import main
from exports.package.device_key import installation_key
from exports.package.write import export_package
from storage import Database
from tests.exports.package.support import SAMPLE, seed


def test_devices_list_trust_forget_and_import_switches(tmp_path, capsys):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "p.xlsx", charts=False)
    hq = str(tmp_path / "hq.sqlite3")
    Database(hq).close()
    fingerprint = installation_key().fingerprint
    assert main.main(["--db", hq, "devices"]) == 0
    assert "No known devices" in capsys.readouterr().out

    assert (
        main.main(["--db", hq, "import", "--require-known-device", str(tmp_path / "p.xlsx")]) == 2
    )
    assert f"devices trust {fingerprint}" in capsys.readouterr().err
    assert main.main(["--db", hq, "devices", "trust", fingerprint]) == 0
    capsys.readouterr()
    assert (
        main.main(["--db", hq, "import", "--require-known-device", str(tmp_path / "p.xlsx")]) == 0
    )
    assert fingerprint in capsys.readouterr().out

    assert main.main(["--db", hq, "devices"]) == 0
    listing = capsys.readouterr().out
    assert fingerprint in listing and "1 package" in listing and "trusted" in listing
    assert main.main(["--db", hq, "devices", "forget", fingerprint]) == 0
    assert main.main(["--db", hq, "devices", "forget", "nonsense"]) == 2
    assert "not a device fingerprint" in capsys.readouterr().err
    assert main.main(["--db", hq, "devices", "trust"]) == 2
