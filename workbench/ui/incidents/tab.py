"""Incidents tab (Registro de crisis)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import IncidentStatus, Severity
from workbench.store.models import Incident
from workbench.ui.common.summary_tab import SummaryTab
from workbench.ui.context import AppContext

_OPEN = (IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATING)


class IncidentsTab(SummaryTab):
    watched_tables = ("incidents",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Incidents"),
            self.tr(
                "Every crisis with its severity, timeline and response-time targets, the "
                "seed's playbooks turned into action items, compensations and lessons learned."
            ),
            parent,
        )

    def describe(self, session: Session) -> str:
        open_count = session.scalar(select(func.count()).where(Incident.status.in_(_OPEN))) or 0
        critical = (
            session.scalar(
                select(func.count()).where(
                    Incident.status.in_(_OPEN), Incident.severity == Severity.CRITICAL
                )
            )
            or 0
        )
        return self.tr("{open} incidents are open, {critical} of them critical.").format(
            open=open_count, critical=critical
        )
