"""Where things live on disk: the user's database and the resources shipped with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from workbench import APP_NAME, ORG_NAME

#: Environment variable that points the app and the CLI at another database file.
DB_ENV_VAR = "WORKBENCH_DB"
DB_FILE_NAME = "workbench.sqlite"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, ORG_NAME) / DB_FILE_NAME


def log_directory() -> Path:
    return user_log_path(APP_NAME, ORG_NAME)


def resolve_database_path(
    explicit: str | os.PathLike[str] | None, remembered: str | None = None
) -> Path:
    """``--db PATH`` first, then ``$WORKBENCH_DB``, then the last database the window opened,
    then the per-user default location."""
    for candidate in (explicit, os.environ.get(DB_ENV_VAR), remembered):
        if candidate:
            return Path(candidate).expanduser().resolve()
    return default_database_path()


def resources_dir() -> Path:
    """The ``resources/`` folder, from a source checkout, an installed wheel or the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources/ folder is missing from this installation")
