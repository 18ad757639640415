"""The sample portfolio: deterministic, realistic, consistent, and all-or-nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import func, select

from tests.conftest import AS_OF
from tests.dumps import dump
from workbench.domain.enums import AccountStatus, Sector
from workbench.domain.validation import is_time_zone
from workbench.services.progress import Cancelled, Progress
from workbench.services.sample_portfolio import DatabaseNotEmptyError, generate_sample_portfolio
from workbench.store.database import Store, open_store
from workbench.store.integrity import check_database
from workbench.store.models import (
    Account,
    Contract,
    Meeting,
    MeetingException,
    Product,
    RevenueRecord,
)


def make(path: Path, *, seed: int, accounts: int = 40, as_of: date = AS_OF) -> dict[str, int]:
    store = open_store(path)
    with store.engine.begin() as connection:
        summary = generate_sample_portfolio(connection, accounts=accounts, seed=seed, as_of=as_of)
    store.close()
    return summary.rows


def test_same_seed_and_date_give_the_same_database_row_for_row(
    tmp_path: Path, sample_db_template: Path
) -> None:
    make(tmp_path / "again.sqlite", seed=1)
    assert dump(tmp_path / "again.sqlite") == dump(sample_db_template)


def test_another_seed_gives_another_portfolio(tmp_path: Path, sample_db_template: Path) -> None:
    make(tmp_path / "other.sqlite", seed=2)
    assert dump(tmp_path / "other.sqlite")["accounts"] != dump(sample_db_template)["accounts"]


def test_sample_is_referentially_sound(sample_store: Store) -> None:
    report = check_database(sample_store.engine)
    assert report.ok, report.lines()


def test_sample_spans_sectors_countries_currencies_and_languages(sample_store: Store) -> None:
    with sample_store.session() as session:
        accounts = session.scalars(select(Account)).all()
    assert len(accounts) == 40
    assert len({a.sector for a in accounts}) >= 6
    assert {a.sector for a in accounts} <= set(Sector) - {Sector.OTHER}
    assert len({a.country for a in accounts}) >= 5
    assert len({a.currency for a in accounts}) >= 3
    assert all(is_time_zone(a.time_zone) for a in accounts)
    assert any("S.A." in a.name or "S.L." in a.name for a in accounts)  # Spanish companies
    assert any(
        a.name.endswith(("Inc.", "Ltd", "LLC", "GmbH", "plc", "Corp.", "AG", "SAS", "K.K."))
        for a in accounts
    )
    assert {AccountStatus.ACTIVE, AccountStatus.AT_RISK} <= {a.status for a in accounts}
    assert any(a.parent_id is not None for a in accounts) or len(accounts) < 20


def test_sample_has_two_years_of_quarterly_revenue_with_costs(sample_store: Store) -> None:
    with sample_store.session() as session:
        periods = session.scalars(select(RevenueRecord.period).distinct()).all()
        costs_below_revenue = session.scalar(
            select(func.count()).where(RevenueRecord.cost < RevenueRecord.revenue)
        )
        total = session.scalar(select(func.count()).select_from(RevenueRecord))
    assert sorted(periods) == [20244, 20251, 20252, 20253, 20254, 20261, 20262, 20263]
    assert costs_below_revenue == total


def test_sample_recurring_meetings_expand_and_cancel_real_occurrences(sample_store: Store) -> None:
    from zoneinfo import ZoneInfo

    with sample_store.session() as session:
        series = session.scalars(select(Meeting).where(Meeting.rrule.is_not(None))).all()
        exceptions = session.scalars(select(MeetingException)).all()
        upcoming = session.scalar(
            select(func.count()).where(
                Meeting.starts_at.between(
                    datetime(2026, 11, 26, tzinfo=UTC), datetime(2026, 12, 20, tzinfo=UTC)
                )
            )
        )
    assert series and exceptions and upcoming
    by_id = {m.id: m for m in series}
    for exception in exceptions:
        meeting = by_id[exception.meeting_id]
        zone = ZoneInfo(meeting.time_zone)
        local_start = meeting.starts_at.astimezone(zone).replace(tzinfo=None)
        rule = rrulestr(meeting.rrule, dtstart=local_start)
        occurrences = {o.replace(tzinfo=zone).astimezone(UTC) for o in rule[:10]}
        assert exception.original_start in occurrences


def test_sample_has_renewals_coming_up(sample_store: Store) -> None:
    with sample_store.session() as session:
        soon = session.scalar(
            select(func.count()).where(Contract.ends_on.between(AS_OF, AS_OF + timedelta(days=90)))
        )
        products = session.scalar(select(func.count()).select_from(Product))
    assert soon and soon > 0
    assert products == 15


def test_sample_refuses_a_database_that_already_has_accounts(sample_store: Store) -> None:
    with (
        pytest.raises(DatabaseNotEmptyError, match="already holds 40 accounts"),
        sample_store.engine.begin() as connection,
    ):
        generate_sample_portfolio(connection, accounts=5, seed=9, as_of=AS_OF)


def test_cancelling_the_sample_writes_nothing(store: Store) -> None:
    progress = Progress()
    seen: list[int] = []

    def cancel_after_first_batch(done: int, total: int, _message: str) -> None:
        seen.append(done)
        progress.cancel()

    progress.on_progress = cancel_after_first_batch
    with pytest.raises(Cancelled), store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=600, seed=1, as_of=AS_OF, progress=progress)
    assert seen == [250]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_sample_rows_scale_with_accounts_towards_the_stress_ratios(tmp_path: Path) -> None:
    rows = make(tmp_path / "scaled.sqlite", seed=3, accounts=300)
    assert rows["accounts"] == 300
    assert 8 <= rows["contacts"] / 300 <= 12  # 10,000 accounts → ~100,000 contacts
    assert 90 <= (rows["interactions"] + rows["revenue_records"]) / 300 <= 115  # → ~1,000,000
