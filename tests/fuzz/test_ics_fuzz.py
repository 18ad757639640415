"""Generated hostile .ics files through the real reader and the real import: mutations
of every file of ../shared/corpus/ics, random bytes, and calendars built to hurt — repeat
rules every second, a hundred million times, with a zero interval, ending in year 9999;
time zones whose rules never stop; dates in year 1; endless EXDATE lists. Each file is
imported or refused whole with a reason (:class:`IcsRefused`), never a traceback, never
half written, in bounded time and memory; what is imported can then be shown and
exported in bounded time too (a stored rule must not hang a view)."""

from __future__ import annotations

import resource
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import select

from tests.dumps import dump
from tests.fuzz.import_harness import FUZZ, MEMORY, SECONDS
from tests.io.ics_helpers import add_account
from workbench.domain.recurrence import FREQUENCIES
from workbench.services import calendar
from workbench.services.calendar_export import export_meetings
from workbench.services.calendar_import import IcsRefused, import_ics
from workbench.services.portfolio import load_portfolio
from workbench.store.database import Store
from workbench.store.models import Account
from workbench.store.search_index import TABLE

pytestmark = pytest.mark.fuzz

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "ics"
_CORPUS = {path.name: path.read_bytes() for path in sorted(CORPUS.glob("*.ics"))}
_FALLBACK = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@b\r\nSUMMARY:Call\r\n"
    b"DTSTART:20260301T100000Z\r\nDTEND:20260301T110000Z\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)
ZONE = "Europe/Madrid"
#: The tables an .ics import may write to.
MEETING_TABLES = {"meetings", "meeting_exceptions", "meeting_attendees", TABLE}
#: Pieces of iCalendar that mutations drop into a real file.
TOKENS = [
    b"\r\n",
    b"\r\n ",
    b";",
    b":",
    b",",
    b"=",
    b"\x00",
    b"\xff",
    b"RRULE:FREQ=SECONDLY\r\n",
    b"RRULE:FREQ=DAILY;COUNT=100000000\r\n",
    b"RRULE:FREQ=DAILY;INTERVAL=0\r\n",
    b";COUNT=100000000",
    b";INTERVAL=0",
    b";UNTIL=99991231T235959Z",
    b";BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12",
    b"00010101T000000",
    b"99991231T235959Z",
    b"DURATION:P99999999D\r\n",
    b"EXDATE:00010101T000000Z\r\n",
    b"BEGIN:VEVENT\r\n",
    b"END:VEVENT\r\n",
    b"BEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
    b"RRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
    b"END:VTIMEZONE\r\n",
    b";TZID=X",
    b"9" * 40,
]


@st.composite
def mutated_corpus(draw: st.DrawFn) -> bytes:
    corpus = _CORPUS or {"fallback": _FALLBACK}  # the corpus lives beside the project
    data = bytearray(corpus[draw(st.sampled_from(sorted(corpus)))])
    for _ in range(draw(st.integers(1, 10))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        operation = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "cut"]))
        if operation == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif operation == "repeat":
            data[at:at] = bytes(data[at : at + 300]) * draw(st.integers(2, 20))
        else:
            del data[at:]
    return bytes(data)


def _moment(draw: st.DrawFn) -> str:
    """A DATE-TIME, most often a plausible one, else out of range or impossible."""
    if draw(st.integers(0, 9)) < 7:
        year = draw(st.sampled_from([1900, 1970, 2026, 2026, 2026, 2027, 2200]))
        month, day, hour = draw(st.integers(1, 12)), draw(st.integers(1, 28)), 9
    else:
        year = draw(st.sampled_from([1, 1600, 1899, 2201, 9999]))
        month, day, hour = (
            draw(st.integers(0, 13)),
            draw(st.integers(0, 32)),
            draw(st.integers(0, 25)),
        )
    utc = draw(st.sampled_from(["Z", "", "Z"]))
    return f"{year:04}{month:02}{day:02}T{hour:02}0000{utc}"


def _number(draw: st.DrawFn) -> str:
    return str(draw(st.sampled_from([-1, 0, 1, 2, 7, 52, 366, 999, 1000, 1001, 10**8, 10**30])))


@st.composite
def hostile_rule(draw: st.DrawFn, zone: bool = False) -> str:
    parts = [f"FREQ={draw(st.sampled_from([*FREQUENCIES, 'YEARLY', 'FORTNIGHTLY']))}"]
    days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "1MO", "-1FR", "5SU", "53MO", "XX"]
    optional = {
        "INTERVAL": lambda: _number(draw),
        "COUNT": lambda: _number(draw),
        "UNTIL": lambda: _moment(draw),
        "BYDAY": lambda: ",".join(draw(st.lists(st.sampled_from(days), min_size=1, max_size=9))),
        "BYMONTH": lambda: ",".join(map(str, draw(st.lists(st.integers(0, 13), min_size=1)))),
        "BYMONTHDAY": lambda: ",".join(
            map(str, draw(st.lists(st.integers(-32, 32), min_size=1, max_size=40)))
        ),
        "BYSETPOS": lambda: str(draw(st.integers(-400, 400))),
        "BYYEARDAY": lambda: str(draw(st.integers(-367, 367))),
        "BYWEEKNO": lambda: str(draw(st.integers(-54, 54))),
        "BYHOUR": lambda: ",".join(map(str, draw(st.lists(st.integers(0, 24), min_size=1)))),
        "BYMINUTE": lambda: ",".join(map(str, draw(st.lists(st.integers(0, 60), min_size=1)))),
        "WKST": lambda: draw(st.sampled_from(["MO", "SU", "XX"])),
    }
    for name in draw(st.lists(st.sampled_from(sorted(optional)), max_size=4, unique=True)):
        parts.append(f"{name}={optional[name]()}")
    return ";".join(parts)


