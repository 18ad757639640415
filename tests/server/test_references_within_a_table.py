"""A record that names another of its own table keeps it through the team — an account
under its parent account (a group and its companies), a junior colleague and their
mentor: a solo book joining uploads them, a new laptop's first sync brings them, an edit
of the link travels — whatever order their ids are in."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tests.server.conftest import RunningServer
from tests.server.laptops import add_account, new_laptop, sync
from workbench.domain.enums import Team
from workbench.services.colleagues import set_mentor
from workbench.store.database import open_store
from workbench.store.models import Account, Colleague


def _set_parent(db: Path, child: str, parent: str | None) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            parent_id = session.scalar(sa.select(Account.id).where(Account.name == parent))
            session.execute(
                sa.update(Account).where(Account.name == child).values(parent_id=parent_id)
            )
    finally:
        store.close()


def _parents(db: Path) -> dict[str, str | None]:
    store = open_store(db)
    try:
        with store.session() as session:
            parent = sa.orm.aliased(Account)
            rows = session.execute(
                sa.select(Account.name, parent.name)
                .outerjoin(parent, parent.id == Account.parent_id)
                .order_by(Account.name)
            ).all()
            return {name: parent_name for name, parent_name in rows}
    finally:
        store.close()


def test_a_group_of_accounts_keeps_its_parent_links_on_every_laptop(
    server: RunningServer, tmp_path: Path
) -> None:
    director = new_laptop(tmp_path / "director.sqlite")
    # The companies come first, their group after them: children's ids are lower.
    for name in ("Hotel Sol Madrid", "Hotel Sol Sevilla", "Grupo Sol", "Hotel Luna"):
        add_account(director, name)
    for child in ("Hotel Sol Madrid", "Hotel Sol Sevilla"):
        _set_parent(director, child, "Grupo Sol")
    expected = {
        "Grupo Sol": None,
        "Hotel Luna": None,
        "Hotel Sol Madrid": "Grupo Sol",
        "Hotel Sol Sevilla": "Grupo Sol",
    }
    assert _parents(director) == expected
    sync(director, server)  # the solo book joins: everything goes up

    laptop = new_laptop(tmp_path / "new.sqlite")
    sync(laptop, server)  # a new laptop: the first sync reads the snapshot
    assert _parents(laptop) == expected

    # A change of group travels like any edit.
    _set_parent(laptop, "Hotel Luna", "Grupo Sol")
    sync(laptop, server)
    sync(director, server)
    assert _parents(director)["Hotel Luna"] == "Grupo Sol"


def _mentors(db: Path) -> dict[str, str | None]:
    store = open_store(db)
    try:
        with store.session() as session:
            mentor = sa.orm.aliased(Colleague)
            rows = session.execute(
                sa.select(Colleague.name, mentor.name).outerjoin(
                    mentor, mentor.id == Colleague.mentor_id
                )
            ).all()
            return {name: mentor_name for name, mentor_name in rows}
    finally:
        store.close()


def test_a_junior_keeps_their_mentor_on_every_laptop(server: RunningServer, tmp_path: Path) -> None:
    director = new_laptop(tmp_path / "director.sqlite")
    store = open_store(director)
    with store.transaction() as session:
        # The juniors first: their ids are lower than their mentor's.
        people = {
            name: Colleague(name=name, team=Team.ACCOUNT_MANAGEMENT)
            for name in ("Pablo Ruiz", "Sara León", "Elena Vidal")
        }
        session.add_all(people.values())
        session.flush()
        for junior in ("Pablo Ruiz", "Sara León"):
            set_mentor(session, people[junior].id, people["Elena Vidal"].id)
    store.close()
    expected = {"Pablo Ruiz": "Elena Vidal", "Sara León": "Elena Vidal", "Elena Vidal": None}
    sync(director, server)

    laptop = new_laptop(tmp_path / "new.sqlite")
    sync(laptop, server)
    assert _mentors(laptop) == expected

    store = open_store(laptop)
    with store.transaction() as session:
        ids = dict(session.execute(sa.select(Colleague.name, Colleague.id)).all())
        set_mentor(session, ids["Sara León"], ids["Pablo Ruiz"])
    store.close()
    sync(laptop, server)
    sync(director, server)
    assert _mentors(director)["Sara León"] == "Pablo Ruiz"
