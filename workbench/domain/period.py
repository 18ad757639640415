"""Calendar quarters, the period of revenue records and budgets.

A quarter is stored as one integer ``year * 10 + quarter`` (``20263`` is
2026 Q3): readable in SQL, indexable, and ordered like time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise ValueError(f"quarter must be 1–4, got {self.quarter}")
        if not 1900 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def from_key(cls, key: int) -> Quarter:
        return cls(key // 10, key % 10)

    @property
    def key(self) -> int:
        return self.year * 10 + self.quarter

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def label(self) -> str:
        return f"{self.year} Q{self.quarter}"

    def shifted(self, quarters: int) -> Quarter:
        index = self.year * 4 + (self.quarter - 1) + quarters
        return Quarter(index // 4, index % 4 + 1)

    def previous(self) -> Quarter:
        return self.shifted(-1)

    def year_before(self) -> Quarter:
        return self.shifted(-4)


_QUARTER_TEXT = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


def parse_quarter(text: str) -> Quarter:
    """``"2026-Q3"`` (also ``"2026Q3"``, ``"2026 q3"``) as a :class:`Quarter`.

    Raises :class:`ValueError` for anything else.
    """
    found = _QUARTER_TEXT.match(text)
    if found is None:
        raise ValueError(f"not a quarter like 2026-Q3: {text!r}")
    return Quarter(int(found.group(1)), int(found.group(2)))


def last_complete_quarter(today: date) -> Quarter:
    """The quarter before the one *today* is in: the latest with all its figures."""
    return Quarter.of(today).previous()
