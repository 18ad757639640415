"""Turn database refusals into sentences a user can act on.

Constraint names follow the naming convention of ``models.base`` (``ck_<table>_<rule>``,
``uq_<table>_<columns>``), which is what makes them recognisable here.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError

from workbench.domain.validation import tr_noop
from workbench.store.models import Base

_RULES: dict[str, str] = {
    "not_blank": tr_noop("{field} must not be empty."),
    "range": tr_noop("{field} is out of its allowed range."),
    "not_negative": tr_noop("{field} must not be negative."),
    "positive": tr_noop("{field} must be greater than zero."),
    "after_start": tr_noop("The end must come after the start."),
    "iso": tr_noop("{field} must be an ISO code."),
}


def describe_integrity_error(exc: IntegrityError) -> str:
    """A one-sentence explanation of why the database refused a write."""
    message = str(exc.orig)
    if match := re.search(r"CHECK constraint failed: ck_(\w+)", message):
        name = _without_table_prefix(match.group(1))
        for rule, template in _RULES.items():
            if name.endswith(rule):
                field = name.removesuffix(rule).strip("_").replace("_", " ") or "the value"
                return template.format(field=field[0].upper() + field[1:])
        return f"A value breaks the rule {name!r}."
    if "UNIQUE constraint failed" in message:
        columns = message.split("UNIQUE constraint failed:")[-1].strip()
        return f"Another record already has the same {columns}."
    if "FOREIGN KEY constraint failed" in message:
        return "The record refers to something that does not exist (or is still referred to)."
    if "NOT NULL constraint failed" in message:
        column = message.split("NOT NULL constraint failed:")[-1].strip()
        return f"{column} is required."
    return message


def _without_table_prefix(name: str) -> str:
    tables = sorted(Base.metadata.tables, key=len, reverse=True)
    for table in tables:
        if name.startswith(table + "_"):
            return name[len(table) + 1 :]
    return name
