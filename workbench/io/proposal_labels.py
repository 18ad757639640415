"""The words and number formats of an exported proposal, in the proposal's language.

A proposal is written for the client, in the client's language (English or
Spanish, see ``services/proposals.py``), whatever language the user runs the
interface in; so these are plain data chosen by :attr:`ProposalDocument.language`,
not Qt translations. Numbers are formatted from their ``Decimal`` digits, never
through a float, and never through the machine's locale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from workbench.domain.enums import ProposalStatus
from workbench.domain.money import minor_units


def _statuses(*words: str) -> dict[ProposalStatus, str]:
    return dict(zip(ProposalStatus, words, strict=True))


@dataclass(frozen=True)
class ProposalLabels:
    """Every word an exported proposal prints, in English; :data:`SPANISH` in Spanish."""

    proposal: str = "Proposal"
    prepared_for: str = "Prepared for"
    prepared_by: str = "Prepared by"
    reference: str = "Reference"
    version: str = "Version"
    status: str = "Status"
    issued: str = "Date"
    valid_until: str = "Valid until"
    statuses: dict[ProposalStatus, str] = field(
        default_factory=lambda: _statuses("Draft", "Sent", "Accepted", "Rejected", "Expired")
    )

    pricing: str = "Pricing"
    number: str = "#"
    description: str = "Description"
    quantity: str = "Qty"
    unit: str = "Unit"
    unit_price: str = "Unit price"
    discount: str = "Disc."
    tax: str = "Tax"
    amount: str = "Amount"
    no_lines: str = "No line items."
    subtotal: str = "Subtotal"
    discount_total: str = "Discounts"
    net: str = "Net amount"
    tax_total: str = "Tax"
    total: str = "Total"
    amounts_note: str = "Amounts in {currency} before tax; tax is added in the totals."
    optional_items: str = "Optional items"
    optional_note: str = "Offered on request; not included in the total."
    optional_total: str = "Optional items total, tax included"

    plan: str = "Implementation plan"
    phase: str = "Phase"
    starts: str = "Start"
    ends: str = "End"
    deliverables: str = "Deliverables"
    phases_total: str = "Total of the phases"
    phases_difference: str = "Difference to the proposal total"

    roi: str = "Return on investment"
    investment: str = "Investment"
    investment_is_total: str = "the proposal total"
    annual_benefit: str = "Expected annual benefit"
    horizon: str = "Horizon"
    discount_rate: str = "Discount rate"
    net_benefit: str = "Net benefit over the horizon"
    roi_pct: str = "Return on investment (ROI)"
    npv: str = "Net present value (NPV)"
    irr: str = "Internal rate of return (IRR)"
    payback: str = "Payback period"
    years: str = "{years} years"
    one_year: str = "1 year"
    beyond_horizon: str = "{years} years, beyond the horizon"
    never: str = "Not repaid"
    undefined: str = "—"

    #: On the charts.
    cash_flow: str = "Cash flow"
    yearly_flow: str = "Yearly flow"
    cumulative: str = "Cumulative"
    year: str = "Year"
    chart_payback: str = "Payback {years} years"
    no_phases: str = "No phases planned."
    no_cash_flow: str = "No cash flow."
    today: str = "Today"

    #: In the page footer; ``{page}`` and ``{pages}`` are filled in.
    page: str = "Page {page} of {pages}"


SPANISH = ProposalLabels(
    proposal="Propuesta",
    prepared_for="Preparada para",
    prepared_by="Preparada por",
    reference="Referencia",
    version="Versión",
    status="Estado",
    issued="Fecha",
    valid_until="Válida hasta",
    statuses=_statuses("Borrador", "Enviada", "Aceptada", "Rechazada", "Caducada"),
    pricing="Propuesta económica",
    description="Descripción",
    quantity="Cant.",
    unit="Unidad",
    unit_price="Precio unitario",
    discount="Dto.",
    tax="IVA",
    amount="Importe",
    no_lines="Sin partidas.",
    subtotal="Subtotal",
    discount_total="Descuentos",
    net="Base imponible",
    tax_total="IVA",
    total="Total",
    amounts_note="Importes en {currency} sin IVA; el IVA se suma en los totales.",
    optional_items="Opciones adicionales",
    optional_note="Disponibles a petición; no incluidas en el total.",
    optional_total="Total de las opciones, IVA incluido",
    plan="Plan de implementación",
    phase="Fase",
    starts="Inicio",
    ends="Fin",
    deliverables="Entregables",
    phases_total="Total de las fases",
    phases_difference="Diferencia con el total de la propuesta",
    roi="Retorno de la inversión",
    investment="Inversión",
    investment_is_total="el total de la propuesta",
    annual_benefit="Beneficio anual esperado",
    horizon="Horizonte",
    discount_rate="Tasa de descuento",
    net_benefit="Beneficio neto en el horizonte",
    roi_pct="Retorno de la inversión (ROI)",
    npv="Valor actual neto (VAN)",
    irr="Tasa interna de retorno (TIR)",
    payback="Plazo de recuperación",
    years="{years} años",
    one_year="1 año",
    beyond_horizon="{years} años, más allá del horizonte",
    never="No se recupera",
    cash_flow="Flujo de caja",
    yearly_flow="Flujo anual",
    cumulative="Acumulado",
    year="Año",
    chart_payback="Recuperación {years} años",
    no_phases="Sin fases planificadas.",
    no_cash_flow="Sin flujo de caja.",
    today="Hoy",
    page="Página {page} de {pages}",
)

#: The labels by proposal language.
PROPOSAL_LABELS: dict[str, ProposalLabels] = {"en": ProposalLabels(), "es": SPANISH}


@dataclass(frozen=True)
class ProposalFormat:
    """How numbers and dates read in one language: English by default."""

    group: str = ","
    decimal_point: str = "."
    #: Between a number and "%": none in English, a space in Spanish.
    percent_space: str = ""
    #: English: "26 Nov 2026"; Spanish (``numeric_dates``): "26/11/2026".
    numeric_dates: bool = False
    months: tuple[str, ...] = (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    )

    def number(self, value: Decimal, places: int) -> str:
        """*value* rounded half-up to *places* decimals, its thousands grouped."""
        quantized = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        sign = "-" if quantized < 0 else ""
        whole, _, fraction = f"{abs(quantized):f}".partition(".")
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        text = self.group.join(groups)
        if places > 0:
            text += self.decimal_point + fraction.ljust(places, "0")
        return sign + text

    def exact(self, value: Decimal, max_places: int = 4) -> str:
        """As many decimals as *value* really has (up to *max_places*): 12.50 → "12.5"."""
        return self.number(value, _places(value, max_places))

    def money(self, amount: Decimal, currency: str) -> str:
        """1,234.56 EUR / 1.234,56 EUR: the currency's minor units, then its ISO code."""
        return f"{self.number(amount, minor_units(currency))} {currency}"

    def percent(self, value: Decimal, max_places: int = 2) -> str:
        """A percentage given in percent (21 → "21%"), its real decimals kept (up to 2)."""
        return f"{self.exact(value, max_places)}{self.percent_space}%"

    def day(self, value: date) -> str:
        if self.numeric_dates:
            return f"{value.day:02d}/{value.month:02d}/{value.year}"
        return f"{value.day} {self.months[value.month - 1]} {value.year}"


def _places(value: Decimal, max_places: int) -> int:
    exponent = value.normalize().as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return min(places, max_places)


SPANISH_FORMAT = ProposalFormat(
    group=".",
    decimal_point=",",
    percent_space=" ",
    numeric_dates=True,
    months=("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
)

#: Number and date formats by proposal language.
PROPOSAL_FORMATS: dict[str, ProposalFormat] = {"en": ProposalFormat(), "es": SPANISH_FORMAT}


def labels_for(language: str) -> ProposalLabels:
    """The labels of *language*, English for any other."""
    return PROPOSAL_LABELS.get(language, PROPOSAL_LABELS["en"])


def format_for(language: str) -> ProposalFormat:
    """The number and date formats of *language*, English for any other."""
    return PROPOSAL_FORMATS.get(language, PROPOSAL_FORMATS["en"])
