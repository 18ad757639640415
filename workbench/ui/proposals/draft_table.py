"""An editable table over a tuple of frozen drafts (line items, phases).

Each column names a field of the draft and how it is typed; editing a cell
replaces that draft with a changed copy and announces the whole new tuple, so
the editor can put it on its undo stack and autosave it. A value that cannot
be read ("12,5,3") is refused with ``sig_refused`` and the cell keeps its value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from workbench.ui.common.form import parse_decimal
from workbench.ui.common.formatting import decimal_places, format_decimal, format_money

AnyIndex = QModelIndex | QPersistentModelIndex


class Kind(Enum):
    TEXT = "text"
    DECIMAL = "decimal"
    MONEY = "money"
    DATE = "date"
    CHECK = "check"


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: Kind
    #: A computed, read-only column: the text for a draft (``field`` is then unused).
    compute: Callable[[Any], str] | None = None


class DraftTableModel(QAbstractTableModel):
    sig_rows_changed = Signal(tuple)
    """The whole new tuple of drafts after an edit."""
    sig_refused = Signal(str)
    """A typed value that could not be read (the text, for a message)."""

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: tuple[Any, ...] = ()
        self.currency = "EUR"
        self.read_only = False
        #: Rows with a problem (0-based), shown in red.
        self.flagged: set[int] = set()

    def set_rows(self, rows: tuple[Any, ...], currency: str, read_only: bool) -> None:
        self.beginResetModel()
        self.rows, self.currency, self.read_only = tuple(rows), currency, read_only
        self.endResetModel()

    def set_flagged(self, rows: set[int]) -> None:
        if rows != self.flagged:
            self.flagged = rows
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
                )

    # --- reading ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _text(self, draft: Any, column: Column) -> str:
        if column.compute is not None:
            return column.compute(draft)
        value = getattr(draft, column.field)
        if column.kind is Kind.MONEY:
            return format_money(value, self.currency)
        if column.kind is Kind.DECIMAL:
            return format_decimal(value, decimal_places(value))
        if column.kind is Kind.DATE:
            return QDate(value.year, value.month, value.day).toString(Qt.DateFormat.ISODate)
        if column.kind is Kind.CHECK:
            return ""
        return str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        draft, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(draft, column)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(draft, column.field) if column.compute is None else None
            if column.kind is Kind.DATE and value is not None:
                return QDate(value.year, value.month, value.day)
            if column.kind in (Kind.MONEY, Kind.DECIMAL) and value is not None:
                return format_decimal(value, decimal_places(value))
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.CHECK:
            return (
                Qt.CheckState.Checked if getattr(draft, column.field) else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (Kind.MONEY, Kind.DECIMAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.flagged:
            return QBrush(QColor("#b91c1c"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if self.read_only or column.compute is not None:
            return flags
        if column.kind is Kind.CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # --- editing ------------------------------------------------------------------------
    def _parse(self, column: Column, value: Any) -> Any:
        if column.kind is Kind.CHECK:
            return Qt.CheckState(value) == Qt.CheckState.Checked
        if column.kind is Kind.DATE:
            if isinstance(value, QDate):
                return date(value.year(), value.month(), value.day())
            return date.fromisoformat(str(value).strip())
        if column.kind in (Kind.MONEY, Kind.DECIMAL):
            return value if isinstance(value, Decimal) else parse_decimal(str(value))
        return str(value)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        if column.compute is not None:
            return False
        if column.kind is Kind.CHECK and role != Qt.ItemDataRole.CheckStateRole:
            return False
        if column.kind is not Kind.CHECK and role != Qt.ItemDataRole.EditRole:
            return False
        try:
            parsed = self._parse(column, value)
        except ValueError:
            self.sig_refused.emit(str(value))
            return False
        row = index.row()
        changed = replace(self.rows[row], **{column.field: parsed})
        if changed == self.rows[row]:
            return False
        self.rows = (*self.rows[:row], changed, *self.rows[row + 1 :])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.sig_rows_changed.emit(self.rows)
        return True
