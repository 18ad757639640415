"""The text of an exported proposal's tables and facts, shared by the PDF and the DOCX.

Each function turns part of a :class:`ProposalDocument` into rows of plain strings
in the proposal's language, so both exports print the same figures the same way;
they differ only in layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from workbench.domain.money import minor_units
from workbench.io.proposal_labels import ProposalFormat, ProposalLabels, format_for, labels_for
from workbench.io.proposal_record import DocumentLine, DocumentPhase, ProposalDocument


@dataclass(frozen=True)
class Column:
    title: str
    #: Right-aligned, and never wrapped.
    numeric: bool = False
    #: Never wrapped (a date): a table gives it the room it needs.
    nowrap: bool = False


@dataclass(frozen=True)
class TotalRow:
    label: str
    value: str
    #: The row that matters most (the total): printed bold.
    strong: bool = False


class ProposalText:
    """The words and figures of one document, in its language."""

    def __init__(
        self,
        document: ProposalDocument,
        labels: ProposalLabels | None = None,
        fmt: ProposalFormat | None = None,
    ) -> None:
        self.document = document
        self.labels = labels or labels_for(document.language)
        self.fmt = fmt or format_for(document.language)

    def money(self, amount: Decimal) -> str:
        return self.fmt.money(amount, self.document.currency)

    # --- heading ------------------------------------------------------------------------

    def reference(self) -> str:
        return f"P-{self.document.proposal_id:05d}-v{self.document.version}"

    def status(self) -> str:
        return self.labels.statuses.get(self.document.status, str(self.document.status))

    def meta_facts(self) -> list[tuple[str, str]]:
        """Who it is for and from, version and status, date and validity, as label–value pairs.

        The reference (:meth:`reference`) is left to the page header.
        """
        doc, labels = self.document, self.labels
        facts = [
            (labels.prepared_for, doc.account_name),
            (labels.prepared_by, doc.company),
            (labels.version, f"{doc.version} · {self.status()}"),
            (labels.issued, self.fmt.day(doc.issued_on)),
        ]
        if doc.valid_until is not None:
            facts.append((labels.valid_until, self.fmt.day(doc.valid_until)))
        return facts

    def footer(self) -> str:
        """The caption at the foot of every page: who, what, which version."""
        doc = self.document
        return f"{doc.company} · {doc.title} · {self.reference()}"

    # --- pricing -------------------------------------------------------------------------

    def line_columns(self) -> tuple[Column, ...]:
        labels = self.labels
        return (
            Column(labels.number, numeric=True),
            Column(labels.description),
            Column(labels.quantity, numeric=True),
            Column(labels.unit),
            Column(labels.unit_price, numeric=True),
            Column(labels.discount, numeric=True),
            Column(labels.tax, numeric=True),
            Column(labels.amount, numeric=True),
        )

    def figure(self, amount: Decimal) -> str:
        """An amount without its currency, for tables that name it once (:meth:`amounts_note`)."""
        return self.fmt.number(amount, minor_units(self.document.currency))

    def amounts_note(self) -> str:
        return self.labels.amounts_note.format(currency=self.document.currency)

    def line_cells(self, number: int, line: DocumentLine) -> tuple[str, ...]:
        """One line's cells; the amount is after its discount, before its tax."""
        fmt = self.fmt
        return (
            str(number),
            line.description,
            fmt.exact(line.quantity),
            line.unit,
            self.figure(line.unit_price),
            fmt.percent(line.discount_pct) if line.discount_pct else "",
            fmt.percent(line.tax_pct),
            self.figure(line.amounts.net),
        )

    def line_rows(self, lines: tuple[DocumentLine, ...]) -> list[tuple[str, ...]]:
        return [self.line_cells(number, line) for number, line in enumerate(lines, 1)]

    def total_rows(self) -> list[TotalRow]:
        """Subtotal, discounts (when any), net, tax and the total."""
        totals, labels = self.document.totals, self.labels
        rows = [TotalRow(labels.subtotal, self.money(totals.subtotal))]
        if totals.discount:
            rows.append(TotalRow(labels.discount_total, self.money(-totals.discount)))
            rows.append(TotalRow(labels.net, self.money(totals.net)))
        rows.append(TotalRow(labels.tax_total, self.money(totals.tax)))
        rows.append(TotalRow(labels.total, self.money(totals.total), strong=True))
        return rows

    def optional_total(self) -> TotalRow:
        return TotalRow(self.labels.optional_total, self.money(self.document.totals.optional_total))

    # --- plan ----------------------------------------------------------------------------

    def phase_columns(self) -> tuple[Column, ...]:
        labels = self.labels
        return (
            Column(labels.phase),
            Column(labels.starts, nowrap=True),
            Column(labels.ends, nowrap=True),
            Column(labels.deliverables),
            Column(labels.amount, numeric=True),
        )

    def phase_cells(self, phase: DocumentPhase) -> tuple[str, ...]:
        fmt = self.fmt
        return (
            phase.name,
            fmt.day(phase.starts_on),
            fmt.day(phase.ends_on),
            phase.deliverables,
            self.money(phase.amount),
        )

    def phase_total_rows(self) -> list[TotalRow]:
        """The phases' sum, and how far it is from the proposal's total when it is."""
        doc = self.document
        rows = [TotalRow(self.labels.phases_total, self.money(doc.phases_total), strong=True)]
        if doc.phases_difference:
            difference = self.money(doc.phases_difference)
            if doc.phases_difference > 0:
                difference = "+" + difference
            rows.append(TotalRow(self.labels.phases_difference, difference))
        return rows

    # --- ROI -----------------------------------------------------------------------------

    def years(self, value: Decimal) -> str:
        if value == 1:
            return self.labels.one_year
        return self.labels.years.format(years=self.fmt.exact(value, 1))

    def roi_facts(self) -> list[tuple[str, str]]:
        """The analysis' inputs then its results, as label–value pairs."""
        roi = self.document.roi
        if roi is None:
            return []
        labels, fmt = self.labels, self.fmt
        inputs, result = roi.inputs, roi.result
        investment = self.money(inputs.investment)
        if roi.investment_is_total:
            investment += f" ({labels.investment_is_total})"
        undefined = labels.undefined
        return [
            (labels.investment, investment),
            (labels.annual_benefit, self.money(inputs.annual_benefit)),
            (labels.horizon, self.years(Decimal(inputs.horizon_years))),
            (labels.discount_rate, fmt.percent(inputs.discount_rate_pct)),
            (labels.net_benefit, self.money(result.net_benefit)),
            (
                labels.roi_pct,
                undefined if result.roi_pct is None else fmt.percent(_tenth(result.roi_pct), 1),
            ),
            (labels.npv, self.money(result.npv)),
            (
                labels.irr,
                undefined if result.irr_pct is None else fmt.percent(_tenth(result.irr_pct), 1),
            ),
            (labels.payback, self.payback()),
        ]

    def payback(self) -> str:
        roi = self.document.roi
        assert roi is not None
        years = roi.result.payback_years
        if years is None:
            return self.labels.never
        rounded = _tenth(years)
        if not roi.result.pays_back:
            return self.labels.beyond_horizon.format(years=self.fmt.exact(rounded, 1))
        return self.years(rounded)


def _tenth(value: Decimal) -> Decimal:
    """To one decimal, half-up, so "12.0" prints as "12"."""
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
