"""The server's database: made once by ``workbench server init``, checked at every start.

The book's tables are the laptop's models, created on PostgreSQL (the models are
dialect-aware: FTS5 and the history's triggers are SQLite's alone, case-blind indexes are
``lower()`` here); the server's own tables come from :mod:`.models`. The book's schema
revision is in Alembic's ``alembic_version``, as on a laptop, and ``server_info`` records
the protocol; a server refuses to start on a database of another schema, saying what to
do. ``workbench server upgrade`` runs the same migrations as a laptop (from 0013 on, each
runs on both SQLite and PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, insert, inspect, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from workbench.server import row_security
from workbench.server.models import ServerBase, ServerInfo, book_tables
from workbench.server.protocol import PROTOCOL_VERSION
from workbench.store.migrate import SCHEMA_HEAD, alembic_config


class ServerDatabaseError(RuntimeError):
    """The server's database cannot be used as asked; the message says why and what to do."""


def database_engine(url: str) -> Engine:
    """An engine on the PostgreSQL database at *url*.

    The URL names the host, port, database and user; a password in it is refused, since
    a command line is seen by every user of the machine: libpq reads it from
    ``PGPASSWORD`` or ``~/.pgpass``.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise ServerDatabaseError(f"Not a database URL: {url!r}.") from error
    if parsed.get_backend_name() != "postgresql":
        raise ServerDatabaseError(
            "The team server keeps its book in PostgreSQL: "
            "give a URL like postgresql://user@host:5432/workbench."
        )
    if parsed.password is not None:
        raise ServerDatabaseError(
            "Leave the password out of the database URL (a command line is visible to "
            "every user of the machine): put it in PGPASSWORD or ~/.pgpass."
        )
    parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_size=10, max_overflow=20, pool_pre_ping=True)


def _info(engine: Engine) -> dict[str, str] | None:
    if not inspect(engine).has_table(ServerInfo.__tablename__):
        return None
    with engine.connect() as connection:
        return dict(connection.execute(select(ServerInfo.key, ServerInfo.value)).all())


def _book_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def create_schema(engine: Engine) -> None:
    """Make the book's and the server's tables in one transaction (all or nothing), and
    record the book's schema revision in Alembic's table, as a laptop's file does: the
    next version's migrations upgrade it (:func:`upgrade_schema`)."""
    if _info(engine) is not None:
        raise ServerDatabaseError(
            "This database already holds a team server's book; nothing was changed."
        )
    from alembic import command

    with engine.begin() as connection:
        for table in book_tables():
            table.create(connection)
        ServerBase.metadata.create_all(connection)
        connection.execute(
            insert(ServerInfo), [{"key": "protocol", "value": str(PROTOCOL_VERSION)}]
        )
        config = alembic_config()
        config.attributes["connection"] = connection
        command.stamp(config, SCHEMA_HEAD)
        row_security.install(connection, book_tables())


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _server_book_revision(engine: Engine) -> str | None:
    """The book's schema revision; refused when ``server init`` did not make the database."""
    if _info(engine) is None:
        raise ServerDatabaseError(
            "This database is not a team server's yet: run "
            "`workbench server init --database-url URL --admin NAME` first."
        )
    with engine.connect() as connection:
        return _book_revision(connection)


def check_schema(engine: Engine) -> None:
    """Refuse a database that ``server init`` did not make, or made for another version."""
    schema = _server_book_revision(engine)
    if schema == SCHEMA_HEAD:
        return
    if schema is not None and schema in _known_revisions():
        raise ServerDatabaseError(
            f"The server's book has schema {schema}; this program needs {SCHEMA_HEAD}. "
            "Stop the server, back the database up (pg_dump), then run "
            "`workbench server upgrade --database-url URL`."
        )
    raise ServerDatabaseError(
        f"The server's book has schema {schema}, which this program does not know: "
        "run the newer program version the database was upgraded with."
    )


def upgrade_schema(engine: Engine) -> tuple[str | None, str]:
    """Bring the server's book to this program's schema with the same Alembic migrations
    as a laptop's file (each runs on both dialects), in one transaction: PostgreSQL's DDL
    is transactional, so a failed step leaves the database as it was. The revision before
    and after."""
    before = _server_book_revision(engine)
    if before is not None and before not in _known_revisions():
        raise ServerDatabaseError(
            f"The server's book has schema {before}, newer than this program's "
            f"{SCHEMA_HEAD}; nothing was changed."
        )
    from alembic import command

    with engine.begin() as connection:
        row_security.see_everything(connection)  # a migration may rewrite rows
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        ServerBase.metadata.create_all(connection)  # a server table a version adds
        row_security.install(connection, book_tables())  # a table a version adds
        connection.execute(
            update(ServerInfo)
            .where(ServerInfo.key == "protocol")
            .values(value=str(PROTOCOL_VERSION))
        )
    return before, SCHEMA_HEAD
