"""Finding an account by the name a user types on the command line."""

from __future__ import annotations

import pytest

from workbench.domain.enums import AccountStatus, Sector, Tier
from workbench.services.accounts import (
    AccountDraft,
    AccountNameRefused,
    account_named,
    create_account,
)
from workbench.store.database import Store


def add_accounts(store: Store, *names: str) -> dict[str, int]:
    ids = {}
    with store.transaction() as session:
        for name in names:
            draft = AccountDraft(
                name=name,
                sector=Sector.PHARMA,
                tier=Tier.KEY,
                status=AccountStatus.ACTIVE,
                country="ES",
                time_zone="Europe/Madrid",
                currency="EUR",
            )
            ids[name], _ = create_account(session, draft)
    return ids


def test_an_exact_name_in_any_case_wins_over_names_containing_it(store: Store) -> None:
    ids = add_accounts(store, "Acme", "Acme Iberia", "Acme Portugal")
    with store.session() as session:
        assert account_named(session, "  aCME ") == ids["Acme"]


def test_a_part_of_one_name_finds_that_account(store: Store) -> None:
    ids = add_accounts(store, "Acme Iberia", "Teide Pharma")
    with store.session() as session:
        assert account_named(session, "teide") == ids["Teide Pharma"]


def test_a_name_matching_none_is_refused_with_the_name_quoted(store: Store) -> None:
    add_accounts(store, "Acme Iberia")
    with store.session() as session, pytest.raises(AccountNameRefused) as refused:
        account_named(session, "Globex")
    assert str(refused.value) == "no account is called 'Globex'"


def test_an_empty_name_matches_no_account(store: Store) -> None:
    add_accounts(store, "Acme Iberia")
    with store.session() as session, pytest.raises(AccountNameRefused) as refused:
        account_named(session, "  ")
    assert str(refused.value) == "no account is called '  '"


def test_a_name_matching_several_names_the_first_five_in_order(store: Store) -> None:
    add_accounts(store, *(f"Acme {letter}" for letter in "GFEDCBA"))
    with store.session() as session, pytest.raises(AccountNameRefused) as refused:
        account_named(session, "acme")
    assert str(refused.value) == (
        "'acme' matches 7 accounts (Acme A, Acme B, Acme C, Acme D, Acme E, …); be more precise"
    )


def test_five_matches_are_all_named_without_an_ellipsis(store: Store) -> None:
    add_accounts(store, *(f"Acme {letter}" for letter in "ABCDE"))
    with store.session() as session, pytest.raises(AccountNameRefused) as refused:
        account_named(session, "Acme")
    assert str(refused.value).endswith("(Acme A, Acme B, Acme C, Acme D, Acme E); be more precise")
