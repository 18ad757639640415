"""Our colleagues and who mentors whom: a junior account executive is guided by a more
senior colleague, their mentor (the seed: "guía a los juniors"). The director's views
show a junior's accounts under their mentor: the Portfolio's owner filter and order, the
Dashboard by account manager (:func:`mentor_order`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import Team
from workbench.domain.validation import QT_TRANSLATE_NOOP, Refusal
from workbench.services.changes import ChangeSet
from workbench.store.models import Account, Colleague


@dataclass(frozen=True)
class ColleagueRow:
    id: int
    name: str
    team: Team
    email: str | None
    active: bool
    mentor_id: int | None
    mentor: str | None
    #: The accounts they own.
    accounts: int


def colleague_rows(session: Session) -> list[ColleagueRow]:
    """Every colleague, by name, with their mentor and how many accounts they own."""
    mentor = aliased(Colleague)
    owned = (
        select(Account.owner_id, func.count().label("accounts"))
        .group_by(Account.owner_id)
        .subquery()
    )
    statement = (
        select(
            Colleague.id,
            Colleague.name,
            Colleague.team,
            Colleague.email,
            Colleague.active,
            Colleague.mentor_id,
            mentor.name,
            func.coalesce(owned.c.accounts, 0),
        )
        .outerjoin(mentor, mentor.id == Colleague.mentor_id)
        .outerjoin(owned, owned.c.owner_id == Colleague.id)
        .order_by(func.lower(Colleague.name), Colleague.id)
    )
    return [ColleagueRow(*row) for row in session.execute(statement)]


def set_mentor(
    session: Session, colleague_id: int, mentor_id: int | None
) -> tuple[int | None, ChangeSet]:
    """Make *mentor_id* (None: nobody) the mentor of *colleague_id*; the mentor before."""
    colleague = session.get(Colleague, colleague_id)
    if colleague is None:
        raise Refusal(QT_TRANSLATE_NOOP("validation", "That colleague no longer exists."))
    if mentor_id is not None:
        if session.get(Colleague, mentor_id) is None:
            raise Refusal(QT_TRANSLATE_NOOP("validation", "That colleague no longer exists."))
        if mentor_id == colleague_id or colleague_id in _mentors_above(session, mentor_id):
            raise Refusal(
                QT_TRANSLATE_NOOP(
                    "validation", "{name} cannot be mentored by one of their own juniors."
                ),
                name=colleague.name,
            )
    before = colleague.mentor_id
    colleague.mentor_id = mentor_id  # through the ORM: the field history records it
    return before, ChangeSet.of("colleagues")


def _mentors_above(session: Session, colleague_id: int) -> list[int]:
    """*colleague_id* and their mentor, their mentor's mentor… (a loop is stopped)."""
    chain: list[int] = []
    current: int | None = colleague_id
    while current is not None and current not in chain:
        chain.append(current)
        current = session.scalar(select(Colleague.mentor_id).where(Colleague.id == current))
    return chain


def mentor_order(people: Iterable[tuple[int, str, int | None]]) -> list[tuple[int, int]]:
    """(id, depth) of *people* — (id, name, mentor id) — each mentor followed by their
    juniors (depth one more), by name at each level; a junior whose mentor is not among
    *people* stands at the top level."""
    listed = {pid: (name, mentor) for pid, name, mentor in people}
    juniors: dict[int | None, list[int]] = {}
    for pid, (_name, mentor) in listed.items():
        juniors.setdefault(mentor if mentor in listed else None, []).append(pid)
    ordered: list[tuple[int, int]] = []
    placed: set[int] = set()

    def place(parent: int | None, depth: int) -> None:
        for pid in sorted(juniors.get(parent, []), key=lambda p: (listed[p][0].casefold(), p)):
            if pid in placed:
                continue  # a loop the rules forbid: each once
            placed.add(pid)
            ordered.append((pid, depth))
            place(pid, depth + 1)

    place(None, 0)
    return ordered


@dataclass(frozen=True)
class OwnerEntry:
    """A line of an owner filter: a colleague, how deep under a mentor, and the juniors
    (at any depth under them) whose accounts choosing them shows too."""

    id: int
    name: str
    depth: int
    juniors: frozenset[int]


def owner_entries(session: Session, owners: dict[int, str]) -> list[OwnerEntry]:
    """The account *owners* (id → name) as an owner filter lists them: each mentor followed
    by their juniors; a mentor who owns no account is listed when a junior of theirs does."""
    mentors = dict(session.execute(select(Colleague.id, Colleague.mentor_id)).all())
    names = dict(owners)
    for owner in owners:
        mentor = mentors.get(owner)
        seen: set[int] = set()
        while mentor is not None and mentor not in names and mentor not in seen:
            seen.add(mentor)
            names[mentor] = ""
            mentor = mentors.get(mentor)
    missing = [pid for pid, name in names.items() if not name]
    if missing:
        names.update(
            session.execute(
                select(Colleague.id, Colleague.name).where(Colleague.id.in_(missing))
            ).all()
        )
    order = mentor_order((pid, names[pid], mentors.get(pid)) for pid in names)
    entries: list[OwnerEntry] = []
    for index, (pid, depth) in enumerate(order):
        below = []
        for later, later_depth in order[index + 1 :]:
            if later_depth <= depth:
                break
            below.append(later)
        entries.append(OwnerEntry(pid, names[pid], depth, frozenset(below)))
    return entries
