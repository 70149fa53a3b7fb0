"""The window's language: which one, its translations, its direction and its fonts.

English is the source language (the strings in the code; its own catalogue
holds only the singular and plural of the ``%n`` messages); French, Spanish,
Arabic and Khmer come from ``resources/translations/fieldwheel_<code>.qm``,
compiled from the ``.ts`` files by ``make translations``.  Qt's own
translations (``qtbase_<code>.qm``: OK/Cancel, the file dialog) are loaded
beside ours when Qt ships them.  Installing a translator makes Qt send every
widget a ``LanguageChange`` event, which is how open windows retranslate.

Arabic turns the whole application right to left; Arabic and Khmer text is
drawn with the bundled Noto fonts, added only when such a language is first
chosen, so a French session never reads them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from forms.errors import UserError
from ui.shared.settings import UI_LANGUAGE

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fr", "es", "ar", "km")
"""The window's languages, in the order of the View ▸ Language menu."""
RIGHT_TO_LEFT = frozenset({"ar"})
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS_DIR = RESOURCES / "translations"
FONT_DIR = RESOURCES / "fonts"
_SCRIPT_FONTS = {
    "ar": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "km": ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
}


class LanguageNotifier(QObject):
    """Says when the window's language changed, to objects Qt sends no LanguageChange:
    models (their headers) and texts kept by ``retranslate.Texts``."""

    changed = Signal(str)


_notifier: LanguageNotifier | None = None
_installed: list[QTranslator] = []
_font_families: dict[str, list[str]] = {}
_base_families: list[str] = []
_current = SOURCE_LANGUAGE


def notifier() -> LanguageNotifier:
    """The one notifier of the process, made on first use."""
    global _notifier  # noqa: PLW0603 - one per process, like the language itself
    if _notifier is None:
        _notifier = LanguageNotifier()
    return _notifier


def language_name(code: str) -> str:
    """The language's name in its own script (Français, Español, العربية, ខ្មែរ), from Babel."""
    from babel import Locale

    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def supported(code: str | None) -> str | None:
    """``code``'s language if the window speaks it (``fr_FR`` → ``fr``), else None."""
    base = (code or "").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The system locale's language when the window speaks it, else English."""
    return supported(QLocale.system().name()) or SOURCE_LANGUAGE


def chosen_language(requested: str | None, store: QSettings) -> str:
    """The command line's choice, else the one remembered, else the system's."""
    return supported(requested) or supported(UI_LANGUAGE.read(store)) or system_language()


def current_language() -> str:
    """The language the window speaks now."""
    return _current


def shown_number(value: float | None, places: int = 1) -> str:
    """``value`` the window's way (3,4 in French, ٣٫٤ in Arabic); a dash when missing."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", places)


def remember(code: str, store: QSettings) -> None:
    UI_LANGUAGE.write(store, code)


def apply_language(code: str) -> None:
    """Speak ``code`` from now on: translators, locale, direction and script font.

    Open widgets receive ``LanguageChange`` (from installing or removing a
    translator) and ``LayoutDirectionChange``; those that build their texts
    once retranslate in their ``changeEvent``.
    """
    global _current  # noqa: PLW0603 - one language per process, like Qt's own translators
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("The language is chosen after the application exists.")
    code = supported(code) or SOURCE_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = code
    QLocale.setDefault(QLocale(code))
    if isinstance(app, QGuiApplication):
        _use_script_font(app, code)
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    # Removing a translator and installing one both tell every widget.
    for translator in _translators(code):
        app.installTranslator(translator)
        _installed.append(translator)
    # Qt posts the change to each window; delivering it now means that when this
    # returns every open window speaks the new language (no half-translated frame).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    notifier().changed.emit(code)


def _translators(code: str) -> list[QTranslator]:
    """Our catalogue and Qt's for ``code`` (English: only ours, for its plurals)."""
    found = []
    ours = QTranslator()
    if not ours.load(str(TRANSLATIONS_DIR / f"fieldwheel_{code}.qm")):
        raise UserError(
            "translations-missing",
            f"The window's {code} translation {TRANSLATIONS_DIR / f'fieldwheel_{code}.qm'} is "
            "missing; build the translations with 'make translations'.",
        )
    found.append(ours)
    if code == SOURCE_LANGUAGE:
        return found
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{code}", qt_folder):
        found.append(qt_own)
    return found


def script_families(code: str) -> list[str]:
    """The bundled font families for ``code``'s script, added to Qt on first need."""
    if code not in _SCRIPT_FONTS:
        return []
    if code not in _font_families:
        from PySide6.QtGui import QFontDatabase  # its enums only for Arabic or Khmer

        families: list[str] = []
        for name in _SCRIPT_FONTS[code]:
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            if font_id < 0:
                raise FileNotFoundError(f"The font {FONT_DIR / name} is missing.")
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f]
        _font_families[code] = list(dict.fromkeys(families))
    return _font_families[code]


def _use_script_font(app: QGuiApplication, code: str) -> None:
    """Arabic and Khmer first in the font's families; the usual family still draws Latin."""
    font = QFont(app.font())
    if not _base_families:
        _base_families.extend(font.families() or [font.family()])
    font.setFamilies(script_families(code) + _base_families)
    app.setFont(font)
