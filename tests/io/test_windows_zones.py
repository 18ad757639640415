"""TZIDs as calendars write them, mapped to IANA zones."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from workbench.io.windows_zones import ZoneSource, clean_tzid, iana_zone


@pytest.mark.parametrize(
    ("tzid", "zone", "source"),
    [
        ("Europe/Berlin", "Europe/Berlin", ZoneSource.IANA),
        (" europe/madrid ", "Europe/Madrid", ZoneSource.IANA),
        ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin", ZoneSource.IANA),
        ("W. Europe Standard Time", "Europe/Berlin", ZoneSource.WINDOWS),
        ("Pacific Standard Time:", "America/Los_Angeles", ZoneSource.WINDOWS),
        ('"Romance Standard Time"', "Europe/Paris", ZoneSource.WINDOWS),
        ("GMT Standard Time", "Europe/London", ZoneSource.WINDOWS),
        ("Canberra, Melbourne, Sydney", "Australia/Sydney", ZoneSource.CITY),
        ("Kuala Lumpur\\, Singapore", "Asia/Singapore", ZoneSource.CITY),
        ("Pacific Time (US & Canada), Tijuana", "America/Tijuana", ZoneSource.CITY),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin", "city"),
        ("(UTC-05:00) Bogota, Lima, Quito", "America/Bogota", ZoneSource.CITY),
        ("India Standard Time", "Asia/Kolkata", ZoneSource.WINDOWS),
        ("Asia/Calcutta", "Asia/Kolkata", ZoneSource.IANA),
        ("Europe/Amsterdam", "Europe/Amsterdam", ZoneSource.IANA),
        ("UTC", "UTC", ZoneSource.IANA),
    ],
)
def test_names_map_without_a_definition(tzid: str, zone: str, source: str) -> None:
    match = iana_zone(tzid)
    assert match is not None
    assert (match.zone, match.source) == (zone, source)


def test_display_names_without_a_known_city_go_by_the_files_offsets() -> None:
    brasilia = ZoneInfo("America/Sao_Paulo")  # stands in for the file's VTIMEZONE
    match = iana_zone("(UTC-03:00) Brasília", definition=brasilia, on=datetime(2017, 5, 11, 13))
    assert match is not None and match.zone == "America/Sao_Paulo"
    assert match.source is ZoneSource.OFFSETS
    assert iana_zone("(UTC-03:00) Brasília") is None  # nothing to go by


def test_offset_ties_go_to_the_windows_zone_first_then_the_name() -> None:
    """Many zones share Central European time; the answer is the same on every machine."""
    match = iana_zone("(UTC+01:00) Bruselas", definition=ZoneInfo("Europe/Brussels"))
    assert match is not None and match.zone == "Europe/Berlin"


def test_a_city_whose_offsets_disagree_with_the_definition_is_not_taken() -> None:
    fixed = timezone(timedelta(hours=5, minutes=45))  # Kathmandu's offset, not Sydney's
    match = iana_zone("Sydney", definition=fixed, on=datetime(2024, 5, 1, 9))
    assert match is not None and match.zone == "Asia/Kathmandu"


def test_blank_and_unknown_names_map_to_nothing() -> None:
    assert iana_zone("") is None
    assert iana_zone(' "" ') is None
    assert iana_zone("Mars Standard Time") is None


def test_clean_tzid_removes_quotes_colons_and_escapes() -> None:
    assert clean_tzid(' "Pacific Standard Time": ') == "Pacific Standard Time"
    assert clean_tzid("Kuala Lumpur\\, Singapore") == "Kuala Lumpur, Singapore"
