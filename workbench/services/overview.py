"""A few portfolio-wide counts: enough for the window to know whether the database is empty."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workbench.domain.enums import IncidentStatus
from workbench.store.models import Account, Colleague, Contact, Incident, Meeting, Proposal


@dataclass(frozen=True)
class PortfolioCounts:
    accounts: int
    archived_accounts: int
    contacts: int
    meetings: int
    open_incidents: int
    proposals: int

    @property
    def is_empty(self) -> bool:
        return self.accounts == 0 and self.archived_accounts == 0


def my_colleague_id(session: Session) -> int | None:
    """The colleague record of the account manager using the app, if one is marked."""
    return session.scalar(select(Colleague.id).where(Colleague.is_me).limit(1))


def colleague_called(session: Session, name: str) -> int | None:
    """The (first) colleague called *name*, case-blind: how a team's server matches a user
    to the book's colleagues."""
    return session.scalar(
        select(Colleague.id)
        .where(func.lower(Colleague.name) == name.lower())
        .order_by(Colleague.id)
        .limit(1)
    )


def mark_me(session: Session, name: str) -> bool:
    """Mark the colleague called *name* (case-blind) as the user of this laptop, and no one
    else — on a team, the user signed in, as the server matches them. Nothing changes when
    no colleague is called so. Whether anything changed."""
    found = colleague_called(session, name)
    if found is None:
        return False
    changed = session.execute(
        update(Colleague)
        .where(Colleague.is_me != (Colleague.id == found))
        .values(is_me=Colleague.id == found)
    )
    return bool(changed.rowcount)  # type: ignore[attr-defined]


def _count(session: Session, statement: object) -> int:
    return int(session.scalar(statement) or 0)  # type: ignore[call-overload]


def portfolio_counts(session: Session) -> PortfolioCounts:
    count = func.count()
    open_states = [
        s for s in IncidentStatus if s not in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED)
    ]
    return PortfolioCounts(
        accounts=_count(session, select(count).where(Account.archived_at.is_(None))),
        archived_accounts=_count(session, select(count).where(Account.archived_at.is_not(None))),
        contacts=_count(session, select(count).select_from(Contact)),
        meetings=_count(session, select(count).select_from(Meeting)),
        open_incidents=_count(session, select(count).where(Incident.status.in_(open_states))),
        proposals=_count(session, select(count).select_from(Proposal)),
    )
