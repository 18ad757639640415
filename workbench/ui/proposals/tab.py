"""Proposals tab (Propuestas)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import ProposalStatus
from workbench.store.models import Proposal, ProposalVersion
from workbench.ui.common.summary_tab import SummaryTab
from workbench.ui.context import AppContext


class ProposalsTab(SummaryTab):
    watched_tables = ("proposals", "proposal_versions")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Proposals"),
            self.tr(
                "Personalised proposals from templates: priced line items with exact totals, "
                "a phased implementation plan, ROI analysis, a budget-fit check, versions "
                "and autosave, exported to PDF."
            ),
            parent,
        )

    def describe(self, session: Session) -> str:
        proposals = session.scalar(select(func.count()).select_from(Proposal)) or 0
        drafts = (
            session.scalar(
                select(func.count()).where(ProposalVersion.status == ProposalStatus.DRAFT)
            )
            or 0
        )
        return self.tr("{proposals} proposals stored; {drafts} versions are drafts.").format(
            proposals=proposals, drafts=drafts
        )
