"""The focus list: what needs the account manager today, most urgent first.

Seven kinds of entry, each pointing at the record that needs the work, so the UI can
open the right tab at the right place:

* action items past their due date (oldest first) → the account's detail: when the book
  knows who "me" is (``Colleague.is_me``; on a team, the user signed in), those I owe and
  those others owe on my accounts — not a colleague's own business on their accounts;
* my action items due in the next 7 days (soonest first) → the account's detail: on a
  team, work a colleague hands me arrives here with the sync that brings it;
* meetings in the next 7 days (soonest first) → the occurrence in the Calendar;
* contracts ending within 90 days and not yet renewed (soonest first) → the account;
* open critical incidents (oldest first) → the incident;
* customers not contacted for *quiet_days* days (longest silence first) → the account;
* customers whose health fell a band since last month (worst first) → the account.

Each kind is bounded (:data:`PER_KIND`) and says how many there are in all, so the
list stays short at 10,000 accounts and still tells the truth about the total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session

from workbench.domain import all_day
from workbench.domain.enums import ActionStatus, RenewalStatus, Severity
from workbench.domain.incidents import UNRESOLVED
from workbench.services import calendar
from workbench.services.health import TRACKED, band_drops, last_contact_of_account
from workbench.services.overview import my_colleague_id
from workbench.store.models import Account, ActionItem, Contract, Incident

PER_KIND = 25
RENEWAL_DAYS = 90
MEETING_DAYS = 7
ACTION_DAYS = 7
DEFAULT_QUIET_DAYS = 45
OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
RENEWAL_PENDING = (RenewalStatus.NOT_DUE, RenewalStatus.IN_NEGOTIATION)


class FocusKind(StrEnum):
    OVERDUE_ACTION = "overdue_action"
    MY_ACTION = "my_action"
    MEETING = "meeting"
    RENEWAL = "renewal"
    CRITICAL_INCIDENT = "critical_incident"
    QUIET_ACCOUNT = "quiet_account"
    HEALTH_DROP = "health_drop"


class TargetTab(StrEnum):
    PORTFOLIO = "portfolio"
    CALENDAR = "calendar"
    PROPOSALS = "proposals"
    INCIDENTS = "incidents"


@dataclass(frozen=True)
class Target:
    """Where an entry leads: a tab and a record in it (a meeting's occurrence start too)."""

    tab: TargetTab
    record_id: int
    occurrence: datetime | None = None


@dataclass(frozen=True)
class FocusItem:
    kind: FocusKind
    account_id: int
    account_name: str
    title: str
    #: The date that makes it urgent: due date, meeting start, contract end, report…
    when: date | datetime | None
    target: Target
    #: Extra numbers for the sentence the UI writes (days overdue, scores…).
    detail: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class FocusList:
    items: tuple[FocusItem, ...]
    #: How many entries of each kind exist (the list shows at most PER_KIND of each).
    totals: dict[FocusKind, int]

    def of(self, kind: FocusKind) -> list[FocusItem]:
        return [item for item in self.items if item.kind is kind]


def focus_list(
    session: Session,
    now: datetime,
    *,
    quiet_days: int = DEFAULT_QUIET_DAYS,
    held: calendar.HeldSeries | None = None,
) -> FocusList:
    """Everything that wants attention now, each kind capped at ``PER_KIND`` with its total.

    *held* keeps the recurring meetings between calls (most of the week's expansion at the
    stress size); whoever passes one drops it when meetings or accounts change.
    """
    today = now.date()
    me = my_colleague_id(session)
    items: list[FocusItem] = []
    totals: dict[FocusKind, int] = {}
    for kind, loader in (
        (FocusKind.OVERDUE_ACTION, lambda: _overdue_actions(session, today, me)),
        (FocusKind.MY_ACTION, lambda: _my_actions(session, today, me)),
        (FocusKind.CRITICAL_INCIDENT, lambda: _critical_incidents(session, now)),
        (FocusKind.MEETING, lambda: _meetings(session, now, held)),
        (FocusKind.RENEWAL, lambda: _renewals(session, today)),
        (FocusKind.HEALTH_DROP, lambda: _health_drops(session, now)),
        (FocusKind.QUIET_ACCOUNT, lambda: _quiet_accounts(session, now, quiet_days)),
    ):
        found, total = loader()
        items.extend(found)
        totals[kind] = total
    return FocusList(tuple(items), totals)


def _count(session: Session, statement: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(statement.subquery())) or 0)


