"""The client report's words: every label in the interface language, and its figures
as text in that language's style.

Every word is translated in context "clientReport" (domain values in their own
contexts: "enums", "health", "kpi") by the :data:`~workbench.domain.validation.Translate`
function the edge passes (:func:`workbench.i18n.translate`; English without one), so this
module needs no Qt; numbers and dates are written in the language's style
(:mod:`workbench.io.proposal_labels`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from zoneinfo import ZoneInfo

from workbench.domain import enums as e
from workbench.domain.enum_names import enum_source, fallback_name
from workbench.domain.health import BAND_LABELS, Band, reason_text
from workbench.domain.period import Quarter
from workbench.domain.validation import Translate, untranslated
from workbench.io.proposal_labels import ProposalFormat, format_for
from workbench.services.client_report import ClientReport, StepKind
from workbench.services.kpi import KPI_UNITS, UNDEFINED_REASONS, KpiSet

#: The KPIs of the deck's summary, in order. Cost, profit and margin are ours, not the
#: client's, so they stay in the workbook; pipeline and open incidents are "as of now"
#: and have no previous quarter to compare with.
DECK_KPIS = (
    "revenue",
    "growth_yoy",
    "nps",
    "kpi_compliance",
    "net_revenue_retention",
    "gross_revenue_retention",
    "acknowledge_compliance",
    "resolve_compliance",
)
WORKBOOK_KPIS = (*DECK_KPIS[:2], "profit", "margin", *DECK_KPIS[2:])

#: Drawn this size (inches) and shown a little larger on the slide, so the charts'
#: small print reads from the back of a room.
CHART_SIZE_IN = (3.3, 3.7)
CHART_DPI = 220


def enum_word(value: Enum, translate: Translate) -> str:
    """A domain value in the interface's words (the sources in ``domain/enum_names``)."""
    source = enum_source(value)
    return fallback_name(value) if source is None else translate("enums", source)


def owner_word(owner: str | None, team: e.Team | None, translate: Translate) -> str:
    """Who owns an item: the colleague, else the team."""
    if owner:
        return owner
    return enum_word(team, translate) if team is not None else ""


def band_word(band: Band, translate: Translate) -> str:
    return translate("health", BAND_LABELS[band])


def undefined_reason(key: str, translate: Translate) -> str:
    return translate("kpi", UNDEFINED_REASONS[key])


@dataclass(frozen=True)
class ReportLabels:
    """Every word the report prints, in the interface language."""

    language: str
    client_report: str
    quarter: str
    account_line: str
    prepared_by: str
    owner: str
    summary: str
    kpi: str
    change: str
    note: str
    amounts_in: str
    kpi_names: dict[str, str]
    responses: str
    measurements_on_target: str
    incidents_on_time: str
    trends: str
    revenue_chart: str
    nps_chart: str
    kpi_chart: str
    no_revenue: str
    no_nps: str
    no_kpis: str
    growth: str
    charts_note: str
    revenue_alt: str
    nps_alt: str
    kpi_alt: str
    no_health: str
    factor: str
    why: str
    score: str
    weight: str
    points: str
    factor_names: dict[str, str]
    open_items: str
    open_incidents: str
    open_actions: str
    title: str
    severity: str
    status: str
    reported: str
    owner_column: str
    due: str
    no_incidents: str
    no_actions: str
    open_items_note: str
    next_steps: str
    step: str
    item: str
    when: str
    who: str
    step_names: dict[StepKind, str]
    step_when: dict[StepKind, str]
    no_next_steps: str
    next_renewal: str
    no_renewal: str
    more: str
    page: str
    undefined: str
    points_unit: str
    # --- the workbook
    workbook_title: str
    quarter_column: str
    starts_on: str
    responses_column: str
    revenue: str
    cost: str
    compensations: str
    profit: str
    margin: str
    growth_qoq: str
    nps_sheet: str
    promoters: str
    detractors: str
    passives: str
    revenue_year_ago: str
    expansion: str
    contraction: str
    churned: str
    agreed_kpis_in: str
    unit: str
    direction: str
    target: str
    measured: str
    on_target: str
    compliance: str
    reported_count: str
    acknowledged_on_time: str
    acknowledge_due: str
    resolved_on_time: str
    resolve_due: str
    open_incidents_as_of: str
    reported_in_zone: str
    age_days: str
    actions: str
    overdue: str
    meetings: str
    starts_in_zone: str
    ends_in_zone: str
    renewals: str
    contract: str
    ends_on: str
    notice_by: str
    annual_value: str
    currency: str
    renewal_status: str
    no_meetings: str
    no_renewals: str
    account_facts: str
    field: str
    value: str
    account: str
    sector: str
    tier: str
    country: str
    health_score: str
    health_band: str
    as_of: str
    health_factors: str
    sheet_summary: str
    sheet_revenue: str
    sheet_nps: str
    sheet_retention: str
    sheet_agreed: str
    sheet_incidents: str
    sheet_actions: str
    # What translated these words: the domain values beside them go through it too.
    translate: Translate


