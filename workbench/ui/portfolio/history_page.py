"""The account detail's History page: every change to the account and its records, newest
first — when, who, from where, which record, and the field's value before and after —
and, on a team, the conflicts on them: as each arose and as it was settled.

Read through the operations layer when the page is shown (never while the user arrows
down the Portfolio with another page open), and again after a change to the account.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from workbench.domain.enums import ChangeKind
from workbench.domain.record_labels import RECORD_KINDS
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.changes import ChangeSet
from workbench.services.conflict_history import (
    ConflictEvent,
    account_conflicts,
    conflict_label,
    conflict_text,
    newest_first,
)
from workbench.services.history import (
    HistoryEntry,
    Wording,
    account_history,
    change_text,
    created_or_deleted_text,
    grouped,
    record_text,
)
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import (
    decimal_places,
    format_date,
    format_decimal,
    format_local_datetime,
)
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations

#: The newest changes shown; older ones are in ``workbench history``.
SHOWN = 1000
_HEADERS = (
    QT_TRANSLATE_NOOP("history", "When"),
    QT_TRANSLATE_NOOP("history", "Who"),
    QT_TRANSLATE_NOOP("history", "From"),
    QT_TRANSLATE_NOOP("history", "Change"),
)
_CHANGE = 3
_Index = QModelIndex | QPersistentModelIndex
_CONFLICT_COLOUR = QColor("#b45309")
# A line: a change (a field, or a record created or deleted whole), or a conflict.
_Line = list[HistoryEntry] | ConflictEvent


def interface_wording() -> Wording:
    """Values as the interface writes them: its language, its locale's formats."""
    return Wording(
        translate=QCoreApplication.translate,
        day=format_date,
        moment=format_local_datetime,
        number=lambda value: format_decimal(value, decimal_places(value)),
    )


def _newest_first(line: _Line) -> tuple[bool, float]:
    return newest_first(line.at if isinstance(line, ConflictEvent) else line[0].at)


class HistoryModel(QAbstractTableModel):
    """The history as lines: When, Who, From, Change — a changed field a line, a record
    created or deleted one line with its values (see :func:`grouped`), and a conflict's
    arising and settling a line each, all newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._wording = interface_wording()

    def show(
        self, entries: list[HistoryEntry], conflicts: list[ConflictEvent] | None = None
    ) -> None:
        self.beginResetModel()
        lines: list[_Line] = [*grouped(entries), *(conflicts or [])]
        self._lines = sorted(lines, key=_newest_first)  # stable: same moment, same order
        self._wording = interface_wording()  # the language may have changed
        self.endResetModel()

    def line(self, row: int) -> _Line:
        return self._lines[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(_HEADERS):
            return None
        return QCoreApplication.translate("history", _HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if isinstance(line, ConflictEvent):
            return self._conflict(line, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _CHANGE:
            return self._change(line).replace(" · ", "\n")
        if role == Qt.ItemDataRole.UserRole:
            return line[0].id
        return None

    def _conflict(self, event: ConflictEvent, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return _CONFLICT_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == _CHANGE:
            return conflict_text(event, self._wording).replace(" · ", "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return format_local_datetime(event.at) if event.at else "—"
        if column == 1:
            return event.who or "—"
        if column == 2:
            return conflict_label(event, self._wording)
        return conflict_text(event, self._wording)

    def _text(self, line: list[HistoryEntry], column: int) -> str:
        entry = line[0]
        if column == 0:
            return format_local_datetime(entry.at) if isinstance(entry.at, datetime) else "—"
        if column == 1:
            return entry.author or "—"
        if column == 2:
            return enum_label(entry.source) if entry.source else "—"
        if column == _CHANGE:
            return self._change(line)
        return ""

    def _change(self, line: list[HistoryEntry]) -> str:
        """ "Contact Ana Ruiz · E-mail: a → b"; the account's own fields without a prefix."""
        entry = line[0]
        if entry.kind == ChangeKind.UPDATE:
            change = change_text(entry, self._wording)
        else:
            change = created_or_deleted_text(line, self._wording)
        record = record_text(entry, self._wording)
        return f"{record} · {change}" if record else change


class HistoryPage(QWidget):
    """The History page of one account at a time."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.context = context
        self.operations = Operations(context)
        self.account_id: int | None = None
        self._shown_for: int | None = None  # the account whose history the table holds
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(_CHANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_CHANGE, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No changes recorded yet."), self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self._show_entries([])
        context.events.sig_data_changed.connect(self._on_changed)

    def show_account(self, account_id: int | None) -> None:
        """Follow *account_id*; its history is read when the page is (or becomes) visible."""
        self.account_id = account_id
        if account_id is None:
            self._shown_for = None
            self._show_entries([])
        elif self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.account_id is not None and self._shown_for != self.account_id:
            self.reload()

    def reload(self) -> None:
        account_id = self.account_id
        if account_id is None:
            return

        def shown(found: tuple[list[HistoryEntry], list[ConflictEvent]]) -> None:
            if account_id == self.account_id:  # not an answer for an account left since
                self._shown_for = account_id
                self._show_entries(*found)

        self.operations.query(
            lambda session: (
                account_history(session, account_id, limit=SHOWN),
                account_conflicts(session, account_id),
            ),
            on_done=shown,
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.account_id is None:
            return
        if not changes.touches(*RECORD_KINDS):
            return
        if changes.account_ids and self.account_id not in changes.account_ids:
            return
        self._shown_for = None  # stale: read again when next shown
        if self.isVisible():
            self.reload()

    def _show_entries(
        self, entries: list[HistoryEntry], conflicts: list[ConflictEvent] | None = None
    ) -> None:
        self.model.show(entries, conflicts or [])
        shown = bool(entries or conflicts)
        self.empty.setVisible(not shown)
        self.table.setVisible(shown)
