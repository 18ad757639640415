"""An archive's values checked by the rules an import applies, before it is restored.

Each table is loaded into a scratch database first; then one SQL scan per table finds
the rows a rule *may* break (an impossible date, an unknown time zone, a flag that is not
0 or 1, text with control characters) and the domain checks decide on those rows only,
so a clean 2-million-row archive costs a few scans, not a Python object per value.
Amount columns whose values add up past what SQLite can sum are refused too: one such
value would make every total on the Dashboard fail with "integer overflow".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, String, Table

from workbench.domain.recurrence import EARLIEST_YEAR as FIRST_YEAR
from workbench.domain.recurrence import LATEST_YEAR as LAST_YEAR
from workbench.domain.recurrence import RuleError, check_limits, rule_parts
from workbench.domain.text import has_control_characters, without_control_characters
from workbench.domain.validation import is_time_zone, known_time_zones
from workbench.store.identifiers import quote
from workbench.store.types import ScaledDecimal, UtcDateTime

#: A scaled decimal column (amounts, quantities) whose absolute values add up to more than
#: this could make a sum in SQL overflow ("integer overflow" on the Dashboard); half of
#: SQLite's range leaves room for a difference of two such columns.
LARGEST_COLUMN_TOTAL = 2**62
#: Problems named in a refusal (the first few found).
SHOWN_PROBLEMS = 3
_CONTROLS = "*[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]*"


@dataclass(frozen=True)
class _Rule:
    """One column's rule: a SQL condition true for every row it *may* break (one scan of the
    table finds them all) and the domain check that decides, on those rows only."""

    column: str
    suspect: str
    problem: Callable[[Any], str | None]


def _in_years(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def _date_problem(value: Any) -> str | None:
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        return "is not a date"
    if day.isoformat() != value:
        return "is not a date written YYYY-MM-DD"
    return None if _in_years(day.year) else f"is outside the years {FIRST_YEAR}–{LAST_YEAR}"


def _moment_problem(value: Any) -> str | None:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return "is not a date and time"
    if moment.tzinfo is not None:
        return "is not a date and time in UTC without an offset"
    return None if _in_years(moment.year) else f"is outside the years {FIRST_YEAR}–{LAST_YEAR}"


def _bool_problem(value: Any) -> str | None:
    return None if type(value) is int and value in (0, 1) else "is not 0 or 1"


def _zone_problem(value: Any) -> str | None:
    return None if isinstance(value, str) and is_time_zone(value) else "is not a known time zone"


def _text_problem(value: Any) -> str | None:
    """Control characters in text; bytes (a BLOB, let through anywhere as written) are
    not text: a row suspected for another column may hold them here."""
    if isinstance(value, str) and has_control_characters(value):
        return "holds control characters"
    return None


def _rule_problem(value: Any) -> str | None:
    """A repeat rule the calendar import would refuse (every second, a billion times…)."""
    if not isinstance(value, str):
        return "is not a repeat rule"
    try:
        parts = rule_parts(value)
        check_limits(parts)
        until = parts.get("UNTIL", "")
        if until and not (until[:4].isdigit() and FIRST_YEAR <= int(until[:4]) <= LAST_YEAR):
            return f"repeats until a year outside {FIRST_YEAR}–{LAST_YEAR}"
    except RuleError as refused:
        return str(refused)
    return None


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _rules(table: Table) -> list[_Rule]:
    """The rules of *table*'s columns, from their types (CHECK, NOT NULL and references the
    database itself enforces).

    A rule's condition is never NULL for a value (only for a NULL, which is no value to
    judge): SQLite's date functions give NULL for what they cannot read ("2000-13-45"),
    which would make the whole condition NULL and the value no suspect; they are read as
    "" there. (Wrapping each whole condition instead costs 1.7 times as much: SQLite then
    works out its value rather than jumping past it.)"""
    rules = []
    for column in table.c:
        c = quote(column.name)
        kind = column.type
        if isinstance(kind, Date):
            # +c: compared as text, not with the column's NUMERIC affinity.
            rules.append(
                _Rule(
                    column.name,
                    f"(NOT (+{c} BETWEEN '{FIRST_YEAR}' AND '{LAST_YEAR + 1}' "
                    f"AND coalesce(date(julianday({c})), '') = +{c}))",
                    _date_problem,
                )
            )
        elif isinstance(kind, UtcDateTime | DateTime):
            # The form the app writes, checked cheaply; julianday only for days past the 28th.
            day = f"substr({c}, 9, 2)"
            rules.append(
                _Rule(
                    column.name,
                    f"(NOT (+{c} BETWEEN '{FIRST_YEAR}' AND '{LAST_YEAR + 1}' "
                    f"AND {c} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] "
                    "[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]' "
                    f"AND substr({c}, 12, 2) < '24' AND substr({c}, 6, 2) BETWEEN '01' AND '12' "
                    f"AND ({day} BETWEEN '01' AND '28' "
                    f"OR coalesce(date(julianday(substr({c}, 1, 10))), '') = substr({c}, 1, 10))))",
                    _moment_problem,
                )
            )
        elif isinstance(kind, Boolean):
            rules.append(_Rule(column.name, f"({c} NOT IN (0, 1))", _bool_problem))
        elif isinstance(kind, String):
            if column.name == "rrule":
                rules.append(_Rule(column.name, f"({c} IS NOT NULL)", _rule_problem))
            if column.name == "time_zone":
                zones = ", ".join(map(_sql_text, sorted(known_time_zones())))
                rules.append(_Rule(column.name, f"({c} NOT IN ({zones}))", _zone_problem))
            rules.append(
                _Rule(
                    column.name,
                    f"(typeof({c}) = 'text' AND ({c} GLOB {_sql_text(_CONTROLS)} "
                    f"OR instr({c}, char(0)) > 0))",
                    _text_problem,
                )
            )
    return rules


def value_problems(db: Any, table: Table, *, text: bool) -> list[str]:
    """What in *table* the program could not use (an unknown time zone, an impossible date,
    amounts whose sum would overflow), at most :data:`SHOWN_PROBLEMS`; control characters
    are stripped from text, as an import does, when nothing else is wrong.

    One scan of the table finds the rows a rule may break; the domain checks decide on those.
    Text is looked at only when *text* says its JSON may hold a control character.
    """
    name = quote(table.name)
    problems: list[str] = []
    rules = [rule for rule in _rules(table) if text or rule.problem is not _text_problem]
    if rules:
        # Each suspect row with, for each rule, its value and whether the rule suspects it:
        # the domain check runs on those alone (a repeating meeting is suspected for its
        # rule, not its time zone).
        columns = ", ".join(f"{quote(rule.column)}, {rule.suspect}" for rule in rules)
        where = " OR ".join(rule.suspect for rule in rules)
        cleaned: list[tuple[str, str, int]] = []
        for rowid, *found in db.execute(f"SELECT rowid, {columns} FROM {name} WHERE {where}"):
            for rule, value, suspected in zip(rules, found[::2], found[1::2], strict=True):
                if not suspected or value is None or (problem := rule.problem(value)) is None:
                    continue
                if rule.problem is _text_problem:
                    cleaned.append((rule.column, without_control_characters(value), rowid))
                elif len(problems) < SHOWN_PROBLEMS:
                    problems.append(f"row {rowid}, {rule.column} {value!r} {problem}")
            if len(problems) >= SHOWN_PROBLEMS:
                break
        if not problems:
            for column, value, rowid in cleaned:
                try:
                    db.execute(
                        f"UPDATE {name} SET {quote(column)} = ? WHERE rowid = ?", (value, rowid)
                    )
                except sqlite3.IntegrityError as error:
                    problems.append(f"row {rowid}, {column}: {error}")
                    break
    scaled = [c.name for c in table.c if isinstance(c.type, ScaledDecimal)]
    if scaled and not problems:
        totals = ", ".join(f"total(abs(CAST({quote(c)} AS REAL)))" for c in scaled)
        found = db.execute(f"SELECT {totals} FROM {name}").fetchone()
        for column, total in zip(scaled, found, strict=True):
            if total > LARGEST_COLUMN_TOTAL:
                rowid, value = db.execute(
                    f"SELECT rowid, {quote(column)} FROM {name} "
                    f"ORDER BY abs(CAST({quote(column)} AS REAL)) DESC LIMIT 1"
                ).fetchone()
                problems.append(
                    f"row {rowid}, {column} {value!r} is too large (the column could not be summed)"
                )
                break
    return problems