def report_labels(translate: Translate = untranslated) -> ReportLabels:
    """The report's words, through *translate* (context "clientReport"; English without)."""
    return ReportLabels(
        language=translate(
            "clientReport",
            "en",
            "ISO 639-1 code of this language; sets how numbers and dates are written",
        ),
        client_report=translate("clientReport", "Client report"),
        quarter=translate("clientReport", "Q{quarter} {year}"),
        account_line=translate("clientReport", "{sector} · {tier} account · amounts in {currency}"),
        prepared_by=translate("clientReport", "Prepared by {name} on {date}"),
        owner=translate("clientReport", "Account manager: {name}"),
        summary=translate("clientReport", "Key figures"),
        kpi=translate("clientReport", "KPI"),
        change=translate("clientReport", "Change"),
        note=translate("clientReport", "Note"),
        amounts_in=translate(
            "clientReport",
            "Amounts in {currency}. A figure that cannot be computed shows — and the reason.",
        ),
        kpi_names={
            "revenue": translate("clientReport", "Revenue"),
            "growth_yoy": translate("clientReport", "Growth on the same quarter last year"),
            "nps": translate("clientReport", "Net Promoter Score"),
            "gross_revenue_retention": translate("clientReport", "Gross revenue retention"),
            "net_revenue_retention": translate("clientReport", "Net revenue retention"),
            "kpi_compliance": translate("clientReport", "Agreed KPIs on target"),
            "profit": translate("clientReport", "Profit"),
            "margin": translate("clientReport", "Margin"),
            "acknowledge_compliance": translate("clientReport", "Incidents acknowledged on time"),
            "resolve_compliance": translate("clientReport", "Incidents resolved on time"),
        },
        responses=translate("clientReport", "{count} responses"),
        measurements_on_target=translate(
            "clientReport", "{met} of {measured} measurements on target"
        ),
        incidents_on_time=translate("clientReport", "{met} of {subject} incidents on time"),
        trends=translate("clientReport", "Trends"),
        revenue_chart=translate("clientReport", "Revenue by quarter"),
        nps_chart=translate("clientReport", "NPS by quarter"),
        kpi_chart=translate("clientReport", "Agreed KPIs on target, {quarter}"),
        no_revenue=translate("clientReport", "No revenue recorded in these quarters."),
        no_nps=translate("clientReport", "No survey responses in these quarters."),
        no_kpis=translate("clientReport", "No agreed-KPI measurements in the quarter."),
        growth=translate("clientReport", "Growth"),
        charts_note=translate(
            "clientReport",
            "The eight quarters up to {quarter}; the percentages over the bars are the "
            "growth on the previous quarter.",
        ),
        revenue_alt=translate("clientReport", "Bar chart of the revenue of each quarter"),
        nps_alt=translate("clientReport", "Line chart of the NPS of each quarter"),
        kpi_alt=translate("clientReport", "Bar chart of each agreed KPI's share on target"),
        no_health=translate("clientReport", "No data yet"),
        factor=translate("clientReport", "Factor"),
        why=translate("clientReport", "Why"),
        score=translate("clientReport", "Score"),
        weight=translate("clientReport", "Weight"),
        points=translate("clientReport", "Points"),
        factor_names={
            "nps": translate("clientReport", "NPS"),
            "revenue_trend": translate("clientReport", "Revenue trend"),
            "kpi_compliance": translate("clientReport", "Agreed KPIs"),
            "incidents": translate("clientReport", "Open incidents"),
            "last_contact": translate("clientReport", "Last contact"),
            "renewal": translate("clientReport", "Renewal"),
        },
        open_items=translate("clientReport", "Open incidents and actions"),
        open_incidents=translate("clientReport", "Open incidents ({count})"),
        open_actions=translate("clientReport", "Open actions ({count})"),
        title=translate("clientReport", "Title"),
        severity=translate("clientReport", "Severity"),
        status=translate("clientReport", "Status"),
        reported=translate("clientReport", "Reported"),
        owner_column=translate("clientReport", "Owner"),
        due=translate("clientReport", "Due"),
        no_incidents=translate("clientReport", "No open incidents."),
        no_actions=translate("clientReport", "No open actions."),
        open_items_note=translate("clientReport", "As of {date}. Due dates in red have passed."),
        next_steps=translate("clientReport", "Next steps"),
        step=translate("clientReport", "Step"),
        item=translate("clientReport", "About"),
        when=translate("clientReport", "When"),
        who=translate("clientReport", "Who"),
        step_names={
            StepKind.OVERDUE_ACTION: translate("clientReport", "Overdue action"),
            StepKind.RENEWAL: translate("clientReport", "Renewal to settle"),
            StepKind.MEETING: translate("clientReport", "Meeting"),
            StepKind.CRITICAL_INCIDENT: translate("clientReport", "Critical incident"),
        },
        step_when={
            StepKind.OVERDUE_ACTION: translate("clientReport", "Was due {date}"),
            StepKind.RENEWAL: translate("clientReport", "Notice by {date}"),
            StepKind.MEETING: translate("clientReport", "On {date}"),
            StepKind.CRITICAL_INCIDENT: translate("clientReport", "Reported {date}"),
        },
        no_next_steps=translate(
            "clientReport",
            "Nothing pressing: no overdue actions, renewals to settle, meetings "
            "or critical incidents.",
        ),
        next_renewal=translate("clientReport", "Next renewal: {title}, ends {date} ({status})."),
        no_renewal=translate("clientReport", "No contract renewal ahead."),
        more=translate("clientReport", "+{count} more"),
        page=translate("clientReport", "{page} / {pages}"),
        undefined=translate("clientReport", "—"),
        points_unit=translate("clientReport", "pp"),
        workbook_title=translate("clientReport", "Client report: {account}, {quarter}"),
        quarter_column=translate("clientReport", "Quarter"),
        starts_on=translate("clientReport", "Starts on"),
        responses_column=translate("clientReport", "Responses"),
        revenue=translate("clientReport", "Revenue"),
        cost=translate("clientReport", "Cost"),
        compensations=translate("clientReport", "Compensations"),
        profit=translate("clientReport", "Profit"),
        margin=translate("clientReport", "Margin"),
        growth_qoq=translate("clientReport", "Growth on the previous quarter"),
        nps_sheet=translate("clientReport", "NPS"),
        promoters=translate("clientReport", "Promoters"),
        detractors=translate("clientReport", "Detractors"),
        passives=translate("clientReport", "Passives"),
        revenue_year_ago=translate("clientReport", "Revenue a year before"),
        expansion=translate("clientReport", "Expansion"),
        contraction=translate("clientReport", "Contraction"),
        churned=translate("clientReport", "Lost"),
        agreed_kpis_in=translate("clientReport", "Agreed KPIs in {quarter}"),
        unit=translate("clientReport", "Unit"),
        direction=translate("clientReport", "Direction"),
        target=translate("clientReport", "Target"),
        measured=translate("clientReport", "Measurements"),
        on_target=translate("clientReport", "On target"),
        compliance=translate("clientReport", "Compliance"),
        reported_count=translate("clientReport", "Reported"),
        acknowledged_on_time=translate("clientReport", "Acknowledged on time"),
        acknowledge_due=translate("clientReport", "Due for acknowledgement"),
        resolved_on_time=translate("clientReport", "Resolved on time"),
        resolve_due=translate("clientReport", "Due for resolution"),
        open_incidents_as_of=translate("clientReport", "Open incidents as of {date}"),
        reported_in_zone=translate("clientReport", "Reported ({zone})"),
        age_days=translate("clientReport", "Age (days)"),
        actions=translate("clientReport", "Open actions"),
        overdue=translate("clientReport", "Overdue"),
        meetings=translate("clientReport", "Meetings in the next 30 days"),
        starts_in_zone=translate("clientReport", "Starts ({zone})"),
        ends_in_zone=translate("clientReport", "Ends ({zone})"),
        renewals=translate("clientReport", "Contracts ending in the next 180 days"),
        contract=translate("clientReport", "Contract"),
        ends_on=translate("clientReport", "Ends on"),
        notice_by=translate("clientReport", "Notice by"),
        annual_value=translate("clientReport", "Annual value"),
        currency=translate("clientReport", "Currency"),
        renewal_status=translate("clientReport", "Renewal"),
        no_meetings=translate("clientReport", "No meetings planned."),
        no_renewals=translate("clientReport", "No contract ends in the next 180 days."),
        account_facts=translate("clientReport", "The account"),
        field=translate("clientReport", "Field"),
        value=translate("clientReport", "Value"),
        account=translate("clientReport", "Account"),
        sector=translate("clientReport", "Sector"),
        tier=translate("clientReport", "Tier"),
        country=translate("clientReport", "Country"),
        health_score=translate("clientReport", "Health score"),
        health_band=translate("clientReport", "Health"),
        as_of=translate("clientReport", "As of"),
        health_factors=translate("clientReport", "Health score factors"),
        sheet_summary=translate("clientReport", "Summary"),
        sheet_revenue=translate("clientReport", "Revenue"),
        sheet_nps=translate("clientReport", "NPS"),
        sheet_retention=translate("clientReport", "Retention"),
        sheet_agreed=translate("clientReport", "Agreed KPIs"),
        sheet_incidents=translate("clientReport", "Incidents"),
        sheet_actions=translate("clientReport", "Actions"),
        translate=translate,
    )


