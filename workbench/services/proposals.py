"""Proposals: the list, one proposal's content, and its life from draft to decision.

A proposal has versions v1, v2…; the newest is the one being worked on. A draft
is edited freely (the editor autosaves into it); sending freezes it, and
changing a sent proposal starts the next version as a copy, so every version the
client saw stays as it was. The content a user edits is a
:class:`ProposalContent`; it is checked whole before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.enums import ProposalStatus, SectionKind
from workbench.domain.pricing import PricedLine, ProposalTotals, line_problems, proposal_totals
from workbench.domain.roi import roi_problems
from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
    check_currency,
    check_required,
)
from workbench.io.proposal_record import DocumentPhase
from workbench.locations import resources_dir
from workbench.services.changes import ChangeSet
from workbench.store.batches import in_chunks
from workbench.store.errors import integrity_problem
from workbench.store.models import (
    Account,
    Opportunity,
    Proposal,
    ProposalLineItem,
    ProposalPhase,
    ProposalRoi,
    ProposalSection,
    ProposalVersion,
)

#: The languages proposals are written in; a client's language outside them gets English.
LANGUAGES = ("en", "es")
DECIDED = (ProposalStatus.ACCEPTED, ProposalStatus.REJECTED, ProposalStatus.EXPIRED)
#: What a change to a proposal writes to, and what the proposal list is read from.
CHANGES = ChangeSet.of(
    "proposals", "proposal_versions", "proposal_sections", "proposal_line_items", "proposal_phases"
)
LIST_READS = ("proposals", "proposal_versions", "proposal_line_items", "accounts")


# --- content ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionDraft:
    kind: SectionKind
    title: str
    body_html: str = ""


@dataclass(frozen=True)
class LineDraft:
    description: str
    quantity: Decimal
    unit_price: Decimal
    unit: str = "unit"
    discount_pct: Decimal = Decimal(0)
    tax_pct: Decimal = Decimal(0)
    optional: bool = False
    product_id: int | None = None

    def priced(self) -> PricedLine:
        return PricedLine(
            self.quantity, self.unit_price, self.discount_pct, self.tax_pct, self.optional
        )


#: One phase of the plan: the same record the editor changes and the exports print.
PhaseDraft = DocumentPhase


@dataclass(frozen=True)
class RoiDraft:
    annual_benefit: Decimal
    horizon_years: int
    discount_rate_pct: Decimal
    #: ``None``: the proposal's total is the investment.
    investment: Decimal | None = None


@dataclass(frozen=True)
class ProposalContent:
    """Everything the editor changes in one version."""

    title: str
    currency: str
    valid_until: date | None = None
    opportunity_id: int | None = None
    sections: tuple[SectionDraft, ...] = ()
    lines: tuple[LineDraft, ...] = ()
    phases: tuple[PhaseDraft, ...] = ()
    roi: RoiDraft | None = None

    def totals(self) -> ProposalTotals:
        return proposal_totals([line.priced() for line in self.lines], self.currency)

    def phases_total(self) -> Decimal:
        return sum((p.amount for p in self.phases), Decimal(0))


@dataclass(frozen=True)
class VersionInfo:
    version_id: int
    number: int
    status: ProposalStatus
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    decided_at: datetime | None


@dataclass(frozen=True)
class ProposalState:
    """One version of a proposal as the editor shows it."""

    proposal_id: int
    account_id: int
    account_name: str
    language: str
    version: VersionInfo
    content: ProposalContent
    versions: tuple[VersionInfo, ...] = field(default=())

    @property
    def read_only(self) -> bool:
        """Only the newest version, while a draft, can change."""
        return (
            self.version.status is not ProposalStatus.DRAFT
            or self.version.number != self.versions[-1].number
        )


#: Countries whose clients get their proposals in Spanish; everyone else in English.
SPANISH_SPEAKING = frozenset(
    {"ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO"}
    | {"DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR", "GQ"}
)


def proposal_language(country: str | None) -> str:
    """A proposal is in its client's language: Spanish or English (our templates)."""
    return "es" if (country or "").upper() in SPANISH_SPEAKING else "en"


# --- the list ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposalRow:
    proposal_id: int
    version_id: int
    number: int
    title: str
    account_id: int
    account_name: str
    status: ProposalStatus
    currency: str
    total: Decimal
    valid_until: date | None
    updated_at: datetime


