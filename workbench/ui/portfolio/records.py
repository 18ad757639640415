"""One list of the account detail (contacts, contracts…): a table and Add/Edit/Remove."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.period import Quarter
from workbench.services.account_records import FieldKind, RecordKind, RecordView
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import (
    decimal_places,
    format_date,
    format_decimal,
    format_local_datetime,
    format_money,
    format_quarter,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def display_value(kind: FieldKind | None, value: Any, currency: str, names: dict[Any, str]) -> str:
    """How one stored value reads in a list."""
    if value is None or value == "":
        return ""
    if kind in (FieldKind.CONTACT, FieldKind.COLLEAGUE):
        return names.get(value, "")
    if kind is FieldKind.QUARTER:
        return format_quarter(Quarter.from_key(int(value)))
    if kind is FieldKind.BOOL:
        return "✓" if value else ""
    if isinstance(value, Enum):
        return enum_label(value)
    if kind is FieldKind.MONEY and isinstance(value, Decimal):
        return format_money(value, currency)
    if isinstance(value, Decimal):
        return format_decimal(value, decimal_places(value))
    if isinstance(value, datetime):
        return format_local_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value).replace("\n", " ")


class RecordTableModel(QAbstractTableModel):
    def __init__(self, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._columns: list[tuple[str, str, FieldKind | None]] = [
            (spec.name, QCoreApplication.translate("fields", spec.label), spec.kind)
            for spec in kind.fields
            if spec.in_table
        ] + [
            (key, QCoreApplication.translate("fields", label), None)
            for key, label in kind.extra_columns
        ]
        self._rows: list[RecordView] = []
        self._cells: list[tuple[str, ...]] = []
        self._alerts: set[int] = set()

    def set_records(
        self,
        records: list[RecordView],
        currency: str,
        names: dict[Any, str],
        today: date | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = records
        alert, today = self.kind.alert, today or date.today()
        self._alerts = (
            {row for row, r in enumerate(records) if alert(r.values, today)} if alert else set()
        )
        self._cells = [
            tuple(
                display_value(kind, r.values.get(key), currency, names)
                for key, _, kind in self._columns
            )
            for r in records
        ]
        self.endResetModel()

    def record_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        alerted = index.row() in self._alerts
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._cells[index.row()][index.column()]
            if alerted:
                return f"{text} — {QCoreApplication.translate('records', self.kind.alert_text)}"
            return text
        if role == Qt.ItemDataRole.ForegroundRole and alerted:
            return QBrush(QColor("#b91c1c"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RecordSection(QWidget):
    sig_add = Signal(object)
    """The user wants a new record of this kind (the ``RecordKind``)."""
    sig_edit = Signal(object, int)
    """Edit (kind, record id)."""
    sig_remove = Signal(object, int)
    """Remove (kind, record id)."""

    def __init__(self, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"records_{kind.key}")
        self.model = RecordTableModel(kind, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"recordsTable_{kind.key}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._edit_current)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit_current)
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_records(
        self,
        records: list[RecordView],
        currency: str,
        names: dict[Any, str],
        today: date | None = None,
    ) -> None:
        self.model.set_records(records, currency, names, today)
        self._update_buttons()

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self._selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _add(self) -> None:
        self.sig_add.emit(self.kind)

    def _edit_current(self) -> None:
        record_id = self._selected_id()
        if record_id is not None:
            self.sig_edit.emit(self.kind, record_id)

    def _remove_current(self) -> None:
        record_id = self._selected_id()
        if record_id is not None:
            self.sig_remove.emit(self.kind, record_id)
