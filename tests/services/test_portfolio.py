"""Portfolio rows: the figures of each account, and filtering/sorting on precomputed keys."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from workbench.domain.enums import (
    AccountStatus,
    IncidentCategory,
    IncidentStatus,
    Sector,
    Severity,
    Tier,
)
from workbench.domain.health import Band
from workbench.services.portfolio import (
    PortfolioQuery,
    add_figures,
    filter_rows,
    fold,
    fold_slowly,
    load_portfolio,
    merge_full_load,
    sort_rows,
)
from workbench.store.database import Store
from workbench.store.models import Account, Contact, Incident, RevenueRecord, SurveyResponse

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)


def add_account(store: Store, name: str, **fields: object) -> int:
    values: dict[str, object] = dict(
        sector=Sector.LOGISTICS,
        tier=Tier.KEY,
        status=AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency="EUR",
    )
    values.update(fields)
    with store.transaction() as session:
        account = Account(name=name, **values)
        session.add(account)
        session.flush()
        return account.id


def test_figures_follow_the_kpi_definitions(store: Store) -> None:
    account = add_account(store, "Transportes Ebro S.A.")
    with store.transaction() as session:
        # Last complete quarter before 2026-11-26 is 2026 Q3; the one before is Q2.
        for period, revenue in ((20254, "90"), (20261, "100"), (20262, "200"), (20263, "250")):
            session.add(
                RevenueRecord(
                    account_id=account, period=period, revenue=Decimal(revenue), cost=Decimal(0)
                )
            )
        for score in (10, 9, 7, 3):
            session.add(
                SurveyResponse(account_id=account, responded_on=date(2026, 6, 1), score=score)
            )
        session.add(
            SurveyResponse(account_id=account, responded_on=date(2025, 6, 1), score=0)
        )  # too old
        session.add(
            Incident(
                account_id=account,
                title="Late",
                category=IncidentCategory.DELIVERY_DELAY,
                severity=Severity.CRITICAL,
                reported_at=NOW,
                status=IncidentStatus.OPEN,
            )
        )
        session.add(Contact(account_id=account, first_name="Lucía", last_name="Navarro"))
    with store.session() as session:
        (row,) = load_portfolio(session, now=NOW)
    assert row.annual_revenue == Decimal(640)  # 2025 Q4 … 2026 Q3
    assert row.growth == Decimal("0.25")  # (250 − 200) / 200
    assert row.nps is not None and row.nps.score == 25 and row.nps.responses == 4
    assert (row.open_incidents, row.open_critical) == (1, 1)
    assert "lucia navarro" in row.search_text  # folded: no accents
    assert row.health.score is not None
    assert {f.key for f in row.health.factors} == {"nps", "revenue_trend", "incidents"}


def test_an_account_without_data_has_undefined_figures_not_zero(store: Store) -> None:
    add_account(store, "Nueva Cuenta S.L.", status=AccountStatus.PROSPECT)
    with store.session() as session:
        (row,) = load_portfolio(session, now=NOW)
    assert row.annual_revenue is None and row.growth is None and row.nps is None
    assert row.health.score is None
    assert row.next_meeting is None and row.next_renewal is None


def test_sample_rows_cover_the_book(sample_store: Store) -> None:
    with sample_store.session() as session:
        rows = load_portfolio(session, now=NOW)
        one = load_portfolio(session, now=NOW, only=[rows[0].id])
    assert len(rows) == 40
    assert one == [rows[0]]
    assert sum(r.next_meeting is not None for r in rows) >= 35
    assert all(r.next_meeting is None or r.next_meeting > NOW for r in rows)
    assert any(r.health.band is Band.HEALTHY for r in rows)


@pytest.fixture
def rows(sample_store: Store) -> list:  # type: ignore[type-arg]
    with sample_store.session() as session:
        return load_portfolio(session, now=NOW)


def test_filter_matches_every_word_in_name_sector_country_owner_and_contacts(rows: list) -> None:  # type: ignore[type-arg]
    contact_word = rows[3].search_text.split()[-1]
    assert rows[3] in filter_rows(rows, PortfolioQuery(text=contact_word.upper()))
    logistics = filter_rows(rows, PortfolioQuery(text="logistics"))
    assert logistics and all(
        r.sector is Sector.LOGISTICS or "logistics" in r.search_text for r in logistics
    )
    assert filter_rows(rows, PortfolioQuery(text="zzzz-nothing")) == []


def test_quick_filters_combine(rows: list) -> None:  # type: ignore[type-arg]
    query = PortfolioQuery(tiers=frozenset({Tier.STRATEGIC}), countries=frozenset({"ES"}))
    result = filter_rows(rows, query)
    assert result and all(r.tier is Tier.STRATEGIC and r.country == "ES" for r in result)
    at_risk = filter_rows(rows, PortfolioQuery(bands=frozenset({Band.AT_RISK, Band.CRITICAL})))
    assert all(r.health.band in (Band.AT_RISK, Band.CRITICAL) for r in at_risk)


def test_sort_puts_missing_values_last_in_both_directions(rows: list) -> None:  # type: ignore[type-arg]
    for descending in (False, True):
        ordered = sort_rows(rows, "annual_revenue", descending)
        values = [r.annual_revenue for r in ordered]
        present = [v for v in values if v is not None]
        assert present == sorted(present, reverse=descending)
        assert values[len(present) :] == [None] * (len(values) - len(present))
    names = [r.name for r in sort_rows(rows, "name")]
    assert names == sorted(names, key=str.casefold)


def test_filter_ignores_accents_and_case(store: Store) -> None:
    account = add_account(store, "Logística Andrés Núñez S.L.")
    with store.transaction() as session:
        session.add(Contact(account_id=account, first_name="Lucía", last_name="García"))
    with store.session() as session:
        rows = load_portfolio(session, now=NOW)
    for typed in ("garcia", "GARCÍA", "andres nunez", "logistica"):
        assert filter_rows(rows, PortfolioQuery(text=typed)) == rows, typed


def test_rows_without_figures_say_who_each_account_is_and_that_figures_follow(
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        whole = load_portfolio(session, now=NOW)
        quick = load_portfolio(session, now=NOW, with_figures=False)
    assert [r.id for r in quick] == [r.id for r in whole]
    for fast, full in zip(quick, whole, strict=True):
        assert not fast.figures_known and full.figures_known
        assert (fast.name, fast.owner, fast.country, fast.search_text) == (
            full.name,
            full.owner,
            full.country,
            full.search_text,
        )
        assert fast.health.score is None and fast.next_meeting is None
    with sample_store.session() as session:
        filled = add_figures(session, quick, now=NOW)
    assert filled == whole
    assert merge_full_load(quick, filled, quick) == whole


def test_a_full_load_never_undoes_what_changed_since_it_started(sample_store: Store) -> None:
    with sample_store.session() as session:
        quick = load_portfolio(session, now=NOW, with_figures=False)
        whole = load_portfolio(session, now=NOW)
    edited = whole[0]  # reloaded, figures and all, after an edit while the load ran
    shown = [edited, *quick[1:3], *quick[4:]]  # quick[3] was deleted meanwhile
    merged = merge_full_load(shown, whole, quick)
    assert merged[0] is edited
    assert merged[1:] == [*whole[1:3], *whole[4:]]
    assert all(r.figures_known for r in merged)


@pytest.mark.parametrize(
    "text",
    [
        "García López",
        "ANDRÉS Núñez",
        "Straße ΣΑΣ",
        "ﬁnca İzmir",
        "Ǆemal Ωμέγα",
        "Nguye\u0302\u0303n a\u0301\u0323",
        "ﾊﾟｿｺﾝ ①",
        "plain ascii Text",
        "",
    ],
)
def test_fold_is_the_whole_text_folded_at_once(text: str) -> None:
    assert fold(text) == fold_slowly(text)
