"""A proposal version gathered for export: the record the PDF and DOCX writers print."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.roi import RoiInputs, analyse
from workbench.io.proposal_record import (
    DocumentLine,
    DocumentRoi,
    DocumentSection,
    ProposalDocument,
)
from workbench.services.proposals import LineDraft, RoiDraft, load_proposal
from workbench.store.database import Store
from workbench.store.models import Colleague, Proposal

#: Whose name heads the document when no colleague is marked as "me".
DEFAULT_COMPANY = "Account Workbench"


class ProposalNotFound(LookupError):
    """No proposal with that id, or no such version of it."""


def load_document(
    source: Store | Session, proposal_id: int, number: int | None = None
) -> ProposalDocument:
    """Version *number* of the proposal (the newest when ``None``), ready to export.

    Raises :class:`ProposalNotFound` for an unknown proposal or version.
    """
    if isinstance(source, Session):
        return _load(source, proposal_id, number)
    with source.session() as session:
        return _load(session, proposal_id, number)


def company_name(session: Session) -> str:
    """Our side's name on the document: the colleague marked as "me", else the app's."""
    name = session.scalar(
        select(Colleague.name).where(Colleague.is_me.is_(True)).order_by(Colleague.id).limit(1)
    )
    return name or DEFAULT_COMPANY


def _load(session: Session, proposal_id: int, number: int | None) -> ProposalDocument:
    if session.get(Proposal, proposal_id) is None:
        raise ProposalNotFound(f"no proposal has the id {proposal_id}")
    try:
        state = load_proposal(session, proposal_id, number)
    except StopIteration:
        raise ProposalNotFound(f"proposal {proposal_id} has no version {number}") from None
    content, version = state.content, state.version
    totals = content.totals()
    lines = tuple(_line(line, content.currency) for line in content.lines)
    return ProposalDocument(
        company=company_name(session),
        account_name=state.account_name,
        proposal_id=state.proposal_id,
        title=content.title,
        version=version.number,
        status=version.status,
        language=state.language,
        currency=content.currency,
        issued_on=_day(version.sent_at or version.updated_at),
        valid_until=content.valid_until,
        sent_on=_day(version.sent_at) if version.sent_at else None,
        decided_on=_day(version.decided_at) if version.decided_at else None,
        sections=tuple(DocumentSection(s.kind, s.title, s.body_html) for s in content.sections),
        lines=tuple(line for line in lines if not line.optional),
        optional_lines=tuple(line for line in lines if line.optional),
        totals=totals,
        phases=content.phases,
        roi=_roi(content.roi, totals.total),
    )


def _day(moment: datetime) -> date:
    return moment.date()


def _line(line: LineDraft, currency: str) -> DocumentLine:
    return DocumentLine(
        line.description,
        line.quantity,
        line.unit,
        line.unit_price,
        line.discount_pct,
        line.tax_pct,
        line.optional,
        line.priced().amounts(currency),
    )


def _roi(roi: RoiDraft | None, total: Decimal) -> DocumentRoi | None:
    if roi is None:
        return None
    inputs = RoiInputs(
        investment=total if roi.investment is None else roi.investment,
        annual_benefit=roi.annual_benefit,
        horizon_years=roi.horizon_years,
        discount_rate_pct=roi.discount_rate_pct,
    )
    return DocumentRoi(inputs, analyse(inputs), investment_is_total=roi.investment is None)
