"""Zones by name are read once: zoneinfo's own cache keeps only eight strongly."""

from __future__ import annotations

import gc
import weakref
from zoneinfo import ZoneInfoNotFoundError, available_timezones

import pytest

from workbench.domain.zones import zone_named


def test_a_zone_is_read_once_however_many_others_are_used_meanwhile() -> None:
    madrid = weakref.ref(zone_named("Europe/Madrid"))  # nobody else holds it
    for name in sorted(available_timezones())[:50]:  # more than zoneinfo keeps strongly
        zone_named(name)
    gc.collect()
    assert madrid() is not None and zone_named("Europe/Madrid") is madrid()


def test_a_name_that_is_no_zone_is_refused_as_zoneinfo_refuses_it() -> None:
    with pytest.raises(ZoneInfoNotFoundError):
        zone_named("Mars/Olympus_Mons")
