"""A team started from a director's solo book (``workbench server init --from-book``): the
book copied whole into PostgreSQL, a new laptop's first sync giving it back field for
field, and the source laptop syncing on from there — nothing uploaded again, no conflict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.server.cluster import as_superuser
from tests.server.conftest import (
    DIRECTOR,
    RunningServer,
    init_server,
    password_for,
    start_server,
    workbench,
)
from tests.server.laptops import add_account, add_user, edit, new_laptop, read_account, sync
from workbench.server.book_start import BookNotEmpty, start_book
from workbench.server.schema import database_engine
from workbench.services.sync import state, synced_tables
from workbench.store.database import open_store
from workbench.store.models import Account, Colleague
from workbench.store.wire import wire_values


def _demo_book(path: Path, accounts: int = 12) -> Path:
    made = workbench(
        "demo", "--db", str(path), "--accounts", str(accounts), "--as-of", "2026-11-26"
    )
    assert made.returncode == 0, made.stderr
    return path


def _wire_book(db: Path) -> dict[str, dict[str, Any]]:
    """Every synced record of a laptop, by table and uid, as the wire carries its fields."""
    store = open_store(db)
    try:
        with store.session() as session:
            return {
                table.name: {
                    str(row["uid"]): wire_values(session, table, row)
                    for row in session.execute(sa.select(table)).mappings()
                }
                for table in synced_tables()
            }
    finally:
        store.close()


def _started(database_url: str, book: Path, log: Path) -> tuple[RunningServer, str]:
    made = init_server(database_url, "--from-book", str(book))
    return start_server(database_url, log), made.stdout


def test_a_team_started_from_a_book_gives_it_whole_to_a_new_laptop_and_the_book_syncs_on(
    database_url: str, tmp_path: Path
) -> None:
    source = _demo_book(tmp_path / "director.sqlite")
    before = _wire_book(source)
    records = sum(len(rows) for rows in before.values())
    server, said = _started(database_url, source, tmp_path / "server.log")
    try:
        assert f"{records:,} records copied" in said
        assert "director.sqlite syncs with the team from now on" in said
        audited = workbench("server", "audit", "--database-url", database_url)
        assert f"copied from director.sqlite: {records:,} records" in audited.stdout, audited
        # The copy kept no laptop's "me" and left the feed empty.
        with sa.create_engine(as_superuser(database_url)).connect() as connection:
            assert connection.execute(sa.text("SELECT count(*) FROM changes")).scalar() == 0
            mine = "SELECT count(*) FROM colleagues WHERE is_me"
            assert connection.execute(sa.text(mine)).scalar() == 0
        store = open_store(source)
        with store.session() as session:
            assert state(session, "joined") is True and state(session, "cursor") == 0
        store.close()

        fresh = new_laptop(tmp_path / "fresh.sqlite")
        sync(fresh, server)
        assert _wire_book(fresh) == before

        # The source laptop's first sync sends nothing again: it is the team's book.
        first = sync(source, server)
        assert "conflict" not in first.lower(), first
        assert _wire_book(source) == before

        # Both laptops edit on, and each receives the other's edit without a conflict.
        name = next(iter(before["accounts"].values()))["name"]
        edit(source, name, description="From the director's laptop")
        edit(fresh, name, website="https://new.example")
        assert "conflict" not in sync(source, server).lower()
        assert "conflict" not in sync(fresh, server).lower()
        sync(source, server)
        for laptop in (source, fresh):
            account = read_account(laptop, name)
            assert account is not None
            assert account["description"] == "From the director's laptop"
            assert account["website"] == "https://new.example"

        # The server's ids went on from the copied ones: a new record takes a free one.
        add_account(fresh, "Brand New Account")
        sync(fresh, server)
        sync(source, server)
        assert read_account(source, "Brand New Account") is not None
    finally:
        server.process.terminate()
        server.process.wait(timeout=10)


def test_a_manager_of_a_started_team_receives_only_their_accounts(
    database_url: str, tmp_path: Path
) -> None:
    source = _demo_book(tmp_path / "director.sqlite")
    owner = "Marcos Herrera"
    store = open_store(source)
    with store.transaction() as session:
        marcos = session.scalar(sa.select(Colleague).where(Colleague.name == owner))
        assert marcos is not None
        accounts = session.scalars(sa.select(Account).order_by(Account.id)).all()
        for account in accounts[::3]:
            account.owner_id = marcos.id
        theirs = {str(account.uid) for account in accounts[::3]}
    store.close()
    before = _wire_book(source)
    server, _said = _started(database_url, source, tmp_path / "server.log")
    try:
        add_user(server, owner, "manager")
        laptop = new_laptop(tmp_path / "manager.sqlite")
        sync(laptop, server, owner)
        received = _wire_book(laptop)
        assert set(received["accounts"]) == theirs and len(theirs) == 4
        # Everything under those accounts, field for field, and nothing under others'.
        for uid, contact in received["contacts"].items():
            assert contact["account_id"] in theirs
            assert contact == before["contacts"][uid]
        expected = {
            uid for uid, contact in before["contacts"].items() if contact["account_id"] in theirs
        }
        assert set(received["contacts"]) == expected
    finally:
        server.process.terminate()
        server.process.wait(timeout=10)


def test_a_book_already_in_a_team_or_a_server_with_a_book_is_refused_and_nothing_changes(
    cluster: Any, tmp_path: Path
) -> None:
    source = _demo_book(tmp_path / "director.sqlite", accounts=3)
    first = cluster.database("t_started_once")
    init_server(first, "--from-book", str(source))

    # The same book again, for a second team: it syncs with the first already.
    second = cluster.database("t_started_twice")
    again = workbench(
        "server", "init", "--database-url", second, "--admin", DIRECTOR,
        "--from-book", str(source), password=password_for(DIRECTOR),
    )  # fmt: skip
    assert again.returncode != 0
    assert "already syncs with a team server; nothing was made" in again.stderr
    with sa.create_engine(as_superuser(second)).connect() as connection:
        assert not sa.inspect(connection).has_table("accounts")

    # A book that does not exist.
    missing = workbench(
        "server", "init", "--database-url", second, "--admin", DIRECTOR,
        "--from-book", str(tmp_path / "nowhere.sqlite"), password=password_for(DIRECTOR),
    )  # fmt: skip
    assert missing.returncode == 2 and "no database at" in missing.stderr

    # A server whose book has records already takes no second book.
    other = _demo_book(tmp_path / "other.sqlite", accounts=2)
    engine = database_engine(first)
    counted = "SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM contacts)"
    with sa.create_engine(as_superuser(first)).connect() as connection:
        held = connection.execute(sa.text(counted)).scalar()
    store = open_store(other)
    with store.engine.connect() as book, pytest.raises(BookNotEmpty, match="only into a new"):
        start_book(engine, book)
    store.close()
    engine.dispose()
    with sa.create_engine(as_superuser(first)).connect() as connection:
        assert connection.execute(sa.text(counted)).scalar() == held


def test_an_encrypted_book_starts_a_team_with_its_passphrase_and_a_wrong_one_makes_nothing(
    cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _demo_book(tmp_path / "director.sqlite", accounts=3)
    before = _wire_book(source)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "wrong horse battery staple")
    encrypted = workbench("encrypt", "--db", str(source))
    assert encrypted.returncode == 0, encrypted.stderr

    url = cluster.database("t_started_encrypted")
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "not the passphrase at all")
    refused = workbench(
        "server", "init", "--database-url", url, "--admin", DIRECTOR,
        "--from-book", str(source), password=password_for(DIRECTOR),
    )  # fmt: skip
    assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
    assert "passphrase" in refused.stderr.lower(), refused.stderr
    with sa.create_engine(as_superuser(url)).connect() as connection:
        assert not sa.inspect(connection).has_table("accounts")

    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "wrong horse battery staple")
    server, said = _started(url, source, tmp_path / "server.log")
    try:
        assert "records copied" in said
        fresh = new_laptop(tmp_path / "fresh.sqlite")
        monkeypatch.delenv("WORKBENCH_PASSPHRASE")
        sync(fresh, server)
        assert _wire_book(fresh) == before
    finally:
        server.process.terminate()
        server.process.wait(timeout=10)
