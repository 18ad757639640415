"""The meeting prep brief as HTML that ``QTextDocument`` lays out well, on screen and on paper.

Only the HTML subset Qt's rich text supports: headings, paragraphs, lists and
tables whose borders and padding come from ``border``/``cellpadding`` attributes.
Every word comes from :class:`BriefLabels` and every number, date and enum
from :class:`BriefFormat`, both filled by the UI in the user's language; the
defaults here are English with ISO dates, for tests and the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from html import escape
from zoneinfo import ZoneInfo

from workbench.domain.health import BAND_LABELS, Band, Factor
from workbench.domain.period import Quarter
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.prep_brief import (
    AccountKpis,
    BriefAttendee,
    BriefMeeting,
    OpenAction,
    PrepBrief,
    PreviousMinutes,
)

_CONTEXT = "PrepBrief"
HEADER_BACKGROUND = "#e6ebf1"
RULE_COLOUR = "#9aa5b1"
ALERT_COLOUR = "#b91c1c"


@dataclass(frozen=True)
class BriefLabels:
    """Every word of the brief, in English; :meth:`translated` gives the user's language."""

    title: str = QT_TRANSLATE_NOOP("PrepBrief", "Meeting prep brief")
    prepared: str = QT_TRANSLATE_NOOP("PrepBrief", "Prepared on {date}")
    meeting: str = QT_TRANSLATE_NOOP("PrepBrief", "Meeting")
    when_yours: str = QT_TRANSLATE_NOOP("PrepBrief", "When (your time)")
    when_client: str = QT_TRANSLATE_NOOP("PrepBrief", "Client's time")
    when_planned: str = QT_TRANSLATE_NOOP("PrepBrief", "Time where planned")
    recurring: str = QT_TRANSLATE_NOOP("PrepBrief", "one occurrence of a recurring meeting")
    place: str = QT_TRANSLATE_NOOP("PrepBrief", "Where")
    link: str = QT_TRANSLATE_NOOP("PrepBrief", "Link")
    attendees: str = QT_TRANSLATE_NOOP("PrepBrief", "Attendees")
    name: str = QT_TRANSLATE_NOOP("PrepBrief", "Name")
    company: str = QT_TRANSLATE_NOOP("PrepBrief", "Company")
    role: str = QT_TRANSLATE_NOOP("PrepBrief", "Role")
    our_side: str = QT_TRANSLATE_NOOP("PrepBrief", "Our team")
    optional: str = QT_TRANSLATE_NOOP("PrepBrief", "optional")
    no_attendees: str = QT_TRANSLATE_NOOP("PrepBrief", "No attendees invited yet.")
    agenda: str = QT_TRANSLATE_NOOP("PrepBrief", "Agenda")
    no_agenda: str = QT_TRANSLATE_NOOP("PrepBrief", "No agenda yet.")

    kpis: str = QT_TRANSLATE_NOOP("PrepBrief", "Account KPIs")
    annual_revenue: str = QT_TRANSLATE_NOOP("PrepBrief", "Revenue, last 4 quarters")
    growth_qoq: str = QT_TRANSLATE_NOOP("PrepBrief", "{quarter} on previous quarter")
    growth_yoy: str = QT_TRANSLATE_NOOP("PrepBrief", "{quarter} on a year before")
    nps: str = QT_TRANSLATE_NOOP("PrepBrief", "NPS, last 12 months")
    nps_short: str = QT_TRANSLATE_NOOP("PrepBrief", "NPS")
    nps_value: str = QT_TRANSLATE_NOOP("PrepBrief", "{nps} (n = {n})")
    kpi_compliance: str = QT_TRANSLATE_NOOP("PrepBrief", "Agreed KPIs on target, 90 days")
    health: str = QT_TRANSLATE_NOOP("PrepBrief", "Health score")
    health_value: str = QT_TRANSLATE_NOOP("PrepBrief", "{score} · {band}")
    factor: str = QT_TRANSLATE_NOOP("PrepBrief", "{reason}: {points} of {possible} points")
    undefined: str = QT_TRANSLATE_NOOP("PrepBrief", "—")
    trend: str = QT_TRANSLATE_NOOP("PrepBrief", "Trend by quarter")
    quarter: str = QT_TRANSLATE_NOOP("PrepBrief", "Quarter")
    revenue: str = QT_TRANSLATE_NOOP("PrepBrief", "Revenue")
    qoq: str = QT_TRANSLATE_NOOP("PrepBrief", "On previous quarter")
    yoy: str = QT_TRANSLATE_NOOP("PrepBrief", "On a year before")
    agreed_kpis: str = QT_TRANSLATE_NOOP("PrepBrief", "Agreed KPIs")
    kpi: str = QT_TRANSLATE_NOOP("PrepBrief", "KPI")
    on_target: str = QT_TRANSLATE_NOOP("PrepBrief", "On target")
    measured: str = QT_TRANSLATE_NOOP("PrepBrief", "Measurements")
    no_kpis: str = QT_TRANSLATE_NOOP("PrepBrief", "No agreed KPI measured in the last 90 days.")

    incidents: str = QT_TRANSLATE_NOOP("PrepBrief", "Open incidents")
    severity: str = QT_TRANSLATE_NOOP("PrepBrief", "Severity")
    incident: str = QT_TRANSLATE_NOOP("PrepBrief", "Incident")
    status: str = QT_TRANSLATE_NOOP("PrepBrief", "Status")
    age: str = QT_TRANSLATE_NOOP("PrepBrief", "Open for")
    days: str = QT_TRANSLATE_NOOP("PrepBrief", "{days} days")
    no_incidents: str = QT_TRANSLATE_NOOP("PrepBrief", "No open incidents.")

    actions: str = QT_TRANSLATE_NOOP("PrepBrief", "Open action items")
    action: str = QT_TRANSLATE_NOOP("PrepBrief", "Action")
    owner: str = QT_TRANSLATE_NOOP("PrepBrief", "Owner")
    due: str = QT_TRANSLATE_NOOP("PrepBrief", "Due")
    overdue: str = QT_TRANSLATE_NOOP("PrepBrief", "overdue")
    no_actions: str = QT_TRANSLATE_NOOP("PrepBrief", "No open action items.")

    minutes: str = QT_TRANSLATE_NOOP("PrepBrief", "Minutes of the previous meeting")
    minutes_of: str = QT_TRANSLATE_NOOP("PrepBrief", "{title}, {date}")
    outcome: str = QT_TRANSLATE_NOOP("PrepBrief", "Outcome")
    no_minutes: str = QT_TRANSLATE_NOOP("PrepBrief", "No earlier meeting with minutes.")

    renewals: str = QT_TRANSLATE_NOOP("PrepBrief", "Renewals due in the next 180 days")
    contract: str = QT_TRANSLATE_NOOP("PrepBrief", "Contract")
    ends: str = QT_TRANSLATE_NOOP("PrepBrief", "Ends")
    days_left: str = QT_TRANSLATE_NOOP("PrepBrief", "Days left")
    notice_by: str = QT_TRANSLATE_NOOP("PrepBrief", "Notice by")
    annual_value: str = QT_TRANSLATE_NOOP("PrepBrief", "Annual value")
    renewal: str = QT_TRANSLATE_NOOP("PrepBrief", "Renewal")
    no_renewals: str = QT_TRANSLATE_NOOP("PrepBrief", "No contract ends in the next 180 days.")

    opportunities: str = QT_TRANSLATE_NOOP("PrepBrief", "Open opportunities")
    opportunity: str = QT_TRANSLATE_NOOP("PrepBrief", "Opportunity")
    stage: str = QT_TRANSLATE_NOOP("PrepBrief", "Stage")
    amount: str = QT_TRANSLATE_NOOP("PrepBrief", "Amount")
    probability: str = QT_TRANSLATE_NOOP("PrepBrief", "Probability")
    expected_close: str = QT_TRANSLATE_NOOP("PrepBrief", "Expected close")
    no_opportunities: str = QT_TRANSLATE_NOOP("PrepBrief", "No open opportunities.")

    proposals: str = QT_TRANSLATE_NOOP("PrepBrief", "Open proposals")
    proposal: str = QT_TRANSLATE_NOOP("PrepBrief", "Proposal")
    version: str = QT_TRANSLATE_NOOP("PrepBrief", "Version")
    total: str = QT_TRANSLATE_NOOP("PrepBrief", "Total")
    valid_until: str = QT_TRANSLATE_NOOP("PrepBrief", "Valid until")
    lapsed: str = QT_TRANSLATE_NOOP("PrepBrief", "lapsed")
    no_proposals: str = QT_TRANSLATE_NOOP("PrepBrief", "No open proposals.")

    def translated(self, translate: Callable[[str, str], str]) -> BriefLabels:
        """Every label through *translate* (``QCoreApplication.translate``), context "PrepBrief"."""
        return replace(
            self, **{f.name: translate(_CONTEXT, getattr(self, f.name)) for f in fields(self)}
        )


