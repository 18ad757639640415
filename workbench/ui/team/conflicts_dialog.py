"""The conflicts dialog: each edit the team server could not merge — the record, the field,
the value before, the team's (who, when) and yours (when) — kept as yours, taken as
theirs, or given a new value. A choice is stored in the book at once (offline too) and
goes to the server with the next sync, which brings back what it changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.record_labels import field_label, record_kind
from workbench.services.history import decoded, value_text
from workbench.services.team_sync import OpenConflict
from workbench.ui.common.formatting import format_local_datetime
from workbench.ui.common.list_model import ListTableModel
from workbench.ui.portfolio.history_page import interface_wording

_HEADERS = (
    QT_TRANSLATE_NOOP("ConflictsModel", "Record"),
    QT_TRANSLATE_NOOP("ConflictsModel", "Field"),
    QT_TRANSLATE_NOOP("ConflictsModel", "Before"),
    QT_TRANSLATE_NOOP("ConflictsModel", "Theirs"),
    QT_TRANSLATE_NOOP("ConflictsModel", "Yours"),
)


class ConflictsModel(ListTableModel[OpenConflict]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_HEADERS, "ConflictsModel", self._cell, parent)

    @property
    def conflicts(self) -> list[OpenConflict]:
        return self.rows

    def _cell(self, row: OpenConflict, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._texts(row)[column]

    def _texts(self, c: OpenConflict) -> tuple[str, ...]:
        kind = QCoreApplication.translate("records", record_kind(c.table))
        if c.field == "*":
            return (
                f"{kind}: {c.label}",
                self.tr("The whole record"),
                "—",
                self._who(self.tr("edited"), c.theirs_by, c),
                self._when(self.tr("deleted"), c),
            )
        return (
            f"{kind}: {c.label}",
            QCoreApplication.translate("fields", field_label(c.field)),
            self._value(c, c.base),
            self._who(self._value(c, c.theirs), c.theirs_by, c),
            self._when(self._value(c, c.yours), c),
        )

    def _value(self, c: OpenConflict, value: Any) -> str:
        return value_text(decoded(c.table, c.field, value), interface_wording())

    def _who(self, value: str, by: str | None, c: OpenConflict) -> str:
        when = format_local_datetime(c.theirs_at) if c.theirs_at else "?"
        return self.tr("{value} ({who}, {when})").format(value=value, who=by or "?", when=when)

    def _when(self, value: str, c: OpenConflict) -> str:
        when = format_local_datetime(c.yours_at) if c.yours_at else "?"
        return self.tr("{value} ({when})").format(value=value, when=when)


class ConflictsDialog(QDialog):
    """The open conflicts; *settle*(conflict, take, value) stores a choice."""

    def __init__(
        self,
        conflicts: list[OpenConflict],
        settle: Callable[[OpenConflict, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.settle = settle
        explanation = QLabel(
            self.tr(
                "You and a colleague changed the same field before either had the other's "
                "change. The team keeps theirs until you choose; your choice goes out with "
                "the next sync."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.model.show(conflicts)
        self.table = QTableView(self)
        self.table.setObjectName("conflictList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.empty = QLabel(self.tr("No conflicts: every edit reached the team."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mine_button = QPushButton(self.tr("Keep &mine"), self)
        self.mine_button.setObjectName("keepMineButton")
        self.mine_button.clicked.connect(lambda: self._settle("mine"))
        self.theirs_button = QPushButton(self.tr("Take &theirs"), self)
        self.theirs_button.setObjectName("takeTheirsButton")
        self.theirs_button.clicked.connect(lambda: self._settle("theirs"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editValueButton")
        self.edit_button.clicked.connect(lambda: self._settle("value"))
        row = QHBoxLayout()
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        if conflicts:
            self.table.selectRow(0)
        self._enable()
        self.resize(900, 420)

    def _enable(self) -> None:
        current = self.current()
        self.mine_button.setEnabled(current is not None)
        self.theirs_button.setEnabled(current is not None)
        # A deletion against an edit is kept or taken back whole: no value to type.
        self.edit_button.setEnabled(current is not None and current.field != "*")
        self.table.setVisible(bool(self.model.conflicts))
        self.empty.setVisible(not self.model.conflicts)

    def current(self) -> OpenConflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflicts[rows[0].row()] if rows else None

    def _settle(self, take: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.settle(conflict, take)

    def settled(self, conflict: OpenConflict) -> None:
        """*conflict* was settled: off the list."""
        left = [c for c in self.model.conflicts if c.id != conflict.id]
        row = min(self.table.currentIndex().row(), len(left) - 1)
        self.model.show(left)
        if left:
            self.table.selectRow(max(row, 0))
        self._enable()
