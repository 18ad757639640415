"""One version of a proposal as the PDF and DOCX exports print it: plain, frozen data.

:func:`workbench.services.proposal_document.load_document` fills it from the
database; the exporters (``io/proposal_docx.py``, ``ui/reports/proposal_html.py``)
only read it, so they run on data a test can write by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from workbench.domain.enums import ProposalStatus, SectionKind
from workbench.domain.pricing import LineAmounts, ProposalTotals
from workbench.domain.roi import RoiInputs, RoiResult

#: The names of the charts' PNG images the exports are given (see ``charts/proposal_images.py``).
PHASES_CHART = "phases.png"
CASH_FLOW_CHART = "cash_flow.png"


@dataclass(frozen=True)
class DocumentSection:
    kind: SectionKind
    title: str
    #: The editor's rich text: a safe subset of HTML (p, b, i, u, lists, h1–h3, br).
    html: str


@dataclass(frozen=True)
class DocumentLine:
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_pct: Decimal
    tax_pct: Decimal
    optional: bool
    #: The line's figures, rounded per line (see ``domain/pricing.py``).
    amounts: LineAmounts


@dataclass(frozen=True)
class DocumentPhase:
    name: str
    starts_on: date
    ends_on: date
    amount: Decimal
    deliverables: str = ""


@dataclass(frozen=True)
class DocumentRoi:
    inputs: RoiInputs
    result: RoiResult
    #: No investment was typed: the proposal's total stands for it.
    investment_is_total: bool


@dataclass(frozen=True)
class ProposalDocument:
    """Everything an export of one proposal version prints."""

    #: Who makes the offer (us) and who receives it.
    company: str
    account_name: str
    proposal_id: int
    title: str
    version: int
    status: ProposalStatus
    #: "en" or "es": the language the document is written in (the client's).
    language: str
    currency: str
    #: The day the version went to the client, else the day it was last edited.
    issued_on: date
    valid_until: date | None
    sent_on: date | None
    decided_on: date | None
    sections: tuple[DocumentSection, ...]
    #: The committed lines; :attr:`totals` adds them up.
    lines: tuple[DocumentLine, ...]
    #: Lines offered on top, outside the totals (their sum: ``totals.optional_total``).
    optional_lines: tuple[DocumentLine, ...]
    totals: ProposalTotals
    phases: tuple[DocumentPhase, ...]
    roi: DocumentRoi | None

    @property
    def phases_total(self) -> Decimal:
        return sum((phase.amount for phase in self.phases), Decimal(0))

    @property
    def phases_difference(self) -> Decimal:
        """Phases total minus the proposal's total: 0 when the plan bills exactly the offer."""
        return self.phases_total - self.totals.total
