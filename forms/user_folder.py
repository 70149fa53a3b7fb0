"""The user's Fieldwheel data folder, where the signing key and crash logs live.

``$FIELDWHEEL_DATA_DIR`` overrides it (tests, portable installs), so no test
ever touches the real user's folder.  platformdirs is imported late: most
commands never need the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_FOLDER_VARIABLE = "FIELDWHEEL_DATA_DIR"


def data_folder() -> Path:
    """The user's Fieldwheel data folder (or ``$FIELDWHEEL_DATA_DIR``)."""
    override = os.environ.get(DATA_FOLDER_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("Fieldwheel", appauthor=False)