def list_proposals(
    session: Session,
    *,
    account_id: int | None = None,
    statuses: Iterable[ProposalStatus] | None = None,
    text: str = "",
) -> list[ProposalRow]:
    """The newest version of each proposal, newest edits first, with its total."""
    newest = (
        select(ProposalVersion.proposal_id, func.max(ProposalVersion.number).label("number"))
        .group_by(ProposalVersion.proposal_id)
        .subquery()
    )
    query = (
        select(
            Proposal.id,
            ProposalVersion.id.label("version_id"),
            ProposalVersion.number,
            Proposal.title,
            Account.id.label("account_id"),
            Account.name.label("account_name"),
            ProposalVersion.status,
            ProposalVersion.currency,
            ProposalVersion.valid_until,
            ProposalVersion.updated_at,
        )
        .join(newest, newest.c.proposal_id == Proposal.id)
        .join(
            ProposalVersion,
            (ProposalVersion.proposal_id == Proposal.id)
            & (ProposalVersion.number == newest.c.number),
        )
        .join(Account, Account.id == Proposal.account_id)
        .order_by(ProposalVersion.updated_at.desc(), Proposal.id.desc())
    )
    if account_id is not None:
        query = query.where(Proposal.account_id == account_id)
    if statuses is not None:
        query = query.where(ProposalVersion.status.in_(list(statuses)))
    if text.strip():
        pattern = f"%{text.strip()}%"
        query = query.where(or_(Proposal.title.ilike(pattern), Account.name.ilike(pattern)))
    rows = session.execute(query).all()
    totals = _totals(session, {row.version_id: row.currency for row in rows})
    return [
        ProposalRow(
            row.id,
            row.version_id,
            row.number,
            row.title,
            row.account_id,
            row.account_name,
            row.status,
            row.currency,
            totals.get(row.version_id, Decimal(0)),
            row.valid_until,
            row.updated_at,
        )
        for row in rows
    ]


def _totals(session: Session, currencies: dict[int, str]) -> dict[int, Decimal]:
    lines: dict[int, list[PricedLine]] = {version: [] for version in currencies}
    ids = list(currencies)
    for chunk in in_chunks(ids):
        for row in session.execute(
            select(
                ProposalLineItem.version_id,
                ProposalLineItem.quantity,
                ProposalLineItem.unit_price,
                ProposalLineItem.discount_pct,
                ProposalLineItem.tax_pct,
                ProposalLineItem.optional,
            ).where(ProposalLineItem.version_id.in_(chunk))
        ):
            lines[row.version_id].append(
                PricedLine(
                    row.quantity, row.unit_price, row.discount_pct, row.tax_pct, row.optional
                )
            )
    return {v: proposal_totals(found, currencies[v]).total for v, found in lines.items()}


# --- one proposal -------------------------------------------------------------------------


def _version_info(version: ProposalVersion) -> VersionInfo:
    return VersionInfo(
        version.id,
        version.number,
        version.status,
        version.created_at,
        version.updated_at,
        version.sent_at,
        version.decided_at,
    )


def _content(proposal: Proposal, version: ProposalVersion) -> ProposalContent:
    roi = version.roi
    return ProposalContent(
        title=proposal.title,
        currency=version.currency,
        valid_until=version.valid_until,
        opportunity_id=proposal.opportunity_id,
        sections=tuple(SectionDraft(s.kind, s.title, s.body_html) for s in version.sections),
        lines=tuple(
            LineDraft(
                line.description,
                line.quantity,
                line.unit_price,
                line.unit,
                line.discount_pct,
                line.tax_pct,
                line.optional,
                line.product_id,
            )
            for line in version.line_items
        ),
        phases=tuple(
            PhaseDraft(p.name, p.starts_on, p.ends_on, p.amount, p.deliverables or "")
            for p in version.phases
        ),
        roi=(
            RoiDraft(roi.annual_benefit, roi.horizon_years, roi.discount_rate_pct, roi.investment)
            if roi is not None
            else None
        ),
    )


def load_proposal(session: Session, proposal_id: int, number: int | None = None) -> ProposalState:
    """Version *number* of the proposal (the newest when ``None``)."""
    proposal = session.get_one(Proposal, proposal_id)
    account = session.get_one(Account, proposal.account_id)
    versions = list(proposal.versions)
    version = versions[-1] if number is None else next(v for v in versions if v.number == number)
    return ProposalState(
        proposal.id,
        account.id,
        account.name,
        proposal_language(account.country),
        _version_info(version),
        _content(proposal, version),
        tuple(_version_info(v) for v in versions),
    )


def section_templates(language: str, account_name: str) -> tuple[SectionDraft, ...]:
    """The starting sections of a new proposal, from ``resources/templates``."""
    path = resources_dir() / "templates" / f"proposal_{proposal_language(language)}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        SectionDraft(
            SectionKind(item["kind"]),
            item["title"],
            item["body"].replace("{account}", account_name),
        )
        for item in data["sections"]
    )


