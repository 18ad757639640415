"""The Portfolio table's model: a list of immutable rows, formatted once per row.

``data()`` is a tuple look-up; filtering and sorting replace the row list
(``beginResetModel``/``endResetModel``), never go through a proxy model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from workbench.domain.health import Band
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.portfolio import PortfolioRow, sort_rows
from workbench.ui.common.elide import cell_text
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import (
    format_date,
    format_growth,
    format_local_datetime,
    format_money,
)
from workbench.ui.common.health_labels import band_label, factor_reason

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("PortfolioColumns", "Account")),
    Column("sector", QT_TRANSLATE_NOOP("PortfolioColumns", "Sector")),
    Column("tier", QT_TRANSLATE_NOOP("PortfolioColumns", "Tier")),
    Column("status", QT_TRANSLATE_NOOP("PortfolioColumns", "Status")),
    Column("owner", QT_TRANSLATE_NOOP("PortfolioColumns", "Owner")),
    Column("country", QT_TRANSLATE_NOOP("PortfolioColumns", "Country")),
    Column("currency", QT_TRANSLATE_NOOP("PortfolioColumns", "Currency")),
    Column("annual_revenue", QT_TRANSLATE_NOOP("PortfolioColumns", "Annual revenue"), numeric=True),
    Column("growth", QT_TRANSLATE_NOOP("PortfolioColumns", "Growth QoQ"), numeric=True),
    Column("nps", QT_TRANSLATE_NOOP("PortfolioColumns", "NPS"), numeric=True),
    Column("health", QT_TRANSLATE_NOOP("PortfolioColumns", "Health"), numeric=True),
    Column("next_meeting", QT_TRANSLATE_NOOP("PortfolioColumns", "Next meeting")),
    Column("next_renewal", QT_TRANSLATE_NOOP("PortfolioColumns", "Next renewal")),
    Column("open_incidents", QT_TRANSLATE_NOOP("PortfolioColumns", "Open incidents"), numeric=True),
)
COLUMN_INDEX = {column.key: index for index, column in enumerate(COLUMNS)}
#: The first columns, which say who an account is: known before its figures.
WHO_COLUMNS = ("name", "sector", "tier", "status", "owner", "country", "currency")
#: A figure still being worked out, in the background.
NOT_KNOWN = "…"

BAND_COLOURS = {
    Band.HEALTHY: QColor("#15803d"),
    Band.NEEDS_ATTENTION: QColor("#a16207"),
    Band.AT_RISK: QColor("#c2410c"),
    Band.CRITICAL: QColor("#b91c1c"),
}
UP, DOWN = QColor("#15803d"), QColor("#b91c1c")


class PortfolioTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PortfolioRow] = []
        #: Formatted cells per account id, with the row they were formatted from.
        self._display: dict[int, tuple[PortfolioRow, tuple[str, ...]]] = {}
        self._titles = [QCoreApplication.translate("PortfolioColumns", c.title) for c in COLUMNS]

    # --- content -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: PortfolioRow) -> bool:
        """Swap in the new figures of one account, if shown; returns whether it was."""
        for index, current in enumerate(self._rows):
            if current.id == row.id:
                self._rows[index] = row
                self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))
                return True
        return False

    def refresh_rows(self, fresh: dict[int, PortfolioRow]) -> None:
        """Swap in newer figures of the shown accounts (by id), keeping their order."""
        self._rows = [fresh.get(row.id, row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def rows(self) -> list[PortfolioRow]:
        return list(self._rows)

    def row_at(self, row: int) -> PortfolioRow:
        return self._rows[row]

    def row_of(self, account_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == account_id), None)

    def display_row(self, row: PortfolioRow) -> tuple[str, ...]:
        cached = self._display.get(row.id)
        if cached is not None and cached[0] is row:
            return cached[1]
        cells = self._format(row)
        self._display[row.id] = (row, cells)
        return cells

    def _format(self, row: PortfolioRow) -> tuple[str, ...]:
        if not row.figures_known:
            return (*self._format_who(row), *(NOT_KNOWN,) * (len(COLUMNS) - len(WHO_COLUMNS)))
        health = "—"
        if row.health.score is not None and row.health.band is not None:
            band = band_label(row.health.band)
            health = f"{row.health.score} · {band}"
        return (
            *self._format_who(row),
            "—"
            if row.annual_revenue is None
            else format_money(row.annual_revenue, row.currency, whole=True),
            "—" if row.growth is None else format_growth(row.growth),
            "—" if row.nps is None else f"{row.nps.rounded} (n={row.nps.responses})",
            health,
            "" if row.next_meeting is None else format_local_datetime(row.next_meeting),
            "" if row.next_renewal is None else format_date(row.next_renewal),
            str(row.open_incidents)
            if not row.open_critical
            else f"{row.open_incidents} (⚠ {row.open_critical})",
        )

    def _format_who(self, row: PortfolioRow) -> tuple[str, ...]:
        return (
            cell_text(row.name),
            enum_label(row.sector),
            enum_label(row.tier),
            enum_label(row.status),
            cell_text(row.owner),
            row.country,
            row.currency,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows on their precomputed keys (no proxy model)."""
        self.beginResetModel()
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows = sort_rows(self._rows, COLUMNS[column].key, descending)
        self.endResetModel()

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_row(row)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column.key)
        return None

    def _colour(self, row: PortfolioRow, key: str) -> QBrush | None:
        if not row.figures_known:
            return None
        if key == "health" and row.health.band is not None:
            return QBrush(BAND_COLOURS[row.health.band])
        if key == "growth" and row.growth:
            return QBrush(UP if row.growth > 0 else DOWN)
        if key == "open_incidents" and row.open_critical:
            return QBrush(BAND_COLOURS[Band.CRITICAL])
        return None

    def _tooltip(self, row: PortfolioRow, key: str) -> str | None:
        if not row.figures_known and key not in WHO_COLUMNS:
            return None
        if key == "health":
            return health_explanation(row)
        if key == "growth" and row.growth is None:
            return QCoreApplication.translate(
                "Portfolio", "Undefined: no revenue in the previous quarter."
            )
        if key == "nps" and row.nps is None:
            return QCoreApplication.translate(
                "Portfolio", "Undefined: no survey responses in the last 12 months."
            )
        if key == "name" and row.parent_name:
            return QCoreApplication.translate("Portfolio", "Part of {parent}").format(
                parent=row.parent_name
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def health_explanation(row: PortfolioRow) -> str:
    """Why the score is what it is: one line per factor with its points."""
    health = row.health
    if health.score is None:
        return QCoreApplication.translate(
            "Portfolio",
            "No health score: no NPS, revenue, KPI, incident, contact or renewal data yet.",
        )
    lines = []
    for factor in sorted(health.factors, key=lambda f: f.value):
        reason = factor_reason(factor)
        points = factor.contribution(health.total_weight).quantize(1)
        lines.append(f"{reason}: {int(factor.value)}/100 → {points} pts")
    return "\n".join(lines)
