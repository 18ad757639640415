"""The Dashboard by account manager: each colleague's KPIs for a quarter, side by side,
and the team's total (a director's laptop holds the whole team's book)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.exchange import ExchangeRates
from workbench.domain.incidents import ResponseTargets
from workbench.domain.period import Quarter
from workbench.services.colleagues import mentor_order
from workbench.services.kpi import KpiSet, kpi_set
from workbench.store.models import Account, Colleague


@dataclass(frozen=True)
class ManagerKpis:
    #: The colleague; ``None`` for the team's total (every account, owned or not).
    owner_id: int | None
    name: str
    accounts: int
    kpis: KpiSet
    #: Under a mentor: 1 for their junior (0: no mentor among the lines).
    depth: int = 0


def kpis_by_manager(
    session: Session,
    period: Quarter,
    *,
    now: datetime,
    rates: ExchangeRates | None = None,
    targets: ResponseTargets | None = None,
) -> list[ManagerKpis]:
    """One line per colleague who owns active accounts (by name, a mentor's juniors under
    them), then the team's total."""
    owners = {
        owner_id: (name, mentor_id, count)
        for owner_id, name, mentor_id, count in session.execute(
            select(Colleague.id, Colleague.name, Colleague.mentor_id, func.count(Account.id))
            .join(Account, Account.owner_id == Colleague.id)
            .where(Account.archived_at.is_(None))
            .group_by(Colleague.id, Colleague.name, Colleague.mentor_id)
        )
    }
    lines = [
        ManagerKpis(
            owner_id,
            owners[owner_id][0],
            owners[owner_id][2],
            kpi_set(session, period, now=now, rates=rates, targets=targets, owner_id=owner_id),
            depth,
        )
        for owner_id, depth in mentor_order(
            (owner_id, name, mentor) for owner_id, (name, mentor, _count) in owners.items()
        )
    ]
    total = session.scalar(select(func.count(Account.id)).where(Account.archived_at.is_(None)))
    lines.append(
        ManagerKpis(
            None,
            "",
            int(total or 0),
            kpi_set(session, period, now=now, rates=rates, targets=targets),
        )
    )
    return lines
