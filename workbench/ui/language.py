"""The interface language: English or Spanish, from the user's choice or the system locale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from workbench.locations import resources_dir

#: Languages the interface ships in, by ISO 639-1 code, named in their own language.
LANGUAGES = {"en": "English", "es": "Español"}
from workbench.ui.preferences import SETTINGS_LANGUAGE  # noqa: E402 (main_window names it here)


def chosen_language(settings: QSettings) -> str:
    """The saved choice, else the system locale's language if we ship it, else English."""
    saved = settings.value(SETTINGS_LANGUAGE)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_language(app: QApplication, language: str) -> None:
    """Load the app's and Qt's own translations (standard buttons, dialogs) for *language*.

    Replaces translators a previous call installed, so it is safe to call per window.
    """
    for old in app.findChildren(QTranslator, "workbenchTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(language))
    # English is the source language; its file holds only the plural forms ("1 meeting",
    # "2 meetings" for "%n meeting(s)"), and Qt's own strings need none.
    candidates = [(str(resources_dir() / "translations"), f"workbench_{language}")]
    if language != "en":
        candidates.append(
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}")
        )
    loaded: set[str] = set()
    for directory, name in candidates:
        if name in loaded:
            continue
        translator = QTranslator(app)
        translator.setObjectName("workbenchTranslator")
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            loaded.add(name)
        else:
            translator.deleteLater()
