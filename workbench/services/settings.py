"""The settings that change figures, kept in the database's ``settings`` table so the
window and every command compute alike: the reporting currency and exchange rates, the
health-score weights (with the days after which a customer counts as quiet), the
response-time targets, the off-laptop backup folder and the author's name.

:func:`load_settings` reads them typed, a default for any key not stored (or stored
badly: hand-edited, or from another version). :func:`save_settings` checks the new values
(a :class:`SettingRefused` says why one is refused, nothing is written then) and writes
only the keys that changed, so each edit is one operation of the field history and its
undo is ``save_settings`` with the values before. Personal preferences (window layout,
language, last database) are not here: they stay in the window's QSettings
(``workbench.ui.preferences``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import PurePath
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import Severity
from workbench.domain.exchange import DEFAULT_EUR_RATES, ExchangeRates
from workbench.domain.health import DEFAULT_WEIGHTS
from workbench.domain.incidents import (
    DurationUnit,
    ResponseTarget,
    ResponseTargets,
    ResponseTime,
    TargetKind,
)
from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.services.changes import ChangeSet
from workbench.services.focus import DEFAULT_QUIET_DAYS
from workbench.store.models.settings import Setting
from workbench.store.operations import AUTHOR_KEY

# The keys of the settings table (its rows are named by them in the field history).
REPORTING_CURRENCY = "reporting_currency"
EXCHANGE_RATES = "exchange_rates"
HEALTH_WEIGHTS = "health_weights"
QUIET_DAYS = "quiet_days"
RESPONSE_TARGETS = "response_targets"
OFFSITE_FOLDER = "offsite_folder"
AUTHOR = AUTHOR_KEY

#: Longest a customer may go without contact before the focus list calls them quiet.
MAX_QUIET_DAYS = 3650
MAX_WEIGHT = 100
MAX_TARGET = 999
MAX_AUTHOR = 200  # the width of ``updated_by``

_CURRENCY = re.compile(r"^[A-Z]{3}$")


class SettingRefused(Refusal):
    """A setting's new value makes no sense; nothing was saved."""

    context = "settings"


@dataclass(frozen=True)
class Settings:
    """Every setting that changes a figure, with the product's defaults."""

    rates: ExchangeRates = field(default_factory=ExchangeRates)
    weights: Mapping[str, int] = field(default_factory=lambda: MappingProxyType(DEFAULT_WEIGHTS))
    quiet_days: int = DEFAULT_QUIET_DAYS
    targets: ResponseTargets = field(default_factory=ResponseTargets)
    #: Where automatic backups are copied off the laptop (``None``: nowhere).
    offsite_folder: str | None = None
    #: Who writes, stamped on records and history (``None``: the computer's user name).
    author: str | None = None

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


# --- reading ------------------------------------------------------------------------------


def load_settings(session: Session) -> Settings:
    """The database's settings; a default for each one not stored or not understood."""
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    return settings_from(stored)


def settings_from(stored: Mapping[str, Any]) -> Settings:
    """Settings from the table's JSON values by key; a bad value is ignored, one by one."""
    defaults = Settings()
    rates = _rates(stored.get(EXCHANGE_RATES))
    currency = stored.get(REPORTING_CURRENCY)
    if not (isinstance(currency, str) and currency in rates):
        currency = defaults.rates.reporting if defaults.rates.reporting in rates else "EUR"
    quiet = stored.get(QUIET_DAYS)
    folder = stored.get(OFFSITE_FOLDER)
    author = stored.get(AUTHOR)
    return Settings(
        rates=ExchangeRates(currency, rates),
        weights=MappingProxyType(_weights(stored.get(HEALTH_WEIGHTS))),
        quiet_days=quiet
        if isinstance(quiet, int) and not isinstance(quiet, bool) and 1 <= quiet <= MAX_QUIET_DAYS
        else defaults.quiet_days,
        targets=targets_from(stored.get(RESPONSE_TARGETS)),
        offsite_folder=folder
        if isinstance(folder, str) and PurePath(folder).is_absolute()
        else None,
        author=author.strip()
        if isinstance(author, str) and 0 < len(author.strip()) <= MAX_AUTHOR
        else None,
    )


