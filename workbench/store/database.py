"""Opening a Workbench database: the one entry point the app and the CLI use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from workbench.store.engine import create_database_engine
from workbench.store.migrate import DatabaseOpenError, MigrationReport, upgrade_to_head


@dataclass
class Store:
    """An open database: its path, engine and a session factory."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    migration: MigrationReport

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error."""
        with self.session_factory() as session, session.begin():
            yield session

    def session(self) -> Session:
        """A session for reading; callers close it (``with store.session() as s:``)."""
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path) -> Store:
    """Open (creating if needed) and migrate the database at *path*.

    Raises :class:`DatabaseOpenError` with a message for the user when the file
    cannot be used; the file is then left exactly as it was.
    """
    path = path.expanduser().resolve()
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(f"Cannot create the folder for {path}: {exc.strerror}.") from exc
    engine = create_database_engine(path)
    try:
        report = upgrade_to_head(engine, path)
    except BaseException:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Store(path, engine, factory, report)
