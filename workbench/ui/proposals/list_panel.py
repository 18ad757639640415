"""Every proposal, newest edits first (objectName ``proposalList``), filterable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import ProposalStatus
from workbench.services.proposals import ProposalRow
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import format_date, format_local_datetime, format_money

AnyIndex = QModelIndex | QPersistentModelIndex


class ProposalListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProposalRow] = []
        self.today = date.today()
        self.headers = (
            self.tr("Proposal"),
            self.tr("Account"),
            self.tr("Version"),
            self.tr("Status"),
            self.tr("Total"),
            self.tr("Valid until"),
            self.tr("Last edited"),
        )

    def set_rows(self, rows: Sequence[ProposalRow], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = list(rows), today
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                row.title,
                row.account_name,
                f"v{row.number}",
                enum_label(row.status),
                format_money(row.total, row.currency),
                format_date(row.valid_until) if row.valid_until else "—",
                format_local_datetime(row.updated_at),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lapsed = (
            row.status is ProposalStatus.SENT
            and row.valid_until is not None
            and row.valid_until < self.today
        )
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and lapsed:
            return QBrush(QColor("#b91c1c"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ProposalListPanel(QWidget):
    sig_filters_changed = Signal()
    sig_open = Signal(int)
    sig_new = Signal()
    sig_catalog = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("proposalSearch")
        self.search.setPlaceholderText(self.tr("Search title or account"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("proposalStatusFilter")
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Open (draft or sent)"), "open")
        for status in ProposalStatus:
            self.status.addItem(enum_label(status), status.value)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status, 1)
        layout.addLayout(filters)
        self.model = ProposalListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("proposalList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(50)  # not every row of thousands, on every reload
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.verticalHeader().defaultSectionSize()
        )
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New proposal…"), self)
        self.new_button.setObjectName("newProposal")
        self.catalog_button = QPushButton(self.tr("Catalog…"), self)
        self.catalog_button.setObjectName("catalogButton")
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.catalog_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.sig_filters_changed)
        self.status.currentIndexChanged.connect(self.sig_filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.new_button.clicked.connect(self.sig_new)
        self.catalog_button.clicked.connect(self.sig_catalog)

    def statuses(self) -> list[ProposalStatus] | None:
        picked = self.status.currentData()
        if picked is None:
            return None
        if picked == "open":
            return [ProposalStatus.DRAFT, ProposalStatus.SENT]
        return [ProposalStatus(picked)]

    def select(self, proposal_id: int) -> None:
        for row, found in enumerate(self.model.rows):
            if found.proposal_id == proposal_id:
                self.table.selectRow(row)
                return

    def _on_row(self, current: AnyIndex, _previous: AnyIndex) -> None:
        if current.isValid():
            self.sig_open.emit(self.model.rows[current.row()].proposal_id)
