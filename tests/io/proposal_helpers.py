"""A proposal document written by hand, with round figures to find in the exports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from workbench.domain.enums import ProposalStatus, SectionKind
from workbench.domain.pricing import PricedLine, proposal_totals
from workbench.domain.roi import RoiInputs, analyse
from workbench.io.proposal_record import (
    DocumentLine,
    DocumentPhase,
    DocumentRoi,
    DocumentSection,
    ProposalDocument,
)


def line(
    description: str,
    quantity: str,
    unit_price: str,
    unit: str = "day",
    discount: str = "0",
    tax: str = "21",
    optional: bool = False,
) -> DocumentLine:
    priced = PricedLine(Decimal(quantity), Decimal(unit_price), Decimal(discount), Decimal(tax))
    return DocumentLine(
        description,
        Decimal(quantity),
        unit,
        Decimal(unit_price),
        Decimal(discount),
        Decimal(tax),
        optional,
        priced.amounts("EUR"),
    )


LINES = (
    line("Implementation services", "12", "950.00", discount="10"),
    line("Platform licence – Enterprise", "1", "48000.00", unit="licence/year"),
)
OPTIONAL = (line("On-site training", "2", "1200.00", optional=True),)
SECTIONS = (
    DocumentSection(
        SectionKind.EXECUTIVE_SUMMARY,
        "Executive summary",
        "<p>We propose a <b>phased</b> roll-out for <i>Acme</i>.</p>"
        "<ul><li>Shorter lead times</li><li>Visible KPIs</li></ul>",
    ),
    DocumentSection(
        SectionKind.SOLUTION,
        "Proposed solution",
        "<h1>Scope</h1><p>Two phases:</p><ol><li>Set-up</li><li>Roll-out</li></ol>"
        "<h2>Not in scope</h2><p>Hardware.<br>Travel.</p>",
    ),
)
PHASES = (
    DocumentPhase("Set-up", date(2027, 1, 4), date(2027, 1, 29), Decimal("30000.00"), "Workshop"),
    DocumentPhase("Roll-out", date(2027, 2, 1), date(2027, 3, 31), Decimal("30000.00")),
)


def proposal_document(language: str = "en") -> ProposalDocument:
    """Acme's proposal: 12 × 950 less 10 % and a 48,000 licence, both taxed at 21 %.

    Net 10,260 + 48,000 = 58,260.00; tax 12,234.60; total 70,494.60 EUR.
    """
    totals = proposal_totals(
        [
            PricedLine(x.quantity, x.unit_price, x.discount_pct, x.tax_pct, x.optional)
            for x in LINES + OPTIONAL
        ],
        "EUR",
    )
    inputs = RoiInputs(totals.total, Decimal("40000.00"), 3, Decimal(8))
    return ProposalDocument(
        company="Elena Vidal",
        account_name="Acme Logistics",
        proposal_id=12,
        title="Service extension 2027",
        version=2,
        status=ProposalStatus.SENT,
        language=language,
        currency="EUR",
        issued_on=date(2026, 11, 26),
        valid_until=date(2026, 12, 31),
        sent_on=date(2026, 11, 26),
        decided_on=None,
        sections=SECTIONS,
        lines=LINES,
        optional_lines=OPTIONAL,
        totals=totals,
        phases=PHASES,
        roi=DocumentRoi(inputs, analyse(inputs), investment_is_total=True),
    )


def spanish(document: ProposalDocument) -> ProposalDocument:
    return replace(
        document,
        language="es",
        title="Ampliación del servicio 2027",
        sections=(
            DocumentSection(
                SectionKind.EXECUTIVE_SUMMARY,
                "Resumen ejecutivo",
                "<p>Proponemos una implantación <b>por fases</b>.</p>",
            ),
        ),
    )