# --- numbers in words --------------------------------------------------------------------


class ReportWords:
    """The report's figures as text, in its language."""

    def __init__(self, report: ClientReport, labels: ReportLabels) -> None:
        self.report = report
        self.labels = labels
        self.fmt: ProposalFormat = format_for(labels.language)
        self.zone = ZoneInfo(report.account.time_zone)

    def quarter(self, quarter: Quarter) -> str:
        return self.labels.quarter.format(quarter=quarter.quarter, year=quarter.year)

    def day(self, value: date | datetime) -> str:
        if isinstance(value, datetime):
            value = value.astimezone(self.zone).date()
        return self.fmt.day(value)

    def money(self, amount: Decimal) -> str:
        """Whole units: a slide shows the size of an amount, the workbook has the cents."""
        return f"{self.fmt.number(amount, 0)} {self.report.account.currency}"

    def percent(self, fraction: Decimal) -> str:
        return f"{self.fmt.number(fraction * 100, 1)}{self.fmt.percent_space}%"

    def signed(self, text: str) -> str:
        """A sign on every change: "+2.0%", "-1.5%"; a change that rounds to 0 reads "+0.0%"."""
        return text if text.startswith("-") else "+" + text

    def value(self, key: str, value: Decimal | None) -> str:
        if value is None:
            return self.labels.undefined
        unit = KPI_UNITS[key]
        if unit == "money":
            return self.money(value)
        if unit == "percent":
            return self.percent(value)
        return self.fmt.number(value, 0)  # the NPS and counts: whole numbers

    def change(self, key: str, now: Decimal | None, before: Decimal | None) -> str:
        delta = change(key, now, before)
        if delta is None:
            return self.labels.undefined
        unit = KPI_UNITS[key]
        if unit == "money":
            return self.signed(self.percent(delta))
        if unit == "percent":
            return self.signed(f"{self.fmt.number(delta, 1)} {self.labels.points_unit}")
        return self.signed(self.fmt.number(delta, 0))