def create_proposal(
    session: Session,
    account_id: int,
    title: str,
    *,
    currency: str | None = None,
    opportunity_id: int | None = None,
    valid_until: date | None = None,
) -> tuple[int, ChangeSet]:
    """A new proposal with a draft v1 started from the sections template; returns its id."""
    account = session.get_one(Account, account_id)
    content = ProposalContent(
        title=title,
        currency=currency or account.currency,
        valid_until=valid_until,
        opportunity_id=opportunity_id,
        sections=section_templates(proposal_language(account.country), account.name),
    )
    _check(session, account_id, content)
    proposal = Proposal(account_id=account_id, title=title.strip(), opportunity_id=opportunity_id)
    session.add(proposal)
    session.flush()
    version = ProposalVersion(proposal_id=proposal.id, number=1, currency=content.currency)
    session.add(version)
    session.flush()
    _write(session, proposal, version, content)
    return proposal.id, CHANGES


# --- validation ------------------------------------------------------------------------------


def content_problems(session: Session, account_id: int, content: ProposalContent) -> list[Problem]:
    """Every reason *content* cannot be stored; fields are named ``line.3.quantity`` etc."""
    problems: list[Problem] = []
    check_required(problems, "title", content.title)
    check_currency(problems, "currency", content.currency)
    if content.opportunity_id is not None:
        owner = session.scalar(
            select(Opportunity.account_id).where(Opportunity.id == content.opportunity_id)
        )
        if owner != account_id:
            problems.append(
                Problem(
                    "opportunity_id",
                    QT_TRANSLATE_NOOP("validation", "The opportunity belongs to another account."),
                )
            )
    for number, line in enumerate(content.lines, 1):
        check_required(problems, f"line.{number}.description", line.description)
        for problem in line_problems(
            line.quantity, line.unit_price, line.discount_pct, line.tax_pct
        ):
            problems.append(replace(problem, field=f"line.{number}.{problem.field}"))
    for number, phase in enumerate(content.phases, 1):
        check_required(problems, f"phase.{number}.name", phase.name)
        if phase.ends_on < phase.starts_on:
            problems.append(
                Problem(
                    f"phase.{number}.ends_on",
                    QT_TRANSLATE_NOOP("validation", "A phase cannot end before it starts."),
                )
            )
        if phase.amount < 0:
            problems.append(
                Problem(
                    f"phase.{number}.amount",
                    QT_TRANSLATE_NOOP("validation", "Must not be negative."),
                )
            )
    if content.roi is not None:
        roi = content.roi
        for problem in roi_problems(
            investment=roi.investment,
            annual_benefit=roi.annual_benefit,
            horizon_years=roi.horizon_years,
            discount_rate_pct=roi.discount_rate_pct,
        ):
            problems.append(replace(problem, field=f"roi.{problem.field}"))
    return problems


def _check(session: Session, account_id: int, content: ProposalContent) -> None:
    problems = content_problems(session, account_id, content)
    if problems:
        raise ValidationError(problems)


class ReadOnlyVersionError(ValueError):
    """A sent or decided version cannot change; start the next version instead."""


# --- writing -----------------------------------------------------------------------------


def _write(
    session: Session, proposal: Proposal, version: ProposalVersion, content: ProposalContent
) -> None:
    """Replace the version's content with *content* (already checked)."""
    proposal.title = content.title.strip()
    proposal.opportunity_id = content.opportunity_id
    version.currency = content.currency
    version.valid_until = content.valid_until
    version.updated_at = datetime.now(UTC)
    for model in (ProposalSection, ProposalLineItem, ProposalPhase, ProposalRoi):
        session.execute(delete(model).where(model.version_id == version.id))
    session.add_all(
        ProposalSection(
            version_id=version.id,
            position=position,
            kind=s.kind,
            title=s.title.strip() or "—",
            body_html=s.body_html,
        )
        for position, s in enumerate(content.sections)
    )
    session.add_all(
        ProposalLineItem(
            version_id=version.id,
            position=position,
            product_id=line.product_id,
            description=line.description.strip(),
            quantity=line.quantity,
            unit=line.unit.strip() or "unit",
            unit_price=line.unit_price,
            discount_pct=line.discount_pct,
            tax_pct=line.tax_pct,
            optional=line.optional,
        )
        for position, line in enumerate(content.lines)
    )
    session.add_all(
        ProposalPhase(
            version_id=version.id,
            position=position,
            name=p.name.strip(),
            starts_on=p.starts_on,
            ends_on=p.ends_on,
            deliverables=p.deliverables or None,
            amount=p.amount,
        )
        for position, p in enumerate(content.phases)
    )
    if content.roi is not None:
        roi = content.roi
        session.add(
            ProposalRoi(
                version_id=version.id,
                investment=roi.investment,
                annual_benefit=roi.annual_benefit,
                horizon_years=roi.horizon_years,
                discount_rate_pct=roi.discount_rate_pct,
            )
        )
    session.flush()
    session.expire(version)