def _plain_money(amount: Decimal, currency: str) -> str:
    return f"{amount:,.2f} {currency}"


def _plain_percent(fraction: Decimal) -> str:
    return f"{fraction * 100:.0f} %"


def _plain_growth(fraction: Decimal) -> str:
    return f"{fraction * 100:+.1f} %"


def _plain_span(start: datetime, end: datetime, zone: str | None) -> str:
    tz = ZoneInfo(zone) if zone else None
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    return f"{local_start:%Y-%m-%d %H:%M}–{local_end:%H:%M}"


def _plain_enum(value: Enum) -> str:
    return str(value.name).replace("_", " ").capitalize()


def _plain_reason(factor: Factor) -> str:
    return factor.reason.format(**dict(factor.params))


@dataclass(frozen=True)
class BriefFormat:
    """How numbers, dates and names read. The UI passes locale-aware functions."""

    money: Callable[[Decimal, str], str] = _plain_money
    #: A fraction as a percentage (0.75 → "75 %").
    percent: Callable[[Decimal], str] = _plain_percent
    #: A growth fraction with its sign (and, in the UI, an arrow).
    growth: Callable[[Decimal], str] = _plain_growth
    day: Callable[[date], str] = date.isoformat
    #: A start–end range in an IANA zone; ``None`` means the reader's own zone.
    span: Callable[[datetime, datetime, str | None], str] = _plain_span
    enum: Callable[[Enum], str] = _plain_enum
    band: Callable[[Band], str] = lambda band: BAND_LABELS[band]
    reason: Callable[[Factor], str] = _plain_reason
    quarter: Callable[[Quarter], str] = lambda quarter: quarter.label


