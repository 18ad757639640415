"""The Dashboard's chart series and drill-downs, on a small portfolio with known numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import literal, select

from workbench.domain.enums import AccountStatus, RenewalStatus, Sector, Tier
from workbench.domain.exchange import ExchangeRates
from workbench.domain.health import Band, band_of
from workbench.domain.period import Quarter
from workbench.services.dashboard_charts import (
    BANDS,
    BandDrill,
    DashboardCharts,
    NpsDrill,
    QuarterDrill,
    RenewalDrill,
    RenewalGroup,
    RenewalSlice,
    SegmentDrill,
    SegmentRevenue,
    accounts_in_band,
    accounts_renewing_in,
    accounts_with_nps_score,
    accounts_with_revenue_in,
    band_index,
    dashboard_charts,
    drill_accounts,
    month_keys,
    renewal_months,
)
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    Contract,
    HealthSnapshot,
    RevenueRecord,
    SurveyResponse,
)

TODAY = date(2026, 11, 26)
PERIOD = Quarter(2026, 3)
#: Non-default rates; ARS has none, so its amounts are left out and reported.
RATES = ExchangeRates("EUR", {"EUR": Decimal(1), "USD": Decimal("0.5"), "GBP": Decimal("1.25")})


def _account(name: str, currency: str, sector: Sector, tier: Tier, **extra: object) -> Account:
    return Account(
        name=name,
        sector=sector,
        tier=tier,
        status=AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency=currency,
        **extra,
    )


def _contract(
    account: int, currency: str, value: str, ends_on: date, status: RenewalStatus
) -> Contract:
    return Contract(
        account_id=account,
        title="Servicios logísticos",
        starts_on=date(2024, 1, 1),
        ends_on=ends_on,
        annual_value=Decimal(value),
        currency=currency,
        renewal_status=status,
    )


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    """Four accounts in four currencies, one archived, with revenue, answers, health
    snapshots and contracts placed around the edges of every window."""
    with store.transaction() as session:
        accounts = {
            "eur": _account("Ebro", "EUR", Sector.TECHNOLOGY, Tier.STRATEGIC),
            "usd": _account("Hudson", "USD", Sector.TECHNOLOGY, Tier.KEY),
            "gbp": _account(
                "Thames",
                "GBP",
                Sector.FINANCE,
                Tier.STRATEGIC,
                archived_at=datetime(2026, 10, 1, tzinfo=UTC),
            ),
            "ars": _account("Plata", "ARS", Sector.LOGISTICS, Tier.STANDARD),
        }
        session.add_all(accounts.values())
        session.flush()
        ids = {key: account.id for key, account in accounts.items()}
        eur, usd, gbp, ars = ids["eur"], ids["usd"], ids["gbp"], ids["ars"]
        for account, period, revenue in (
            (eur, 20243, "999"),  # before the eight quarters
            (eur, 20244, "10"),  # the first of them
            (eur, 20262, "200"),
            (eur, 20263, "100.50"),
            (usd, 20261, "40"),
            (usd, 20262, "0"),  # a record, but no revenue: not in the drill-down
            (usd, 20263, "300"),
            (gbp, 20263, "80"),
            (ars, 20252, "500"),  # the quarter's only record has no rate
            (ars, 20263, "1000"),
        ):
            session.add(RevenueRecord(account_id=account, period=period, revenue=Decimal(revenue)))
        for account, day, score in (
            (eur, date(2026, 7, 1), 10),  # first day of the quarter
            (eur, date(2026, 9, 30), 10),  # last day
            (usd, date(2026, 8, 15), 6),
            (gbp, date(2026, 9, 1), 0),
            (ars, date(2026, 6, 30), 9),  # the quarter before
            (ars, date(2026, 10, 1), 9),  # the quarter after
        ):
            session.add(SurveyResponse(account_id=account, responded_on=day, score=score))
        for account, month, score in (
            (eur, 202611, 80),
            (usd, 202611, 79),
            (gbp, 202611, 40),
            (ars, 202611, 39),
            (eur, 202512, 60),  # first month of the twelve
            (usd, 202512, 59),
            (gbp, 202601, 0),
            (eur, 202511, 100),  # before them
        ):
            session.add(HealthSnapshot(account_id=account, month=month, score=score))
        session.add_all(
            [
                # Ended earlier this month and still open: counted in November.
                _contract(eur, "EUR", "1000", date(2026, 11, 5), RenewalStatus.NOT_DUE),
                _contract(usd, "USD", "2000", date(2026, 11, 30), RenewalStatus.RENEWED),
                _contract(gbp, "GBP", "400", date(2026, 12, 1), RenewalStatus.AUTO_RENEW),
                _contract(ars, "ARS", "9999", date(2026, 12, 31), RenewalStatus.IN_NEGOTIATION),
                _contract(eur, "EUR", "500", date(2026, 12, 15), RenewalStatus.IN_NEGOTIATION),
                _contract(eur, "EUR", "300", date(2027, 10, 31), RenewalStatus.NOT_RENEWING),
                _contract(eur, "EUR", "50", date(2027, 11, 1), RenewalStatus.NOT_DUE),  # after
                _contract(usd, "EUR", "70", date(2026, 10, 31), RenewalStatus.NOT_DUE),  # before
            ]
        )
    return ids


def charts(store: Store, rates: ExchangeRates = RATES) -> DashboardCharts:
    with store.session() as session:
        return dashboard_charts(session, PERIOD, today=TODAY, rates=rates)


def test_revenue_by_quarter_converts_each_currency_and_marks_quarters_without_records(
    store: Store, book: dict[str, int]
) -> None:
    result = charts(store)
    assert result.currency == "EUR"
    assert [(q.quarter.key, q.revenue) for q in result.revenue_by_quarter] == [
        (20244, Decimal(10)),
        (20251, None),
        (20252, Decimal(0)),  # recorded, but only in ARS, which has no rate
        (20253, None),
        (20254, None),
        (20261, Decimal(20)),  # 40 USD at 0.5
        (20262, Decimal(200)),
        (20263, Decimal("350.50")),  # 100.50 EUR + 300 USD × 0.5 + 80 GBP × 1.25
    ]
    assert result.missing_rates == ("ARS",)
    assert result.has_revenue


def test_revenue_by_segment_is_the_quarter_per_sector_and_tier_archived_included(
    store: Store, book: dict[str, int]
) -> None:
    assert charts(store).revenue_by_segment == (
        SegmentRevenue(Sector.TECHNOLOGY, Tier.STRATEGIC, Decimal("100.50")),
        SegmentRevenue(Sector.TECHNOLOGY, Tier.KEY, Decimal(150)),
        SegmentRevenue(Sector.FINANCE, Tier.STRATEGIC, Decimal(100)),  # the archived account
        SegmentRevenue(Sector.LOGISTICS, Tier.STANDARD, Decimal(0)),  # ARS left out
    )


def test_default_rates_convert_every_currency_and_report_none_missing(
    store: Store, book: dict[str, int]
) -> None:
    result = charts(store, ExchangeRates())
    assert result.missing_rates == ()
    segments = {(s.sector, s.tier): s.revenue for s in result.revenue_by_segment}
    assert segments[Sector.LOGISTICS, Tier.STANDARD] == Decimal("0.95")  # 1000 ARS × 0.00095
    assert segments[Sector.TECHNOLOGY, Tier.KEY] == Decimal(276)  # 300 USD × 0.92
    assert result.revenue_by_quarter[2].revenue == Decimal("0.475")  # 500 ARS


def test_nps_distribution_counts_answers_per_score_inside_the_quarter_only(
    store: Store, book: dict[str, int]
) -> None:
    assert charts(store).nps_distribution == (1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2)


def test_health_bands_count_snapshots_per_month_with_band_of_thresholds(
    store: Store, book: dict[str, int]
) -> None:
    bands = charts(store).health_bands
    assert [m.month for m in bands] == [202512] + [202600 + m for m in range(1, 12)]
    counts = {m.month: {b: m.count(b) for b in Band if m.count(b)} for m in bands}
    assert counts[202611] == {
        Band.HEALTHY: 1,
        Band.NEEDS_ATTENTION: 1,
        Band.AT_RISK: 1,
        Band.CRITICAL: 1,
    }
    assert counts[202512] == {Band.NEEDS_ATTENTION: 1, Band.AT_RISK: 1}
    assert counts[202601] == {Band.CRITICAL: 1}
    assert all(not counts[m] for m in counts if m not in (202512, 202601, 202611))
    assert [m.total for m in bands] == [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]


def test_sql_band_matches_band_of_for_every_score(store: Store) -> None:
    with store.session() as session:
        in_sql = [
            session.execute(select(band_index(literal(score)))).scalar_one() for score in range(101)
        ]
    assert [BANDS[i] for i in in_sql] == [band_of(score) for score in range(101)]


def test_renewals_split_secured_open_and_not_renewing_per_calendar_month(
    store: Store, book: dict[str, int]
) -> None:
    months = charts(store).renewals_by_month
    assert [(m.year, m.month) for m in months] == [(2026, 11), (2026, 12)] + [
        (2027, m) for m in range(1, 11)
    ]
    november, december, october = months[0], months[1], months[-1]
    assert november.slice(RenewalGroup.OPEN) == RenewalSlice(1, Decimal(1000))
    assert november.slice(RenewalGroup.SECURED) == RenewalSlice(1, Decimal(1000))  # 2000 USD
    assert december.slice(RenewalGroup.SECURED) == RenewalSlice(1, Decimal(500))  # 400 GBP
    # Two open contracts; the ARS one counts but its value has no rate.
    assert december.slice(RenewalGroup.OPEN) == RenewalSlice(2, Decimal(500))
    assert october.slice(RenewalGroup.NOT_RENEWING) == RenewalSlice(1, Decimal(300))
    assert october.slice(RenewalGroup.OPEN) == RenewalSlice(0, Decimal(0))
    assert [m.contracts for m in months] == [2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]


def test_drill_downs_return_the_accounts_behind_each_element(
    store: Store, book: dict[str, int]
) -> None:
    eur, usd, gbp, ars = book["eur"], book["usd"], book["gbp"], book["ars"]
    with store.session() as session:
        assert accounts_with_revenue_in(session, PERIOD) == {eur, usd, gbp, ars}
        assert accounts_with_revenue_in(session, Quarter(2026, 2)) == {eur}  # usd had 0
        assert accounts_with_revenue_in(session, Quarter(2025, 3)) == frozenset()
        assert accounts_with_nps_score(session, PERIOD, 10) == {eur}
        assert accounts_with_nps_score(session, PERIOD, 6) == {usd}
        assert accounts_with_nps_score(session, PERIOD, 9) == frozenset()  # outside
        assert accounts_in_band(session, 202611, Band.HEALTHY) == {eur}
        assert accounts_in_band(session, 202611, Band.CRITICAL) == {ars}
        assert accounts_in_band(session, 202512, Band.AT_RISK) == {usd}
        assert accounts_renewing_in(session, 2026, 12) == {eur, gbp, ars}
        assert accounts_renewing_in(session, 2026, 12, RenewalGroup.OPEN) == {eur, ars}
        assert accounts_renewing_in(session, 2026, 12, RenewalGroup.SECURED) == {gbp}
        assert accounts_renewing_in(session, 2026, 11, RenewalGroup.SECURED) == {usd}
        assert accounts_renewing_in(session, 2027, 10, RenewalGroup.NOT_RENEWING) == {eur}
        assert accounts_renewing_in(session, 2027, 9) == frozenset()


def test_drill_accounts_dispatches_on_the_key_and_leaves_segments_to_the_portfolio(
    store: Store, book: dict[str, int]
) -> None:
    with store.session() as session:
        assert drill_accounts(session, QuarterDrill(PERIOD)) == accounts_with_revenue_in(
            session, PERIOD
        )
        assert drill_accounts(session, NpsDrill(PERIOD, 0)) == {book["gbp"]}
        assert drill_accounts(session, BandDrill(202601, Band.CRITICAL)) == {book["gbp"]}
        assert drill_accounts(session, RenewalDrill(2026, 11, RenewalGroup.OPEN)) == {book["eur"]}
        assert drill_accounts(session, SegmentDrill(Sector.FINANCE, Tier.KEY)) is None


def test_an_empty_portfolio_has_no_data_but_keeps_every_month_and_quarter(
    store: Store,
) -> None:
    result = charts(store)
    assert not (result.has_revenue or result.has_nps or result.has_health or result.has_renewals)
    assert len(result.revenue_by_quarter) == 8 and result.revenue_by_quarter[-1].quarter == PERIOD
    assert result.revenue_by_segment == ()
    assert result.nps_distribution == (0,) * 11
    assert len(result.health_bands) == 12 and len(result.renewals_by_month) == 12
    assert result.missing_rates == ()


def test_months_roll_over_the_year() -> None:
    assert month_keys(date(2026, 1, 15)) == [202502 + i for i in range(11)] + [202601]
    assert renewal_months(date(2026, 12, 31))[:2] == [(2026, 12), (2027, 1)]
    assert renewal_months(date(2026, 12, 31))[-1] == (2027, 11)
