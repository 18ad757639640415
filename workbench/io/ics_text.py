"""An .ics file's bytes as text the icalendar parser accepts, before any parsing.

Real files come in UTF-8 with or without a byte-order mark, in Windows-1252
from old Outlooks, folded with tabs or between a property's name and its
value. Exchange 2010 writes an empty time zone (``DTSTART;TZID=:…`` and a
``VTIMEZONE`` whose ``TZID:`` is blank), which icalendar refuses outright
("mandatory TZID not found"); those times are floating times, so the empty
parameter and the nameless VTIMEZONE are dropped here.

icalendar also turns every VTIMEZONE whose TZID it does not know into a zone
while it parses, expanding each of its rules to the rule's end (or 2038): a
rule repeating every second would never finish. :func:`zone_rule_problem`
reads those rules first, so the parser only sees bounded ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from dateutil.rrule import rrulestr

from workbench.domain.recurrence import RuleError, check_limits, rule_parts
from workbench.domain.text import without_control_characters
from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem

_FOLD = re.compile(r"\r\n[ \t]|\n[ \t]|\r[ \t]")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_BLANK_TZID = re.compile(r';TZID=(?:"")?(?=[;:]|$)', re.IGNORECASE)
_LOCAL_TIME = re.compile(r"^(\d{8})(?:T(\d{6}))?Z?$")
#: The most changes one rule of a VTIMEZONE may make: one a year from year 1 to 2038 fits.
MAX_ZONE_CHANGES = 2500
#: Where icalendar stops a time zone rule that has neither UNTIL nor COUNT.
_ZONE_RULES_END = datetime(2038, 12, 31)


@dataclass(frozen=True, slots=True)
class IcsText:
    """The repaired text, and what the repair did (for the import report)."""

    text: str
    #: Lines of the file as it was, for messages that point at an event.
    event_lines: tuple[int, ...]
    blank_tzid_repaired: bool = False


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def is_complete(text: str) -> bool:
    """Whether the text opens a VCALENDAR and closes every one it opens."""
    lines = [line.strip().upper() for line in _LINE_BREAK.split(_FOLD.sub("", text))]
    content = [line for line in lines if line]
    if not content or content[0] != "BEGIN:VCALENDAR" or content[-1] != "END:VCALENDAR":
        return False
    return content.count("BEGIN:VCALENDAR") == content.count("END:VCALENDAR")


def prepare(data: bytes) -> IcsText:
    """Decode, unfold and repair the empty time zones of an .ics file; control characters
    (RFC 5545 allows none but TAB in a value) are dropped, as an import drops them: a
    title of NUL alone would be blank to SQLite, which reads text up to its first NUL."""
    original = without_control_characters(decode(data))
    event_lines = tuple(
        number
        for number, line in enumerate(_LINE_BREAK.split(original), start=1)
        if line.strip().upper() == "BEGIN:VEVENT"
    )
    lines = _LINE_BREAK.split(_FOLD.sub("", original))
    repaired: list[str] = []
    changed = False
    for line in lines:
        fixed = _without_blank_tzid(line)
        changed = changed or fixed != line
        repaired.append(fixed)
    return IcsText("\r\n".join(_without_nameless_timezones(repaired)), event_lines, changed)


def _without_blank_tzid(line: str) -> str:
    """``DTSTART;TZID=:20150826T090000`` → ``DTSTART:20150826T090000`` (a floating time)."""
    head, value = _split_value(line)
    if value is None or ";" not in head:
        return line
    return _BLANK_TZID.sub("", head) + ":" + value


def _split_value(line: str) -> tuple[str, str | None]:
    """Name-and-parameters and value of a content line (a colon inside quotes does not split)."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return line, None


def _without_nameless_timezones(lines: list[str]) -> list[str]:
    """Drop VTIMEZONE blocks whose TZID is missing or blank; nothing can refer to them."""
    kept: list[str] = []
    block: list[str] | None = None
    named = False
    for line in lines:
        upper = line.strip().upper()
        if block is None and upper == "BEGIN:VTIMEZONE":
            block, named = [line], False
            continue
        if block is None:
            kept.append(line)
            continue
        block.append(line)
        if upper.startswith("TZID") and upper[4:5] in (":", ";"):
            named = named or bool((_split_value(line)[1] or "").strip())
        if upper == "END:VTIMEZONE":
            if named:
                kept.extend(block)
            block = None
    if block is not None:
        kept.extend(block)
    return kept


