"""Work handed to a colleague on the team: an action item they owe, a meeting they are
invited to, an incident their internal team is called to brings them the account — and
its going elsewhere takes it away again. Real server, real PostgreSQL, laptops synced
with ``workbench sync``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from tests.server.conftest import RunningServer
from tests.server.laptops import (
    TODAY,
    add_account,
    add_user,
    hand_work,
    ids_of,
    new_colleague,
    new_laptop,
    read_account,
    sync,
)
from workbench.domain.enums import (
    IncidentCategory,
    MeetingKind,
    MeetingMode,
    Severity,
    Team,
)
from workbench.services.focus import FocusKind, focus_list
from workbench.services.incidents import IncidentFilter, count_incidents
from workbench.store.database import open_store
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Incident,
    IncidentTeam,
    Meeting,
    MeetingAttendee,
)

OWNER, OPERATIONS, SUPPORT = "Jorge Ruiz", "Pablo Núñez", "Sara León"
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC)


def _hand(db: Path, account: str, title: str, to: str, due_in: int) -> None:
    hand_work(db, account, title, to, TODAY + timedelta(days=due_in))


def _reassign(db: Path, title: str, to: str) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            colleague_id = session.scalar(sa.select(Colleague.id).where(Colleague.name == to))
            item = session.scalar(sa.select(ActionItem).where(ActionItem.title == title))
            assert item is not None
            item.owner_colleague_id = colleague_id
    finally:
        store.close()


def _incident_calling(db: Path, account: str, team: Team) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            account_id = session.scalar(sa.select(Account.id).where(Account.name == account))
            assert account_id is not None
            incident = Incident(
                account_id=account_id,
                title="Late deliveries",
                category=IncidentCategory.DELIVERY_DELAY,
                severity=Severity.HIGH,
                reported_at=NOW - timedelta(hours=3),
            )
            session.add(incident)
            session.flush()
            session.add(IncidentTeam(incident_id=incident.id, team=team))
    finally:
        store.close()


def _invite(db: Path, account: str, colleague: str) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            account_id, colleague_id = ids_of(session, account, colleague)
            start = NOW + timedelta(days=2)
            meeting = Meeting(
                account_id=account_id,
                title="Quarterly review",
                kind=MeetingKind.QBR,
                mode=MeetingMode.IN_PERSON,
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                time_zone="Europe/Madrid",
            )
            session.add(meeting)
            session.flush()
            session.add(MeetingAttendee(meeting_id=meeting.id, colleague_id=colleague_id))
    finally:
        store.close()


def _focus(db: Path) -> dict[FocusKind, list[str]]:
    store = open_store(db)
    try:
        with store.session() as session:
            found = focus_list(session, NOW)
            return {kind: [item.title for item in found.of(kind)] for kind in FocusKind}
    finally:
        store.close()


def _incidents(db: Path) -> int:
    store = open_store(db)
    try:
        with store.session() as session:
            return count_incidents(session, IncidentFilter())
    finally:
        store.close()


def _scope_entries(server: RunningServer) -> int:
    engine = sa.create_engine(server.database_url)
    try:
        with engine.connect() as connection:
            statement = sa.text("SELECT count(*) FROM changes WHERE kind = 'scope'")
            return int(connection.execute(statement).scalar_one())
    finally:
        engine.dispose()


def test_work_handed_to_a_colleague_brings_them_the_account_and_its_going_back_takes_it(
    server: RunningServer, tmp_path: Path
) -> None:
    add_user(server, OWNER, "manager")
    add_user(server, OPERATIONS, "manager")
    add_user(server, SUPPORT, "assistant")
    director = new_laptop(tmp_path / "director.sqlite")
    add_account(director, "Hotel Sol", owner=OWNER)
    add_account(director, "Hotel Luna", owner=OWNER)
    store = open_store(director)
    with store.transaction() as session:
        new_colleague(session, OPERATIONS, Team.OPERATIONS)
        new_colleague(session, SUPPORT, Team.SUPPORT)
    store.close()
    sync(director, server)
    jorge = new_laptop(tmp_path / "jorge.sqlite")
    pablo = new_laptop(tmp_path / "pablo.sqlite")
    sara = new_laptop(tmp_path / "sara.sqlite")
    for laptop, user in ((jorge, OWNER), (pablo, OPERATIONS), (sara, SUPPORT)):
        sync(laptop, server, user)
    assert read_account(pablo, "Hotel Sol") is None and read_account(sara, "Hotel Sol") is None
    entries = _scope_entries(server)

    # Jorge's work of his own brings nobody anything: the feed says nothing of scope.
    _hand(jorge, "Hotel Sol", "Call the buyer", to=OWNER, due_in=1)
    sync(jorge, server, OWNER)
    assert _scope_entries(server) == entries

    # Work handed to Pablo (operations) brings him the account, and it is in his focus
    # list — not Jorge's own item on it, which is Jorge's business.
    _hand(jorge, "Hotel Sol", "Check the pallets", to=OPERATIONS, due_in=2)
    sync(jorge, server, OWNER)
    sync(pablo, server, OPERATIONS)
    reached = read_account(pablo, "Hotel Sol")
    assert reached is not None and reached["contacts"] == ["ana@x.es"]
    assert _focus(pablo)[FocusKind.MY_ACTION] == ["Check the pallets"]
    assert _focus(jorge)[FocusKind.MY_ACTION] == ["Call the buyer"]
    assert read_account(pablo, "Hotel Luna") is None

    # A meeting Pablo is invited to brings him that account too.
    _invite(jorge, "Hotel Luna", OPERATIONS)
    sync(jorge, server, OWNER)
    sync(pablo, server, OPERATIONS)
    assert read_account(pablo, "Hotel Luna") is not None

    # An incident that calls the support team in reaches Sara, of support, in her log.
    assert _incidents(sara) == 0
    _incident_calling(jorge, "Hotel Sol", Team.SUPPORT)
    sync(jorge, server, OWNER)
    sync(sara, server, SUPPORT)
    assert read_account(sara, "Hotel Sol") is not None
    assert _incidents(sara) == 1
    assert read_account(sara, "Hotel Luna") is None

    # The item handed back to Jorge: Hotel Sol leaves Pablo's laptop (Hotel Luna stays).
    _reassign(jorge, "Check the pallets", to=OWNER)
    sync(jorge, server, OWNER)
    sync(pablo, server, OPERATIONS)
    assert read_account(pablo, "Hotel Sol") is None
    assert read_account(pablo, "Hotel Luna") is not None
    assert _focus(pablo)[FocusKind.MY_ACTION] == []
    assert sorted(_focus(jorge)[FocusKind.MY_ACTION]) == ["Call the buyer", "Check the pallets"]