def _mine_or_on_my_accounts(me: int | None) -> ColumnElement[bool]:
    """Action items I owe, or that anyone owes on an account of mine (all with no "me")."""
    if me is None:
        return true()
    mine = select(Account.id).where(Account.owner_id == me)
    return or_(ActionItem.owner_colleague_id == me, ActionItem.account_id.in_(mine))


def _overdue_actions(session: Session, today: date, me: int | None) -> tuple[list[FocusItem], int]:
    overdue = (
        ActionItem.status.in_(OPEN_ACTION),
        ActionItem.due_on < today,
        _mine_or_on_my_accounts(me),
    )
    # The first ones are picked before their accounts are joined: SQLite then stops at them
    # in the (status, due) index (0.1 ms), where joining first looked up the account of
    # every overdue item (5,000 at the stress size, 9 ms). The total is read from the index.
    first = (
        select(ActionItem.id, ActionItem.title, ActionItem.due_on, ActionItem.account_id)
        .where(*overdue)
        .order_by(ActionItem.due_on, ActionItem.id)
        .limit(PER_KIND)
        .subquery()
    )
    statement = (
        select(first.c.title, first.c.due_on, Account.id, Account.name)
        .join(Account, Account.id == first.c.account_id)
        .order_by(first.c.due_on, first.c.id)
    )
    items = [
        FocusItem(
            FocusKind.OVERDUE_ACTION,
            account_id,
            account_name,
            title,
            due,
            Target(TargetTab.PORTFOLIO, account_id),
            (("days", (today - due).days if due else 0),),
        )
        for title, due, account_id, account_name in session.execute(statement)
    ]
    total = session.scalar(select(func.count()).select_from(ActionItem).where(*overdue))
    return items, int(total or 0)


def _my_actions(session: Session, today: date, me: int | None) -> tuple[list[FocusItem], int]:
    """My open action items due from today to ``ACTION_DAYS`` ahead (none with no "me")."""
    if me is None:
        return [], 0
    statement = (
        select(ActionItem.title, ActionItem.due_on, Account.id, Account.name)
        .join(Account, Account.id == ActionItem.account_id)
        .where(
            ActionItem.owner_colleague_id == me,
            ActionItem.status.in_(OPEN_ACTION),
            ActionItem.due_on >= today,
            ActionItem.due_on <= today + timedelta(days=ACTION_DAYS),
        )
        .order_by(ActionItem.due_on, ActionItem.id)
    )
    items = [
        FocusItem(
            FocusKind.MY_ACTION,
            account_id,
            account_name,
            title,
            due,
            Target(TargetTab.PORTFOLIO, account_id),
            (("days", (due - today).days if due else 0),),
        )
        for title, due, account_id, account_name in session.execute(statement.limit(PER_KIND))
    ]
    return items, _count(session, statement)


def _critical_incidents(session: Session, now: datetime) -> tuple[list[FocusItem], int]:
    statement = (
        select(Incident.id, Incident.title, Incident.reported_at, Account.id, Account.name)
        .join(Account, Account.id == Incident.account_id)
        .where(Incident.severity == Severity.CRITICAL, Incident.status.in_(UNRESOLVED))
        .order_by(Incident.reported_at, Incident.id)
    )
    items = [
        FocusItem(
            FocusKind.CRITICAL_INCIDENT,
            account_id,
            account_name,
            title,
            reported,
            Target(TargetTab.INCIDENTS, incident_id),
            (("days", (now - reported).days),),
        )
        for incident_id, title, reported, account_id, account_name in session.execute(
            statement.limit(PER_KIND)
        )
    ]
    return items, _count(session, statement)


