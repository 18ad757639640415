"""The server's database: made once by ``workbench server init``, checked at every start.

The book's tables are the laptop's models, created on PostgreSQL (the models are
dialect-aware: FTS5 and the history's triggers are SQLite's alone, case-blind indexes are
``lower()`` here); the server's own tables come from :mod:`.models`. ``server_info``
records the book's schema revision and the protocol they were made for, and a server
refuses to start on a database made for other ones, saying so.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from workbench.server.models import ServerBase, ServerInfo, book_tables
from workbench.server.protocol import PROTOCOL_VERSION
from workbench.store.migrate import SCHEMA_HEAD


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
        return dict(connection.execute(select(ServerInfo.key, ServerInfo.value)).tuples().all())


def create_schema(engine: Engine) -> None:
    """Make the book's and the server's tables in one transaction (all or nothing)."""
    if _info(engine) is not None:
        raise ServerDatabaseError(
            "This database already holds a team server's book; nothing was changed."
        )
    with engine.begin() as connection:
        for table in book_tables():
            table.create(connection)
        ServerBase.metadata.create_all(connection)
        connection.execute(
            insert(ServerInfo),
            [
                {"key": "book_schema", "value": SCHEMA_HEAD},
                {"key": "protocol", "value": str(PROTOCOL_VERSION)},
            ],
        )


def check_schema(engine: Engine) -> None:
    """Refuse a database that ``server init`` did not make, or made for another version."""
    info = _info(engine)
    if info is None:
        raise ServerDatabaseError(
            "This database is not a team server's yet: run "
            "`workbench server init --database-url URL --admin NAME` first."
        )
    schema = info.get("book_schema")
    if schema != SCHEMA_HEAD:
        raise ServerDatabaseError(
            f"The server's book has schema {schema}; this program needs {SCHEMA_HEAD}. "
            "Run the program version the database was made with, or upgrade it."
        )
