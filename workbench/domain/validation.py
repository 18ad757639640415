"""Validation rules shared by dialogs, importers and the command line.

The database enforces the same rules with CHECK constraints; this module says
*why* a value is refused, in words a user can act on. Messages are templates
marked for translation and formatted with ``Problem.params``, so the UI can
show them in the user's language.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from workbench.domain.money import STORAGE_SCALE

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context* without translating it here.

    Qt's ``lupdate`` extracts these calls into ``resources/translations/*.ts``;
    the UI translates with ``QCoreApplication.translate(context, text)``.
    """
    return text


class Translate(Protocol):
    """Turns a marked text into the user's language: ``(context, text[, disambiguation])``.

    Domain and services take one instead of importing Qt; the edge passes
    :func:`workbench.i18n.translate` (the command line and the window), tests and
    English output :func:`untranslated`.
    """

    def __call__(self, context: str, text: str, disambiguation: str | None = None, /) -> str: ...


def untranslated(context: str, text: str, disambiguation: str | None = None, /) -> str:
    """The text as written: English, the source language of every template."""
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    """One refused value: which field, and a message template with its parameters."""

    field: str
    message: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)
    #: Translation context of ``message``.
    context: str = "validation"

    def text(self) -> str:
        """The message in English (the UI translates ``message`` in ``context`` first)."""
        return self.message.format(**self.params)


class Refusal(Exception):
    """Something refused, saying why in the user's language: a template marked for
    translation in :attr:`context` and its values. ``str()`` is the English sentence;
    :func:`workbench.i18n.translated` is the interface's (translation happens at the edge)."""

    context = "validation"

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


class ValidationError(ValueError):
    """Raised with every problem found, so a form can mark all bad fields at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.text()}" for p in self.problems))


def blank_to_none(text: str | None) -> str | None:
    """Typed text with its edges trimmed; ``None`` when nothing is left (an empty field)."""
    return text.strip() if text and text.strip() else None


def ensure_valid(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


@cache
def known_time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def is_time_zone(name: str) -> bool:
    if name not in known_time_zones():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_required(problems: list[Problem], name: str, value: str | None) -> None:
    """A text field must hold more than white space."""
    check_present(problems, name, value.strip() if value is not None else None)


def check_present(problems: list[Problem], name: str, value: object) -> None:
    if value is None or value == "":
        problems.append(Problem(name, QT_TRANSLATE_NOOP("validation", "This field is required.")))


def check_range(
    problems: list[Problem], name: str, value: int | Decimal | None, low: object, high: object
) -> None:
    if value is not None and not low <= value <= high:  # type: ignore[operator]
        problems.append(
            Problem(
                name,
                QT_TRANSLATE_NOOP("validation", "Must be between {low} and {high}."),
                {"low": low, "high": high},
            )
        )


def check_not_negative(problems: list[Problem], name: str, value: Decimal | int | None) -> None:
    if value is not None and value < 0:
        problems.append(Problem(name, QT_TRANSLATE_NOOP("validation", "Must not be negative.")))


def check_scale(problems: list[Problem], name: str, value: Decimal | None) -> None:
    """Amounts are stored with four decimals; more precision would be silently lost."""
    if value is not None and (
        not value.is_finite() or value != value.quantize(Decimal(1).scaleb(-STORAGE_SCALE))
    ):
        problems.append(
            Problem(
                name,
                QT_TRANSLATE_NOOP("validation", "Use at most {places} decimal places."),
                {"places": STORAGE_SCALE},
            )
        )


def check_order(
    problems: list[Problem],
    name: str,
    start: date | datetime | None,
    end: date | datetime | None,
    *,
    strict: bool = False,
) -> None:
    if start is None or end is None:
        return
    if end < start or (strict and end == start):
        problems.append(Problem(name, QT_TRANSLATE_NOOP("validation", "Must be after the start.")))


def check_currency(problems: list[Problem], name: str, code: str | None) -> None:
    if code is None or not _CURRENCY.match(code):
        problems.append(
            Problem(
                name,
                QT_TRANSLATE_NOOP("validation", "Use a three-letter ISO currency code, e.g. EUR."),
            )
        )


def check_country(problems: list[Problem], name: str, code: str | None) -> None:
    if code is None or not _COUNTRY.match(code):
        problems.append(
            Problem(
                name, QT_TRANSLATE_NOOP("validation", "Use a two-letter ISO country code, e.g. ES.")
            )
        )


def check_time_zone(problems: list[Problem], name: str, zone: str | None) -> None:
    if zone is None or not is_time_zone(zone):
        problems.append(
            Problem(
                name,
                QT_TRANSLATE_NOOP(
                    "validation", "Unknown time zone {zone!r}; use e.g. Europe/Madrid."
                ),
                {"zone": zone},
            )
        )


def check_email(problems: list[Problem], name: str, email: str | None) -> None:
    if email and not _EMAIL.match(email):
        problems.append(Problem(name, QT_TRANSLATE_NOOP("validation", "Not an e-mail address.")))


# --- per-entity rules (mirroring the CHECK constraints in workbench.store) -----------


def account_problems(
    *, name: str | None, country: str | None, currency: str | None, time_zone: str | None
) -> list[Problem]:
    problems: list[Problem] = []
    check_required(problems, "name", name)
    check_country(problems, "country", country)
    check_currency(problems, "currency", currency)
    check_time_zone(problems, "time_zone", time_zone)
    return problems


def survey_problems(*, score: int | None) -> list[Problem]:
    problems: list[Problem] = []
    check_present(problems, "score", score)
    check_range(problems, "score", score, 0, 10)
    return problems


def incident_problems(
    *,
    title: str | None,
    severity: int | None,
    reported_at: datetime | None,
    acknowledged_at: datetime | None = None,
    resolved_at: datetime | None = None,
) -> list[Problem]:
    problems: list[Problem] = []
    check_required(problems, "title", title)
    check_present(problems, "severity", severity)
    check_range(problems, "severity", severity, 1, 4)
    check_order(problems, "acknowledged_at", reported_at, acknowledged_at)
    check_order(problems, "resolved_at", reported_at, resolved_at)
    return problems


def opportunity_problems(
    *, name: str | None, amount: Decimal | None, probability: int | None
) -> list[Problem]:
    problems: list[Problem] = []
    check_required(problems, "name", name)
    check_not_negative(problems, "amount", amount)
    check_scale(problems, "amount", amount)
    check_range(problems, "probability", probability, 0, 100)
    return problems


def meeting_problems(
    *,
    title: str | None,
    starts_at: datetime | None,
    ends_at: datetime | None,
    time_zone: str | None,
) -> list[Problem]:
    problems: list[Problem] = []
    check_required(problems, "title", title)
    check_order(problems, "ends_at", starts_at, ends_at, strict=True)
    check_time_zone(problems, "time_zone", time_zone)
    return problems


def revenue_problems(*, revenue: Decimal | None, cost: Decimal | None) -> list[Problem]:
    problems: list[Problem] = []
    for name, value in (("revenue", revenue), ("cost", cost)):
        check_not_negative(problems, name, value)
        check_scale(problems, name, value)
    return problems