def _meetings(
    session: Session, now: datetime, held: calendar.HeldSeries | None
) -> tuple[list[FocusItem], int]:
    found, total = calendar.soonest(session, now, MEETING_DAYS, PER_KIND, held)
    items = [
        FocusItem(
            FocusKind.MEETING,
            o.account_id,
            o.account_name,
            o.title,
            # An all-day event is its first day (read in its own zone), not a midnight.
            all_day.span(o.starts_at, o.ends_at, o.time_zone)[0] if o.all_day else o.starts_at,
            Target(TargetTab.CALENDAR, o.meeting_id, o.original_start),
        )
        for o in found
    ]
    return items, total


def _renewals(session: Session, today: date) -> tuple[list[FocusItem], int]:
    statement = (
        select(Contract.title, Contract.ends_on, Contract.renewal_status, Account.id, Account.name)
        .join(Account, Account.id == Contract.account_id)
        .where(
            Contract.ends_on >= today,
            Contract.ends_on <= today + timedelta(days=RENEWAL_DAYS),
            Contract.renewal_status.in_(RENEWAL_PENDING),
            Account.archived_at.is_(None),
        )
        .order_by(Contract.ends_on, Contract.id)
    )
    items = [
        FocusItem(
            FocusKind.RENEWAL,
            account_id,
            account_name,
            title,
            ends_on,
            Target(TargetTab.PORTFOLIO, account_id),
            (("days", (ends_on - today).days), ("status", RenewalStatus(status))),
        )
        for title, ends_on, status, account_id, account_name in session.execute(
            statement.limit(PER_KIND)
        )
    ]
    return items, _count(session, statement)


def _quiet_accounts(
    session: Session, now: datetime, quiet_days: int
) -> tuple[list[FocusItem], int]:
    """Customers not contacted since the cutoff (never contacted first, then the longest
    silence). SQL picks them, orders them and counts them: only the shown rows come back.
    """
    contacts = (
        select(Account.id, Account.name, last_contact_of_account().label("last"))
        .where(Account.status.in_(TRACKED), Account.archived_at.is_(None))
        # Worked out once per account, not again for the filter and the order.
        .cte("contacts")
        .prefix_with("MATERIALIZED")
    )
    statement = (
        select(contacts.c.id, contacts.c.name, contacts.c.last, func.count().over())
        .where(or_(contacts.c.last.is_(None), contacts.c.last < now - timedelta(days=quiet_days)))
        .order_by(contacts.c.last.is_not(None), contacts.c.last, contacts.c.id)
        .limit(PER_KIND)
    )
    rows = session.execute(statement).all()
    items = [
        FocusItem(
            FocusKind.QUIET_ACCOUNT,
            account_id,
            name,
            name,
            moment,
            Target(TargetTab.PORTFOLIO, account_id),
            (("days", None if moment is None else (now - moment).days),),
        )
        for account_id, name, moment, _ in rows
    ]
    return items, rows[0][3] if rows else 0


def _health_drops(session: Session, now: datetime) -> tuple[list[FocusItem], int]:
    drops = band_drops(session, now)
    names = dict(
        session.execute(
            select(Account.id, Account.name).where(
                Account.id.in_([d.account_id for d in drops[:PER_KIND]])
            )
        ).all()
    )
    items = [
        FocusItem(
            FocusKind.HEALTH_DROP,
            drop.account_id,
            names.get(drop.account_id, ""),
            names.get(drop.account_id, ""),
            None,
            Target(TargetTab.PORTFOLIO, drop.account_id),
            (
                ("before", drop.score_before),
                ("now", drop.score_now),
                ("from_band", drop.before),
                ("to_band", drop.now),
            ),
        )
        for drop in drops[:PER_KIND]
    ]
    return items, len(drops)
