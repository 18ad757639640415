"""Calendar tab (Reuniones)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.store.models import Meeting
from workbench.ui.common.summary_tab import SummaryTab
from workbench.ui.context import AppContext


class CalendarTab(SummaryTab):
    watched_tables = ("meetings",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Calendar"),
            self.tr(
                "Month, week and agenda views of every client meeting, in your time and the "
                "client's; recurring reviews, minutes that become action items, a one-click "
                "prep brief, and iCalendar in and out."
            ),
            parent,
        )

    def describe(self, session: Session) -> str:
        now = datetime.now(UTC)
        total = session.scalar(select(func.count()).select_from(Meeting)) or 0
        series = session.scalar(select(func.count()).where(Meeting.rrule.is_not(None))) or 0
        week = (
            session.scalar(
                select(func.count()).where(Meeting.starts_at.between(now, now + timedelta(days=7)))
            )
            or 0
        )
        return self.tr(
            "{total} meetings stored, {series} of them recurring series; {week} one-off meetings "
            "start in the next 7 days."
        ).format(total=total, series=series, week=week)
