"""Sharing an account beside its owner on a laptop: recorded in the history like any
change (so the next sync sends it), refused with a reason, idempotent."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from workbench.services.account_shares import (
    ShareRefused,
    colleague_named,
    share_account,
    shared_with,
    stop_sharing,
)
from workbench.store.database import Store
from workbench.store.models import Account, Colleague, FieldChange


def _account_and_someone_else(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        account = session.scalars(sa.select(Account).where(Account.owner_id.is_not(None))).first()
        assert account is not None and account.owner_id is not None
        other = session.scalar(sa.select(Colleague.id).where(Colleague.id != account.owner_id))
        assert other is not None
        return account.id, account.owner_id, other


def _history(store: Store) -> list[tuple[str, str]]:
    with store.session() as session:
        rows = session.execute(
            sa.select(FieldChange.kind, FieldChange.field)
            .where(FieldChange.table_name == "account_shares")
            .order_by(FieldChange.id)
        ).all()
    return [(str(getattr(kind, "value", kind)), field) for kind, field in rows]


def test_sharing_and_unsharing_are_recorded_and_said_once(sample_store: Store) -> None:
    account_id, _owner, other = _account_and_someone_else(sample_store)
    with sample_store.transaction() as session:
        done, changes = share_account(session, account_id, other)
        assert done and changes.touches("account_shares")
        again, _ = share_account(session, account_id, other)
        assert not again
        name = session.get_one(Colleague, other).name
        assert shared_with(session, account_id) == [name]
        assert colleague_named(session, name.upper()) == other
    assert _history(sample_store) == [("create", "*")]
    with sample_store.transaction() as session:
        assert stop_sharing(session, account_id, other)[0]
        assert not stop_sharing(session, account_id, other)[0]
        assert shared_with(session, account_id) == []
    assert _history(sample_store) == [("create", "*"), ("delete", "*")]


def test_sharing_with_the_owner_or_nobody_is_refused_and_stores_nothing(
    sample_store: Store,
) -> None:
    account_id, owner, _other = _account_and_someone_else(sample_store)
    with (
        pytest.raises(ShareRefused, match="it is theirs already"),
        sample_store.transaction() as session,
    ):
        share_account(session, account_id, owner)
    with (
        pytest.raises(ShareRefused, match="no colleague is called 'Nadie'"),
        sample_store.session() as session,
    ):
        colleague_named(session, "Nadie")
    with sample_store.session() as session:
        assert shared_with(session, account_id) == []
    assert _history(sample_store) == []
