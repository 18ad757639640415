"""The "waiting on" list (``waitingOn``): what colleagues and teams owe me on my accounts,
and what I owe — two groups, each entry "{who} · {title} — {account}, due {day}", the
overdue ones in red. Activating an entry opens its account."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from workbench.services.focus import Target, TargetTab
from workbench.services.waiting_on import WaitingItem, WaitingOn
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import format_date
from workbench.ui.dashboard.focus_view import TARGET_ROLE

_GREY = QColor("#64748b")
_RED = QColor("#b91c1c")


def waiting_text(item: WaitingItem) -> str:
    who = item.colleague or (enum_label(item.team) if item.team is not None else "?")
    if item.due_on is None:
        return QCoreApplication.translate("waitingOn", "{who} · {title} — {account}").format(
            title=item.title, account=item.account, who=who
        )
    return QCoreApplication.translate("waitingOn", "{who} · {title} — {account}, due {day}").format(
        title=item.title, account=item.account, who=who, day=format_date(item.due_on)
    )


class WaitingOnView(QTreeWidget):
    sig_open = Signal(object)
    """Emitted with the ``Target`` (the account) of the activated entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingOn")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemActivated.connect(self._activated)

    def show_waiting(self, waiting: WaitingOn, today: date) -> None:
        self.clear()
        if not waiting.me_known:
            QTreeWidgetItem(
                self,
                [
                    QCoreApplication.translate(
                        "waitingOn",
                        "Mark yourself among the colleagues to see who owes you what.",
                    )
                ],
            ).setForeground(0, QBrush(_GREY))
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for owed_to_me, title in (
            (True, QCoreApplication.translate("waitingOn", "Others owe me ({count})")),
            (False, QCoreApplication.translate("waitingOn", "I owe ({count})")),
        ):
            entries = [item for item in waiting.items if item.owed_to_me is owed_to_me]
            group = QTreeWidgetItem(self, [title.format(count=len(entries))])
            group.setFont(0, bold)
            for entry in entries:
                child = QTreeWidgetItem(group, [waiting_text(entry)])
                child.setData(0, TARGET_ROLE, Target(TargetTab.PORTFOLIO, entry.account_id))
                child.setToolTip(0, waiting_text(entry))
                if entry.overdue(today):
                    child.setForeground(0, QBrush(_RED))
            if not entries:
                QTreeWidgetItem(
                    group, [QCoreApplication.translate("waitingOn", "Nothing waiting.")]
                ).setForeground(0, QBrush(_GREY))
            group.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target is not None:
            self.sig_open.emit(target)
