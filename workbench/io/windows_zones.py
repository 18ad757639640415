"""Which IANA zone an iCalendar TZID means.

Calendars name zones in many ways: IANA names (``Europe/Berlin``), Windows ids
(``W. Europe Standard Time``, sometimes with a stray trailing ``:``), Windows
*display* names (``(UTC-03:00) Brasília``, ``Canberra, Melbourne, Sydney``,
even translated ones such as ``Екатеринбург``) and "globally unique" ids
(``/mozilla.org/20050126_1/Europe/Berlin``). Meetings store an IANA zone, so
each TZID is mapped here, in this order: IANA name, globally unique suffix,
Windows id (Unicode CLDR table shipped with icalendar), a city of the display
name, and last the UTC offsets the file's own VTIMEZONE gives around the event
date compared with every zone named after a place (the tzdata ``zone.tab``).
Ties go to the zone CLDR names for a Windows zone, then alphabetically, so the
answer never depends on the machine. Old spellings become today's names
(Asia/Calcutta → Asia/Kolkata), but a city stays itself (Europe/Amsterdam).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from workbench.domain.validation import known_time_zones

#: Areas of IANA names that name places (``US/Pacific`` and ``Etc/GMT+3`` do not).
_AREAS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
#: "(UTC-03:00)" / "(GMT+01:00)" prefixes of Windows display names.
_OFFSET_PREFIX = re.compile(r"^\s*\((?:UTC|GMT)\s*[+\-−]?\s*[\d:.]*\)\s*", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)]*\)")


class ZoneSource(StrEnum):
    """How a TZID was understood (the import report says so when it was not plain IANA)."""

    IANA = "iana"
    WINDOWS = "windows"
    CITY = "city"
    OFFSETS = "offsets"


@dataclass(frozen=True, slots=True)
class ZoneMatch:
    zone: str
    source: ZoneSource


def clean_tzid(tzid: str) -> str:
    """The TZID without surrounding quotes, white space, trailing colons or escapes."""
    text = tzid.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    previous = None
    while text != previous:
        previous = text
        text = text.strip().strip('"').strip("'").rstrip(":").strip()
    return text


def iana_zone(
    tzid: str, *, definition: tzinfo | None = None, on: datetime | None = None
) -> ZoneMatch | None:
    """The IANA zone *tzid* stands for, or ``None`` when nothing fits.

    *definition* is the zone the file's VTIMEZONE describes (if it has one) and
    *on* a local wall-clock time the zone is used for (the event start); both
    are only needed for display names that no city resolves.
    """
    name = clean_tzid(tzid)
    if not name:
        return None
    direct = _named_zone(name)
    if direct is not None:
        return direct
    probes = _probes(on or datetime(2000, 1, 1, 12))
    cities = _zones_of_cities(name)
    if definition is not None:
        cities = [z for z in cities if _agrees(z, definition, probes)]
    if cities:
        return ZoneMatch(_preferred(cities), ZoneSource.CITY)
    if definition is None:
        return None
    same = [z for z in sorted(_place_zones()) if _agrees(z, definition, probes)]
    return ZoneMatch(_preferred(same), ZoneSource.OFFSETS) if same else None


def _named_zone(name: str) -> ZoneMatch | None:
    zones = _zones_by_lower_name()
    if name.lower() in zones:
        return ZoneMatch(current_name(zones[name.lower()]), ZoneSource.IANA)
    if name.startswith("/"):
        parts = [p for p in name.split("/") if p]
        for start in range(len(parts)):
            suffix = "/".join(parts[start:]).lower()
            if suffix in zones:
                return ZoneMatch(current_name(zones[suffix]), ZoneSource.IANA)
    windows = _windows_by_lower_name().get(name.lower())
    if windows is not None:
        return ZoneMatch(windows, ZoneSource.WINDOWS)
    return None


def _probes(on: datetime) -> tuple[datetime, ...]:
    """Wall-clock times at which two definitions of a zone must agree."""
    local = on.replace(tzinfo=None)
    return (local, datetime(local.year, 1, 15, 12), datetime(local.year, 7, 15, 12))


def _agrees(zone: str, definition: tzinfo, probes: tuple[datetime, ...]) -> bool:
    iana = ZoneInfo(zone)
    for probe in probes:
        theirs = definition.utcoffset(probe)
        if theirs is None or probe.replace(tzinfo=iana).utcoffset() != theirs:
            return False
    return True


def _preferred(zones: list[str]) -> str:
    primary = _windows_primary_zones()
    return min(zones, key=lambda z: (z not in primary, z))


def _fold(text: str) -> str:
    """Lower case without accents or underscores: 'Brasília' and 'brasilia' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").lower().split())


def _zones_of_cities(display_name: str) -> list[str]:
    """IANA place zones named after a city of a display name, in the name's order."""
    text = _PARENTHESES.sub(" ", _OFFSET_PREFIX.sub("", display_name))
    found: list[str] = []
    for part in re.split(r"[,;&/]| - ", text):
        for zone in _city_index().get(_fold(part), ()):
            if zone not in found:
                found.append(zone)
    return found


@cache
def _tzdata_lines(name: str) -> tuple[str, ...]:
    """A table of the ``tzdata`` package (zone.tab, tzdata.zi); empty if it is missing."""
    try:
        text = (resources.files("tzdata.zoneinfo") / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return ()
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _place_zones() -> frozenset[str]:
    """Zones named after a place today (zone.tab): what a TZID is matched against."""
    listed = {line.split("\t")[2] for line in _tzdata_lines("zone.tab")}
    known = known_time_zones()
    return frozenset(listed & known or {z for z in known if z.split("/", 1)[0] in _AREAS})


@cache
def _renamed() -> dict[str, str]:
    """Old spellings (Asia/Calcutta, Europe/Kiev, US/Pacific) → today's name of that place.

    Links whose name is itself a place of zone.tab (Europe/Amsterdam, linked to
    Brussels since 2022) are left alone: that is the user's city.
    """
    places = _place_zones()
    renamed = {}
    for line in _tzdata_lines("tzdata.zi"):
        kind, *names = line.split()
        if kind == "L" and len(names) == 2 and names[1] not in places and names[0] in places:
            renamed[names[1]] = names[0]
    return renamed


def current_name(zone: str) -> str:
    """Today's name of *zone* (Asia/Kolkata for Asia/Calcutta); other names unchanged."""
    return _renamed().get(zone, zone)


@cache
def _city_index() -> dict[str, tuple[str, ...]]:
    """Folded city name → zones of that city ("calcutta" → Asia/Kolkata)."""
    index: dict[str, list[str]] = {}
    for name in sorted(z for z in known_time_zones() if z.split("/", 1)[0] in _AREAS):
        zone = current_name(name)
        if zone not in _place_zones():
            continue
        zones = index.setdefault(_fold(name.rsplit("/", 1)[-1]), [])
        if zone not in zones:
            zones.append(zone)
    return {city: tuple(zones) for city, zones in index.items()}


@cache
def _zones_by_lower_name() -> dict[str, str]:
    return {zone.lower(): zone for zone in sorted(known_time_zones())}


@cache
def _windows_by_lower_name() -> dict[str, str]:
    """Windows ids → IANA as CLDR says, under today's names (CLDR keeps Asia/Calcutta)."""
    known = known_time_zones()
    return {
        windows.lower(): current_name(olson)
        for windows, olson in WINDOWS_TO_OLSON.items()
        if olson in known
    }


@cache
def _windows_primary_zones() -> frozenset[str]:
    return frozenset(_windows_by_lower_name().values())
