"""Our own packages stay on the hostile-file scan's fast path when they are imported."""

from __future__ import annotations

import zipfile

from forms.untrusted.limits import PACKAGE_LIMITS
from forms.untrusted.quickscan import Tally


def test_every_sheet_of_an_exported_package_is_vouched_for_by_the_quick_tally(package):
    """XlsxWriter's parts (a dimension in each sheet, references first) need no exact scan."""
    with zipfile.ZipFile(package) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            tally = Tally()
            tally.add(archive.read(name), final=True)
            assert tally.vouches(PACKAGE_LIMITS, is_sheet=True) is not None, name