def _weights(value: object) -> dict[str, int]:
    weights = dict(DEFAULT_WEIGHTS)
    if isinstance(value, Mapping):
        for key, weight in value.items():
            if key in weights and isinstance(weight, int) and 0 <= weight <= MAX_WEIGHT:
                weights[key] = weight
    return weights if any(weights.values()) else dict(DEFAULT_WEIGHTS)


def _rates(value: object) -> dict[str, Decimal]:
    rates = dict(DEFAULT_EUR_RATES)
    if isinstance(value, Mapping):
        for currency, text in value.items():
            try:
                rate = Decimal(str(text))
            except InvalidOperation:
                continue
            good = isinstance(currency, str) and _CURRENCY.match(currency.upper())
            if good and rate.is_finite() and rate > 0:
                rates[currency.upper()] = rate
    return rates


def targets_from(value: object) -> ResponseTargets:
    """Targets from their JSON (``{"1": {"acknowledge": "4 hours", …}}``); the product's
    default for any severity or kind missing or not understood."""
    defaults = ResponseTargets()
    found = {}
    for severity in Severity:
        entry = value.get(str(int(severity))) if isinstance(value, Mapping) else None
        times = {}
        for kind in TargetKind:
            fallback = defaults.for_severity(severity).within(kind)
            text = entry.get(kind.value) if isinstance(entry, Mapping) else None
            times[kind] = response_time(text) or fallback
        found[severity] = ResponseTarget(times[TargetKind.ACKNOWLEDGE], times[TargetKind.RESOLVE])
    return ResponseTargets(found)


def response_time(text: object) -> ResponseTime | None:
    """``"4 hours"`` as a response time; ``None`` if it is not one (or not above 0)."""
    if not isinstance(text, str):
        return None
    amount, _, unit = text.partition(" ")
    try:
        time = ResponseTime(int(amount), DurationUnit(unit))
    except ValueError:
        return None
    return time if 0 < time.amount <= MAX_TARGET else None


# --- the stored form ----------------------------------------------------------------------


def stored_values(settings: Settings) -> dict[str, Any]:
    """Each setting as the JSON value its row holds."""
    return {
        REPORTING_CURRENCY: settings.rates.reporting,
        EXCHANGE_RATES: {c: str(r) for c, r in sorted(settings.rates.rates.items())},
        HEALTH_WEIGHTS: dict(settings.weights),
        QUIET_DAYS: settings.quiet_days,
        RESPONSE_TARGETS: {
            str(int(severity)): {
                kind.value: _time_text(settings.targets.for_severity(severity).within(kind))
                for kind in TargetKind
            }
            for severity in Severity
        },
        OFFSITE_FOLDER: settings.offsite_folder,
        AUTHOR: settings.author.strip() if settings.author else None,
    }


def _time_text(time: ResponseTime) -> str:
    return f"{time.amount} {time.unit.value}"


# --- checking -----------------------------------------------------------------------------


def check_settings(settings: Settings) -> None:
    """Raise :class:`SettingRefused` for the first value that makes no sense."""
    _check_weights(settings.weights)
    if not 1 <= settings.quiet_days <= MAX_QUIET_DAYS:
        raise SettingRefused(
            QT_TRANSLATE_NOOP(
                "settings", "A customer counts as quiet after 1 to {most} days, not {days}."
            ),
            most=MAX_QUIET_DAYS,
            days=settings.quiet_days,
        )
    check_rates(settings.rates.reporting, settings.rates.rates)
    _check_targets(settings.targets)
    folder = settings.offsite_folder
    if folder is not None and not PurePath(folder).is_absolute():
        raise SettingRefused(
            QT_TRANSLATE_NOOP(
                "settings", "The backup folder must be a full path, such as /media/usb: {folder}"
            ),
            folder=folder,
        )
    author = settings.author
    if author is not None and (not author.strip() or len(author.strip()) > MAX_AUTHOR):
        raise SettingRefused(
            QT_TRANSLATE_NOOP("settings", "The author's name must be 1 to {most} characters."),
            most=MAX_AUTHOR,
        )


