"""PostgreSQL's row-level security, the second wall: connected as the role the server
uses, a query with no WHERE at all still sees and changes only the user's accounts, and
nothing of them once the transaction that named the user is over."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import ProgrammingError

from tests.server.cluster import PostgresCluster, as_superuser
from tests.server.conftest import RunningServer, start_server
from tests.server.laptops import add_account, add_user, new_laptop, read_account, sync
from workbench.domain.team import Role
from workbench.server.scope import scoped
from workbench.server.sessions import Member

MANAGER = "Jorge Ruiz"


def _member(name: str, role: Role) -> Member:
    return Member(user_id=0, name=name, role=role, login_id=0, device="test")


def _names(connection: sa.Connection, table: str, column: str) -> list[str]:
    return sorted(
        str(v) for v in connection.execute(sa.text(f"SELECT {column} FROM {table}")).scalars()
    )


@pytest.fixture
def book(server: RunningServer, tmp_path: Path) -> RunningServer:
    add_user(server, MANAGER, "manager")
    director = new_laptop(tmp_path / "director.sqlite")
    add_account(director, "Hotel Sol", owner=MANAGER)
    add_account(director, "Bodegas Rioja", owner="Marta Sanz")
    sync(director, server)
    return server


def test_a_query_without_a_filter_sees_and_changes_only_the_users_accounts(
    book: RunningServer,
) -> None:
    engine = sa.create_engine(book.database_url, pool_size=1, max_overflow=0)
    everything = sa.create_engine(as_superuser(book.database_url))
    try:
        with engine.connect() as connection:
            # Nobody named: no account, nothing under one; the team's tables are whole.
            assert _names(connection, "accounts", "name") == []
            assert _names(connection, "contacts", "email") == []
            assert "Marta Sanz" in _names(connection, "colleagues", "name")
        with engine.begin() as connection:
            visible = scoped(connection, _member(MANAGER, Role.MANAGER))
            assert visible is not None and len(visible) == 1
            assert _names(connection, "accounts", "name") == ["Hotel Sol"]
            assert len(_names(connection, "contacts", "email")) == 1
            changed = connection.execute(sa.text("UPDATE accounts SET description = 'mine'"))
            assert changed.rowcount == 1
        with everything.connect() as connection:
            others = connection.execute(
                sa.text("SELECT id, description FROM accounts WHERE name = 'Bodegas Rioja'")
            ).one()
        assert others.description is None  # untouched
        with engine.begin() as connection:
            scoped(connection, _member(MANAGER, Role.MANAGER))
            with pytest.raises(ProgrammingError, match="row-level security"):
                connection.execute(
                    sa.text(
                        "INSERT INTO contacts (account_id, first_name, last_name, is_primary, "
                        "created_at, updated_at) VALUES (:id, 'Forged', 'Row', false, now(), now())"
                    ),
                    {"id": others.id},
                )
        with engine.begin() as connection:
            assert scoped(connection, _member("Elena Vidal", Role.DIRECTOR)) is None
            assert _names(connection, "accounts", "name") == ["Bodegas Rioja", "Hotel Sol"]
        # The same pooled connection, its transaction over: nobody is named again.
        with engine.connect() as connection:
            assert _names(connection, "accounts", "name") == []
    finally:
        engine.dispose()
        everything.dispose()


def test_the_server_warns_when_its_role_passes_through_the_wall(
    book: RunningServer, tmp_path: Path
) -> None:
    log = tmp_path / "superuser.log"
    running = start_server(as_superuser(book.database_url), log, as_command=True)
    running.process.terminate()
    running.process.wait(timeout=10)
    assert "warning: the server connects to PostgreSQL as postgres" in log.read_text()
    assert "row-level security" not in book.log_tail()  # the database's owner: the wall holds


def test_a_superusers_dump_restores_the_book_with_its_owner_and_its_wall(
    book: RunningServer, cluster: PostgresCluster, tmp_path: Path
) -> None:
    """The backup docs/SERVER.md gives: pg_dump and pg_restore as PostgreSQL's superuser
    (the owner's own dump is refused under forced row-level security)."""
    dump = cluster.folder / "book.dump"
    source = sa.engine.make_url(book.database_url).database
    assert source is not None
    cluster.run("pg_dump", *_as_postgres(cluster), "--format=custom", f"--file={dump}", source)
    restored_url = cluster.database("restored_book")
    cluster.run("pg_restore", *_as_postgres(cluster), "--dbname=restored_book", str(dump))
    restored = start_server(restored_url, tmp_path / "restored.log")
    try:
        laptop = new_laptop(tmp_path / "after_restore.sqlite")
        sync(laptop, restored)
        assert read_account(laptop, "Hotel Sol") is not None
        assert read_account(laptop, "Bodegas Rioja") is not None
        mine = new_laptop(tmp_path / "manager_after_restore.sqlite")
        sync(mine, restored, MANAGER)
        assert read_account(mine, "Hotel Sol") is not None
        assert read_account(mine, "Bodegas Rioja") is None
    finally:
        restored.process.terminate()
        restored.process.wait(timeout=10)
    engine = sa.create_engine(restored_url)
    try:
        with engine.connect() as connection:
            assert _names(connection, "accounts", "name") == []  # the wall came along
    finally:
        engine.dispose()


def _as_postgres(cluster: PostgresCluster) -> list[str]:
    return ["--host=127.0.0.1", f"--port={cluster.port}", "--username=postgres"]
