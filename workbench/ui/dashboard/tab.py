"""Dashboard tab (Panel)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import ActionStatus
from workbench.store.models import ActionItem, Contract
from workbench.ui.common.summary_tab import SummaryTab
from workbench.ui.context import AppContext


class DashboardTab(SummaryTab):
    watched_tables = ("action_items", "contracts")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Dashboard"),
            self.tr(
                "Portfolio KPIs — revenue growth, NPS, retention, agreed-KPI compliance, "
                "profitability, pipeline — with charts by period, sector and tier, and the "
                "focus list of what needs you today."
            ),
            parent,
        )

    def describe(self, session: Session) -> str:
        today = date.today()
        overdue = (
            session.scalar(
                select(func.count()).where(
                    ActionItem.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
                    ActionItem.due_on < today,
                )
            )
            or 0
        )
        renewals = (
            session.scalar(
                select(func.count()).where(
                    Contract.ends_on.between(today, today + timedelta(days=90))
                )
            )
            or 0
        )
        return self.tr(
            "{overdue} action items are overdue; {renewals} contracts end within 90 days."
        ).format(overdue=overdue, renewals=renewals)
