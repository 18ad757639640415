"""Edit → Colleagues…: our colleagues — their team, e-mail, mentor and the accounts they
own — and, with Mentor…, who guides a junior. Each choice is an undoable change recorded
in the colleague's history, and syncs to the team like any edit; the Portfolio's owner
filter and the Dashboard by account manager then show the junior under the mentor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
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

from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.services.changes import ChangeSet
from workbench.services.colleagues import ColleagueRow, colleague_rows, set_mentor
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.failures import failure_text
from workbench.ui.common.list_model import ListTableModel
from workbench.ui.context import AppContext
from workbench.ui.edits import StoreEdits

_NOTHING = "—"
_HEADERS = (
    QT_TRANSLATE_NOOP("ColleaguesModel", "Name"),
    QT_TRANSLATE_NOOP("ColleaguesModel", "Team"),
    QT_TRANSLATE_NOOP("ColleaguesModel", "E-mail"),
    QT_TRANSLATE_NOOP("ColleaguesModel", "Mentor"),
    QT_TRANSLATE_NOOP("ColleaguesModel", "Accounts"),
)


class ColleaguesModel(ListTableModel[ColleagueRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_HEADERS, "ColleaguesModel", self._cell, parent)

    def _cell(self, row: ColleagueRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == len(_HEADERS) - 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        texts = (
            row.name,
            enum_label(row.team),
            row.email or _NOTHING,
            row.mentor or _NOTHING,
            str(row.accounts),
        )
        return texts[column]


class ColleagueEdits(StoreEdits):
    def set_mentor(self, colleague: ColleagueRow, mentor_id: int | None, mentor: str) -> None:
        """Make *mentor_id* (None: nobody) *colleague*'s mentor, undoably."""
        before: dict[str, int | None] = {}

        def write(session: Any) -> tuple[None, ChangeSet]:
            before["mentor"], changes = set_mentor(session, colleague.id, mentor_id)
            return None, changes

        text = (
            QCoreApplication.translate("ColleaguesDialog", "{mentor} mentors {name}")
            if mentor_id is not None
            else QCoreApplication.translate("ColleaguesDialog", "{name} without a mentor")
        )
        self._change(
            text.format(name=colleague.name, mentor=mentor),
            write,
            lambda session: set_mentor(session, colleague.id, before["mentor"])[1],
        )


class ColleaguesDialog(QDialog):
    """Our colleagues, read again after every change (the dialog's own, an undo, a sync)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colleaguesDialog")
        self.setWindowTitle(self.tr("Colleagues"))
        self.context = context
        self.edits = ColleagueEdits(context)
        explanation = QLabel(
            self.tr(
                "A junior's mentor guides them: the Portfolio's owner filter and the "
                "Dashboard by account manager show the junior's accounts under the mentor."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.model = ColleaguesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("colleagueList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.choose_mentor)
        self.empty = QLabel(self.tr("No colleagues yet: they come with imports and accounts."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mentor_button = QPushButton(self.tr("&Mentor…"), self)
        self.mentor_button.setObjectName("mentorButton")
        self.mentor_button.clicked.connect(self.choose_mentor)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.mentor_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        context.events.sig_data_changed.connect(self._on_changed)
        self.resize(820, 440)
        self.reload()

    def reload(self) -> None:
        selected = self.current()
        rows = self.edits.operations.read_now(colleague_rows) or []
        self.model.show(rows)
        self.table.resizeColumnsToContents()
        ids = [r.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self._enable()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("colleagues", "accounts"):
            self.reload()

    def _enable(self) -> None:
        self.mentor_button.setEnabled(self.current() is not None)
        self.table.setVisible(bool(self.model.rows))
        self.empty.setVisible(not self.model.rows)

    def current(self) -> ColleagueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def choose_mentor(self) -> None:
        colleague = self.current()
        if colleague is None:
            return
        others = [r for r in self.model.rows if r.id != colleague.id and r.active]
        names = [self.tr("No mentor"), *(r.name for r in others)]
        chosen = self.context.dialogs.choose_item(
            self.tr("Mentor of {name}").format(name=colleague.name),
            self.tr("Who guides {name}?").format(name=colleague.name),
            names,
        )
        if chosen is None:
            return
        mentor = others[chosen - 1] if chosen else None
        if (mentor.id if mentor else None) == colleague.mentor_id:
            return
        try:
            self.edits.set_mentor(
                colleague, mentor.id if mentor else None, mentor.name if mentor else ""
            )
        except Refusal as refusal:  # a junior of theirs, or someone deleted meanwhile
            self.context.dialogs.error(
                self.tr("Mentor of {name}").format(name=colleague.name), failure_text(refusal)
            )


class ColleaguesAction(QObject):
    """Edit → Colleagues…, opening the dialog (one at a time)."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.dialog: ColleaguesDialog | None = None
        self.action = QAction(self.tr("&Colleagues…"), self)
        self.action.setObjectName("colleaguesAction")
        self.action.setToolTip(self.tr("Our colleagues, their teams and who mentors whom."))
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        if self.context.workspace.store is None:
            return
        if self.dialog is None:
            self.dialog = ColleaguesDialog(self.context, self.window)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # which cannot raise windows
            self.dialog.raise_()
            self.dialog.activateWindow()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
