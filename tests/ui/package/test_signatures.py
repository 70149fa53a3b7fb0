"""The window names who signed a package, imports an unsigned one only when asked, no FIFOs."""

from __future__ import annotations

import os
import sys

import pytest

from exports.package.device_key import installation_key
from tests.exports.package.forging import strip_signature
from tests.ui.package.support import cell, import_through_window, make_window
from ui.package.outcomes import RESULT

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown


def test_the_report_names_the_signing_device_and_its_fingerprint(qtbot, empty_db, package):
    window = make_window(qtbot, empty_db)
    dialog = import_through_window(qtbot, window, [package])
    assert cell(dialog, 0, RESULT) == "Imported"
    assert "Signed by" in dialog.summary.text()
    assert dialog.model.record(0).report.signer.endswith(")")
    assert not dialog.unsigned_button.isVisibleTo(dialog)


def test_an_unsigned_package_is_refused_then_imported_when_asked(
    qtbot, monkeypatch, empty_db, package, tmp_path
):
    unsigned = strip_signature(package, tmp_path / "old.xlsx", monkeypatch)
    window = make_window(qtbot, empty_db)
    dialog = import_through_window(qtbot, window, [unsigned])
    assert cell(dialog, 0, RESULT) == "Not imported"
    assert "not signed" in dialog.summary.text()
    assert dialog.unsigned_button.isVisibleTo(dialog)
    assert empty_db.missions() == []

    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        dialog.unsigned_button.click()
    assert cell(dialog, 0, RESULT) == "Imported"
    assert "NOT SIGNED" in dialog.summary.text()
    assert installation_key().fingerprint not in dialog.summary.text()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_chosen_as_a_package_is_refused_without_freezing_the_window(
    qtbot, empty_db, tmp_path
):
    os.mkfifo(tmp_path / "pipe.xlsx")
    window = make_window(qtbot, empty_db)
    dialog = import_through_window(qtbot, window, [tmp_path / "pipe.xlsx"])
    assert dialog.model.record(0).error.code == "package-not-a-file"