@st.composite
def hostile_zone(draw: st.DrawFn) -> str:
    lines = ["BEGIN:VTIMEZONE", "TZID:Hostile Time"]
    for kind, offsets in (("STANDARD", ("+0200", "+0100")), ("DAYLIGHT", ("+0100", "+0200"))):
        lines += [f"BEGIN:{kind}", f"DTSTART:{_moment(draw).rstrip('Z')}"]
        if draw(st.integers(0, 3)) == 0:
            lines.append(f"RRULE:{draw(hostile_rule(zone=True))}")
        else:
            lines.append("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        lines += [f"TZOFFSETFROM:{offsets[0]}", f"TZOFFSETTO:{offsets[1]}", f"END:{kind}"]
    lines.append("END:VTIMEZONE")
    return "\r\n".join(lines)


@st.composite
def hostile_event(draw: st.DrawFn, index: int) -> str:
    zoned = draw(st.sampled_from(["", ";TZID=Hostile Time", ";TZID=Europe/Berlin"]))
    lines = [
        "BEGIN:VEVENT",
        f"UID:{draw(st.sampled_from(['same', f'event-{index}']))}@fuzz",
        f"SUMMARY:{draw(st.text(max_size=30)).replace(chr(13), ' ').replace(chr(10), ' ')}",
        f"DTSTART{zoned}:{draw(st.sampled_from([_moment(draw), '20260302T090000']))}",
    ]
    end = draw(st.sampled_from(["DTEND", "DURATION", "none"]))
    if end == "DTEND":
        lines.append(f"DTEND{zoned}:{_moment(draw)}")
    elif end == "DURATION":
        lines.append(f"DURATION:{draw(st.sampled_from(['PT1H', 'P99999999D', '-PT1H', 'P1W']))}")
    if draw(st.booleans()):
        lines.append(f"RRULE:{draw(hostile_rule())}")
    for name in ("EXDATE", "RDATE", "RECURRENCE-ID"):
        if draw(st.integers(0, 3)) == 0:
            count = 1 if name == "RECURRENCE-ID" else draw(st.sampled_from([1, 3, 1001]))
            values = ",".join(_moment(draw) for _ in range(min(count, 3)))
            if count > 3:
                values = ",".join(
                    [f"2026{m:02}{d:02}T090000Z" for m in range(1, 13) for d in range(1, 29)] * 3
                )
            lines.append(f"{name}{zoned}:{values}")
    if draw(st.booleans()):
        lines.append("ATTENDEE;CN=Ana:mailto:ana@acme.example")
    lines.append("END:VEVENT")
    return "\r\n".join(lines)


@st.composite
def hostile_calendar(draw: st.DrawFn) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN"]
    if draw(st.integers(0, 3)) == 0:
        lines.append(draw(hostile_zone()))
    for index in range(draw(st.integers(1, 4))):
        lines.append(draw(hostile_event(index)))
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8", "replace")


FILES = st.one_of(mutated_corpus(), hostile_calendar(), st.binary(max_size=2048))


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux


def _account(store: Store) -> int:
    with store.session() as session:
        found = session.scalar(select(Account.id).where(Account.name == "Fuzz"))
    return found if found is not None else add_account(store, "Fuzz")


def import_and_show(store: Store, data: bytes) -> str:
    """Import *data*, then show and export everything: ``"refused"`` or ``"written"``."""
    account_id = _account(store)
    before = dump(store.path)
    peak, started = _peak_rss(), time.monotonic()
    try:
        report = import_ics(store, data, default_zone=ZONE, account_id=account_id)
    except IcsRefused as refused:
        report = None
        problem = refused.problem
        assert problem.text() and problem.message and problem.context == "ics"
        event(problem.message[:60] + str(problem.params.get("reason", ""))[:50])
    after = dump(store.path)
    if report is None:
        assert after == before, "a refused file changed the database"
    else:
        changed = {t for t in after if after[t] != before.get(t)}
        assert changed <= MEETING_TABLES, f"an .ics import wrote to {changed - MEETING_TABLES}"
        added = len(after["meetings"]) - len(before["meetings"])
        assert added == report.created, f"{report.created} reported, {added} written"
        # What was stored must not hang a view: the calendar, the portfolio, an export.
        with store.session() as session:
            calendar.occurrences_between(
                session, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
            )
            calendar.upcoming(session, datetime(2026, 3, 1, tzinfo=UTC))
            load_portfolio(session, now=datetime(2026, 3, 1, tzinfo=UTC), only=[account_id])
        export_meetings(store, account_id=account_id)
    elapsed, grown = time.monotonic() - started, _peak_rss() - peak
    assert elapsed < SECONDS, f"{elapsed:.1f} s for a {len(data)}-byte file"
    assert grown < MEMORY, f"memory grew by {grown >> 20} MB for a {len(data)}-byte file"
    return "refused" if report is None else "written"


@FUZZ
@given(data=FILES)
def test_generated_ics_files_are_imported_or_refused_whole(store: Store, data: bytes) -> None:
    event(import_and_show(store, data))
