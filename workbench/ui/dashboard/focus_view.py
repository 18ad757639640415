"""The focus list ("what needs me today") as a tree: one group per kind, its entries below.

Activating an entry (double-click or Enter) emits the :class:`Target` it points at;
the main window opens the right tab at the right record.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from workbench.domain.health import Band
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.focus import FocusItem, FocusKind, FocusList
from workbench.ui.calendar.all_day import all_day_text
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import format_date, format_decimal, format_local_datetime
from workbench.ui.common.health_labels import band_label

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1

GROUP_TITLES = {
    FocusKind.OVERDUE_ACTION: QT_TRANSLATE_NOOP("focusList", "Overdue action items"),
    FocusKind.MY_ACTION: QT_TRANSLATE_NOOP("focusList", "My action items due this week"),
    FocusKind.CRITICAL_INCIDENT: QT_TRANSLATE_NOOP("focusList", "Open critical incidents"),
    FocusKind.MEETING: QT_TRANSLATE_NOOP("focusList", "Meetings in the next 7 days"),
    FocusKind.RENEWAL: QT_TRANSLATE_NOOP("focusList", "Renewals within 90 days"),
    FocusKind.HEALTH_DROP: QT_TRANSLATE_NOOP("focusList", "Health dropped a band"),
    FocusKind.QUIET_ACCOUNT: QT_TRANSLATE_NOOP("focusList", "Customers not contacted lately"),
}
URGENT = {FocusKind.OVERDUE_ACTION, FocusKind.CRITICAL_INCIDENT}


def entry_text(item: FocusItem) -> str:
    """One line that says what needs doing, for whom, and why now."""
    detail = dict(item.detail)
    if item.kind is FocusKind.OVERDUE_ACTION:
        return QCoreApplication.translate(
            "focusList", "{title} — {account}, {days} days overdue"
        ).format(title=item.title, account=item.account_name, days=detail["days"])
    if item.kind is FocusKind.MY_ACTION:
        assert isinstance(item.when, date)
        return QCoreApplication.translate("focusList", "{title} — {account}, due {day}").format(
            title=item.title, account=item.account_name, day=format_date(item.when)
        )
    if item.kind is FocusKind.CRITICAL_INCIDENT:
        return QCoreApplication.translate(
            "focusList", "{title} — {account}, open for {days} days"
        ).format(title=item.title, account=item.account_name, days=detail["days"])
    if item.kind is FocusKind.MEETING:
        assert isinstance(item.when, date)
        when = (
            format_local_datetime(item.when)
            if isinstance(item.when, datetime)
            else f"{format_date(item.when)} {all_day_text()}"  # an all-day event: its day
        )
        return QCoreApplication.translate("focusList", "{when} {title} — {account}").format(
            when=when, title=item.title, account=item.account_name
        )
    if item.kind is FocusKind.RENEWAL:
        assert isinstance(item.when, date)
        return QCoreApplication.translate(
            "focusList", "{title} — {account}, ends {day} ({status})"
        ).format(
            title=item.title,
            account=item.account_name,
            day=format_date(item.when),
            status=enum_label(detail["status"]),
        )
    if item.kind is FocusKind.HEALTH_DROP:
        before, now = detail["from_band"], detail["to_band"]
        assert isinstance(before, Band) and isinstance(now, Band)
        return QCoreApplication.translate(
            "focusList", "{account}: health {before} → {now} ({from_band} → {to_band})"
        ).format(
            account=item.account_name,
            before=detail["before"],
            now=detail["now"],
            from_band=band_label(before),
            to_band=band_label(now),
        )
    days = detail["days"]
    if days is None:
        return QCoreApplication.translate("focusList", "{account}: no contact recorded").format(
            account=item.account_name
        )
    return QCoreApplication.translate("focusList", "{account}: no contact for {days} days").format(
        account=item.account_name, days=days
    )


class FocusListView(QTreeWidget):
    sig_open = Signal(object)
    """Emitted with the ``Target`` of the activated entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusList")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemActivated.connect(self._activated)

    def show_focus(self, focus: FocusList) -> None:
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for kind, title in GROUP_TITLES.items():
            entries = focus.of(kind)
            total = focus.totals.get(kind, 0)
            group = QTreeWidgetItem(
                self,
                [
                    QCoreApplication.translate("focusList", "{title} ({count})").format(
                        title=QCoreApplication.translate("focusList", title),
                        count=format_decimal(Decimal(total), 0),
                    )
                ],
            )
            group.setFont(0, bold)
            group.setData(0, Qt.ItemDataRole.UserRole, kind.value)
            if kind in URGENT and total:
                group.setForeground(0, QBrush(QColor("#b91c1c")))
            for entry in entries:
                child = QTreeWidgetItem(group, [entry_text(entry)])
                child.setData(0, TARGET_ROLE, entry.target)
                child.setToolTip(0, entry_text(entry))
            if total > len(entries):
                more = QTreeWidgetItem(
                    group,
                    [
                        QCoreApplication.translate("focusList", "… and {count} more").format(
                            count=format_decimal(Decimal(total - len(entries)), 0)
                        )
                    ],
                )
                more.setForeground(0, QBrush(QColor("#64748b")))
            if not total:
                QTreeWidgetItem(
                    group, [QCoreApplication.translate("focusList", "Nothing here today.")]
                ).setForeground(0, QBrush(QColor("#64748b")))
            group.setExpanded(bool(total) and kind is not FocusKind.QUIET_ACCOUNT)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if target is not None:
            self.sig_open.emit(target)

    def entries(self) -> list[QTreeWidgetItem]:
        """Every entry that leads somewhere (for tests and keyboard navigation)."""
        found: list[QTreeWidgetItem] = []
        for index in range(self.topLevelItemCount()):
            group = self.topLevelItem(index)
            if group is None:
                continue
            for row in range(group.childCount()):
                child = group.child(row)
                if child is not None and child.data(0, TARGET_ROLE) is not None:
                    found.append(child)
        return found
