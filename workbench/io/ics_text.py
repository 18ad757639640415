"""An .ics file's bytes as text the icalendar parser accepts, before any parsing.

Real files come in UTF-8 with or without a byte-order mark, in Windows-1252
from old Outlooks, folded with tabs or between a property's name and its
value. Exchange 2010 writes an empty time zone (``DTSTART;TZID=:…`` and a
``VTIMEZONE`` whose ``TZID:`` is blank), which icalendar refuses outright
("mandatory TZID not found"); those times are floating times, so the empty
parameter and the nameless VTIMEZONE are dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FOLD = re.compile(r"\r\n[ \t]|\n[ \t]|\r[ \t]")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_BLANK_TZID = re.compile(r';TZID=(?:"")?(?=[;:]|$)', re.IGNORECASE)


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
    """Decode, unfold and repair the empty time zones of an .ics file."""
    original = decode(data)
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