def save_content(
    session: Session, version_id: int, content: ProposalContent
) -> tuple[None, ChangeSet]:
    """Store *content* into a draft version (the autosave); nothing is written if refused."""
    version = session.get_one(ProposalVersion, version_id)
    proposal = session.get_one(Proposal, version.proposal_id)
    if version.status is not ProposalStatus.DRAFT:
        raise ReadOnlyVersionError(version_id)
    _check(session, proposal.account_id, content)
    try:
        with session.begin_nested():
            _write(session, proposal, version, content)
    except IntegrityError as error:
        raise ValidationError([integrity_problem(error)]) from error
    return None, CHANGES


def send(session: Session, version_id: int, at: datetime) -> tuple[None, ChangeSet]:
    """The draft goes to the client: from now on it is frozen."""
    version = session.get_one(ProposalVersion, version_id)
    if version.status is not ProposalStatus.DRAFT:
        raise ReadOnlyVersionError(version_id)
    version.status, version.sent_at = ProposalStatus.SENT, at
    session.flush()
    return None, CHANGES


def decide(
    session: Session, version_id: int, status: ProposalStatus, at: datetime
) -> tuple[None, ChangeSet]:
    """The client accepted or rejected the sent version, or it expired."""
    if status not in DECIDED:
        raise ValueError(status)
    version = session.get_one(ProposalVersion, version_id)
    if version.status is not ProposalStatus.SENT:
        raise ReadOnlyVersionError(version_id)
    version.status, version.decided_at = status, at
    session.flush()
    return None, CHANGES


def start_next_version(session: Session, proposal_id: int) -> tuple[int, ChangeSet]:
    """A draft copy of the newest version, numbered one more; returns its id.

    This is how a sent proposal is changed: the client's copy stays as it was.
    """
    proposal = session.get_one(Proposal, proposal_id)
    newest = proposal.versions[-1]
    if newest.status is ProposalStatus.DRAFT:
        return newest.id, ChangeSet()
    content = _content(proposal, newest)
    version = ProposalVersion(
        proposal_id=proposal_id, number=newest.number + 1, currency=newest.currency
    )
    session.add(version)
    session.flush()
    _write(session, proposal, version, content)
    session.expire(proposal)
    return version.id, CHANGES


# --- budget fit -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetFit:
    """The proposal total against what the client planned to spend in the period."""

    period_label: str
    planned: Decimal | None
    committed: Decimal
    total: Decimal
    #: The budget's currency (the account's); a proposal in another one cannot be compared.
    budget_currency: str = ""
    proposal_currency: str = ""

    @property
    def comparable(self) -> bool:
        return self.planned is not None and self.budget_currency == self.proposal_currency

    @property
    def available(self) -> Decimal | None:
        return None if self.planned is None else self.planned - self.committed

    @property
    def excess(self) -> Decimal:
        """How much the total goes over the budget still available (0 when it fits)."""
        available = self.available
        if available is None or not self.comparable:
            return Decimal(0)
        return max(Decimal(0), self.total - available)

    @property
    def fits(self) -> bool:
        return self.excess == 0


def budget_fit(
    session: Session, account_id: int, total: Decimal, on: date, currency: str | None = None
) -> BudgetFit:
    """The account's budget for the quarter of *on* against *total* (in *currency*).

    Budgets are kept in the account's currency; a total in another currency is
    not converted (no exchange rate is assumed) and is reported as not comparable.
    """
    from workbench.domain.period import Quarter
    from workbench.store.models import AccountBudget

    quarter = Quarter.of(on)
    budget = session.scalar(
        select(AccountBudget).where(
            AccountBudget.account_id == account_id, AccountBudget.period == quarter.key
        )
    )
    account_currency = session.get_one(Account, account_id).currency
    currency = currency or account_currency
    if budget is None:
        return BudgetFit(quarter.label, None, Decimal(0), total, account_currency, currency)
    return BudgetFit(
        quarter.label, budget.planned, budget.committed, total, account_currency, currency
    )
