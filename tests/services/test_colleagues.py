"""Who mentors whom: choosing a junior's mentor (refused in a loop), the history it leaves,
and the director's views that show a junior's accounts under their mentor — the
Portfolio's owner filter and the Dashboard by account manager."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from workbench.domain.period import Quarter
from workbench.domain.validation import Refusal
from workbench.services.colleagues import (
    colleague_rows,
    mentor_order,
    owner_entries,
    set_mentor,
)
from workbench.services.portfolio import PortfolioQuery, load_portfolio
from workbench.services.team_dashboard import kpis_by_manager
from workbench.store.database import Store
from workbench.store.models import Account, Colleague, FieldChange

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def _ids(store: Store, *names: str) -> list[int]:
    with store.session() as session:
        found = dict(session.execute(select(Colleague.name, Colleague.id)).all())
    return [found[name] for name in names]


def test_a_mentor_is_chosen_recorded_and_never_one_of_their_own_juniors(
    sample_store: Store,
) -> None:
    elena, rachel, marcos = _ids(sample_store, "Elena Vidal", "Rachel Moore", "Marcos Herrera")
    with sample_store.transaction() as session:
        before, changes = set_mentor(session, rachel, elena)
        set_mentor(session, marcos, rachel)
    assert before is None and changes.touches("colleagues")
    with sample_store.session() as session:
        rows = {row.name: row for row in colleague_rows(session)}
        assert rows["Rachel Moore"].mentor == "Elena Vidal"
        assert rows["Marcos Herrera"].mentor_id == rachel
        assert rows["Elena Vidal"].accounts > 0
        recorded = session.scalars(
            select(FieldChange).where(FieldChange.table_name == "colleagues")
        ).all()
    assert len(recorded) == 2  # one changed field each, in the history

    for colleague, mentor in ((elena, marcos), (elena, rachel), (elena, elena)):
        with pytest.raises(Refusal) as refused, sample_store.transaction() as session:
            set_mentor(session, colleague, mentor)
        assert str(refused.value) == "Elena Vidal cannot be mentored by one of their own juniors."
    with pytest.raises(Refusal), sample_store.transaction() as session:
        set_mentor(session, rachel, 999_999)
    with sample_store.session() as session:  # nothing refused was kept
        mentors = dict(session.execute(select(Colleague.id, Colleague.mentor_id)).all())
    assert mentors[elena] is None and mentors[rachel] == elena and mentors[marcos] == rachel


def test_mentor_order_puts_each_junior_under_their_mentor_by_name() -> None:
    people = [
        (1, "Elena", None),
        (2, "rachel", 1),
        (3, "Marcos", None),
        (4, "Ana", 1),
        (5, "Zoe", 9),
    ]
    assert mentor_order(people) == [(1, 0), (4, 1), (2, 1), (3, 0), (5, 0)]


def test_the_owner_filter_lists_juniors_under_their_mentor_and_shows_their_accounts_too(
    sample_store: Store,
) -> None:
    elena, rachel = _ids(sample_store, "Elena Vidal", "Rachel Moore")
    with sample_store.transaction() as session:
        set_mentor(session, rachel, elena)
        rows = load_portfolio(session, with_figures=False)
        owners = {r.owner_id: r.owner for r in rows if r.owner_id is not None and r.owner}
        entries = owner_entries(session, owners)
    by_name = {entry.name: entry for entry in entries}
    assert [e.name for e in entries].index("Rachel Moore") == [e.name for e in entries].index(
        "Elena Vidal"
    ) + 1
    assert by_name["Rachel Moore"].depth == 1 and by_name["Elena Vidal"].juniors == {rachel}
    hers = PortfolioQuery(owner_id=elena, juniors=by_name["Elena Vidal"].juniors)
    shown = {r.owner_id for r in rows if hers.matches(r)}
    assert shown == {elena, rachel}
    only_hers = PortfolioQuery(owner_id=elena)
    assert {r.owner_id for r in rows if only_hers.matches(r)} == {elena}


def test_a_mentor_who_owns_no_account_still_heads_their_juniors(sample_store: Store) -> None:
    rachel, andres = _ids(sample_store, "Rachel Moore", "Andrés Molina")
    with sample_store.transaction() as session:
        set_mentor(session, rachel, andres)
        owners = dict(
            session.execute(
                select(Colleague.id, Colleague.name).join(Account, Account.owner_id == Colleague.id)
            ).all()
        )
        entries = owner_entries(session, owners)
    assert andres not in owners
    names = [(e.name, e.depth) for e in entries]
    assert names[names.index(("Andrés Molina", 0)) + 1] == ("Rachel Moore", 1)


def test_the_dashboard_by_manager_lists_a_junior_under_their_mentor(sample_store: Store) -> None:
    elena, rachel = _ids(sample_store, "Elena Vidal", "Rachel Moore")
    with sample_store.transaction() as session:
        set_mentor(session, rachel, elena)
        lines = kpis_by_manager(session, Quarter.of(NOW.date()).previous(), now=NOW)
    names = [(line.name, line.depth) for line in lines[:-1]]
    assert names[names.index(("Elena Vidal", 0)) + 1] == ("Rachel Moore", 1)
    assert lines[-1].owner_id is None  # the team's total stays last
