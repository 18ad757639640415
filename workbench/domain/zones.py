"""Time zones by name, each read once per process.

``zoneinfo`` keeps only the eight most recent zones strongly (the rest weakly): a book with
accounts in more zones than that read the tz files again for nearly every incident or
series whose zone had just been dropped — 315 file reads per Dashboard load at the stress
size. There are a few hundred zones at most, so all of them are kept.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo


@cache
def zone_named(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, kept; raises as it does for a name that is not a zone."""
    return ZoneInfo(name)