def zone_rule_problem(text: str) -> Problem | None:
    """Why a VTIMEZONE's repeat rule cannot be read in bounded time, or ``None``.

    Each rule must repeat yearly, within the limits of a meeting's rule (interval,
    count, one time of day), from a readable DTSTART, and make at most
    :data:`MAX_ZONE_CHANGES` changes up to its end. *text* is unfolded.
    """
    depth = 0
    tzid = ""
    stack: list[tuple[str | None, list[str]]] = []
    for line in _LINE_BREAK.split(text):
        head, value = _split_value(line)
        name = head.split(";", 1)[0].strip().upper()
        value = (value or "").strip()
        if name == "BEGIN":
            depth += value.upper() == "VTIMEZONE"
            if depth:
                stack.append((None, []))
        elif name == "END":
            if depth and stack:
                start, rules = stack.pop()
                for rule in rules:
                    problem = _zone_rule_problem(tzid, start, rule)
                    if problem is not None:
                        return problem
            if value.upper() == "VTIMEZONE" and depth:
                depth -= 1
        elif depth and stack:
            if name == "TZID":
                tzid = value[:100]
            elif name == "DTSTART":
                stack[-1] = (value, stack[-1][1])
            elif name == "RRULE":
                stack[-1][1].append(value)
    return None


def _zone_problem(message: str, tzid: str, **params: object) -> Problem:
    """A refusal of the ``ics`` context; *message* is a ``QT_TRANSLATE_NOOP`` literal."""
    return Problem("VTIMEZONE", message, {"tzid": tzid, **params}, context="ics")


def _zone_rule_problem(tzid: str, start: str | None, rule: str) -> Problem | None:
    try:
        parts = rule_parts(rule)
        if parts["FREQ"] != "YEARLY":
            return _zone_problem(
                QT_TRANSLATE_NOOP(
                    "ics",
                    "The time zone “{tzid}” changes by a rule repeating {frequency}; "
                    "only yearly rules are read.",
                ),
                tzid,
                frequency=parts["FREQ"],
            )
        check_limits(parts)
    except RuleError as error:
        return _zone_problem(
            QT_TRANSLATE_NOOP("ics", "The time zone “{tzid}” cannot be read: {reason}."),
            tzid,
            reason=str(error),
        )
    found = _LOCAL_TIME.match(start or "")
    try:
        assert found is not None
        first = datetime.strptime(found.group(1) + (found.group(2) or "000000"), "%Y%m%d%H%M%S")
        end = _ZONE_RULES_END
        if "UNTIL" in parts:
            until = _LOCAL_TIME.match(parts.pop("UNTIL"))
            assert until is not None
            end = datetime.strptime(until.group(1) + (until.group(2) or "000000"), "%Y%m%d%H%M%S")
        elif "COUNT" in parts:
            end = datetime.max
        text = ";".join(f"{k}={v}" for k, v in parts.items())
        changes = 0
        for moment in islice(rrulestr(text, dtstart=first, cache=False), MAX_ZONE_CHANGES + 1):
            if moment > end:
                break
            changes += 1
    except (AssertionError, ValueError, TypeError, KeyError, OverflowError):
        return _zone_problem(
            QT_TRANSLATE_NOOP(
                "ics",
                "The time zone “{tzid}” cannot be read: the start (DTSTART) or the end "
                "(UNTIL) of one of its rules is not a time.",
            ),
            tzid,
        )
    if changes > MAX_ZONE_CHANGES:
        return _zone_problem(
            QT_TRANSLATE_NOOP(
                "ics",
                "The time zone “{tzid}” has a rule making more than {limit} changes; "
                "at most {limit} are read.",
            ),
            tzid,
            limit=MAX_ZONE_CHANGES,
        )
    return None
