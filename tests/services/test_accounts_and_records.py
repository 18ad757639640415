"""Account and detail-record use cases: validation refuses bad input and writes nothing;
delete takes everything that belongs to the account and restore brings it all back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.dumps import dump
from workbench.domain.enums import AccountStatus, RenewalStatus, Sector, Team, Tier
from workbench.domain.validation import ValidationError
from workbench.services.account_records import (
    KINDS,
    add_record,
    delete_record,
    list_records,
    restore_records,
    update_record,
)
from workbench.services.accounts import (
    AccountDraft,
    account_draft,
    create_account,
    delete_account,
    deletion_summary,
    restore_account,
    set_archived,
    update_account,
)
from workbench.store.database import Store
from workbench.store.models import Account, AccountBudget


def draft(**changes: object) -> AccountDraft:
    values: dict[str, object] = dict(
        name="  Laboratorios Teide S.A. ",
        sector=Sector.PHARMA,
        tier=Tier.STRATEGIC,
        status=AccountStatus.ACTIVE,
        country="es",
        time_zone="Atlantic/Canary",
        currency="eur",
    )
    values.update(changes)
    return AccountDraft(**values)  # type: ignore[arg-type]


def test_create_normalises_and_edit_round_trips(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(session, draft())
    with store.session() as session:
        saved = account_draft(session, account_id)
    assert (saved.name, saved.country, saved.currency) == ("Laboratorios Teide S.A.", "ES", "EUR")
    with store.transaction() as session:
        update_account(session, account_id, draft(tier=Tier.KEY))
    with store.session() as session:
        assert account_draft(session, account_id).tier is Tier.KEY


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"currency": "EURO"}, "currency"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"country": "Spain"}, "country"),
    ],
)
def test_bad_account_input_is_refused_and_nothing_is_written(
    store: Store, changes: dict, field: str
) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        create_account(session, draft(**changes))
    assert [p.field for p in caught.value.problems] == [field]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_an_account_cannot_become_its_own_grandparent(store: Store) -> None:
    with store.transaction() as session:
        top, _ = create_account(session, draft(name="Grupo"))
        child, _ = create_account(session, draft(name="Filial", parent_id=top))
    with pytest.raises(ValidationError, match="own parent"), store.transaction() as session:
        update_account(session, top, draft(name="Grupo", parent_id=child))


def test_delete_says_what_goes_and_restore_brings_back_every_row(
    sample_store: Store, sample_db_path: Path
) -> None:
    before = dump(sample_db_path, sort=True)
    with sample_store.session() as session:
        victim = session.scalar(select(Account.id).where(Account.parent_id.is_not(None)))
        parent = session.scalar(select(Account.parent_id).where(Account.id == victim))
        summary = deletion_summary(session, parent)
    assert summary["accounts"] == 1 and summary["contacts"] > 0 and summary["interactions"] > 0
    with sample_store.transaction() as session:
        snapshot, _ = delete_account(session, parent)
    with sample_store.session() as session:
        assert session.get(Account, parent) is None
        assert session.get_one(Account, victim).parent_id is None  # the subsidiary stays, unlinked
    with sample_store.transaction() as session:
        restore_account(session, snapshot)
    sample_store.close()
    assert dump(sample_db_path, sort=True) == before


def test_archive_and_unarchive(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(session, draft())
        set_archived(session, account_id, True)
    with store.session() as session:
        assert session.get_one(Account, account_id).archived_at is not None
    with store.transaction() as session:
        set_archived(session, account_id, False)
    with store.session() as session:
        assert session.get_one(Account, account_id).archived_at is None


def test_negative_budget_is_refused_with_the_field_named(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(session, draft())
    budgets = KINDS["budgets"]
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        add_record(
            session,
            budgets,
            account_id,
            {"period": 20264, "planned": Decimal(-5), "committed": Decimal(0)},
        )
    assert [p.field for p in caught.value.problems] == ["planned"]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(AccountBudget)) == 0


def test_database_refusal_becomes_a_validation_error_and_keeps_the_session(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(session, draft())
        budgets = KINDS["budgets"]
        add_record(
            session,
            budgets,
            account_id,
            {"period": 20264, "planned": Decimal(5), "committed": Decimal(0)},
        )
        with pytest.raises(ValidationError, match="same"):  # one budget per quarter
            add_record(
                session,
                budgets,
                account_id,
                {"period": 20264, "planned": Decimal(9), "committed": Decimal(1)},
            )
        assert len(list_records(session, budgets, account_id)) == 1


def test_record_add_edit_delete_and_restore(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(session, draft())
    contracts = KINDS["contracts"]
    values = {
        "title": "MSA",
        "starts_on": date(2026, 1, 1),
        "ends_on": date(2027, 1, 1),
        "annual_value": Decimal("120000.50"),
        "notice_days": 90,
        "renewal_status": RenewalStatus.NOT_DUE,
    }
    with store.transaction() as session:
        record_id, _ = add_record(session, contracts, account_id, values)
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        update_record(session, contracts, record_id, values | {"ends_on": date(2025, 1, 1)})
    assert [p.field for p in caught.value.problems] == ["ends_on"]
    with store.transaction() as session:
        update_record(session, contracts, record_id, values | {"title": "MSA 2026"})
    with store.session() as session:
        (view,) = list_records(session, contracts, account_id)
    assert view.values["title"] == "MSA 2026" and view.values["annual_value"] == Decimal("120000.5")
    with store.transaction() as session:
        snapshot, _ = delete_record(session, contracts, record_id)
    with store.transaction() as session:
        restore_records(session, snapshot)
    with store.session() as session:
        assert [v.values["title"] for v in list_records(session, contracts, account_id)] == [
            "MSA 2026"
        ]


def test_action_item_needs_an_owner_and_done_items_leave_the_open_list(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(session, draft())
    actions = KINDS["action_items"]
    with pytest.raises(ValidationError, match="owner"), store.transaction() as session:
        add_record(session, actions, account_id, {"title": "Call back", "status": "open"})
    with store.transaction() as session:
        item, _ = add_record(
            session,
            actions,
            account_id,
            {"title": "Call back", "status": "open", "owner_team": Team.SALES},
        )
        update_record(
            session,
            actions,
            item,
            {"title": "Call back", "status": "done", "owner_team": Team.SALES},
        )
    with store.session() as session:
        assert list_records(session, actions, account_id) == []


def test_status_changes_keep_the_customer_dates_retention_needs(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(
            session, draft(status=AccountStatus.PROSPECT), today=date(2025, 1, 10)
        )
        won = replace(account_draft(session, account_id), status=AccountStatus.ACTIVE)
        update_account(session, account_id, won, today=date(2025, 3, 1))
        lost = replace(account_draft(session, account_id), status=AccountStatus.CHURNED)
        update_account(session, account_id, lost, today=date(2026, 2, 1))
        back = replace(account_draft(session, account_id), status=AccountStatus.ACTIVE)
        update_account(session, account_id, back, today=date(2026, 6, 1))
        account = session.get_one(Account, account_id)
        assert (account.client_since, account.churned_on, account.won_back_on) == (
            date(2025, 3, 1),
            date(2026, 2, 1),
            date(2026, 6, 1),
        )
        lost_again = replace(account_draft(session, account_id), status=AccountStatus.CHURNED)
        update_account(session, account_id, lost_again, today=date(2026, 9, 1))
        assert account.churned_on == date(2026, 9, 1)


def test_customer_dates_out_of_order_are_refused(store: Store) -> None:
    with store.transaction() as session:
        account_id, _ = create_account(session, draft(status=AccountStatus.ACTIVE))
        before = account_draft(session, account_id)
    for field, bad in (
        ("won_back_on", replace(before, won_back_on=date(2026, 4, 1))),
        ("churned_on", replace(before, churned_on=before.client_since - timedelta(days=1))),
    ):
        with store.transaction() as session, pytest.raises(ValidationError) as raised:
            update_account(session, account_id, bad)
        assert [p.field for p in raised.value.problems] == [field]
    with store.session() as session:
        assert account_draft(session, account_id) == before
