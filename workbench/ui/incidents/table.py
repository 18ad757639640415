"""The incident table (objectName ``incidentTable``) and its filters.

Filtering and sorting (severity, then age) run in SQL; the model holds the pages
the user has scrolled through. Open critical incidents stand out in red.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from workbench.domain.enums import IncidentCategory, IncidentStatus, Severity
from workbench.services.incidents import IncidentFilter, IncidentRow
from workbench.ui.common.choices import ChoiceModel, use_choices
from workbench.ui.common.elide import cell_text
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.paged_model import PagedTableModel

CLOSED = (IncidentStatus.RESOLVED, IncidentStatus.CLOSED)


def span_text(span: timedelta | None) -> str:
    """A duration as "3 d 4 h" / "5 h 20 min" / "12 min"; "—" when it has not happened."""
    if span is None:
        return "—"
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"


class IncidentTableModel(PagedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Severity"),
                self.tr("Incident"),
                self.tr("Account"),
                self.tr("Category"),
                self.tr("Status"),
                self.tr("Age"),
                self.tr("To acknowledge"),
                self.tr("To resolve"),
                self.tr("Target"),
                self.tr("Owner"),
                self.tr("Teams"),
            ),
            self._texts,
            parent,
        )

    def _texts(self, row: IncidentRow) -> tuple[str, ...]:
        breached = row.breached_acknowledge or row.breached_resolve
        return (
            f"{int(row.severity)} · {enum_label(row.severity)}",
            cell_text(row.title),
            cell_text(row.account_name),
            enum_label(row.category),
            enum_label(row.status),
            span_text(row.age),
            span_text(row.time_to_acknowledge),
            span_text(row.time_to_resolve),
            self.tr("breached") if breached else self.tr("on target"),
            cell_text(row.owner_name) or "—",
            ", ".join(enum_label(t) for t in row.teams),
        )

    def style(self, row: IncidentRow, column: int, role: int) -> Any:
        open_critical = row.severity is Severity.CRITICAL and row.status not in CLOSED
        breached = column == 8 and (row.breached_acknowledge or row.breached_resolve)
        if role == Qt.ItemDataRole.ForegroundRole and (open_critical or breached):
            return QBrush(QColor("#b91c1c"))
        if role == Qt.ItemDataRole.FontRole and open_critical:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and open_critical:
            return QBrush(QColor(185, 28, 28, 28))
        return None

    def incident_at(self, row: int) -> IncidentRow:
        return self.rows[row]


class IncidentFilterBar(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("incidentSearch")
        self.search.setPlaceholderText(self.tr("Search incidents"))
        self.search.setClearButtonEnabled(True)
        self.status = self._combo("incidentStatusFilter", self.tr("Any status"), IncidentStatus)
        self.severity = self._combo("incidentSeverityFilter", self.tr("Any severity"), Severity)
        self.category = self._combo(
            "incidentCategoryFilter", self.tr("Any category"), IncidentCategory
        )
        self.account = QComboBox(self)
        self.account.setObjectName("incidentAccountFilter")
        self.accounts = ChoiceModel([(None, self.tr("All accounts"))], self.account)
        use_choices(self.account, self.accounts, 18)
        self.open_only = QCheckBox(self.tr("Open only"), self)
        self.open_only.setObjectName("incidentOpenOnly")
        self.open_only.setChecked(True)
        layout.addWidget(self.search, 2)
        for widget in (self.status, self.severity, self.category, self.account):
            layout.addWidget(widget, 1)
        layout.addWidget(self.open_only)
        self.search.textChanged.connect(self.sig_changed)
        for combo in (self.status, self.severity, self.category, self.account):
            combo.currentIndexChanged.connect(self.sig_changed)
        self.open_only.toggled.connect(self.sig_changed)

    def _combo(self, name: str, anything: str, values: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(anything, None)
        for value in values:
            combo.addItem(enum_label(value), value.value if hasattr(value, "value") else value)
        return combo

    def set_accounts(self, accounts: list[tuple[int, str]]) -> None:
        keep = self.account.currentData()
        self.account.blockSignals(True)
        self.accounts.set_choices([(None, self.tr("All accounts")), *accounts])
        self.account.setCurrentIndex(max(0, self.accounts.row_of(keep)))
        self.account.blockSignals(False)

    def current(self) -> IncidentFilter:
        status, severity, category = (
            self.status.currentData(),
            self.severity.currentData(),
            self.category.currentData(),
        )
        return IncidentFilter(
            statuses=frozenset({IncidentStatus(status)}) if status is not None else frozenset(),
            severities=frozenset({Severity(severity)}) if severity is not None else frozenset(),
            categories=(
                frozenset({IncidentCategory(category)}) if category is not None else frozenset()
            ),
            account_id=self.account.currentData(),
            open_only=self.open_only.isChecked(),
            text=self.search.text().strip(),
        )
