"""The filler tests' shared world: the skip-logic form, open in a real filler window."""

from __future__ import annotations

import pytest

from tests.ui.filler.support import SKIP_LOGIC, markdown_form, open_form


@pytest.fixture
def opened(qtbot, tmp_path):
    opened = open_form(qtbot, tmp_path, markdown_form(SKIP_LOGIC))
    yield opened
    opened.window.close()
    opened.db.close()
