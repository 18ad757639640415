"""The KPI queries of a quarter, on a small database whose figures are computed by hand.

Four accounts, 2026 Q3 as the period (2026 Q2 before it, 2025 Q3 a year before):

=======  ========  ============  ======  ======  ======  =============================
account  currency  since / lost  2025Q3  2026Q2  2026Q3  notes
=======  ========  ============  ======  ======  ======  =============================
Alpha    EUR       2020 / –         100     200     220  cost 100 in Q3, 10 compensated
Beta     EUR       2020 / 2026-05   300     150       –  lost in May 2026
Gamma    USD       2026-02 / –        –     100     100  new this year (not in cohort)
Delta    USD       2019 / –         500     500     600  expansion
=======  ========  ============  ======  ======  ======  =============================

With 1 USD = 0.5 EUR: Q3 revenue = 220 + 50 + 300 = 570 EUR; Q2 = 200 + 150 + 50 + 250 = 650.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from workbench.cli import main
from workbench.domain.enums import (
    AccountStatus,
    CompensationForm,
    IncidentCategory,
    IncidentStatus,
    KpiDirection,
    KpiFrequency,
    OpportunityKind,
    OpportunityStage,
    Sector,
    Severity,
    Tier,
)
from workbench.domain.exchange import ExchangeRates
from workbench.domain.kpi import RevenueMovement
from workbench.domain.period import Quarter
from workbench.services.kpi import (
    DRILL_LABELS,
    UNDEFINED_REASONS,
    CustomerCounts,
    drill_accounts,
    kpi_set,
)
from workbench.store.database import Store, open_store
from workbench.store.models import (
    Account,
    AgreedKpi,
    Compensation,
    Incident,
    KpiMeasurement,
    Opportunity,
    RevenueRecord,
    SurveyResponse,
)

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)
Q3 = Quarter(2026, 3)
RATES = ExchangeRates("EUR", {"EUR": Decimal(1), "USD": Decimal("0.5")})


def _account(
    session: Session, name: str, currency: str, since: date | None, lost: date | None
) -> int:
    account = Account(
        name=name,
        sector=Sector.LOGISTICS,
        tier=Tier.STRATEGIC,
        status=AccountStatus.CHURNED if lost else AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency=currency,
        client_since=since,
        churned_on=lost,
    )
    session.add(account)
    session.flush()
    return account.id


def _revenue(
    session: Session, account_id: int, quarter: Quarter, revenue: int, cost: int = 0
) -> None:
    session.add(
        RevenueRecord(
            account_id=account_id, period=quarter.key, revenue=Decimal(revenue), cost=Decimal(cost)
        )
    )


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    with store.transaction() as session:
        ids = {
            "alpha": _account(session, "Alpha", "EUR", date(2020, 1, 1), None),
            "beta": _account(session, "Beta", "EUR", date(2020, 1, 1), date(2026, 5, 10)),
            "gamma": _account(session, "Gamma", "USD", date(2026, 2, 1), None),
            "delta": _account(session, "Delta", "USD", date(2019, 1, 1), None),
        }
        q2, year_ago = Q3.previous(), Q3.year_before()
        for key, quarter, amount, cost in (
            ("alpha", year_ago, 100, 0),
            ("alpha", q2, 200, 0),
            ("alpha", Q3, 220, 100),
            ("beta", year_ago, 300, 0),
            ("beta", q2, 150, 0),
            ("gamma", q2, 100, 0),
            ("gamma", Q3, 100, 40),
            ("delta", year_ago, 500, 0),
            ("delta", q2, 500, 0),
            ("delta", Q3, 600, 200),
        ):
            _revenue(session, ids[key], quarter, amount, cost)
        # NPS in Q3: 10, 9 (promoters), 7 (passive), 3 (detractor) -> (2 - 1) / 4 = 25.
        for key, day, score in (
            ("alpha", date(2026, 7, 2), 10),
            ("alpha", date(2026, 8, 2), 9),
            ("delta", date(2026, 9, 30), 7),
            ("gamma", date(2026, 7, 15), 3),
            ("gamma", date(2026, 10, 1), 0),  # Q4: not counted
        ):
            session.add(SurveyResponse(account_id=ids[key], responded_on=day, score=score))
        uptime = AgreedKpi(
            account_id=ids["alpha"],
            name="Uptime",
            unit="%",
            direction=KpiDirection.AT_LEAST,
            target=Decimal(99),
            frequency=KpiFrequency.MONTHLY,
        )
        tickets = AgreedKpi(
            account_id=ids["delta"],
            name="Open tickets",
            direction=KpiDirection.AT_MOST,
            target=Decimal(5),
            frequency=KpiFrequency.MONTHLY,
        )
        session.add_all([uptime, tickets])
        session.flush()
        for kpi, day, value in (
            (uptime, date(2026, 7, 31), "99.5"),  # met
            (uptime, date(2026, 8, 31), "98"),  # missed
            (tickets, date(2026, 7, 31), "5"),  # met (at most 5)
            (tickets, date(2026, 8, 31), "3"),  # met
            (tickets, date(2026, 6, 30), "9"),  # Q2: not counted
        ):
            session.add(KpiMeasurement(kpi_id=kpi.id, measured_on=day, value=Decimal(value)))
        incident = Incident(
            account_id=ids["alpha"],
            title="Late delivery",
            category=IncidentCategory.DELIVERY_DELAY,
            severity=Severity.CRITICAL,
            status=IncidentStatus.OPEN,
            reported_at=datetime(2026, 8, 1, 9, tzinfo=UTC),
        )
        session.add(incident)
        session.flush()
        session.add(
            Compensation(
                incident_id=incident.id,
                form=CompensationForm.CREDIT_NOTE,
                amount=Decimal(10),
                granted_on=date(2026, 8, 5),
            )
        )
        for key, stage, amount, probability in (
            ("alpha", OpportunityStage.PROPOSAL, 1000, 50),  # 500 EUR
            ("delta", OpportunityStage.NEGOTIATION, 400, 25),  # 100 USD = 50 EUR
            ("delta", OpportunityStage.CLOSED_WON, 9000, 100),  # closed: not pipeline
        ):
            session.add(
                Opportunity(
                    account_id=ids[key],
                    name=f"Deal {key}",
                    kind=OpportunityKind.UPSELL,
                    stage=stage,
                    amount=Decimal(amount),
                    currency="EUR" if key == "alpha" else "USD",
                    probability=probability,
                )
            )
    return ids


def test_portfolio_kpis_of_a_quarter(store: Store, book: dict[str, int]) -> None:
    with store.session() as session:
        kpis = kpi_set(session, Q3, now=NOW, rates=RATES)
    assert kpis.currency == "EUR"
    assert kpis.revenue == Decimal(570)
    assert kpis.revenue_previous == Decimal(650)
    assert kpis.revenue_year_ago == Decimal(100 + 300 + 250)
    assert kpis.growth_qoq == (Decimal(570) - 650) / 650
    assert kpis.growth_yoy == (Decimal(570) - 650) / 650
    assert kpis.nps is not None and kpis.nps.score == 25 and kpis.nps.responses == 4
    # Customers on 2025-10-01: Alpha, Beta, Delta; on 2026-09-30: Alpha, Gamma, Delta.
    assert kpis.customers == CustomerCounts(start=3, end=3, acquired=1)
    assert kpis.customer_retention == Decimal(2) / Decimal(3)
    # Cohort 2025 Q3 -> 2026 Q3: Alpha 100 -> 220 (+120), Beta 300 -> 0, Delta 250 -> 300 EUR.
    assert kpis.movement == RevenueMovement(
        Decimal(650), expansion=Decimal(170), contraction=Decimal(0), churned=Decimal(300)
    )
    assert kpis.gross_revenue_retention == Decimal(350) / Decimal(650)
    assert kpis.net_revenue_retention == Decimal(520) / Decimal(650)
    assert (kpis.kpi_met, kpis.kpi_measured) == (3, 4)
    # Profit = 570 - (100 + 20 + 100) - 10.
    assert kpis.cost == Decimal(220)
    assert kpis.compensations == Decimal(10)
    assert kpis.profit == Decimal(340)
    assert kpis.margin == Decimal(340) / Decimal(570)
    assert kpis.pipeline == Decimal(550) and kpis.pipeline_count == 2
    assert kpis.open_incidents == {Severity.CRITICAL: 1}
    assert kpis.reported_incidents == 1
    # Reported on 1 August, never acknowledged: past its target now, so a breach.
    assert (kpis.response.acknowledge.met, kpis.response.acknowledge.subject) == (0, 1)
    assert kpis.missing_rates == ()


def test_one_accounts_kpis_stay_in_its_currency(store: Store, book: dict[str, int]) -> None:
    with store.session() as session:
        delta = kpi_set(session, Q3, now=NOW, rates=RATES, account_id=book["delta"])
    assert delta.currency == "USD"
    assert delta.revenue == Decimal(600)
    assert delta.growth_qoq == Decimal("0.2")
    assert delta.net_revenue_retention == Decimal("1.2")
    assert delta.gross_revenue_retention == 1
    assert delta.nps is not None and delta.nps.score == 0  # one passive
    assert delta.kpi_compliance == 1
    assert delta.pipeline == Decimal(100)


def test_undefined_kpis_are_none_with_a_reason(store: Store, book: dict[str, int]) -> None:
    with store.session() as session:
        gamma = kpi_set(session, Q3, now=NOW, rates=RATES, account_id=book["gamma"])
        beta = kpi_set(session, Q3, now=NOW, rates=RATES, account_id=book["beta"])
    # Gamma was not a customer a year ago: no year-on-year growth, no cohort.
    assert gamma.growth_yoy is None
    assert gamma.gross_revenue_retention is None
    assert gamma.customer_retention is None
    assert gamma.kpi_compliance is None
    # Beta bought nothing in Q3: revenue is undefined, not 0, and so are profit and margin.
    assert beta.revenue is None and beta.profit is None and beta.margin is None
    assert beta.gross_revenue_retention == 0  # the whole cohort revenue churned
    assert beta.customer_retention == 0
    undefined = [key for key, value in beta.values().items() if value is None]
    assert undefined and all(key in UNDEFINED_REASONS for key in undefined)


def test_a_currency_without_a_rate_is_left_out_and_reported(
    store: Store, book: dict[str, int]
) -> None:
    with store.session() as session:
        kpis = kpi_set(session, Q3, now=NOW, rates=ExchangeRates("EUR", {"EUR": Decimal(1)}))
    assert kpis.missing_rates == ("USD",)
    assert kpis.revenue == Decimal(220)


def test_a_customer_won_back_within_the_year_counts_as_kept(
    store: Store, book: dict[str, int]
) -> None:
    with store.transaction() as session:
        beta = session.get_one(Account, book["beta"])
        beta.won_back_on = date(2026, 8, 1)  # came back after leaving in May
        beta.status = AccountStatus.ACTIVE
    with store.session() as session:
        year = kpi_set(session, Q3, now=NOW, rates=RATES)
        after_the_loss = kpi_set(session, Q3, now=NOW, rates=RATES, account_id=book["beta"])
    # A customer at both ends of the year: kept, though it left for a while in between.
    assert year.customers == CustomerCounts(start=3, end=4, acquired=1)
    assert year.customer_retention == 1
    assert after_the_loss.customers == CustomerCounts(start=1, end=1, acquired=0)


def test_a_customer_acquired_mid_period_is_not_in_the_start(
    store: Store, book: dict[str, int]
) -> None:
    with store.session() as session:
        kpis = kpi_set(session, Q3, now=NOW, rates=RATES, account_id=book["gamma"])
    assert kpis.customers == CustomerCounts(start=0, end=1, acquired=1)


def test_each_tile_drills_down_to_the_accounts_behind_it(
    store: Store, book: dict[str, int]
) -> None:
    expected = {
        "revenue": {"alpha", "gamma", "delta"},
        "growth_qoq": {"beta"},
        "nps": {"gamma"},
        "customer_retention": {"beta"},
        "kpi_compliance": {"alpha"},
        "profit": set(),
        "pipeline": {"alpha", "delta"},
        "open_incidents": {"alpha"},
    }
    assert set(expected) == set(DRILL_LABELS)
    with store.session() as session:
        for key, names in expected.items():
            found = drill_accounts(session, Q3, key, now=NOW)
            assert found == {book[name] for name in names}, key


def test_workbench_kpi_prints_the_same_numbers_as_json(
    store: Store, book: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    assert main(["kpi", "--db", str(db_path), "--period", "2026-Q3", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    reopened = open_store(db_path)
    with reopened.session() as session:
        expected = kpi_set(session, Q3, now=datetime.now(UTC))
    reopened.close()
    assert printed["period"] == "2026 Q3" and printed["currency"] == "EUR"
    for key, value in expected.values().items():
        shown = printed["kpis"][key]["value"]
        if value is None:
            assert shown is None and printed["kpis"][key]["reason"]
        else:
            assert Decimal(shown) == value.quantize(Decimal("0.0001")), key
    # The default rates are not this test's: USD amounts are converted, not dropped.
    assert printed["missing_rates"] == []


def test_workbench_kpi_for_one_account_explains_its_health(
    store: Store, book: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    assert main(["kpi", "--db", str(db_path), "--account", "alpha", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["currency"] == "EUR" and printed["account"] == "alpha"
    health = printed["health"]
    assert sum(f["points"] for f in health["factors"]) == health["score"]
    assert {f["key"] for f in health["factors"]} >= {"revenue_trend", "incidents"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--account", "Nobody"], "no account is called 'Nobody'"),
        (["--currency", "XYZ"], "no exchange rate for XYZ"),
    ],
)
def test_workbench_kpi_refuses_what_it_cannot_answer(
    store: Store,
    book: dict[str, int],
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    store.close()
    assert main(["kpi", "--db", str(db_path), *arguments, "--json"]) == 2
    assert message in capsys.readouterr().err


def test_workbench_kpi_refuses_a_malformed_period(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["kpi", "--db", str(db_path), "--period", "Q3-2026", "--json"])
    assert exited.value.code == 2
    assert "not a quarter like 2026-Q3" in capsys.readouterr().err
