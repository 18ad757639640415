"""The client report as a workbook: a summary and one sheet per KPI, typed cells."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from workbench.io import report_xlsx as book
from workbench.services.client_report import ClientReport
from workbench.services.kpi import KPI_UNITS, KpiSet
from workbench.services.report_labels import (
    WORKBOOK_KPIS,
    ReportLabels,
    ReportWords,
    band_word,
    change,
    enum_word,
    factor_reason,
    kpi_note,
    owner_word,
    undefined_reason,
)


def _typed(key: str, value: Decimal | None) -> book.Typed:
    kinds: dict[str, book.Kind] = {
        "money": "money",
        "percent": "percent",
        "score": "score",
        "count": "integer",
    }
    return book.Typed(value, kinds[KPI_UNITS[key]])


def _change_typed(key: str, value: Decimal | None) -> book.Typed:
    kinds: dict[str, book.Kind] = {
        "money": "percent_change",
        "percent": "points",
        "score": "score_change",
        "count": "integer",
    }
    return book.Typed(value, kinds[KPI_UNITS[key]])


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def build_workbook(report: ClientReport, labels: ReportLabels) -> book.Workbook:
    """The sheets: summary, revenue, NPS, retention, agreed KPIs, incidents, actions."""
    words = ReportWords(report, labels)
    account = report.account
    quarter = words.quarter(report.period)
    title = labels.workbook_title.format(account=account.name, quarter=quarter)
    subtitle = labels.prepared_by.format(name=report.prepared_by, date=words.day(report.as_of))
    sheets = (
        _summary_sheet(report, labels, words, title, subtitle),
        _revenue_sheet(report, labels, words, title),
        _nps_sheet(report, labels, words, title),
        _retention_sheet(report, labels, words, title),
        _agreed_sheet(report, labels, words, title),
        _incidents_sheet(report, labels, words, title),
        _actions_sheet(report, labels, words, title),
    )
    return book.Workbook(
        sheets=sheets,
        currency=account.currency,
        points_unit=labels.points_unit,
        properties={"title": title, "author": report.prepared_by, "subject": quarter},
    )


def _quarter_cells(words: ReportWords, kpis: KpiSet) -> tuple[str, date]:
    return words.quarter(kpis.period), kpis.period.first_day


def _notes(*reasons: str) -> str:
    return "; ".join(dict.fromkeys(r for r in reasons if r))


def _summary_sheet(
    report: ClientReport, labels: ReportLabels, words: ReportWords, title: str, subtitle: str
) -> book.Sheet:
    now, before = report.kpis, report.previous
    values, previous = now.values(), before.values()
    kpi_rows = tuple(
        (
            labels.kpi_names[key],
            _typed(key, values[key]),
            _typed(key, previous[key]),
            _change_typed(key, change(key, values[key], previous[key])),
            kpi_note(key, now, labels),
        )
        for key in WORKBOOK_KPIS
    )
    kpis = book.Table(
        (
            book.Column(labels.kpi, width=36),
            book.Column(words.quarter(now.period), "decimal", width=18),
            book.Column(words.quarter(before.period), "decimal", width=18),
            book.Column(labels.change, "decimal", width=12),
            book.Column(labels.note),
        ),
        kpi_rows,
    )
    account = report.account
    health = report.health
    points = health.points()
    renewal = report.next_renewal
    facts: tuple[tuple[book.Cell, ...], ...] = (
        (labels.account, account.name),
        (labels.sector, enum_word(account.sector, labels.translate)),
        (labels.tier, enum_word(account.tier, labels.translate)),
        (labels.country, account.country),
        (labels.currency, account.currency),
        (labels.owner_column, account.owner or ""),
        (labels.health_score, book.Typed(health.score, "integer")),
        (
            labels.health_band,
            band_word(health.band, labels.translate) if health.band else labels.no_health,
        ),
        (labels.ends_on, book.Typed(renewal.ends_on if renewal else None, "date")),
        (labels.as_of, book.Typed(_local(report.as_of, words.zone), "datetime")),
    )
    facts_table = book.Table(
        (book.Column(labels.field), book.Column(labels.value)),
        facts,
        heading=labels.account_facts,
    )
    factors = book.Table(
        (
            book.Column(labels.factor),
            book.Column(labels.why),
            book.Column(labels.score, "integer"),
            book.Column(labels.weight, "integer"),
            book.Column(labels.points, "integer"),
        ),
        tuple(
            (
                labels.factor_names.get(f.key, f.key),
                factor_reason(f.reason, f.params, labels.translate),
                int(f.value.to_integral_value()),
                f.weight,
                points.get(f.key, 0),
            )
            for f in health.factors
        ),
        heading=labels.health_factors,
        empty=labels.no_health,
    )
    return book.Sheet(labels.sheet_summary, title, (kpis, facts_table, factors), subtitle=subtitle)


def _revenue_sheet(
    report: ClientReport, labels: ReportLabels, words: ReportWords, title: str
) -> book.Sheet:
    rows = tuple(
        (
            *_quarter_cells(words, k),
            k.revenue,
            k.cost,
            k.compensations,
            k.profit,
            k.margin,
            k.growth_qoq,
            _notes(
                undefined_reason("revenue", labels.translate) if k.revenue is None else "",
                undefined_reason("growth_qoq", labels.translate) if k.growth_qoq is None else "",
            ),
        )
        for k in report.trend
    )
    table = book.Table(
        (
            book.Column(labels.quarter_column, width=12),
            book.Column(labels.starts_on, "date"),
            book.Column(labels.revenue, "money"),
            book.Column(labels.cost, "money"),
            book.Column(labels.compensations, "money"),
            book.Column(labels.profit, "money"),
            book.Column(labels.margin, "percent"),
            book.Column(labels.growth_qoq, "percent_change"),
            book.Column(labels.note),
        ),
        rows,
    )
    chart = book.BarChart(
        labels.revenue_chart, categories=0, values=(2,), y_title=report.account.currency
    )
    return book.Sheet(labels.sheet_revenue, title, (table,), chart=chart)


def _nps_sheet(
    report: ClientReport, labels: ReportLabels, words: ReportWords, title: str
) -> book.Sheet:
    rows = []
    for k in report.trend:
        nps = k.nps
        rows.append(
            (
                *_quarter_cells(words, k),
                0 if nps is None else nps.responses,
                None if nps is None else nps.promoters,
                None if nps is None else nps.responses - nps.promoters - nps.detractors,
                None if nps is None else nps.detractors,
                None if nps is None else nps.score,
                undefined_reason("nps", labels.translate) if nps is None else "",
            )
        )
    table = book.Table(
        (
            book.Column(labels.quarter_column, width=12),
            book.Column(labels.starts_on, "date"),
            book.Column(labels.responses_column, "integer"),
            book.Column(labels.promoters, "integer"),
            book.Column(labels.passives, "integer"),
            book.Column(labels.detractors, "integer"),
            book.Column(labels.nps_sheet, "score"),
            book.Column(labels.note),
        ),
        tuple(rows),
    )
    return book.Sheet(labels.sheet_nps, title, (table,))


def _retention_sheet(
    report: ClientReport, labels: ReportLabels, words: ReportWords, title: str
) -> book.Sheet:
    rows = tuple(
        (
            *_quarter_cells(words, k),
            k.revenue_year_ago,
            k.movement.expansion if k.revenue_year_ago else None,
            k.movement.contraction if k.revenue_year_ago else None,
            k.movement.churned if k.revenue_year_ago else None,
            k.gross_revenue_retention,
            k.net_revenue_retention,
            undefined_reason("net_revenue_retention", labels.translate)
            if k.net_revenue_retention is None
            else "",
        )
        for k in report.trend
    )
    table = book.Table(
        (
            book.Column(labels.quarter_column, width=12),
            book.Column(labels.starts_on, "date"),
            book.Column(labels.revenue_year_ago, "money"),
            book.Column(labels.expansion, "money"),
            book.Column(labels.contraction, "money"),
            book.Column(labels.churned, "money"),
            book.Column(labels.kpi_names["gross_revenue_retention"], "percent"),
            book.Column(labels.kpi_names["net_revenue_retention"], "percent"),
            book.Column(labels.note),
        ),
        rows,
    )
    return book.Sheet(labels.sheet_retention, title, (table,))


def _agreed_sheet(
    report: ClientReport, labels: ReportLabels, words: ReportWords, title: str
) -> book.Sheet:
    by_quarter = book.Table(
        (
            book.Column(labels.quarter_column, width=12),
            book.Column(labels.starts_on, "date"),
            book.Column(labels.measured, "integer"),
            book.Column(labels.on_target, "integer"),
            book.Column(labels.compliance, "percent"),
            book.Column(labels.note),
        ),
        tuple(
            (
                *_quarter_cells(words, k),
                k.kpi_measured,
                k.kpi_met,
                k.kpi_compliance,
                undefined_reason("kpi_compliance", labels.translate)
                if k.kpi_compliance is None
                else "",
            )
            for k in report.trend
        ),
    )
    each = book.Table(
        (
            book.Column(labels.kpi, width=30),
            book.Column(labels.unit),
            book.Column(labels.direction),
            book.Column(labels.target, "decimal"),
            book.Column(labels.measured, "integer"),
            book.Column(labels.on_target, "integer"),
            book.Column(labels.compliance, "percent"),
        ),
        tuple(
            (
                kpi.name,
                kpi.unit,
                enum_word(kpi.direction, labels.translate),
                kpi.target,
                kpi.measured,
                kpi.met,
                kpi.share,
            )
            for kpi in report.agreed_kpis
        ),
        heading=labels.agreed_kpis_in.format(quarter=words.quarter(report.period)),
        empty=labels.no_kpis,
    )
    return book.Sheet(labels.sheet_agreed, title, (by_quarter, each))


def _incidents_sheet(
    report: ClientReport, labels: ReportLabels, words: ReportWords, title: str
) -> book.Sheet:
    zone = report.account.time_zone
    response = book.Table(
        (
            book.Column(labels.quarter_column, width=12),
            book.Column(labels.starts_on, "date"),
            book.Column(labels.reported_count, "integer"),
            book.Column(labels.acknowledge_due, "integer"),
            book.Column(labels.acknowledged_on_time, "integer"),
            book.Column(labels.kpi_names["acknowledge_compliance"], "percent"),
            book.Column(labels.resolve_due, "integer"),
            book.Column(labels.resolved_on_time, "integer"),
            book.Column(labels.kpi_names["resolve_compliance"], "percent"),
            book.Column(labels.note),
        ),
        tuple(
            (
                *_quarter_cells(words, k),
                k.reported_incidents,
                k.response.acknowledge.subject,
                k.response.acknowledge.met,
                k.response.acknowledge.ratio,
                k.response.resolve.subject,
                k.response.resolve.met,
                k.response.resolve.ratio,
                _notes(
                    undefined_reason("acknowledge_compliance", labels.translate)
                    if k.response.acknowledge.ratio is None
                    else "",
                    undefined_reason("resolve_compliance", labels.translate)
                    if k.response.resolve.ratio is None
                    else "",
                ),
            )
            for k in report.trend
        ),
    )
    open_now = book.Table(
        (
            book.Column(labels.title, width=40),
            book.Column(labels.severity),
            book.Column(labels.status),
            book.Column(labels.reported_in_zone.format(zone=zone), "datetime"),
            book.Column(labels.age_days, "integer"),
        ),
        tuple(
            (
                i.title,
                enum_word(i.severity, labels.translate),
                enum_word(i.status, labels.translate),
                _local(i.reported_at, words.zone),
                i.age_days,
            )
            for i in report.incidents
        ),
        heading=labels.open_incidents_as_of.format(date=words.day(report.as_of)),
        empty=labels.no_incidents,
    )
    return book.Sheet(labels.sheet_incidents, title, (response, open_now))


def _actions_sheet(
    report: ClientReport, labels: ReportLabels, words: ReportWords, title: str
) -> book.Sheet:
    zone = report.account.time_zone
    actions = book.Table(
        (
            book.Column(labels.title, width=40),
            book.Column(labels.owner_column),
            book.Column(labels.due, "date"),
            book.Column(labels.status),
            book.Column(labels.overdue),
        ),
        tuple(
            (
                a.title,
                owner_word(a.owner, a.owner_team, labels.translate),
                a.due_on,
                enum_word(a.status, labels.translate),
                labels.overdue if a.overdue else "",
            )
            for a in report.actions
        ),
        heading=labels.actions,
        empty=labels.no_actions,
    )
    meetings = book.Table(
        (
            book.Column(labels.title, width=40),
            book.Column(labels.starts_in_zone.format(zone=zone), "datetime"),
            book.Column(labels.ends_in_zone.format(zone=zone), "datetime"),
        ),
        tuple(
            (m.title, _local(m.starts_at, words.zone), _local(m.ends_at, words.zone))
            for m in report.meetings
        ),
        heading=labels.meetings,
        empty=labels.no_meetings,
    )
    renewals = book.Table(
        (
            book.Column(labels.contract, width=40),
            book.Column(labels.ends_on, "date"),
            book.Column(labels.notice_by, "date"),
            book.Column(labels.annual_value, "decimal"),
            book.Column(labels.currency),
            book.Column(labels.renewal_status),
        ),
        tuple(
            (
                r.title,
                r.ends_on,
                r.notice_by,
                r.annual_value,
                r.currency,
                enum_word(r.renewal_status, labels.translate),
            )
            for r in report.renewals
        ),
        heading=labels.renewals,
        empty=labels.no_renewals,
    )
    return book.Sheet(labels.sheet_actions, title, (actions, meetings, renewals))


# --- writing -----------------------------------------------------------------------------
