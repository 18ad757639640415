"""Incident reports as HTML for ``QTextDocument``, and as numbered A4 PDFs.

A cover names the scope — one incident, or an account and a period with counts
by severity and status and a list of the incidents — then each incident follows
on its own page: facts, client impact, root cause, resolution, lessons learned,
timeline, compensations and status history. The client's version
(``IncidentReport.include_internal`` false) says so under the title; the
service has already left the internal lines and fields out.

Words come from :class:`IncidentLabels` (:func:`incident_labels` fills them in the
interface language) and every date, time, amount and enum from
:class:`IncidentFormat` (:func:`incident_format` uses the interface locale).
Times are shown in each account's own time zone, which the report names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import partial
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from workbench.services.incident_report import (
    IncidentReport,
    ReportCompensation,
    ReportEvent,
    ReportIncident,
)
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import format_date, format_money
from workbench.ui.reports.brief_html import HEADER_BACKGROUND, RULE_COLOUR

MUTED = "#64748b"
ACCENT = "#155e75"
INTERNAL_COLOUR = "#b91c1c"
#: Severity 1–4 as a coloured word: the colour repeats what the word says.
SEVERITY_COLOURS = {1: "#b91c1c", 2: "#c2410c", 3: "#a16207", 4: "#15803d"}


@dataclass(frozen=True)
class IncidentLabels:
    """Every word of the report; :func:`incident_labels` gives them in the user's language."""

    title: str
    internal_version: str
    client_version: str
    scope: str
    account: str
    several_accounts: str
    period: str
    period_value: str
    incident_number: str
    incidents: str
    incident: str
    no_incidents: str
    times_in: str
    time_zone: str
    by_severity: str
    by_status: str
    count: str
    overview: str
    reported: str
    acknowledged: str
    resolved: str
    closed: str
    category: str
    severity: str
    status: str
    owner: str
    teams: str
    client_impact: str
    description: str
    root_cause: str
    resolution: str
    lessons_learned: str
    not_recorded: str
    timeline: str
    time: str
    who: str
    what: str
    to_client: str
    no_events: str
    compensations: str
    granted_on: str
    form: str
    amount: str
    note: str
    total: str
    status_history: str
    since: str
    footer: str
    page: str


def incident_labels() -> IncidentLabels:
    """The report's words in the interface language (context "IncidentReport")."""

    translate = QCoreApplication.translate
    return IncidentLabels(
        title=translate("IncidentReport", "Incident report"),
        internal_version=translate(
            "IncidentReport", "Internal version: includes internal notes. Do not forward."
        ),
        client_version=translate("IncidentReport", "Prepared for the client"),
        scope=translate("IncidentReport", "Scope"),
        account=translate("IncidentReport", "Account"),
        several_accounts=translate("IncidentReport", "{count} accounts"),
        period=translate("IncidentReport", "Period"),
        period_value=translate("IncidentReport", "{first} to {last}"),
        incident_number=translate("IncidentReport", "Incident #{number}"),
        incidents=translate("IncidentReport", "Incidents"),
        incident=translate("IncidentReport", "Incident"),
        no_incidents=translate("IncidentReport", "No incident was reported in this period."),
        times_in=translate("IncidentReport", "Times are shown in the account's time zone."),
        time_zone=translate("IncidentReport", "Time zone"),
        by_severity=translate("IncidentReport", "By severity"),
        by_status=translate("IncidentReport", "By status"),
        count=translate("IncidentReport", "Incidents"),
        overview=translate("IncidentReport", "Overview"),
        reported=translate("IncidentReport", "Reported"),
        acknowledged=translate("IncidentReport", "Acknowledged"),
        resolved=translate("IncidentReport", "Resolved"),
        closed=translate("IncidentReport", "Closed"),
        category=translate("IncidentReport", "Category"),
        severity=translate("IncidentReport", "Severity"),
        status=translate("IncidentReport", "Status"),
        owner=translate("IncidentReport", "Owner"),
        teams=translate("IncidentReport", "Teams involved"),
        client_impact=translate("IncidentReport", "Impact on the client"),
        description=translate("IncidentReport", "Description"),
        root_cause=translate("IncidentReport", "Root cause"),
        resolution=translate("IncidentReport", "Resolution"),
        lessons_learned=translate("IncidentReport", "Lessons learned"),
        not_recorded=translate("IncidentReport", "Not recorded yet."),
        timeline=translate("IncidentReport", "Timeline"),
        time=translate("IncidentReport", "When"),
        who=translate("IncidentReport", "Who"),
        what=translate("IncidentReport", "What happened"),
        to_client=translate("IncidentReport", "client communication"),
        no_events=translate("IncidentReport", "No timeline entries."),
        compensations=translate("IncidentReport", "Compensation"),
        granted_on=translate("IncidentReport", "Granted on"),
        form=translate("IncidentReport", "Form"),
        amount=translate("IncidentReport", "Amount"),
        note=translate("IncidentReport", "Note"),
        total=translate("IncidentReport", "Total"),
        status_history=translate("IncidentReport", "Status history"),
        since=translate("IncidentReport", "Since"),
        footer=translate("IncidentReport", "Incident report · {scope}"),
        page=translate("IncidentReport", "Page {page} of {pages}"),
    )


