"""Bring a database file to the schema this version of the app expects.

Opening a database always goes through :func:`upgrade_to_head`: a file from an
older version is backed up, then migrated; a file written by a *newer* version
is refused untouched, because this app cannot know what its new columns mean.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from workbench.io.atomic import PRIVATE_FILE, private_folder
from workbench.store.cipher import (
    DRIVER_ERRORS,
    FileKey,
    Passphrase,
    connect,
    key_if_encrypted,
)
from workbench.store.head_schema import head_statements
from workbench.store.history import drop_triggers, refresh_triggers
from workbench.store.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest shipped revision. Opening an up-to-date database compares against this
#: and never imports Alembic (~0.2 s of start-up); a test keeps it equal to the scripts' head.
SCHEMA_HEAD = "0015"


class DatabaseOpenError(Exception):
    """A database cannot be opened; the message is meant for the user."""


class DatabaseTooNewError(DatabaseOpenError):
    pass


class NotAWorkbenchDatabaseError(DatabaseOpenError):
    pass


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "the package ships no migration"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_file(source: Path, destination: Path, passphrase: Passphrase | None = None) -> Path:
    """Copy a live SQLite database consistently (the online backup API, WAL included).

    An encrypted database gives an encrypted copy with the same key and salt, so the
    same passphrase opens both. The copy is the owner's only (0600, folders 0700).
    """
    private_folder(destination.parent)
    key = key_if_encrypted(source, passphrase)
    descriptor = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.close(descriptor)
    with (
        closing(connect(source, key)) as src,
        closing(connect(destination, key, new=True)) as dst,
    ):
        src.backup(dst)
        # One self-contained file: the copy keeps no WAL or shared-memory file beside it.
        dst.execute("PRAGMA journal_mode = DELETE")
    return destination


def backup_path_for(db_path: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return db_path.parent / "backups" / f"{db_path.stem}.{stamp}.{reason}.sqlite"


#: What SQLite says when it cannot open or lock the file, whatever the file holds
#: (a read-only medium, permissions, another program's lock).
_NOT_ABOUT_THE_FILE = ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_BUSY")


def _read_only_survey(db_path: Path, key: FileKey | None) -> tuple[str | None, set[str]]:
    """The schema revision and table names of *db_path*, read without changing a byte."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, set()
    try:
        with closing(connect(db_path, key, read_only=True)) as db:
            tables = {
                row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = db.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except UnicodeDecodeError as exc:  # a schema page whose text a failing disk garbled
        raise sqlite3.DatabaseError(
            f"database disk image is malformed: unreadable text in its schema ({exc.reason})"
        ) from exc
    except DRIVER_ERRORS as exc:  # "file is not a database", …
        if getattr(exc, "sqlite_errorname", "").startswith(_NOT_ABOUT_THE_FILE):
            raise  # the medium or the moment, not the file: a failure of its own kind
        if "malformed" in str(exc):
            raise  # a database whose schema pages are damaged: damaged, not someone else's
        raise NotAWorkbenchDatabaseError(
            f"{db_path} is not a database Account Workbench can read ({exc}); "
            "it was left untouched."
        ) from exc
    return revision, tables


def _create_at_head(engine: Engine) -> bool:
    """A new, empty file given the newest schema at once (:mod:`~workbench.store.head_schema`):
    one transaction, synced once. Python's sqlite3 opens none for DDL by itself, so each
    statement would otherwise be a commit of its own."""
    with engine.begin() as connection:
        # IMMEDIATE: the write lock first, so of two programs opening one new file the
        # second finds the first's schema here, and says so (False).
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        if connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
            return False
        for statement in head_statements():
            connection.exec_driver_sql(statement)
    return True


def is_older_schema(db_path: Path, passphrase: Passphrase | None = None) -> bool:
    """Whether *db_path* is a Workbench database of an older schema (read without a write)."""
    current, _tables = _read_only_survey(db_path, key_if_encrypted(db_path, passphrase))
    return current is not None and current < SCHEMA_HEAD  # zero-padded: "0004" < "0005"


def upgrade_to_head(
    engine: Engine,
    db_path: Path,
    *,
    script_location: Path = MIGRATIONS_DIR,
    passphrase: Passphrase | None = None,
) -> MigrationReport:
    """Migrate the database at *db_path* to the newest schema, backing it up first."""
    # Classify the file read-only first: even setting WAL mode would rewrite its header.
    current, tables = _read_only_survey(db_path, key_if_encrypted(db_path, passphrase))
    if current is None and tables - {"alembic_version"}:
        raise NotAWorkbenchDatabaseError(
            f"{db_path} holds tables but was not created by Account Workbench; "
            "it was left untouched."
        )
    if script_location == MIGRATIONS_DIR and current == SCHEMA_HEAD:
        return MigrationReport(current, current, None)  # the everyday case, without Alembic
    if script_location == MIGRATIONS_DIR and not tables:
        if _create_at_head(engine):
            return MigrationReport(None, SCHEMA_HEAD, None)
        # Another program made it meanwhile: read what it made.
        current, tables = _read_only_survey(db_path, key_if_encrypted(db_path, passphrase))
        if current == SCHEMA_HEAD:
            return MigrationReport(current, current, None)

    from alembic.script import ScriptDirectory

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseTooNewError(
            f"{db_path} was written by a newer version of Account Workbench "
            f"(schema {current}). Install the newer version to open it; "
            "the file was left untouched."
        )
    if current == head:
        return MigrationReport(current, head, None)
    backup = None
    if current is not None:
        engine.dispose()  # release the file before copying it
        backup = backup_file(db_path, backup_path_for(db_path, f"before-{head}"), passphrase)
        log.info("backed up %s to %s before migrating %s -> %s", db_path, backup, current, head)
    run_migrations(engine, config)
    return MigrationReport(current, head, backup)


def run_migrations(engine: Engine, config: Config) -> None:
    """Alembic's migrations from the revision *engine*'s file holds up to *config*'s head."""
    from alembic import command

    with engine.begin() as connection:
        config.attributes["connection"] = connection
        # Migrations run without the history's triggers: SQLite's ALTER TABLE checks every
        # trigger against the schema it is changing, and a table batch mode copies loses
        # its own. They are made again from the models for the schema reached.
        drop_triggers(connection)
        command.upgrade(config, "head")
        refresh_triggers(connection, Base.metadata)
