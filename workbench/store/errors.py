"""Turn database refusals into sentences a user can act on.

Constraint names follow the naming convention of ``models.base`` (``ck_<table>_<rule>``,
``uq_<table>_<columns>``), which is what makes them recognisable here.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError

from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem
from workbench.store.models import Base

_RULES: dict[str, str] = {
    "not_blank": QT_TRANSLATE_NOOP("database", "{field} must not be empty."),
    "range": QT_TRANSLATE_NOOP("database", "{field} is out of its allowed range."),
    "not_negative": QT_TRANSLATE_NOOP("database", "{field} must not be negative."),
    "positive": QT_TRANSLATE_NOOP("database", "{field} must be greater than zero."),
    "after_start": QT_TRANSLATE_NOOP("database", "The end must come after the start."),
    "iso": QT_TRANSLATE_NOOP("database", "{field} must be an ISO code."),
}


def integrity_problem(exc: IntegrityError) -> Problem:
    """Why the database refused a write, as a translatable :class:`Problem`."""
    message = str(exc.orig)
    if match := re.search(r"CHECK constraint failed: ck_(\w+)", message):
        name = _without_table_prefix(match.group(1))
        for rule, template in _RULES.items():
            if name.endswith(rule):
                field = name.removesuffix(rule).strip("_").replace("_", " ") or "value"
                return _problem(field, template, field=field[0].upper() + field[1:])
        return _problem(
            name, QT_TRANSLATE_NOOP("database", "A value breaks the rule {rule!r}."), rule=name
        )
    if "UNIQUE constraint failed" in message:
        columns = message.split("UNIQUE constraint failed:")[-1].strip()
        return _problem(
            columns,
            QT_TRANSLATE_NOOP("database", "Another record already has the same {columns}."),
            columns=columns,
        )
    if "FOREIGN KEY constraint failed" in message:
        return _problem(
            "",
            QT_TRANSLATE_NOOP(
                "database",
                "The record refers to something that does not exist (or is still referred to).",
            ),
        )
    if "NOT NULL constraint failed" in message:
        column = message.split("NOT NULL constraint failed:")[-1].strip()
        return _problem(
            column, QT_TRANSLATE_NOOP("database", "{column} is required."), column=column
        )
    return _problem("", "{message}", message=message)


def describe_integrity_error(exc: IntegrityError) -> str:
    """The refusal in English, for the command line and the log."""
    return integrity_problem(exc).text()


def _problem(field_name: str, template: str, **params: object) -> Problem:
    return Problem(field_name, template, params, context="database")


def _without_table_prefix(name: str) -> str:
    tables = sorted(Base.metadata.tables, key=len, reverse=True)
    for table in tables:
        if name.startswith(table + "_"):
            return name[len(table) + 1 :]
    return name