def _plain_money(amount: Decimal, currency: str) -> str:
    return f"{amount:,.2f} {currency}"


def _plain_moment(moment: datetime, zone: str) -> str:
    return f"{moment.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M}"


def _plain_enum(value: Enum) -> str:
    return str(value.name).replace("_", " ").capitalize()


@dataclass(frozen=True)
class IncidentFormat:
    """How amounts, dates and enums read; the defaults are plain English with ISO dates."""

    money: Callable[[Decimal, str], str] = _plain_money
    day: Callable[[date], str] = date.isoformat
    #: A moment as the clock reads in an IANA zone.
    moment: Callable[[datetime, str], str] = _plain_moment
    enum: Callable[[Enum], str] = _plain_enum


def _moment(moment: datetime, zone: str, *, locale: QLocale | None) -> str:
    """Short date and clock time in IANA *zone*: "02/09/2026 14:00" (UK English)."""
    locale = locale or QLocale()
    local = moment.astimezone(ZoneInfo(zone))
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date(), locale)} {clock}"


def incident_format(locale: QLocale | None = None) -> IncidentFormat:
    """Amounts, dates and enum names as the interface locale writes them."""
    return IncidentFormat(
        money=partial(format_money, locale=locale),
        day=partial(format_date, locale=locale),
        moment=partial(_moment, locale=locale),
        enum=enum_label,
    )


# --- building blocks ---------------------------------------------------------------------


