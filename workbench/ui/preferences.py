"""The user's personal preferences, kept in the window's QSettings: every key the window
writes there is declared here, with typed getters and setters for the ones read in more
than one place.

Personal means of this person on this computer: the window's layout, the interface
language, the last database, saved Portfolio views, import mappings, how often to back up
and when the last backup went off the laptop. Settings that change figures (exchange
rates, health weights, response-time targets, the off-laptop backup folder, the author's
name) live in the database instead (:mod:`workbench.services.settings`), so every command
computes as the window does; :data:`RETIRED` lists the keys older versions kept them under,
adopted by the first database opened (:mod:`workbench.ui.figure_settings`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSettings

# --- the window -------------------------------------------------------------------------
SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_LAST_TAB = "window/lastTab"
#: The interface language ("en", "es"; absent: the system's).
SETTINGS_LANGUAGE = "ui/language"
#: The database opened last, opened again at the next start.
SETTINGS_LAST_DATABASE = "database/last"

# --- the Portfolio ----------------------------------------------------------------------
SETTINGS_VIEWS = "portfolio/savedViews"
SETTINGS_HEADER = "portfolio/header"
SETTINGS_SPLITTER = "portfolio/splitter"

# --- the Calendar and Proposals -------------------------------------------------------
#: Minutes before a meeting its reminder comes.
SETTINGS_REMINDER_MINUTES = "calendar/reminderMinutes"
#: The "a draft is open in the editor" marker (crash recovery).
SETTINGS_PROPOSAL_EDITING = "proposals/editing"

# --- importing --------------------------------------------------------------------------
SETTINGS_MAPPINGS = "import/mappings"
SETTINGS_COUNTRY = "import/country"

# --- backups ----------------------------------------------------------------------------
#: Minutes between automatic backups (0: none). This computer's habit, not the data's.
SETTINGS_EVERY_MINUTES = "backup/everyMinutes"
DEFAULT_EVERY_MINUTES = 30
#: When a backup was last copied off the laptop (ISO, UTC): known while the drive is
#: unplugged. It says what this computer did, so it stays here (the folder is the data's).
SETTINGS_OFFSITE_LAST_COPY = "backup/offsiteLastCopy"

# --- the team server ------------------------------------------------------------------
#: Minutes between background syncs with the team server (0: only on demand and after a
#: change). This computer's habit: a laptop on a metered connection syncs less often.
SETTINGS_SYNC_MINUTES = "team/syncMinutes"
DEFAULT_SYNC_MINUTES = 5

# --- kept here by older versions, now in the database -----------------------------------
#: The off-laptop backup folder ("" or absent: none).
SETTINGS_OFFSITE_FOLDER = "backup/offsiteFolder"
RETIRED_WEIGHTS = "health/weights"
RETIRED_QUIET_DAYS = "dashboard/quietDays"
RETIRED_CURRENCY = "dashboard/currency"
RETIRED_RATES = "dashboard/rates"
#: One key per severity (1-4) and kind ("acknowledge", "resolve"): "4 hours".
RETIRED_TARGET = "incidents/targets/{severity}/{kind}"
RETIRED_TARGET_GROUP = "incidents/targets"


def _minutes(settings: QSettings, key: str, default: int) -> int:
    """A number of minutes (0: never); *default* if unset or unreadable."""
    try:
        return max(0, int(str(settings.value(key, default))))
    except ValueError:
        return default


def backup_every_minutes(settings: QSettings) -> int:
    """Minutes between automatic backups (0: none)."""
    return _minutes(settings, SETTINGS_EVERY_MINUTES, DEFAULT_EVERY_MINUTES)


def sync_every_minutes(settings: QSettings) -> int:
    """Minutes between background syncs with the team server (0: none)."""
    return _minutes(settings, SETTINGS_SYNC_MINUTES, DEFAULT_SYNC_MINUTES)


def offsite_last_copy(settings: QSettings) -> datetime | None:
    """When a backup was last copied off the laptop, as remembered (aware, UTC)."""
    try:
        remembered = datetime.fromisoformat(str(settings.value(SETTINGS_OFFSITE_LAST_COPY)))
    except ValueError:
        return None
    return remembered if remembered.tzinfo is not None else remembered.replace(tzinfo=UTC)


def set_offsite_last_copy(settings: QSettings, when: datetime | None) -> None:
    if when is None:
        settings.remove(SETTINGS_OFFSITE_LAST_COPY)
    else:
        settings.setValue(SETTINGS_OFFSITE_LAST_COPY, when.isoformat())


# --- the retired keys -------------------------------------------------------------------


def _json(raw: object) -> object:
    try:
        return json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def retired_settings(settings: QSettings) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """What an older version kept in *settings* that the database keeps now: the values by
    the database's keys (see :mod:`workbench.services.settings`), and by the same keys the
    QSettings keys each came from (removed once the database holds it)."""
    from workbench.services import settings as keys

    found: dict[str, Any] = {}
    sources: dict[str, list[str]] = {}

    def take(key: str, value: object, source: str) -> None:
        found[key] = value
        sources.setdefault(key, []).append(source)

    if settings.contains(RETIRED_WEIGHTS):
        take(keys.HEALTH_WEIGHTS, _json(settings.value(RETIRED_WEIGHTS)), RETIRED_WEIGHTS)
    if settings.contains(RETIRED_QUIET_DAYS):
        try:
            quiet: object = int(str(settings.value(RETIRED_QUIET_DAYS)))
        except ValueError:
            quiet = None
        take(keys.QUIET_DAYS, quiet, RETIRED_QUIET_DAYS)
    if settings.contains(RETIRED_RATES):
        take(keys.EXCHANGE_RATES, _json(settings.value(RETIRED_RATES)), RETIRED_RATES)
    if settings.contains(RETIRED_CURRENCY):
        take(keys.REPORTING_CURRENCY, str(settings.value(RETIRED_CURRENCY)), RETIRED_CURRENCY)
    targets: dict[str, dict[str, object]] = {}
    for severity in range(1, 5):
        for kind in ("acknowledge", "resolve"):
            key = RETIRED_TARGET.format(severity=severity, kind=kind)
            if settings.contains(key):
                targets.setdefault(str(severity), {})[kind] = settings.value(key)
                sources.setdefault(keys.RESPONSE_TARGETS, []).append(key)
    if targets:
        found[keys.RESPONSE_TARGETS] = targets
    if settings.contains(SETTINGS_OFFSITE_FOLDER):
        folder = settings.value(SETTINGS_OFFSITE_FOLDER)
        take(keys.OFFSITE_FOLDER, str(folder) if folder else None, SETTINGS_OFFSITE_FOLDER)
    return found, sources
