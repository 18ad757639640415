"""The conflicts an account's History shows: each as it arose and, once settled, as it was
settled — kept in the book from what the server listed, so they show offline too."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from workbench.services.conflict_history import account_conflicts, log_conflicts
from workbench.store.database import Store
from workbench.store.models import Account

AROSE = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
SETTLED = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _listed(number: int, account: str, **more: object) -> dict[str, object]:
    """A conflict as the server lists it (``GET /api/conflicts``)."""
    return {
        "id": number,
        "table": "accounts",
        "record": account,
        "account": account,
        "label": "Hotel Sol",
        "field": "tier",
        "base": "standard",
        "theirs": "key",
        "theirs_by": "Jorge Ruiz",
        "theirs_at": AROSE.replace(hour=6).isoformat(),
        "yours": "strategic",
        "yours_by": "Elena Vidal",
        "yours_at": AROSE.isoformat(),
        "resolved_at": None,
        "resolved_by": None,
        "resolution": None,
        **more,
    }


def test_a_conflict_shows_on_its_account_as_it_arose_then_as_it_was_settled(
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        (one, one_uid), (other, other_uid) = session.execute(
            select(Account.id, Account.uid).order_by(Account.id).limit(2)
        ).all()
    with sample_store.transaction() as session:
        assert log_conflicts(session, [_listed(1, str(one_uid)), _listed(2, str(other_uid))]) == {
            "accounts"
        }
        assert log_conflicts(session, [_listed(1, str(one_uid))]) == set()  # nothing new
    with sample_store.session() as session:
        (arose,) = account_conflicts(session, one)
    assert (arose.settled, arose.at, arose.who, arose.yours, arose.theirs) == (
        False,
        AROSE,
        "Elena Vidal",
        "strategic",
        "key",
    )

    settled = _listed(
        1,
        str(one_uid),
        resolved_at=SETTLED.isoformat(),
        resolved_by="Jorge Ruiz",
        resolution={"take": "theirs", "value": "key"},
    )
    with sample_store.transaction() as session:
        assert log_conflicts(session, [settled]) == {"accounts"}
    with sample_store.session() as session:
        events = account_conflicts(session, one)
        assert len(account_conflicts(session, other)) == 1  # its own conflict only
    assert [(e.settled, e.at, e.who, e.take, e.value) for e in events] == [
        (True, SETTLED, "Jorge Ruiz", "theirs", "key"),  # newest first
        (False, AROSE, "Elena Vidal", None, None),
    ]
