"""The focus list's quiet accounts and health drops, picked and ordered in SQL, are those
the plain definition gives: checked against it on the sample portfolio."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from workbench.domain.health import Band, band_of
from workbench.services import focus, health
from workbench.store.database import Store
from workbench.store.models import Account, HealthSnapshot

NOW = datetime(2026, 11, 26, 8, tzinfo=UTC)


def test_band_drops_are_every_fall_worst_band_then_biggest_fall_first(
    sample_store: Store,
) -> None:
    with sample_store.transaction() as session:
        health.refresh_history(session, NOW)
        # Push some of this month's scores down so several accounts fall, some equally.
        ids = sorted(health.tracked_accounts(session))
        for index, account_id in enumerate(ids[::2]):
            session.execute(
                update(HealthSnapshot)
                .where(HealthSnapshot.account_id == account_id, HealthSnapshot.month == 202611)
                .values(score=(index * 7) % 60)
            )
    with sample_store.session() as session:
        scores = {
            (account_id, month): score
            for account_id, month, score in session.execute(
                select(HealthSnapshot.account_id, HealthSnapshot.month, HealthSnapshot.score)
            )
        }
        drops = health.band_drops(session, NOW)
        order = list(Band)
        expected = sorted(
            (
                (account_id, band_of(before), band_of(now), before, now)
                for (account_id, month), now in scores.items()
                if month == 202611
                and (before := scores.get((account_id, 202610))) is not None
                and order.index(band_of(now)) > order.index(band_of(before))
            ),
            key=lambda d: (-order.index(d[2]), d[4] - d[3], d[0]),
        )
        assert len(expected) > 3
        assert [(d.account_id, d.before, d.now, d.score_before, d.score_now) for d in drops] == (
            expected
        )


def test_quiet_accounts_never_contacted_first_then_longest_silence_with_the_true_total(
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        tracked = health.tracked_accounts(session)
        contacts = dict(
            session.execute(
                select(Account.id, health.last_contact_of_account()).where(
                    Account.id.in_(list(tracked))
                )
            ).all()
        )
        names = dict(session.execute(select(Account.id, Account.name)).all())
        for quiet_days in (0, 20, 45, 400):
            cutoff = NOW - timedelta(days=quiet_days)
            quiet = sorted(
                (a for a, moment in contacts.items() if moment is None or moment < cutoff),
                key=lambda a: (contacts[a] is not None, contacts[a] or NOW, a),
            )
            items, total = focus._quiet_accounts(session, NOW, quiet_days)
            assert total == len(quiet)
            assert [i.account_id for i in items] == quiet[: focus.PER_KIND]
            assert [i.account_name for i in items] == [names[a] for a in quiet[: focus.PER_KIND]]
            assert all(
                dict(i.detail)["days"] == (None if i.when is None else (NOW - i.when).days)
                for i in items
            )
