"""The prep brief's HTML: every word from the labels, every figure from the formatters."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from workbench.domain.enums import (
    ActionStatus,
    DecisionRole,
    IncidentCategory,
    IncidentStatus,
    OpportunityKind,
    OpportunityStage,
    ProposalStatus,
    RenewalStatus,
    Severity,
    Team,
)
from workbench.domain.health import HealthInputs, health_score
from workbench.domain.kpi import nps
from workbench.domain.period import Quarter
from workbench.services.account_charts import KpiCompliance
from workbench.services.prep_brief import (
    AccountKpis,
    BriefAttendee,
    BriefMeeting,
    OpenAction,
    OpenIncident,
    OpenOpportunity,
    OpenProposal,
    PrepBrief,
    PreviousMinutes,
    QuarterFigures,
    RenewalDue,
)
from workbench.ui.reports.brief_html import BriefFormat, BriefLabels, brief_html

AS_OF = datetime(2026, 11, 26, 9, tzinfo=UTC)
START = datetime(2026, 12, 1, 9, tzinfo=UTC)


def empty_brief() -> PrepBrief:
    return PrepBrief(
        as_of=AS_OF,
        account_id=1,
        account_name="Transportes Ebro S.A.",
        meeting=BriefMeeting(
            id=1,
            title="December review",
            starts_at=START,
            ends_at=START.replace(hour=10),
            time_zone="Europe/Madrid",
            account_time_zone="Europe/Madrid",
            location=None,
            link=None,
            agenda=None,
            recurring=False,
            attendees=(),
        ),
        kpis=AccountKpis(
            currency="EUR",
            annual_revenue=None,
            growth_quarter=Quarter(2026, 3),
            growth_qoq=None,
            growth_yoy=None,
            nps=None,
            kpi_compliance=None,
            agreed_kpis=(),
            health=health_score(HealthInputs()),
            trend=(QuarterFigures(Quarter(2026, 3), None, None, None, None),),
        ),
        incidents=(),
        actions=(),
        previous_minutes=None,
        renewals=(),
        opportunities=(),
        proposals=(),
    )


def full_brief() -> PrepBrief:
    brief = empty_brief()
    meeting = replace(
        brief.meeting,
        location="Zaragoza",
        link="https://meet.example/ebro?a=1&b=2",
        agenda="1. Delays\n2. Renewal",
        account_time_zone="America/Mexico_City",
        attendees=(
            BriefAttendee(
                "Lucía Navarro",
                False,
                False,
                company="Transportes Ebro S.A.",
                job_title="CFO",
                decision_role=DecisionRole.ECONOMIC_BUYER,
            ),
            BriefAttendee("Elena Vidal", True, True, team=Team.ACCOUNT_MANAGEMENT),
        ),
    )
    kpis = replace(
        brief.kpis,
        annual_revenue=Decimal(640),
        growth_qoq=Decimal("0.25"),
        growth_yoy=Decimal("2.125"),
        nps=nps([10, 9, 7, 3]),
        kpi_compliance=Decimal("0.5"),
        agreed_kpis=(KpiCompliance("On-time delivery", Decimal("0.5"), 2, 1),),
        health=health_score(HealthInputs(nps=Decimal(25), nps_responses=4, growth=Decimal("0.25"))),
        trend=(QuarterFigures(Quarter(2026, 3), Decimal(250), Decimal("0.25"), None, None),),
    )
    return replace(
        brief,
        meeting=meeting,
        kpis=kpis,
        incidents=(
            OpenIncident(
                7,
                "Late <pallets> & co",
                Severity.CRITICAL,
                IncidentStatus.ACKNOWLEDGED,
                IncidentCategory.DELIVERY_DELAY,
                AS_OF,
                10,
            ),
        ),
        actions=(
            OpenAction(
                1,
                "Send the KPI report",
                "Elena Vidal",
                None,
                date(2026, 11, 20),
                ActionStatus.OPEN,
                True,
            ),
            OpenAction(2, "Book a visit", None, Team.SALES, None, ActionStatus.IN_PROGRESS, False),
        ),
        previous_minutes=PreviousMinutes(
            3,
            "Newer QBR",
            datetime(2026, 11, 2, 9, tzinfo=UTC),
            "Europe/Madrid",
            "Line 1\nLine 2",
            "Pilot",
        ),
        renewals=(
            RenewalDue(
                4,
                "Framework 2025",
                date(2027, 3, 31),
                125,
                date(2026, 12, 31),
                Decimal(120_000),
                "EUR",
                RenewalStatus.IN_NEGOTIATION,
            ),
        ),
        opportunities=(
            OpenOpportunity(
                5,
                "Cold chain",
                OpportunityKind.UPSELL,
                OpportunityStage.NEGOTIATION,
                Decimal(50_000),
                "EUR",
                60,
                date(2027, 1, 15),
            ),
        ),
        proposals=(
            OpenProposal(
                6,
                "Cold chain offer",
                2,
                ProposalStatus.SENT,
                Decimal("317.79"),
                "EUR",
                date(2026, 11, 1),
                True,
            ),
        ),
    )


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_empty_sections_say_so() -> None:
    html = brief_html(empty_brief())
    labels = BriefLabels()
    for sentence in (
        labels.no_incidents,
        labels.no_actions,
        labels.no_minutes,
        labels.no_renewals,
        labels.no_opportunities,
        labels.no_proposals,
        labels.no_attendees,
        labels.no_agenda,
        labels.no_kpis,
    ):
        assert sentence in html
    assert "<table" in html and "<h1>" in html


def test_every_heading_and_column_comes_from_the_labels() -> None:
    labels = BriefLabels().translated(lambda context, text: f"[{text}]")
    html = brief_html(full_brief(), labels)
    text = visible_text(html)
    for name in (
        "meeting",
        "attendees",
        "kpis",
        "trend",
        "agreed_kpis",
        "incidents",
        "severity",
        "actions",
        "owner",
        "minutes",
        "renewals",
        "notice_by",
        "opportunities",
        "probability",
        "proposals",
        "valid_until",
    ):
        assert getattr(labels, name) in text, name
    # Only headings and labels are words of ours: nothing English is left untranslated.
    assert "Open incidents" not in text.replace("[Open incidents]", "")


def test_translated_goes_through_every_label_in_the_prep_brief_context() -> None:
    seen: list[tuple[str, str]] = []
    BriefLabels().translated(lambda context, text: seen.append((context, text)) or text)
    assert len(seen) == len(fields(BriefLabels))
    assert {context for context, _ in seen} == {"PrepBrief"}


def test_figures_go_through_the_formatters() -> None:
    fmt = BriefFormat(
        money=lambda amount, currency: f"M({amount} {currency})",
        percent=lambda fraction: f"P({fraction})",
        growth=lambda fraction: f"G({fraction})",
        day=lambda day: f"D({day:%d.%m.%Y})",
        span=lambda start, end, zone: f"S({start:%H}-{end:%H} {zone or 'mine'})",
        enum=lambda value: f"E({value.value})",
        band=lambda band: f"B({band})",
        quarter=lambda quarter: f"Q({quarter.key})",
    )
    text = visible_text(brief_html(full_brief(), fmt=fmt))
    for expected in (
        "M(640 EUR)",
        "G(0.25)",
        "G(2.125)",
        "P(0.5)",
        "M(120000 EUR)",
        "P(0.6)",  # a probability of 60 %
        "D(20.11.2026)",
        "D(31.12.2026)",
        "S(09-10 mine)",
        "S(09-10 America/Mexico_City) (America/Mexico City)",
        "E(1)",  # severity
        "E(economic_buyer)",
        "E(account_management)",
        "E(sales)",
        "E(negotiation)",
        "E(in_negotiation)",
        "Q(20263)",
    ):
        assert expected in text, expected
    assert "S(09-10 Europe/Madrid)" in text  # the meeting was planned in another zone


def test_user_text_is_escaped_and_keeps_its_line_breaks() -> None:
    html = brief_html(full_brief())
    assert "Late &lt;pallets&gt; &amp; co" in html
    assert "Line 1<br/>Line 2" in html
    assert 'href="https://meet.example/ebro?a=1&amp;b=2"' in html


def test_overdue_lapsed_and_optional_are_said_in_words_not_only_colour() -> None:
    labels = BriefLabels()
    text = visible_text(brief_html(full_brief()))
    assert f"2026-11-20 {labels.overdue}" in text
    assert f"2026-11-01 {labels.lapsed}" in text
    assert f"Elena Vidal ({labels.optional})" in text
    assert labels.our_side in text


def test_health_lists_each_factor_with_its_points() -> None:
    text = visible_text(brief_html(full_brief()))
    # NPS 25 → 62.5/100 × 25/45 of the score; growth +25 % → 100/100 × 20/45.
    assert "NPS 25 from 4 responses: 35 of 56 points" in text
    assert "Revenue +25.0% on the previous quarter: 44 of 44 points" in text
