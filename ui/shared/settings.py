"""Every QSettings key Fieldwheel uses, declared once with its type and default.

User choices live under ``setting/`` and remembered window state under
``persist/`` (as Picard separates them), so clearing window state never
loses a preference.  Answers never go here: they live in SQLite.  The file
is an INI file in the user's config folder, readable and easy to delete.
"""

from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Fieldwheel"
APPLICATION = "Fieldwheel"

T = TypeVar("T", str, int, QByteArray)


class Setting(NamedTuple, Generic[T]):
    """One key: its default also fixes the type QSettings converts to.

    A named tuple, not a frozen dataclass: as immutable and cheaper to define at start-up.
    """

    key: str
    default: T
    description: str

    def read(self, store: QSettings) -> T:
        value: Any = store.value(self.key, self.default, type(self.default))
        return value if isinstance(value, type(self.default)) else self.default

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


FONT_POINT_SIZE = Setting(
    "setting/font_point_size", 11, "Smallest font size, readable on a projector."
)
UI_LANGUAGE = Setting(
    "setting/ui_language", "", "Language of the window (fr, es, ar, km, en); empty: the system's."
)
WINDOW_GEOMETRY = Setting("persist/main_window/geometry", QByteArray(), "Main window place.")
WINDOW_STATE = Setting("persist/main_window/state", QByteArray(), "Main window toolbars.")
FILLER_GEOMETRY = Setting(
    "persist/filler_window/geometry", QByteArray(), "Form window place, shared by every form."
)
SPLITTER = Setting("persist/main_window/splitter", QByteArray(), "Missions/submissions split.")
LAST_CHART_FOLDER = Setting("persist/last_chart_folder", "", "Folder of the last wheel saved.")
LAST_FORM_FOLDER = Setting("persist/last_form_folder", "", "Folder of the last XLSForm opened.")
LAST_EXPORT_FOLDER = Setting(
    "persist/last_export_folder", "", "Folder of the last package written."
)
LAST_IMPORT_FOLDER = Setting("persist/last_import_folder", "", "Folder of the last package read.")
LAST_REPORT_FOLDER = Setting("persist/last_report_folder", "", "Folder of the last report made.")
RECENT_SERVERS = Setting(
    "persist/recent_server_databases",
    "",
    "The last server databases opened, as postgresql:// URLs (never a password), one a line.",
)


def open_settings() -> QSettings:
    """The user's settings file (INI format, per user)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def start_folder(setting: Setting[str], store: QSettings) -> str:
    """Where a file dialog opens: the folder last used for this, or the user's documents.

    Never the program's working folder, which a person did not choose and
    may not even be able to write to (a bundle, a system folder).
    """
    remembered = setting.read(store)
    if remembered and Path(remembered).is_dir():
        return remembered
    from PySide6.QtCore import QStandardPaths  # its enums only when a file dialog opens

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
