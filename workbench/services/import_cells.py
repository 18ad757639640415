"""Reading one imported column's cells into field values, with the reason when one can't be.

A :class:`ColumnReader` is made once per mapped column: it settles the column's
decimal mark and date order from all its cells, then reads each cell. A cell that
cannot be used raises :class:`CellRefused` (the row is refused); one that can be
used only in part returns its value with a :class:`CellNote` (the row is kept and
the preview says what was changed), e.g. an unknown sector read as "Other".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from workbench.domain.countries import country_code
from workbench.domain.money import STORAGE_SCALE
from workbench.domain.period import Quarter, parse_quarter
from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.io.import_values import (
    clean,
    day_first,
    decimal_mark,
    parse_date,
    parse_datetime,
    parse_decimal,
)
from workbench.io.table_export import FORMULA_STARTS
from workbench.services.import_fields import CELL_LIMIT, Field, normalized, read_choice
from workbench.store.models.base import QUANTITY_SCALE

_TRUE = {"true", "yes", "y", "1", "x", "si", "s", "oui", "ja", "wahr", "verdadero"}
_FALSE = {"false", "no", "n", "0", "non", "nein", "falsch", "falso", ""}
#: Fields whose numbers cannot be negative (the database refuses them too).
_NOT_NEGATIVE = {"amount", "revenue", "cost", "probability", "score"}
_RANGES = {"probability": (0, 100), "score": (0, 10)}
#: Decimal places a decimal field stores (more are refused, never rounded); others: money's.
_PLACES = {"value": QUANTITY_SCALE}
#: SQLite's largest integer, which holds a decimal scaled to its places.
_LARGEST_STORED = 2**63 - 1


_HEX = frozenset("0123456789abcdefABCDEF")
#: Where a UID written with dashes has them: 8-4-4-4-12 digits.
_DASHES = (8, 13, 18, 23)


def read_uid(text: str) -> UUID | None:
    """The uid *text* writes as 32 hexadecimal digits, bare (as stored) or in the canonical
    8-4-4-4-12 form with dashes; ``None`` for anything else (braces, ``urn:uuid:``, a digit
    short), which :class:`uuid.UUID` would partly accept."""
    if len(text) == 36 and all(text[at] == "-" for at in _DASHES):
        text = text.replace("-", "")
    if len(text) != 32 or not _HEX.issuperset(text):
        return None
    return UUID(hex=text)


class CellRefused(Refusal, ValueError):
    """The cell cannot be used; *template* (context "import") says why."""

    context = "import"


@dataclass(frozen=True)
class CellNote:
    """The cell was used, but not as written; *template* (context "import") says how."""

    template: str
    values: dict[str, object]


@dataclass(frozen=True)
class ColumnReader:
    header: str
    field: Field
    mark: str = "."
    day_first: bool = True

    @classmethod
    def for_column(
        cls, header: str, field: Field, cells: Sequence[str], delimiter: str
    ) -> ColumnReader:
        if field.reads in ("decimal", "int"):
            return cls(header, field, mark=decimal_mark(cells, delimiter))
        if field.reads in ("date", "datetime"):
            return cls(header, field, day_first=day_first(cells))
        return cls(header, field)

    def read(self, text: str) -> tuple[Any, CellNote | None]:
        """The value of a cell (``None`` when empty), and a note if it was changed."""
        cell = clean(text)
        if not cell:
            return None, None
        reads = self.field.reads
        if reads == "text" and self.field.cut:
            return self._free_text(cell)
        if len(cell) > CELL_LIMIT:
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "longer than {limit} characters"), limit=CELL_LIMIT
            )
        if reads == "text" or reads == "account":
            return self._text(cell), None
        if reads == "email":
            return self._email(cell)
        if reads in ("decimal", "int"):
            return self._number(cell), None
        if reads == "date":
            return self._date(cell), None
        if reads == "datetime":
            return self._moment(cell), None
        if reads == "bool":
            return self._bool(cell), None
        if reads == "choice":
            return self._choice(cell)
        if reads == "country":
            return self._country(cell)
        if reads == "currency":
            return self._currency(cell)
        if reads == "zone":
            return self._zone(cell)
        if reads == "quarter":
            return self._quarter(cell), None
        if reads == "uid":
            return self._uid(cell), None
        raise AssertionError(reads)

    def _text(self, cell: str) -> str:
        if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
            cell = cell[1:]  # neutralised by a spreadsheet export (ours too): the text as typed
        limit = self.field.limit
        if limit is not None and len(cell) > limit:
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "longer than {limit} characters"), limit=limit
            )
        return cell

    def _free_text(self, cell: str) -> tuple[str, CellNote | None]:
        limit = self.field.limit
        if limit is None or len(cell) <= limit:
            return self._text(cell), None
        return cell[:limit].rstrip(), CellNote(
            QT_TRANSLATE_NOOP("import", "cut to its first {limit} characters (it had {length})"),
            {"limit": limit, "length": len(cell)},
        )

    def _email(self, cell: str) -> tuple[str | None, CellNote | None]:
        address = self._text(cell)
        local, at, domain = address.rpartition("@")
        if at and local and "." in domain and not any(c.isspace() for c in address):
            return address, None
        return None, CellNote(
            QT_TRANSLATE_NOOP("import", "“{value}” is not an e-mail address; left empty"),
            {"value": cell},
        )

    def _number(self, cell: str) -> Decimal | int:
        try:
            value = parse_decimal(cell, self.mark)
        except ValueError:
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "“{value}” is not a number"), value=cell
            ) from None
        assert value is not None
        key = self.field.key
        if value < 0 and key in _NOT_NEGATIVE:
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "cannot be negative ({value})"), value=cell
            )
        if self.field.reads == "decimal":
            return self._storable(value, cell)
        if value != value.to_integral_value():
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "“{value}” is not a whole number"), value=cell
            )
        low, high = _RANGES.get(key, (None, None))
        if low is not None and high is not None and not low <= value <= high:
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "{value} is outside {low}–{high}"),
                value=cell,
                low=low,
                high=high,
            )
        return int(value)

    def _storable(self, value: Decimal, cell: str) -> Decimal:
        places = _PLACES.get(self.field.key, STORAGE_SCALE)
        if abs(value) > Decimal(_LARGEST_STORED).scaleb(-places):
            raise CellRefused(QT_TRANSLATE_NOOP("import", "{value} is too large"), value=cell)
        if value != value.quantize(Decimal(1).scaleb(-places)):
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "“{value}” has more than {places} decimal places"),
                value=cell,
                places=places,
            )
        return value

    def _date(self, cell: str) -> date:
        try:
            value = parse_date(cell, self.day_first)
        except ValueError:
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "“{value}” is not a date"), value=cell
            ) from None
        assert value is not None
        return value

    def _moment(self, cell: str) -> Any:
        try:
            return parse_datetime(cell, self.day_first)
        except ValueError:
            raise CellRefused(
                QT_TRANSLATE_NOOP("import", "“{value}” is not a date"), value=cell
            ) from None

    def _bool(self, cell: str) -> bool:
        word = normalized(cell)
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise CellRefused(QT_TRANSLATE_NOOP("import", "“{value}” is not yes or no"), value=cell)

    def _choice(self, cell: str) -> tuple[Enum | None, CellNote | None]:
        assert self.field.choices is not None
        member = read_choice(self.field.choices, cell)
        if member is not None:
            return member, None
        return None, CellNote(
            QT_TRANSLATE_NOOP("import", "“{value}” is not a known value; the default is used"),
            {"value": cell},
        )

    def _country(self, cell: str) -> tuple[str | None, CellNote | None]:
        code = country_code(cell)
        if code is not None:
            return code, None
        return None, CellNote(
            QT_TRANSLATE_NOOP("import", "“{value}” is not a country; the default is used"),
            {"value": cell},
        )

    def _currency(self, cell: str) -> tuple[str | None, CellNote | None]:
        code = cell.upper()
        if len(code) == 3 and code.isascii() and code.isalpha():
            return code, None
        return None, CellNote(
            QT_TRANSLATE_NOOP("import", "“{value}” is not a currency code; the default is used"),
            {"value": cell},
        )

    def _zone(self, cell: str) -> tuple[str | None, CellNote | None]:
        try:
            ZoneInfo(cell)
        except (ValueError, OSError, KeyError):
            return None, CellNote(
                QT_TRANSLATE_NOOP("import", "“{value}” is not a time zone; the country's is used"),
                {"value": cell},
            )
        return cell, None

    def _uid(self, cell: str) -> UUID:
        uid = read_uid(cell)
        if uid is None:
            raise CellRefused(
                QT_TRANSLATE_NOOP(
                    "import",
                    "“{value}” is not a UID (32 hexadecimal digits, with or without the dashes "
                    "of 8-4-4-4-12)",
                ),
                value=cell,
            )
        return uid

    def _quarter(self, cell: str) -> int:
        if cell.isdigit() and len(cell) == 5:
            try:
                return Quarter.from_key(int(cell)).key
            except ValueError:
                pass
        try:
            return parse_quarter(cell).key
        except ValueError:
            pass
        try:
            day = parse_date(cell, self.day_first)
            if day is not None:
                return Quarter.of(day).key  # refused (ValueError) outside the years we keep
        except ValueError:
            pass
        raise CellRefused(
            QT_TRANSLATE_NOOP("import", "“{value}” is not a quarter (2026-Q3)"), value=cell
        )
