"""A solo database joins the team: its book goes up once, the records the team already
has are matched (by external id, name, web site, e-mail domain, e-mail) and reported, and
where the two books disagree both values wait as conflicts."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tests.server.cluster import as_superuser
from tests.server.conftest import DIRECTOR, RunningServer, new_account, password_for, workbench
from tests.server.laptops import add_user, new_colleague, new_laptop, sync
from workbench.domain.enums import Tier
from workbench.store.database import open_store
from workbench.store.models import Account, Contact, FieldChange


def _book(db: Path, *accounts: tuple[Account, list[Contact]], owner: str | None = None) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            owner_id = new_colleague(session, owner)
            for account, contacts in accounts:
                account.owner_id = account.owner_id or owner_id
                session.add(account)
                session.flush()
                for contact in contacts:
                    contact.account_id = account.id
                    session.add(contact)
    finally:
        store.close()


def _account(name: str, **fields: object) -> Account:
    account = new_account(name)
    for key, value in fields.items():
        setattr(account, key, value)
    return account


def _contact(first: str, email: str) -> Contact:
    return Contact(first_name=first, last_name="Gil", email=email)


def _server_rows(server: RunningServer, sql: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(as_superuser(server.database_url))
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(sa.text(sql))]
    finally:
        engine.dispose()


def test_a_solo_book_joins_matching_the_teams_records_and_reporting_them(
    server: RunningServer, tmp_path: Path
) -> None:
    team = new_laptop(tmp_path / "team.sqlite")
    _book(
        team,
        (
            _account("Hotel Sol", website="https://www.hotelsol.es"),
            [_contact("Ana", "ana@hotelsol.es")],
        ),
        (_account("Bodegas Rioja", external_id="SF-001"), []),
        (_account("Transportes Norte", website="tnorte.com/es"), []),
        owner="Marta Sanz",
    )  # fmt: skip
    sync(team, server)

    solo = tmp_path / "solo.sqlite"
    _book(
        solo,
        (
            _account("HOTEL  SOL ", tier=Tier.STRATEGIC),
            [_contact("Ana", "ANA@hotelsol.es"), _contact("Luis", "luis@hotelsol.es")],
        ),
        (_account("Bodegas del Norte", external_id="SF-001"), []),
        (_account("Transportes del Norte S.L."), [_contact("Pedro", "pedro@tnorte.com")]),
        (_account("Nuevo Cliente"), [_contact("Eva", "eva@gmail.com")]),
        owner="marta sanz",
    )
    store = open_store(solo)
    with store.transaction() as session:  # made before the history existed: none of it
        session.execute(sa.delete(FieldChange).where(FieldChange.table_name == "contacts"))
    store.close()

    out = sync(solo, server)
    assert "joined the team at" in out
    for expected in (
        "accounts 'HOTEL  SOL ' is the team's",
        "(same name)",
        "accounts 'Bodegas del Norte' is the team's",
        "(same external id)",
        "accounts 'Transportes del Norte S.L.' is the team's",
        "(same e-mail domain)",
        "contacts 'Ana Gil <ANA@hotelsol.es>' is the team's",
        "(same e-mail)",
        "colleagues 'marta sanz' is the team's",
    ):
        assert expected in out, out
    assert "Nuevo Cliente" not in out  # new to the team: uploaded, not matched

    # One record per company on the server, the new one and the new contacts added.
    assert sorted(_server_rows(server, "SELECT name FROM accounts")) == [
        ("Bodegas Rioja",), ("Hotel Sol",), ("Nuevo Cliente",), ("Transportes Norte",),
    ]  # fmt: skip
    assert sorted(
        _server_rows(
            server,
            "SELECT a.name, c.email FROM contacts c JOIN accounts a ON a.id = c.account_id",
        )
    ) == [
        ("Hotel Sol", "ana@hotelsol.es"), ("Hotel Sol", "luis@hotelsol.es"),
        ("Nuevo Cliente", "eva@gmail.com"), ("Transportes Norte", "pedro@tnorte.com"),
    ]  # fmt: skip
    assert _server_rows(server, "SELECT count(*) FROM colleagues") == [(1,)]
    # Where the books disagree the team's value stands and both wait as a conflict.
    listed = workbench(
        "conflicts", "--db", str(solo), "list", password=password_for(DIRECTOR)
    ).stdout
    assert '· tier: base — · theirs "key"' in listed and 'yours "strategic"' in listed
    assert '· name: base — · theirs "Hotel Sol"' in listed
    store = open_store(solo)
    with store.session() as session:
        names = sorted(session.scalars(sa.select(Account.name)))
        tier = session.scalar(sa.select(Account.tier).where(Account.name == "Hotel Sol"))
        contacts = session.scalar(sa.select(sa.func.count()).select_from(Contact))
        bodegas = session.scalar(sa.select(Account.uid).where(Account.name == "Bodegas Rioja"))
        history = session.scalars(
            sa.select(FieldChange.kind).where(FieldChange.record_uid == bodegas)
        ).all()
    store.close()
    assert "create" in history  # its own history followed it to the team's uid
    assert names == ["Bodegas Rioja", "Hotel Sol", "Nuevo Cliente", "Transportes Norte"]
    assert tier is Tier.KEY and contacts == 4

    # The team's laptop gets what the solo book brought; nothing goes up twice.
    sync(team, server)
    assert "up: 0 change(s)" in sync(solo, server)
    store = open_store(team)
    with store.session() as session:
        emails = sorted(session.scalars(sa.select(Contact.email)))
    store.close()
    assert emails == [
        "ana@hotelsol.es", "eva@gmail.com", "luis@hotelsol.es", "pedro@tnorte.com",
    ]  # fmt: skip


def test_a_managers_book_joins_with_unowned_accounts_made_theirs_and_others_left_out(
    server: RunningServer, tmp_path: Path
) -> None:
    manager = "Jorge Ruiz"
    add_user(server, manager, "manager")
    solo = tmp_path / "solo.sqlite"
    _book(solo, (_account("Cliente de Jorge"), [_contact("Ana", "ana@cj.es")]))
    _book(solo, (_account("Cuenta de Marta"), []), owner="Marta Sanz")

    out = sync(solo, server, manager)
    assert "left on this computer: Cuenta de Marta: You may not change this accounts" in out
    assert _server_rows(
        server,
        "SELECT a.name, c.name FROM accounts a JOIN colleagues c ON c.id = a.owner_id",
    ) == [("Cliente de Jorge", manager)]
    assert _server_rows(server, "SELECT email FROM contacts") == [("ana@cj.es",)]


def test_a_joining_books_own_upload_comes_back_without_being_written_again(
    server: RunningServer, tmp_path: Path
) -> None:
    """The upload comes back in the feed, record by record, as the team's changes: the
    laptop has every field of them already (held at their versions) and writes none."""
    solo = tmp_path / "solo.sqlite"
    _book(
        solo,
        (_account("Hotel Sol"), [_contact("Ana", "ana@hotelsol.es")]),
        (_account("Nuevo Cliente"), [_contact("Eva", "eva@nuevo.es")]),
    )
    out = sync(solo, server)
    assert "up: 4 change(s); down: 0 change(s)" in out, out
    # A colleague's edit of one of those records still comes down.
    team = new_laptop(tmp_path / "team.sqlite")
    sync(team, server)
    store = open_store(team)
    with store.transaction() as session:
        account = session.scalars(sa.select(Account).where(Account.name == "Hotel Sol")).one()
        account.description = "From the team"
    store.close()
    sync(team, server)
    assert "down: 1 change(s)" in sync(solo, server)
    store = open_store(solo)
    with store.session() as session:
        description = session.scalar(
            sa.select(Account.description).where(Account.name == "Hotel Sol")
        )
    store.close()
    assert description == "From the team"