def _text(value: str) -> str:
    """User text, escaped, its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def _unbroken(value: str) -> str:
    """A figure or a date kept on one line."""
    return escape(value).replace(" ", "&nbsp;")


def _table(
    titles: Sequence[tuple[str, bool]],
    rows: Iterable[Sequence[str]],
    widths: Sequence[str | None] | None = None,
) -> str:
    """A ruled table; *titles* are (title, numeric), cells are HTML escaped by the caller."""

    def align(numeric: bool) -> str:
        return "right" if numeric else "left"

    def width(index: int) -> str:
        value = widths[index] if widths else None
        return f' width="{value}"' if value else ""

    header = "".join(
        f'<th align="{align(numeric)}"{width(i)}>{escape(title)}</th>'
        for i, (title, numeric) in enumerate(titles)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{align(numeric)}">{cell}</td>'
            for (_, numeric), cell in zip(titles, row, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    # 99 %: Qt draws the outer border outside the width (see brief_html.py).
    return (
        f'<table width="99%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse: collapse; border-style: solid; border-color: {RULE_COLOUR};">'
        f'<thead><tr bgcolor="{HEADER_BACKGROUND}">{header}</tr></thead>{body}</table>'
    )


def _facts(pairs: Iterable[tuple[str, str]]) -> str:
    """Label–value lines without rules: the label column narrow and bold."""
    rows = "".join(
        f'<tr><td width="28%"><b>{escape(label)}</b></td><td>{value}</td></tr>'
        for label, value in pairs
    )
    return f'<table width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def _muted(text: str) -> str:
    return f'<span style="color: {MUTED};">{escape(text)}</span>'


# --- the report --------------------------------------------------------------------------


class _Report:
    """Writes one report: the labels and formats stay at hand for every part."""

    def __init__(self, report: IncidentReport, labels: IncidentLabels, fmt: IncidentFormat):
        self.report, self.labels, self.fmt = report, labels, fmt

    def scope(self) -> str:
        """What the report covers, in one line: the incident, or the account and period."""
        report, labels = self.report, self.labels
        single = report.single
        if single is not None and report.period is None and report.account_id is None:
            return (
                f"{labels.incident_number.format(number=single.incident_id)} · "
                f"{single.account_name}"
            )
        parts = [self.account_name()]
        if report.period is not None:
            parts.append(self.period(report.period))
        return " · ".join(parts)

    def account_name(self) -> str:
        report = self.report
        if report.account_name is not None:
            return report.account_name
        names = {incident.account_name for incident in report.incidents}
        if len(names) == 1:
            return names.pop()
        return self.labels.several_accounts.format(count=len(names))

    def period(self, period: tuple[date, date]) -> str:
        first, last = period
        return self.labels.period_value.format(first=self.fmt.day(first), last=self.fmt.day(last))

    def html(self) -> str:
        report, labels = self.report, self.labels
        version = labels.internal_version if report.include_internal else labels.client_version
        colour = INTERNAL_COLOUR if report.include_internal else ACCENT
        single = report.single
        heading = (
            f"{labels.title} — {single.title}"
            if single is not None and report.period is None
            else f"{labels.title} — {self.account_name()}"
        )
        parts = [
            "<html><body>",
            f'<h1 style="color: {ACCENT};">{escape(heading)}</h1>',
            f'<p style="color: {colour}; font-weight: 600;">{escape(version)}</p>',
        ]
        if single is not None and report.period is None:
            parts.append(self.incident(single, first=True))
        else:
            parts.append(self.cover())
            parts.extend(self.incident(incident) for incident in report.incidents)
        parts.append("</body></html>")
        return "".join(parts)

    # --- cover ---

    def cover(self) -> str:
        report, labels, fmt = self.report, self.labels, self.fmt
        facts = [(labels.account, escape(self.account_name()))]
        if report.period is not None:
            facts.append((labels.period, escape(self.period(report.period))))
        facts.append((labels.incidents, escape(str(len(report.incidents)))))
        zones = sorted({incident.time_zone for incident in report.incidents})
        if zones:
            facts.append(
                (labels.time_zone, escape(labels.times_in) + _muted(" (" + self.zones(zones) + ")"))
                if len(zones) <= 3
                else (labels.time_zone, escape(labels.times_in))
            )
        cover = f"<h2>{escape(labels.scope)}</h2>" + _facts(facts)
        if not report.incidents:
            return cover + f"<p><i>{escape(labels.no_incidents)}</i></p>"
        count = (labels.count, True)
        severity = _table(
            ((labels.severity, False), count),
            ((self.severity(s), str(n)) for s, n in report.by_severity()),
            ("60%", None),
        )
        status = _table(
            ((labels.status, False), count),
            ((escape(fmt.enum(s)), str(n)) for s, n in report.by_status()),
            ("60%", None),
        )
        # Two count tables side by side, in an outer table without rules.
        cover += (
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 8px;"><tr>'
            f'<td width="48%"><h3>{escape(labels.by_severity)}</h3>{severity}</td>'
            '<td width="4%"></td>'
            f'<td width="48%"><h3>{escape(labels.by_status)}</h3>{status}</td>'
            "</tr></table>"
        )
        several = len({incident.account_id for incident in report.incidents}) > 1
        titles: list[tuple[str, bool]] = [(labels.reported, False)]
        if several:
            titles.append((labels.account, False))
        titles += [
            (labels.incident, False),
            (labels.severity, False),
            (labels.status, False),
        ]
        rows = []
        for incident in report.incidents:
            local = incident.reported_at.astimezone(ZoneInfo(incident.time_zone))
            row = [_unbroken(fmt.day(local.date()))]
            if several:
                row.append(escape(incident.account_name))
            row += [
                f"#{incident.incident_id} {escape(incident.title)}",
                self.severity(incident.severity),
                escape(fmt.enum(incident.status)),
            ]
            rows.append(row)
        return cover + f"<h2>{escape(labels.overview)}</h2>" + _table(titles, rows)

    @staticmethod
    def zones(zones: Iterable[str]) -> str:
        """IANA zones as people read them: "America/Mexico_City" → "America/Mexico City"."""
        return ", ".join(zone.replace("_", " ") for zone in zones)

    def severity(self, severity: Enum) -> str:
        colour = SEVERITY_COLOURS.get(int(severity.value), MUTED)
        return (
            f'<span style="color: {colour}; font-weight: 600;">'
            f"{escape(self.fmt.enum(severity))}</span>"
        )

    # --- one incident ---

    def incident(self, incident: ReportIncident, *, first: bool = False) -> str:
        labels = self.labels
        style = "" if first else ' style="page-break-before: always;"'
        heading = (
            "" if first else f"<h2{style}>#{incident.incident_id} {escape(incident.title)}</h2>"
        )
        sections = [
            heading,
            self.facts(incident),
            self.prose(labels.description, incident.description, optional=True),
            self.prose(labels.client_impact, incident.client_impact, optional=True),
            self.prose(labels.root_cause, incident.root_cause),
            self.prose(labels.resolution, incident.resolution),
        ]
        if self.report.include_internal:
            sections.append(self.prose(labels.lessons_learned, incident.lessons_learned))
        sections += [
            self.timeline(incident),
            self.compensations(incident),
            self.history(incident),
        ]
        return "".join(sections)

    def when(self, incident: ReportIncident, moment: datetime | None) -> str:
        if moment is None:
            return _muted("—")
        return escape(self.fmt.moment(moment, incident.time_zone))

    def facts(self, incident: ReportIncident) -> str:
        labels, fmt = self.labels, self.fmt
        pairs = [
            (labels.account, escape(incident.account_name)),
            (labels.category, escape(fmt.enum(incident.category))),
            (labels.severity, self.severity(incident.severity)),
            (labels.status, f"<b>{escape(fmt.enum(incident.status))}</b>"),
            (
                labels.reported,
                self.when(incident, incident.reported_at)
                + _muted(f" ({self.zones([incident.time_zone])})"),
            ),
            (labels.acknowledged, self.when(incident, incident.acknowledged_at)),
            (labels.resolved, self.when(incident, incident.resolved_at)),
            (labels.closed, self.when(incident, incident.closed_at)),
        ]
        if self.report.include_internal:
            if incident.owner:
                pairs.append((labels.owner, escape(incident.owner)))
            if incident.teams:
                pairs.append(
                    (labels.teams, escape(", ".join(fmt.enum(team) for team in incident.teams)))
                )
        return _facts(pairs)

    def prose(self, title: str, text: str | None, *, optional: bool = False) -> str:
        if not (text and text.strip()):
            if optional:
                return ""
            return f"<h3>{escape(title)}</h3><p><i>{escape(self.labels.not_recorded)}</i></p>"
        return f"<h3>{escape(title)}</h3><p>{_text(text.strip())}</p>"

    def timeline(self, incident: ReportIncident) -> str:
        labels = self.labels
        title = f"<h3>{escape(labels.timeline)}</h3>"
        if not incident.events:
            return title + f"<p><i>{escape(labels.no_events)}</i></p>"
        rows = (self.event(incident, event) for event in incident.events)
        return title + _table(
            ((labels.time, False), (labels.who, False), (labels.what, False)),
            rows,
            ("24%", "22%", None),
        )

    def event(self, incident: ReportIncident, event: ReportEvent) -> tuple[str, str, str]:
        who = escape(event.who) if event.who else ""
        actor = escape(self.fmt.enum(event.actor))
        who = f"{who}<br/>{_muted(self.fmt.enum(event.actor))}" if who else actor
        what = _text(event.description)
        if self.report.include_internal and event.client_communication:
            what += f" {_muted('(' + self.labels.to_client + ')')}"
        return self.when(incident, event.occurred_at), who, what

    def compensations(self, incident: ReportIncident) -> str:
        if not incident.compensations:
            return ""
        labels, fmt = self.labels, self.fmt
        internal = self.report.include_internal
        titles = [(labels.granted_on, False), (labels.form, False), (labels.amount, True)]
        if internal:
            titles.append((labels.note, False))

        def row(item: ReportCompensation) -> list[str]:
            cells = [
                _unbroken(fmt.day(item.granted_on)),
                escape(fmt.enum(item.form)),
                _unbroken(fmt.money(item.amount, item.currency)),
            ]
            if internal:
                cells.append(_text(item.note or ""))
            return cells

        rows = [row(item) for item in incident.compensations]
        if len(incident.compensations) > 1:
            total = sum((item.amount for item in incident.compensations), Decimal(0))
            last = [
                f"<b>{escape(labels.total)}</b>",
                "",
                f"<b>{_unbroken(fmt.money(total, incident.currency))}</b>",
            ]
            rows.append([*last, ""] if internal else last)
        return f"<h3>{escape(labels.compensations)}</h3>" + _table(titles, rows)

    def history(self, incident: ReportIncident) -> str:
        if not incident.status_history:
            return ""
        labels, fmt = self.labels, self.fmt
        rows = (
            (escape(fmt.enum(change.status)), self.when(incident, change.changed_at))
            for change in incident.status_history
        )
        return f"<h3>{escape(labels.status_history)}</h3>" + _table(
            ((labels.status, False), (labels.since, False)), rows, ("40%", None)
        )


def incident_html(
    report: IncidentReport,
    labels: IncidentLabels | None = None,
    fmt: IncidentFormat | None = None,
) -> str:
    """The whole report as one HTML document."""
    return _Report(report, labels or incident_labels(), fmt or IncidentFormat()).html()


def report_title(report: IncidentReport, labels: IncidentLabels | None = None) -> str:
    """The PDF's title: the report's name and its scope."""
    labels = labels or incident_labels()
    return f"{labels.title} — {_Report(report, labels, IncidentFormat()).scope()}"


def export_incident_report(
    report: IncidentReport,
    path: Path,
    labels: IncidentLabels | None = None,
    fmt: IncidentFormat | None = None,
) -> int:
    """Write *report* to *path* as a numbered A4 PDF; returns the page count.

    Needs a ``QGuiApplication`` (fonts); raises :class:`OSError` on failure.
    """
    from workbench.ui.reports.pdf import write_pdf

    labels = labels or incident_labels()
    fmt = fmt or incident_format()
    writer = _Report(report, labels, fmt)
    return write_pdf(
        writer.html(),
        path,
        title=f"{labels.title} — {writer.scope()}",
        footer=labels.footer.format(scope=writer.scope()),
        numbering=labels.page,
    )
