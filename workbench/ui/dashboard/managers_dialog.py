"""Dashboard → By account manager…: each colleague's KPIs for the quarter, side by side,
and the team's total in the last line (``managerDashboard``)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.services.team_dashboard import ManagerKpis
from workbench.ui.common.formatting import (
    format_decimal,
    format_growth,
    format_money,
    format_percent,
    format_quarter,
)
from workbench.ui.common.list_model import ListTableModel

_NOTHING = "—"


def _maybe(value: Decimal | None, shown: Callable[[Decimal], str]) -> str:
    return _NOTHING if value is None else shown(value)


#: The columns: header, and the cell of a line.
_COLUMNS: tuple[tuple[object, Callable[[ManagerKpis], str]], ...] = (
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Account manager"),
        lambda line: f"{'    ' * (line.depth - 1)}↳ {line.name}" if line.depth else line.name,
    ),
    (QT_TRANSLATE_NOOP("ManagersModel", "Accounts"), lambda line: str(line.accounts)),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Revenue"),
        lambda line: _maybe(
            line.kpis.revenue, lambda v: format_money(v, line.kpis.currency, whole=True)
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Growth QoQ"),
        lambda line: _maybe(line.kpis.growth_qoq, format_growth),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Margin"),
        lambda line: _maybe(line.kpis.margin, lambda v: format_percent(v, 1)),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "NPS"),
        lambda line: _NOTHING if line.kpis.nps is None else format_decimal(line.kpis.nps.score, 0),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Retention"),
        lambda line: _maybe(line.kpis.customer_retention, lambda v: format_percent(v, 1)),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Agreed KPIs met"),
        lambda line: _maybe(line.kpis.kpi_compliance, lambda v: format_percent(v, 1)),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Open incidents"),
        lambda line: str(sum(line.kpis.open_incidents.values())),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Acknowledged on time"),
        lambda line: _maybe(line.kpis.response.acknowledge.ratio, format_percent),
    ),
    (
        QT_TRANSLATE_NOOP("ManagersModel", "Pipeline"),
        lambda line: format_money(line.kpis.pipeline, line.kpis.currency, whole=True),
    ),
)


class ManagersModel(ListTableModel[ManagerKpis]):
    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [header for header, _text in _COLUMNS]
        super().__init__(headers, "ManagersModel", self._cell, parent)

    @property
    def lines(self) -> list[ManagerKpis]:
        return self.rows

    def _cell(self, line: ManagerKpis, column: int, role: int) -> Any:
        total = line.owner_id is None
        if role == Qt.ItemDataRole.DisplayRole:
            if total and column == 0:
                return QCoreApplication.translate("ManagersModel", "Team total")
            return _COLUMNS[column][1](line)
        if role == Qt.ItemDataRole.FontRole and total:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ManagersDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managersDialog")
        self.setWindowTitle(self.tr("By account manager"))
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.model = ManagersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("managerDashboard")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.title.setText(self.tr("Loading…"))
        self.resize(1240, 340)

    def show_lines(self, lines: list[ManagerKpis]) -> None:
        self.model.show(lines)
        if lines:
            period = lines[-1].kpis.period
            self.title.setText(
                self.tr("{quarter}, totals in {currency}").format(
                    quarter=format_quarter(period), currency=lines[-1].kpis.currency
                )
            )