def change(key: str, now: Decimal | None, before: Decimal | None) -> Decimal | None:
    """How a KPI moved on the previous quarter: relative for amounts (a fraction, only
    from a positive amount), in percentage points for shares, in points for the NPS."""
    if now is None or before is None:
        return None
    unit = KPI_UNITS[key]
    if unit == "money":
        return None if before <= 0 else (now - before) / before
    if unit == "percent":
        return (now - before) * 100
    return now - before


def kpi_note(key: str, kpis: KpiSet, labels: ReportLabels) -> str:
    """Why a KPI is undefined, or what it was computed from."""
    value = kpis.values()[key]
    if value is None:
        return undefined_reason(key, labels.translate) if key in UNDEFINED_REASONS else ""
    if key == "nps" and kpis.nps is not None:
        return labels.responses.format(count=kpis.nps.responses)
    if key == "kpi_compliance":
        return labels.measurements_on_target.format(met=kpis.kpi_met, measured=kpis.kpi_measured)
    if key in ("acknowledge_compliance", "resolve_compliance"):
        share = kpis.response.acknowledge if key.startswith("ack") else kpis.response.resolve
        return labels.incidents_on_time.format(met=share.met, subject=share.subject)
    return ""


def factor_reason(reason: str, params: tuple[tuple[str, object], ...], translate: Translate) -> str:
    """A health factor's reason through *translate*, its numbers in that language's style
    (the report's, :func:`report_labels`)."""
    point = format_for(report_labels(translate).language).decimal_point
    return reason_text(translate("health", reason), params, point)