def _check_weights(weights: Mapping[str, int]) -> None:
    for key, weight in weights.items():
        if key not in DEFAULT_WEIGHTS:
            raise SettingRefused(
                QT_TRANSLATE_NOOP("settings", "There is no health factor called {factor}."),
                factor=key,
            )
        if isinstance(weight, bool) or not isinstance(weight, int):
            raise SettingRefused(
                QT_TRANSLATE_NOOP("settings", "The weight of {factor} must be a whole number."),
                factor=key,
            )
        if not 0 <= weight <= MAX_WEIGHT:
            raise SettingRefused(
                QT_TRANSLATE_NOOP(
                    "settings", "The weight of {factor} must be from 0 to {most}, not {weight}."
                ),
                factor=key,
                most=MAX_WEIGHT,
                weight=weight,
            )
    if not any(weights.values()):
        raise SettingRefused(
            QT_TRANSLATE_NOOP("settings", "At least one health factor needs a weight above 0.")
        )


def check_rates(reporting: str, rates: Mapping[str, Decimal]) -> None:
    """Refuse a currency code that is none, a rate not above 0, or a reporting currency
    without its rate (checked before they make an :class:`ExchangeRates`, which raises)."""
    for currency, rate in rates.items():
        if not _CURRENCY.match(currency):
            raise SettingRefused(
                QT_TRANSLATE_NOOP(
                    "settings", "{currency} is not a currency code (three letters, such as EUR)."
                ),
                currency=currency or "''",
            )
        if not rate.is_finite() or rate <= 0:
            raise SettingRefused(
                QT_TRANSLATE_NOOP("settings", "The rate for {currency} must be a number above 0."),
                currency=currency,
            )
    if reporting not in rates:
        raise SettingRefused(
            QT_TRANSLATE_NOOP(
                "settings", "There is no exchange rate for the reporting currency {currency}."
            ),
            currency=reporting,
        )


def _check_targets(targets: ResponseTargets) -> None:
    for severity in Severity:
        for kind in TargetKind:
            time = targets.for_severity(severity).within(kind)
            if not 0 < time.amount <= MAX_TARGET:
                raise SettingRefused(
                    QT_TRANSLATE_NOOP(
                        "settings",
                        "Each response-time target must be from 1 to {most} "
                        "(severity {severity}: {amount}).",
                    ),
                    most=MAX_TARGET,
                    severity=int(severity),
                    amount=time.amount,
                )


def typed_rate(text: str) -> Decimal:
    """A typed exchange rate (a comma or a point before the decimals); ``0`` if it is none,
    which :func:`check_settings` refuses."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return Decimal(0)
    return value if value.is_finite() else Decimal(0)


# --- writing ------------------------------------------------------------------------------


def changes_for(keys: frozenset[str]) -> ChangeSet:
    """What a change to *keys* changes: the settings, and the figures worked out with them
    (so the screens showing them work them out again)."""
    tables = {"settings"}
    if HEALTH_WEIGHTS in keys:
        tables |= {"health_snapshots", "accounts"}  # every score, shown in the Portfolio too
    if RESPONSE_TARGETS in keys:
        tables.add("incidents")  # every incident's deadlines and compliance
    return ChangeSet.of(*sorted(tables))


def save_settings(session: Session, settings: Settings) -> tuple[Settings, ChangeSet]:
    """Store *settings* (checked first: :class:`SettingRefused`), writing only the keys whose
    value changed; the settings as stored now and what changed."""
    check_settings(settings)
    rows = {row.key: row for row in session.scalars(select(Setting))}
    before = stored_values(settings_from({key: row.value for key, row in rows.items()}))
    wanted = stored_values(settings)
    changed = frozenset(key for key in wanted if wanted[key] != before[key])
    for key in changed:
        row = rows.get(key)
        if row is None:
            session.add(Setting(key=key, value=wanted[key]))
        else:
            row.value = wanted[key]
    session.flush()
    return load_settings(session), changes_for(changed)


def adopt_settings(session: Session, found: Mapping[str, Any]) -> tuple[frozenset[str], ChangeSet]:
    """Store the settings *found* elsewhere (JSON values by key: the window's QSettings of an
    older version) that the database does not hold yet, each as :func:`load_settings` would
    understand it (a default for one that makes no sense). The keys stored, and what
    changed."""
    held = {row.key: row.value for row in session.scalars(select(Setting))}
    # Together with what is held: a reporting currency needs its rate, found or held.
    wanted = stored_values(settings_from({**held, **found}))
    adopted = frozenset(
        key for key in found if key in wanted and key not in held and wanted[key] is not None
    )
    for key in sorted(adopted):
        session.add(Setting(key=key, value=wanted[key]))
    session.flush()
    return adopted, changes_for(adopted) if adopted else ChangeSet()
