"""Opening a Workbench database: the one entry point the app and the CLI use."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from workbench.domain.enums import ChangeSource
from workbench.io.atomic import PRIVATE_FILE, private_folder
from workbench.store.authorship import writing_as
from workbench.store.cipher import DRIVER_ERRORS, FileKey, Passphrase, connect, key_if_encrypted
from workbench.store.engine import create_database_engine
from workbench.store.failures import busy
from workbench.store.file_lock import (
    DatabaseLock,
    describe_holders,
    hold_shared,
    remove_stale_scratch,
)
from workbench.store.migrate import (
    DatabaseOpenError,
    MigrationReport,
    backup_file,
    is_older_schema,
    upgrade_to_head,
)
from workbench.store.operations import (
    begin_operation,
    begin_operation_on,
    end_operation,
    end_operation_on,
    stored_author,
)


@dataclass
class Store:
    """An open database: its path, engine and a session factory."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    migration: MigrationReport
    #: The passphrase of an encrypted database (``None`` for a plain one): backups,
    #: archives and checks of this database open their files with it.
    passphrase: Passphrase | None = field(default=None, repr=False)
    key: FileKey | None = field(default=None, repr=False)
    lock: DatabaseLock | None = field(default=None, repr=False)
    #: For a read-only open of an older database: the file itself, left as it was, while
    #: :attr:`path` is an upgraded copy in a scratch folder removed on :meth:`close`.
    upgraded_from: Path | None = None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    _author: str | None = field(default=None, repr=False)

    @property
    def author(self) -> str:
        """The name stamped on the records this store writes and on its history's
        operations: the "author" setting, else the computer's name for its user. Read at
        the first write, not at the open (which must not touch the file yet)."""
        if self._author is None:
            self._author = stored_author(self.engine)
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        self._author = name

    @contextmanager
    def transaction(self, source: ChangeSource = ChangeSource.FORM) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error.

        The transaction is one operation of the field history, from *source*: every field
        it changes is recorded, stamped with :attr:`author`.
        """
        with (
            writing_as(self.author),
            self.session_factory() as session,
            session.begin(),
        ):
            operation = begin_operation(session, source, self.author)
            yield session
            end_operation(session, operation)

    @contextmanager
    def writing(self, source: ChangeSource) -> Iterator[Connection]:
        """A Core connection inside one transaction, as :meth:`transaction` (bulk writes)."""
        with writing_as(self.author), self.engine.begin() as connection:
            operation = begin_operation_on(connection, source, self.author)
            yield connection
            end_operation_on(connection, operation)

    def session(self) -> Session:
        """A session for reading; callers close it (``with store.session() as s:``)."""
        return self.session_factory()

    def wait_until_writable(
        self, timeout: float = 30.0, on_wait: Callable[[str], None] | None = None
    ) -> None:
        """Wait while another program holds the write lock, telling *on_wait* once who it
        is; raise a busy :class:`~workbench.store.failures.DatabaseFailure` naming it
        after *timeout* seconds. Nothing is written either way."""
        deadline = time.monotonic() + timeout
        told = False
        while True:
            with closing(connect(self.path, self.key, timeout=0)) as probe:
                try:
                    probe.execute("BEGIN IMMEDIATE")
                    probe.execute("ROLLBACK")
                    return
                except DRIVER_ERRORS as error:
                    if "locked" not in str(error) and "busy" not in str(error):
                        raise
            holders = describe_holders(self.path)
            if time.monotonic() >= deadline:
                raise busy(holders, timeout)
            if on_wait is not None and not told:
                on_wait(holders)
                told = True
            time.sleep(0.2)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.upgraded_from is not None:
            shutil.rmtree(self.path.parent, ignore_errors=True)


def open_store(
    path: Path,
    *,
    passphrase: Passphrase | None = None,
    create: bool = True,
    on_wait: Callable[[str], None] | None = None,
    lock_timeout: float = 15.0,
) -> Store:
    """Open (creating it if *create* and needed) and migrate the database at *path*.

    Raises :class:`DatabaseOpenError` with a message for the user when the file
    cannot be used, :class:`~workbench.store.cipher.PassphraseNeeded` or
    :class:`~workbench.store.cipher.WrongPassphrase` for an encrypted file; the file is
    then left exactly as it was. Without *create* (the read-only commands) a missing
    path, an empty file or a folder is refused: nothing is ever created there. While
    another process swaps the file, the open waits up to *lock_timeout* seconds.
    """
    path = path.expanduser().resolve()
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file.")
    if not create:
        _refuse_unless_database_file(path)
    else:
        try:
            private_folder(path.parent)
        except OSError as exc:
            raise DatabaseOpenError(
                f"Cannot create the folder for {path}: {exc.strerror}."
            ) from exc
    # The lock first: what the file is (encrypted or not, its salt, its schema) is read
    # once nobody can be swapping it any more.
    lock = hold_shared(path, timeout=lock_timeout, on_wait=on_wait)
    try:
        remove_stale_scratch(path)
        key = key_if_encrypted(path, passphrase)
        if key is not None:
            connect(path, key, read_only=True).close()  # a wrong passphrase stops here
        if not create and is_older_schema(path, passphrase):
            lock.release()
            return _open_upgraded_copy(path, passphrase)
        if create and not path.exists():
            # Made owner-only before SQLite opens it: its -wal and -shm take the same mode.
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        engine = create_database_engine(path, key)
        try:
            report = upgrade_to_head(engine, path, passphrase=passphrase)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Store(path, engine, factory, report, passphrase, key, lock)


def _open_upgraded_copy(path: Path, passphrase: Passphrase | None) -> Store:
    """An older database opened only to read: its copy, upgraded, so the file is untouched."""
    scratch = Path(tempfile.mkdtemp(prefix="workbench-read-"))
    try:
        with hold_shared(path):
            copy = backup_file(path, scratch / path.name, passphrase)
        store = open_store(copy, passphrase=passphrase)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    store.upgraded_from = path
    return store


def _refuse_unless_database_file(path: Path) -> None:
    if not path.exists():
        raise DatabaseOpenError(
            f"{path} does not exist; nothing was created. Check the path, or create a "
            "database with `workbench demo` or the window."
        )
    if not path.is_file():
        raise DatabaseOpenError(f"{path} is not a database file.")
    if path.stat().st_size == 0:
        raise DatabaseOpenError(
            f"{path} is empty, not an Account Workbench database; it was left untouched."
        )
