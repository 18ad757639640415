"""The server's book and the laptop's file share one schema history: ``server init``
records its revision in Alembic's table, and ``server upgrade`` runs the same migrations
on PostgreSQL (a real cluster, the commands as a user types them)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from tests.server.conftest import init_server, password_for, workbench, workbench_process
from workbench.server.models import ServerBase, book_tables
from workbench.store.migrate import SCHEMA_HEAD


def _execute(database_url: str, *statements: str) -> list[Any]:
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as connection:
            results = [connection.execute(sa.text(s)) for s in statements]
            return [r.all() if r.returns_rows else r.rowcount for r in results]
    finally:
        engine.dispose()


def _differences(database_url: str) -> list[Any]:
    """What Alembic finds different between the database and the models' tables."""
    wanted = sa.MetaData()
    for table in [*book_tables(), *ServerBase.metadata.sorted_tables]:
        table.to_metadata(wanted)
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, kind, _parent: (
                        kind != "table" or name != "alembic_version"
                    ),
                },
            )
            return list(compare_metadata(context, wanted))
    finally:
        engine.dispose()


def test_init_records_the_schema_in_alembics_table(database_url: str) -> None:
    init_server(database_url)
    [versions] = _execute(database_url, "SELECT version_num FROM alembic_version")
    assert versions == [(SCHEMA_HEAD,)]
    assert _differences(database_url) == []


def test_upgrade_runs_the_laptops_migrations_on_postgresql(database_url: str) -> None:
    # A server made by the version before 0013: no account_shares table, none of 0014's
    # indexes nor 0015's mentors, schema 0012.
    init_server(database_url)
    _execute(
        database_url,
        "DROP TABLE account_shares",
        "DROP INDEX ix_action_items_owner_colleague_id, ix_incidents_owner_id, "
        "ix_incident_teams_team",
        "ALTER TABLE colleagues DROP COLUMN mentor_id",
        "UPDATE alembic_version SET version_num = '0012'",
    )
    refused = workbench_process("server", "--database-url", database_url, "--port", "1")
    assert refused.returncode == 1
    assert "has schema 0012; this program needs" in refused.stderr
    assert "workbench server upgrade" in refused.stderr

    upgraded = workbench("server", "upgrade", "--database-url", database_url)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"from schema 0012 to {SCHEMA_HEAD}" in upgraded.stdout
    assert _execute(database_url, "SELECT version_num FROM alembic_version") == [[(SCHEMA_HEAD,)]]
    # The migrated book is the one init makes today, index for index.
    assert _differences(database_url) == []
    # And the new table has its row-level security, as init would have made it.
    assert _execute(
        database_url,
        "SELECT policyname FROM pg_policies WHERE tablename = 'account_shares'",
    ) == [[("workbench_scope",)]]
    again = workbench("server", "upgrade", "--database-url", database_url)
    assert again.returncode == 0 and "nothing to do" in again.stdout
    users = workbench(
        "server",
        "user",
        "add",
        "Marta Ruiz",
        "--role",
        "manager",
        "--database-url",
        database_url,
        password=password_for("Marta Ruiz"),
    )
    assert users.returncode == 0, users.stderr


def test_a_book_of_a_newer_schema_is_refused_untouched(database_url: str) -> None:
    init_server(database_url)
    _execute(database_url, "UPDATE alembic_version SET version_num = '9999'")
    for command in (("server", "upgrade"), ("server", "--port", "1")):
        refused = workbench(*command, "--database-url", database_url)
        assert refused.returncode == 1
        assert "9999" in refused.stderr and "newer" in refused.stderr
    assert _execute(database_url, "SELECT version_num FROM alembic_version") == [[("9999",)]]