# --- building blocks ---------------------------------------------------------------------


def _text(value: str) -> str:
    """User text, escaped, its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _empty(text: str) -> str:
    return f"<p><i>{escape(text)}</i></p>"


@dataclass(frozen=True)
class _Column:
    title: str
    numeric: bool = False


def _table(columns: Sequence[_Column], rows: Iterable[Sequence[str]]) -> str:
    """A ruled table; cells are HTML already escaped by the caller."""
    header = "".join(
        f'<th align="{"right" if c.numeric else "left"}">{escape(c.title)}</th>' for c in columns
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{"right" if c.numeric else "left"}">{cell}</td>'
            for c, cell in zip(columns, row, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    # 99 %: Qt draws the outer border outside the width, so 100 % would make the
    # preview scroll sideways by a pixel.
    return (
        f'<table width="99%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse: collapse; border-style: solid; border-color: {RULE_COLOUR};">'
        f'<thead><tr bgcolor="{HEADER_BACKGROUND}">{header}</tr></thead>{body}</table>'
    )


def _facts(pairs: Iterable[tuple[str, str]]) -> str:
    """Label–value lines without rules: the label column narrow and bold."""
    rows = "".join(
        f'<tr><td width="36%"><b>{escape(label)}</b></td><td>{value}</td></tr>'
        for label, value in pairs
    )
    return f'<table width="100%" cellspacing="0" cellpadding="3">{rows}</table>'


def _section(title: str, content: str | None, empty: str) -> str:
    return _heading(title) + (content if content else _empty(empty))


def _alert(text: str) -> str:
    return f'<span style="color: {ALERT_COLOUR}; font-weight: 600;">{escape(text)}</span>'


# --- sections ----------------------------------------------------------------------------


class _Brief:
    """Writes one brief: the labels and formats stay at hand for every section."""

    def __init__(self, brief: PrepBrief, labels: BriefLabels, fmt: BriefFormat) -> None:
        self.brief, self.labels, self.fmt = brief, labels, fmt

    def or_undefined(self, value: Decimal | None, show: Callable[[Decimal], str]) -> str:
        return escape(self.labels.undefined if value is None else show(value))

    def money(self, amount: Decimal | None) -> str:
        currency = self.brief.kpis.currency
        return self.or_undefined(amount, lambda value: self.fmt.money(value, currency))

    def html(self) -> str:
        brief, labels = self.brief, self.labels
        meeting = brief.meeting
        return (
            "<html><body>"
            f"<h1>{escape(labels.title)} — {escape(brief.account_name)}</h1>"
            f"<p><b>{escape(meeting.title)}</b><br/>"
            f"{escape(labels.prepared.format(date=self.fmt.day(brief.as_of.date())))}</p>"
            + self.meeting(meeting)
            + self.kpis(brief.kpis)
            + self.incidents()
            + self.actions()
            + self.minutes(brief.previous_minutes)
            + self.renewals()
            + self.opportunities()
            + self.proposals()
            + "</body></html>"
        )

    def meeting(self, meeting: BriefMeeting) -> str:
        labels, fmt = self.labels, self.fmt
        when = escape(fmt.span(meeting.starts_at, meeting.ends_at, None))
        if meeting.recurring:
            when += f" <i>({escape(labels.recurring)})</i>"
        facts = [
            (labels.when_yours, when),
            (labels.when_client, self.zoned_span(meeting, meeting.account_time_zone)),
        ]
        if meeting.time_zone != meeting.account_time_zone:
            facts.append((labels.when_planned, self.zoned_span(meeting, meeting.time_zone)))
        if meeting.location:
            facts.append((labels.place, _text(meeting.location)))
        if meeting.link:
            link = escape(meeting.link)
            facts.append((labels.link, f'<a href="{link}">{link}</a>'))
        facts.append((labels.agenda, _text(meeting.agenda or "") or escape(labels.no_agenda)))
        attendees = (
            _table(
                (_Column(labels.name), _Column(labels.company), _Column(labels.role)),
                (self.attendee(a) for a in meeting.attendees),
            )
            if meeting.attendees
            else None
        )
        return (
            _heading(labels.meeting)
            + _facts(facts)
            + f"<h3>{escape(labels.attendees)}</h3>"
            + (attendees or _empty(labels.no_attendees))
        )

    def zoned_span(self, meeting: BriefMeeting, zone: str) -> str:
        """The meeting's time in *zone*, the zone named as people read it ("Mexico City")."""
        span = self.fmt.span(meeting.starts_at, meeting.ends_at, zone)
        return f"{escape(span)} ({escape(zone.replace('_', ' '))})"

    def attendee(self, person: BriefAttendee) -> tuple[str, str, str]:
        name = escape(person.name)
        if person.optional:
            name += f" <i>({escape(self.labels.optional)})</i>"
        company = self.labels.our_side if person.internal else person.company or ""
        roles = [person.job_title] if person.job_title else []
        roles += [self.fmt.enum(e) for e in (person.decision_role, person.team) if e is not None]
        return name, escape(company), escape(" · ".join(roles))

    def kpis(self, kpis: AccountKpis) -> str:
        labels, fmt = self.labels, self.fmt
        quarter = fmt.quarter(kpis.growth_quarter)
        nps = (
            labels.undefined
            if kpis.nps is None
            else labels.nps_value.format(nps=kpis.nps.rounded, n=kpis.nps.responses)
        )
        health = kpis.health
        score = (
            labels.undefined
            if health.score is None or health.band is None
            else labels.health_value.format(score=health.score, band=fmt.band(health.band))
        )
        facts = _facts(
            (
                (labels.annual_revenue, self.money(kpis.annual_revenue)),
                (
                    labels.growth_qoq.format(quarter=quarter),
                    self.or_undefined(kpis.growth_qoq, fmt.growth),
                ),
                (
                    labels.growth_yoy.format(quarter=quarter),
                    self.or_undefined(kpis.growth_yoy, fmt.growth),
                ),
                (labels.nps, escape(nps)),
                (labels.kpi_compliance, self.or_undefined(kpis.kpi_compliance, fmt.percent)),
                (labels.health, f"<b>{escape(score)}</b>" + self.health_reasons(kpis)),
            )
        )
        return _heading(labels.kpis) + facts + self.trend(kpis) + self.agreed_kpis(kpis)

    def health_reasons(self, kpis: AccountKpis) -> str:
        health = kpis.health
        if not health.factors:
            return ""
        items = "".join(
            "<li>"
            + escape(
                self.labels.factor.format(
                    reason=self.fmt.reason(factor),
                    points=_whole(factor.contribution(health.total_weight)),
                    possible=_whole(Decimal(100) * factor.weight / health.total_weight),
                )
            )
            + "</li>"
            for factor in sorted(health.factors, key=lambda f: f.value)
        )
        return f'<ul style="margin-top: 2px; margin-bottom: 0px; -qt-list-indent: 1;">{items}</ul>'

    def trend(self, kpis: AccountKpis) -> str:
        labels, fmt = self.labels, self.fmt
        rows = (
            (
                escape(fmt.quarter(point.quarter)),
                self.money(point.revenue),
                self.or_undefined(point.growth_qoq, fmt.growth),
                self.or_undefined(point.growth_yoy, fmt.growth),
                escape(
                    labels.undefined
                    if point.nps is None
                    else labels.nps_value.format(nps=point.nps.rounded, n=point.nps.responses)
                ),
            )
            for point in kpis.trend
        )
        columns = (
            _Column(labels.quarter),
            _Column(labels.revenue, numeric=True),
            _Column(labels.qoq, numeric=True),
            _Column(labels.yoy, numeric=True),
            _Column(labels.nps_short, numeric=True),
        )
        return f"<h3>{escape(labels.trend)}</h3>" + _table(columns, rows)

    def agreed_kpis(self, kpis: AccountKpis) -> str:
        labels = self.labels
        measured = [kpi for kpi in kpis.agreed_kpis if kpi.measured]
        table = _table(
            (
                _Column(labels.kpi),
                _Column(labels.on_target, numeric=True),
                _Column(labels.measured, numeric=True),
            ),
            (
                (
                    escape(kpi.name),
                    self.or_undefined(kpi.share, self.fmt.percent),
                    str(kpi.measured),
                )
                for kpi in measured
            ),
        )
        return f"<h3>{escape(labels.agreed_kpis)}</h3>" + (
            table if measured else _empty(labels.no_kpis)
        )

    def incidents(self) -> str:
        labels, fmt = self.labels, self.fmt
        rows = [
            (
                escape(fmt.enum(incident.severity)),
                escape(incident.title),
                escape(fmt.enum(incident.status)),
                escape(labels.days.format(days=incident.age_days)),
            )
            for incident in self.brief.incidents
        ]
        columns = (
            _Column(labels.severity),
            _Column(labels.incident),
            _Column(labels.status),
            _Column(labels.age, numeric=True),
        )
        return _section(
            labels.incidents, _table(columns, rows) if rows else None, labels.no_incidents
        )

    def actions(self) -> str:
        labels = self.labels
        rows = [self.action(item) for item in self.brief.actions]
        columns = (
            _Column(labels.action),
            _Column(labels.owner),
            _Column(labels.due),
            _Column(labels.status),
        )
        return _section(labels.actions, _table(columns, rows) if rows else None, labels.no_actions)

    def action(self, item: OpenAction) -> tuple[str, str, str, str]:
        fmt = self.fmt
        owner = item.owner or (fmt.enum(item.owner_team) if item.owner_team else "")
        due = escape(fmt.day(item.due_on)) if item.due_on else escape(self.labels.undefined)
        if item.overdue:
            due += " " + _alert(self.labels.overdue)
        return escape(item.title), escape(owner), due, escape(fmt.enum(item.status))

    def minutes(self, found: PreviousMinutes | None) -> str:
        labels = self.labels
        if found is None:
            return _section(labels.minutes, None, labels.no_minutes)
        day = found.starts_at.astimezone(ZoneInfo(found.time_zone)).date()
        heading = labels.minutes_of.format(title=found.title, date=self.fmt.day(day))
        content = f"<p><b>{escape(heading)}</b></p><p>{_text(found.minutes)}</p>"
        if found.outcome:
            content += f"<p><b>{escape(labels.outcome)}:</b> {_text(found.outcome)}</p>"
        return _section(labels.minutes, content, labels.no_minutes)

    def renewals(self) -> str:
        labels, fmt = self.labels, self.fmt
        rows = [
            (
                escape(renewal.title),
                escape(fmt.day(renewal.ends_on)),
                str(renewal.days_left),
                escape(fmt.day(renewal.notice_by))
                + (" " + _alert(labels.overdue) if renewal.notice_by < self.today else ""),
                escape(fmt.money(renewal.annual_value, renewal.currency)),
                escape(fmt.enum(renewal.renewal_status)),
            )
            for renewal in self.brief.renewals
        ]
        columns = (
            _Column(labels.contract),
            _Column(labels.ends),
            _Column(labels.days_left, numeric=True),
            _Column(labels.notice_by),
            _Column(labels.annual_value, numeric=True),
            _Column(labels.renewal),
        )
        return _section(
            labels.renewals, _table(columns, rows) if rows else None, labels.no_renewals
        )

    @property
    def today(self) -> date:
        return self.brief.as_of.date()

    def opportunities(self) -> str:
        labels, fmt = self.labels, self.fmt
        rows = [
            (
                escape(opportunity.name),
                escape(fmt.enum(opportunity.stage)),
                escape(fmt.money(opportunity.amount, opportunity.currency)),
                escape(fmt.percent(Decimal(opportunity.probability) / 100)),
                escape(
                    fmt.day(opportunity.expected_close)
                    if opportunity.expected_close
                    else labels.undefined
                ),
            )
            for opportunity in self.brief.opportunities
        ]
        columns = (
            _Column(labels.opportunity),
            _Column(labels.stage),
            _Column(labels.amount, numeric=True),
            _Column(labels.probability, numeric=True),
            _Column(labels.expected_close),
        )
        return _section(
            labels.opportunities, _table(columns, rows) if rows else None, labels.no_opportunities
        )

    def proposals(self) -> str:
        labels, fmt = self.labels, self.fmt
        rows = [
            (
                escape(proposal.title),
                f"v{proposal.version}",
                escape(fmt.enum(proposal.status)),
                escape(fmt.money(proposal.total, proposal.currency)),
                (escape(fmt.day(proposal.valid_until)) if proposal.valid_until else "")
                + (" " + _alert(labels.lapsed) if proposal.lapsed else ""),
            )
            for proposal in self.brief.proposals
        ]
        columns = (
            _Column(labels.proposal),
            _Column(labels.version),
            _Column(labels.status),
            _Column(labels.total, numeric=True),
            _Column(labels.valid_until),
        )
        return _section(
            labels.proposals, _table(columns, rows) if rows else None, labels.no_proposals
        )


def brief_html(
    brief: PrepBrief, labels: BriefLabels | None = None, fmt: BriefFormat | None = None
) -> str:
    """The whole brief as one HTML document."""
    return _Brief(brief, labels or BriefLabels(), fmt or BriefFormat()).html()
