"""What every command group shares: the ``--db`` option, argument types, and the language
of the text a command prints.

Imports no command module, and nothing heavy at import time (``workbench --help`` and the
headless commands start without SQLAlchemy or Qt); :mod:`workbench.cli.store` opens the
database on top of it.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from workbench import APP_NAME
from workbench.locations import DB_ENV_VAR, resolve_database_path

if TYPE_CHECKING:
    from typing import TypeAlias

    from workbench.domain.period import Quarter
    from workbench.domain.validation import Refusal

    #: The ``add_subparsers()`` object each group adds its commands to.
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


class CommandGroup(Protocol):
    """A module of this package: adds its commands, each naming the function that runs it
    with ``set_defaults(run=…)``; that function takes the parsed arguments and returns the
    exit status."""

    def add_parser(self, commands: Commands) -> None: ...


DB_HELP = f"database file (default: ${DB_ENV_VAR}, else the per-user database)"


@cache
def database_option() -> argparse.ArgumentParser:
    """The parent parser that gives a command ``--db``. Its default is SUPPRESS, so a
    ``--db`` given before the command stays when the command does not repeat it."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="PATH", help=DB_HELP, default=argparse.SUPPRESS)
    return parent


def database_path(args: argparse.Namespace) -> Path:
    """The database a command works on: ``--db``, else ``$WORKBENCH_DB``, else the
    per-user one."""
    return resolve_database_path(args.db)


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from exc


def quarter_argument(text: str) -> Quarter:
    """A quarter written like 2026-Q3."""
    from workbench.domain.period import parse_quarter

    try:
        return parse_quarter(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a quarter like 2026-Q3: {text!r}") from exc


LANGUAGES = ("en", "es")


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang en|es``: the language of the human-readable text (default: the system's)."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the text: en or es (default: the system language, LANG)",
    )


def user_language() -> str:
    """The language of the terminal's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), if the
    interface ships in it; English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            language = value.split(".")[0].split("_")[0].lower()
            return language if language in LANGUAGES else "en"
    return "en"


#: The Qt objects that hold the command line's translation while the process runs:
#: the core application, then the translator (none for English).
_TRANSLATION: list[Any] = []
#: The application :func:`qt_application` made, kept alive while the process runs.
_APPLICATION: list[Any] = []


def qt_application() -> Any:
    """The process's Qt application: a headless ``QApplication`` made once when none
    exists. Always the widest kind, since Qt allows one per process: the PDF and report
    exports lay text out only inside a GUI application and the screenshot needs widgets,
    so a plain core application made first for translations would leave them none."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
        app.setApplicationName(APP_NAME)
        _APPLICATION.append(app)
    return app


def use_language(language: str | None = None) -> str:
    """Translate this process's text into *language* (``None``: the terminal's, see
    :func:`user_language`); returns the language used. Called again, it replaces the
    previous choice."""
    from PySide6.QtCore import QTranslator

    from workbench.locations import resources_dir

    language = language or user_language()
    app = qt_application()
    for old in _TRANSLATION[1:]:
        app.removeTranslator(old)
    _TRANSLATION[:] = [app]
    if language != "en":
        translator = QTranslator(app)
        if translator.load(f"workbench_{language}", str(resources_dir() / "translations")):
            app.installTranslator(translator)
            _TRANSLATION.append(translator)
    return language


def in_user_language(refusal: Refusal) -> str:
    """*refusal*'s sentence in the language chosen (``--lang``) or the terminal's."""
    if not _TRANSLATION:
        if user_language() == "en":
            return str(refusal)  # no Qt needed for English
        use_language()
    from workbench.i18n import translated

    return translated(refusal)
