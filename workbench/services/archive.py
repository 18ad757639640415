"""The whole database as an open archive: JSON files in one ZIP, and restoring one.

A backup (:mod:`workbench.services.backup`) is a SQLite file; an archive is the same
content in a form any tool can read: ``manifest.json`` (format, version, schema
revision, when, how many rows of each table) and ``tables/<table>.json``, a JSON array
of one object per row, keyed by column name.

* :func:`write_archive` reads every table inside one read transaction (a consistent
  snapshot, even while the window writes) and streams it, batch by batch, into a ZIP
  beside the target that is renamed over it only when complete. Values are the raw
  stored ones (scaled integers for decimals, the stored text of times), so a restore
  gives back the same bytes; a BLOB is written as ``{"$bytes": "<base64>"}``.
* :func:`read_archive_manifest` and :func:`is_archive` look at a file without trusting
  it: not a ZIP, not ours, from a newer version, damaged or too large is refused, and so
  is one of a schema revision this version does not ship or missing a table of it.
* :func:`restore_archive` fills a new database (created the normal way, at the
  current schema) beside the current one in one transaction, checks every constraint,
  type and reference, and every value as an import would (known time zones, real dates
  in 1900–2200, booleans, amounts whose sums fit; control characters taken out of text),
  and hands it to :func:`~workbench.services.backup.restore_backup`,
  which keeps the current database in ``backups/`` and puts the new one in its place.
  A refused archive, a failure or a cancel leaves the database untouched.

The full-text search index is not archived: its triggers rebuild it as rows go in.
"""

from __future__ import annotations

import base64
import json
import operator
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.dialects import sqlite as sqlite_dialect

from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.io.atomic import BackgroundFlush, atomic_path, private_folder
from workbench.services import archive_side
from workbench.services.archive_reader import (
    BATCH,
    Batch,
    MemberDamaged,
    RowShape,
    TextSeen,
    read_ahead,
    read_batches,
)
from workbench.services.archive_side import SideFill, side_tables
from workbench.services.backup import BackupError, restore_backup, schema_tables
from workbench.services.progress import Progress
from workbench.store.archive_rows import (
    RawConnection,
    RowsRefused,
    build_indexes,
    column_affinities,
    copy_new_database,
    first_wrong_kind,
    insert_rows,
    insert_statement,
    make_self_contained,
    open_for_load,
    rows_in_order,
)
from workbench.store.archive_values import value_problems
from workbench.store.bulk import (
    column_default,
    copy_rows,
    drop_indexes,
    transaction,
)
from workbench.store.check_constraints import first_broken_check
from workbench.store.cipher import (
    DRIVER_ERRORS,
    FILE_ERRORS,
    CipherRefusal,
    Passphrase,
    connect,
    key_if_encrypted,
)
from workbench.store.database import open_store
from workbench.store.history import create_statements as history_create_statements
from workbench.store.history import drop_statements as history_drop_statements
from workbench.store.migrate import SCHEMA_HEAD, DatabaseOpenError
from workbench.store.models import Base
from workbench.store.references import first_broken_reference
from workbench.store.search_index import (
    create_statements,
    drop_statements,
    fill_statements,
    is_index_table,
)
from workbench.store.search_index import (
    read_tables as search_reads,
)
from workbench.store.verify import row_count, schema_revision, table_names

FORMAT = "account-workbench-archive"
#: The archive layout this version writes; a larger one is refused as "newer".
VERSION = 1
MANIFEST = "manifest.json"
#: Unpacked size an archive may hold in all: a guard against ZIP bombs. The stress
#: portfolio (10,000 accounts, 2 million rows) takes 330 MB unpacked, 31 MB packed.
MAX_UNPACKED = 2 * 1024**3
MAX_MANIFEST = 1024**2
_REVISION = re.compile(r"[0-9A-Za-z_]{1,32}")
_DIALECT = sqlite_dialect.dialect()
#: What reading a hostile ZIP may raise besides our own checks.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    OSError,
    RuntimeError,  # an encrypted member
    NotImplementedError,  # an unknown compression method
    ValueError,
    OverflowError,
)


class ArchiveError(BackupError):
    """An archive could not be written, read or restored; says why, in the user's language.

    Like :class:`BackupError`, whose kind it is: ``str()`` is the English sentence,
    :meth:`translated` the interface's (templates in context "archive").
    """

    context = "archive"

    @classmethod
    def from_backup(cls, error: BackupError) -> ArchiveError:
        """The same refusal, from the restore machinery (its template is in context "backup")."""
        wrapped = cls(error.template, **error.values)
        wrapped.context = "backup"
        return wrapped


def _damaged(file: str, details: object) -> ArchiveError:
    return ArchiveError(
        QT_TRANSLATE_NOOP("archive", "{file} is damaged: {details}"), file=file, details=details
    )


@dataclass(frozen=True)
class ArchiveManifest:
    """What ``manifest.json`` says: the schema revision of the rows and how many of each."""

    version: int
    schema: str
    written_at: datetime
    tables: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class ArchiveSummary:
    """An archive just written: where, and what it holds."""

    path: Path
    manifest: ArchiveManifest

    @property
    def rows(self) -> int:
        return self.manifest.rows


def archived_tables() -> list[Table]:
    """The tables an archive holds, parents before children (the search index left out)."""
    return [t for t in Base.metadata.sorted_tables if not is_index_table(t.name)]


def revision_tables(revision: str) -> frozenset[str] | None:
    """The tables an archive of schema *revision* holds; ``None`` for a revision not shipped."""
    tables = schema_tables(revision)
    archived = {t.name for t in archived_tables()}
    return None if tables is None else frozenset(tables & archived)


def _member(table: str) -> str:
    return f"tables/{table}.json"


# --- writing ---------------------------------------------------------------------------


def _encode_blob(value: object) -> object:
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"{type(value).__name__} cannot be archived")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_encode_blob)


#: What writing an archive, or restoring one, can meet besides a refusal.
_WRITE_ERRORS: tuple[type[Exception], ...] = (*FILE_ERRORS, zipfile.LargeZipFile)
_RESTORE_ERRORS: tuple[type[Exception], ...] = (*FILE_ERRORS, DatabaseOpenError)


def write_archive(
    db_path: Path,
    target: Path,
    progress: Progress | None = None,
    *,
    passphrase: Passphrase | None = None,
) -> ArchiveSummary:
    """Archive every row of *db_path* to the ZIP *target*, replacing it only when complete."""
    progress = progress or Progress()
    if not db_path.is_file():
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "{file} does not exist."), file=db_path.name
        )
    target = target.resolve()
    if target == db_path.resolve():
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "An archive cannot overwrite the database it copies.")
        )
    try:
        private_folder(target.parent)
        key = key_if_encrypted(db_path, passphrase)
        # The file as it is (never created: it exists); one read transaction, so every
        # table comes from the same moment.
        with (
            closing(connect(db_path, key, isolation_level=None)) as db,
            atomic_path(target) as partial,
            transaction(db),
        ):
            manifest = _write_tables(db, db_path.name, partial, progress)
    except CipherRefusal as refusal:
        raise ArchiveError(refusal.template, **refusal.values) from refusal
    except _WRITE_ERRORS as error:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "The archive could not be written: {details}"),
            details=error,
        ) from error
    return ArchiveSummary(target, manifest)


def _write_tables(
    db: RawConnection, name: str, partial: Path, progress: Progress
) -> ArchiveManifest:
    try:
        present = table_names(db)
    except DRIVER_ERRORS as error:  # "file is not a database"
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "{file} is not a database ({details})."),
            file=name,
            details=error,
        ) from error
    found = schema_revision(db) if "alembic_version" in present else None
    if found is None or "accounts" not in present:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "{file} is not an Account Workbench database."), file=name
        )
    revision = found
    if revision > SCHEMA_HEAD:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "archive",
                "{file} was written by a newer version of Account Workbench (schema {schema}).",
            ),
            file=name,
            schema=revision,
        )
    expected = revision_tables(revision)
    if expected is None:
        raise _unknown_schema(name, revision)
    if expected - present:
        raise _damaged(name, f"table {sorted(expected - present)[0]} is missing")
    tables = [t.name for t in archived_tables() if t.name in expected]
    counts = {t: row_count(db, t) for t in tables}
    total = sum(counts.values())
    done = 0
    progress.advance(0, total, "")
    written_at = datetime.now(UTC).replace(microsecond=0)
    stamp = written_at.astimezone().timetuple()[:6]  # ZIP keeps local times

    def entry(name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    unpacked = 0
    with zipfile.ZipFile(partial, "w") as archive:
        for table in tables:
            cursor = rows_in_order(db, table)
            columns = [d[0] for d in cursor.description]
            rows = 0
            with archive.open(entry(_member(table)), "w", force_zip64=True) as member:
                separator = "\n"
                member.write(b"[")
                while batch := cursor.fetchmany(BATCH):
                    text = ",\n".join(
                        _ENCODER.encode(dict(zip(columns, r, strict=True))) for r in batch
                    )
                    member.write(f"{separator}{text}".encode())
                    separator = ",\n"
                    rows += len(batch)
                    done += len(batch)
                    progress.advance(done, total, table)
                member.write(b"\n]\n")
            counts[table] = rows  # the same as counted: one snapshot
            unpacked += archive.getinfo(_member(table)).file_size
            if unpacked > MAX_UNPACKED:
                raise ArchiveError(
                    QT_TRANSLATE_NOOP(
                        "archive",
                        "{file} is too large for an archive (more than {limit} GiB of text); "
                        "write a backup instead.",
                    ),
                    file=name,
                    limit=MAX_UNPACKED // 1024**3,
                )
        manifest = ArchiveManifest(VERSION, revision, written_at, counts)
        archive.writestr(entry(MANIFEST), _manifest_json(manifest))
    return manifest


def _manifest_json(manifest: ArchiveManifest) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "version": manifest.version,
            "schema": manifest.schema,
            "written_at": manifest.written_at.isoformat(),
            "tables": manifest.tables,
        },
        indent=2,
    )


# --- reading ---------------------------------------------------------------------------


def is_archive(path: Path) -> bool:
    """Whether *path* is a ZIP with our manifest (of any version: restoring says if it fits)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST:
                return False
            manifest = json.loads(archive.read(info))
    except (*_ZIP_ERRORS, KeyError, RecursionError):
        return False
    return isinstance(manifest, dict) and manifest.get("format") == FORMAT


def read_archive_manifest(path: Path) -> ArchiveManifest:
    """The manifest of the archive at *path*, once it is known to be one this version reads.

    Raises :class:`ArchiveError` when it is not a ZIP, not an Account Workbench archive,
    from a newer version or schema, too large, or its manifest or list of files is damaged.
    """
    with _open_archive(path) as (_archive, manifest):
        return manifest


@contextmanager
def _open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, ArchiveManifest]]:
    """The checked ZIP and its manifest, closed on leaving the ``with``."""
    if not path.is_file():
        raise ArchiveError(QT_TRANSLATE_NOOP("archive", "{file} does not exist."), file=path.name)
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as error:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "{file} is not an archive (not a ZIP file)."),
            file=path.name,
        ) from error
    with archive:
        yield archive, _check_archive(archive, path.name)


def _check_archive(archive: zipfile.ZipFile, name: str) -> ArchiveManifest:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if MANIFEST not in names:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "{file} is not an Account Workbench archive."), file=name
        )
    if len(set(names)) != len(names):
        raise _damaged(name, "a file appears twice in it")
    for info in infos:
        if info.flag_bits & 0x1:
            raise _damaged(name, f"{info.filename} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(name, f"{info.filename} is compressed in an unknown way")
    info = archive.getinfo(MANIFEST)
    if info.file_size > MAX_MANIFEST:
        raise _damaged(name, "the manifest is too large")
    try:
        raw = json.loads(archive.read(info).decode("utf-8"))
    except (*_ZIP_ERRORS, RecursionError) as error:
        raise _damaged(name, f"the manifest cannot be read ({error})") from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("archive", "{file} is not an Account Workbench archive."), file=name
        )
    manifest = _parse_manifest(raw, name)
    expected = {MANIFEST} | {_member(table) for table in manifest.tables}
    unexpected = sorted(set(names) - expected)
    if unexpected:
        raise _damaged(name, f"it holds a file it should not: {unexpected[0]!r}")
    missing = sorted(expected - set(names))
    if missing:
        raise _damaged(name, f"{missing[0]} is missing")
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "archive", "{file} is too large to restore (more than {limit} GiB unpacked)."
            ),
            file=name,
            limit=MAX_UNPACKED // 1024**3,
        )
    return manifest


def _parse_manifest(raw: dict[str, Any], name: str) -> ArchiveManifest:
    version = raw.get("version")
    if type(version) is not int or version < 1:
        raise _damaged(name, "the manifest has no valid version")
    if version > VERSION:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "archive",
                "{file} was written by a newer version of Account Workbench (archive format "
                "{version}); install that version to restore it.",
            ),
            file=name,
            version=version,
        )
    schema = raw.get("schema")
    if not isinstance(schema, str) or not _REVISION.fullmatch(schema):
        raise _damaged(name, "the manifest has no valid schema revision")
    if schema > SCHEMA_HEAD:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "archive",
                "{file} was written by a newer version of Account Workbench (schema {schema}); "
                "install that version to restore it.",
            ),
            file=name,
            schema=schema,
        )
    try:
        written_at = datetime.fromisoformat(str(raw.get("written_at")))
    except ValueError as error:
        raise _damaged(name, "the manifest has no valid date") from error
    tables = raw.get("tables")
    if not isinstance(tables, dict) or not all(
        type(count) is int and count >= 0 for count in tables.values()
    ):
        raise _damaged(name, "the manifest has no valid list of tables")
    known = [t.name for t in archived_tables()]
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise _damaged(name, f"unknown table {unknown[0]!r}")
    expected = revision_tables(schema)
    if expected is None:
        raise _unknown_schema(name, schema)
    missing = sorted(expected - set(tables))
    if missing:
        raise _damaged(name, f"table {missing[0]} of schema {schema} is missing")
    later = sorted(set(tables) - expected)
    if later:
        raise _damaged(name, f"table {later[0]} is not part of schema {schema}")
    return ArchiveManifest(
        version, schema, written_at, {t: tables[t] for t in known if t in tables}
    )


# --- restoring -------------------------------------------------------------------------


def _default_of(column: Column[Any]) -> Callable[[], Any] | None:
    """The stored value the app's model would give *column* when a row leaves it out: the
    model's default (:func:`~workbench.store.bulk.column_default`) as its type stores it."""
    make = column_default(column)
    if make is None:
        return None
    process = column.type._cached_bind_processor(_DIALECT)
    if process is None:
        return make
    if column.default is not None and column.default.is_scalar:
        value = process(make())
        return lambda: value
    return lambda: process(make())


class _TableLoader:
    """Inserts one table's rows by batches of raw values, whatever columns each row names."""

    def __init__(self, db: RawConnection, table: Table, file: str) -> None:
        self.db = db
        self.table = table
        self.file = file
        self.columns = {c.name: c for c in table.c}
        self.width = -1
        self.values_of: Callable[[dict[str, Any]], tuple[Any, ...]] = lambda row: ()
        self.sql = ""
        self.fill: list[Callable[[], Any]] = []
        self.batch: list[tuple[Any, ...]] = []
        self.shape = RowShape(column_affinities(db, table.name))
        self.whole = insert_statement(table.name, self.shape.names)
        self.typed = True  # every row so far came typed: no value needs its kind checked

    def add_batch(self, batch: Batch) -> None:
        """Insert *batch*: typed rows as they are, objects by :meth:`add` (then
        :meth:`check_types` has values to check)."""
        if not batch.typed:
            self.typed = False
            for row in batch.rows:
                self.add(row)
            return
        self.flush()
        self._insert(self.whole, batch.rows)

    def add(self, row: dict[str, Any]) -> None:
        # The values by the names of the batch's columns, whatever their order in the row;
        # a row naming other columns starts a new batch.
        try:
            if len(row) != self.width:
                raise KeyError
            values = self.values_of(row)
        except KeyError:
            self.flush()
            self._prepare(tuple(row))
            values = self.values_of(row)
        if self.fill:
            values += tuple(make() for make in self.fill)
        self.batch.append(values)

    def _prepare(self, keys: tuple[str, ...]) -> None:
        unknown = [key for key in keys if key not in self.columns]
        if unknown:
            raise _damaged(self.file, f"unknown column {self.table.name}.{unknown[0]}")
        # Columns an older schema did not have take the model's defaults (or SQL's).
        filled = [
            (name, make)
            for name, column in self.columns.items()
            if name not in keys and (make := _default_of(column)) is not None
        ]
        names = [*keys, *(name for name, _ in filled)]
        self.width = len(keys)
        if len(keys) > 1:
            self.values_of = operator.itemgetter(*keys)
        else:  # itemgetter of one key gives the value, not a tuple of it
            self.values_of = lambda row: tuple(row[key] for key in keys)
        self.fill = [make for _, make in filled]
        self.sql = insert_statement(self.table.name, names)

    def flush(self) -> None:
        if not self.batch:
            return
        self._insert(self.sql, self.batch)
        self.batch.clear()

    def _insert(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        try:
            insert_rows(self.db, sql, rows)
        except RowsRefused as error:
            raise _refused(self.file, self.table.name, error) from error
        except (OverflowError, UnicodeEncodeError) as error:
            raise _refused(self.file, self.table.name, error) from error

    def check_types(self) -> None:
        """Refuse values of a kind their column cannot hold (text in a number column, …);
        none to look at when every row came typed."""
        if self.typed:
            return
        found = first_wrong_kind(self.db, self.table.name)
        if found:
            name, kind = found
            raise _refused(self.file, self.table.name, f"{name} holds a {kind} value")


def _unknown_schema(file: str, schema: str) -> ArchiveError:
    return ArchiveError(
        QT_TRANSLATE_NOOP(
            "archive", "{file} has a schema revision this version does not know ({schema})."
        ),
        file=file,
        schema=schema,
    )


def _unusable(file: str, table: str, problems: list[str]) -> ArchiveError:
    return ArchiveError(
        QT_TRANSLATE_NOOP(
            "archive", "{file} holds values this version cannot use (table {table}: {details})."
        ),
        file=file,
        table=table,
        details="; ".join(problems),
    )


def _refused(file: str, table: str, details: object) -> ArchiveError:
    return ArchiveError(
        QT_TRANSLATE_NOOP(
            "archive", "{file} holds rows this database refuses (table {table}: {details})."
        ),
        file=file,
        table=table,
        details=details,
    )


def restore_archive(
    archive: Path,
    db_path: Path,
    progress: Progress | None = None,
    *,
    passphrase: Passphrase | None = None,
) -> Path | None:
    """Replace *db_path*'s content with the archive's; returns the copy kept of the former.

    *passphrase* opens the current database when it is encrypted; the restored content is
    then encrypted with it (see :func:`~workbench.services.backup.restore_backup`).

    Close every connection to *db_path* first (the window closes its store). Raises
    :class:`ArchiveError` when the archive is refused or the database cannot be replaced;
    then, and on a cancel (:class:`~workbench.services.progress.Cancelled`), *db_path* is
    left as it was.
    """
    progress = progress or Progress()
    staged = db_path.with_name(f".{db_path.name}.from-archive")
    scratch = [
        Path(f"{file}{suffix}")
        for file in (staged, _side_file(staged))
        for suffix in ("", "-wal", "-shm", "-journal", ".lock")
    ]
    with _open_archive(archive) as (opened, manifest):
        total = manifest.rows + 3  # the rows, then restore_backup's three steps
        progress.advance(0, total, "")
        try:
            for path in scratch:
                path.unlink(missing_ok=True)
            _fill(archive, staged, opened, manifest, progress, total)
            steps = Progress(
                lambda done, _total, message: progress.advance(total - 3 + done, total, message)
            )
            return restore_backup(staged, db_path, steps, passphrase=passphrase, move=True)
        except ArchiveError:
            raise
        except BackupError as error:  # one kind of error for callers to catch
            raise ArchiveError.from_backup(error) from error
        except _RESTORE_ERRORS as error:
            raise ArchiveError(
                QT_TRANSLATE_NOOP("archive", "The archive could not be restored: {details}"),
                details=error,
            ) from error
        finally:
            for path in scratch:
                path.unlink(missing_ok=True)


def _fill(
    archive: Path,
    staged: Path,
    opened: zipfile.ZipFile,
    manifest: ArchiveManifest,
    progress: Progress,
    total: int,
) -> None:
    """Insert every archived row into *staged* (a new, empty database at the current
    schema), checked before the file is used.

    The largest tables of a large archive are filled by a second process into a file of
    its own (:mod:`~workbench.services.archive_side`) while this one fills the rest; their
    rows and their indexes, built there, are copied across once both are done.
    """
    file = archive.name
    # The search index is built here from these tables' rows: they stay here, so that
    # it is built while the second process works (unless the largest table is one).
    reads = search_reads()
    aside = side_tables(
        manifest.tables,
        os.cpu_count(),
        archive_side.SIDE_ROWS,
        kept_here=reads,
        extra_here=sum(manifest.tables.get(name, 0) for name in reads),
    )
    side_file = _side_file(staged)
    done = 0
    with ExitStack() as stack:
        side = None
        if aside:  # started first: its interpreter starts while this process makes *staged*
            side = stack.enter_context(
                SideFill(
                    _fill_side,
                    (archive, side_file, {name: manifest.tables[name] for name in aside}),
                    refused=ArchiveError,
                    failed=_side_failed,
                )
            )
        open_store(staged).close()
        if side is not None:  # the second process's file: the same new, empty database
            copy_new_database(staged, side_file)
            side.go()
        # References are checked once all rows are in: a row may name a later one of its
        # table; a scratch file until restore_backup checks and places it.
        db = stack.enter_context(open_for_load(staged))
        # The search index and the indexes are built once from all the rows: one sort
        # each, not an insert per row (the search index ~25× faster than its triggers);
        # they come back as the schema has them, a unique one refusing a duplicate then.
        # Those of this process's tables are built while the second one still works.
        search_later = bool(set(aside) & reads)
        with transaction(db):
            indexes = _without_indexes(db)
            for name, expected in manifest.tables.items():
                if name in aside:
                    continue

                def advance(count: int, name: str = name, done: int = done) -> None:
                    progress.advance(done + count + (side.stored if side else 0), total, name)

                _load_table(db, opened, name, expected, file, advance)
                done += expected
            progress.advance(done + (side.stored if side else 0), total, "indexes")
            _build_indexes(db, indexes, lambda table: table not in aside, file)
            if not search_later:
                _build_search_index(db)
        if side is not None:
            side.wait(lambda stored: progress.advance(done + stored, total, aside[0]))
            # Its indexes exist here before the copy, so it copies theirs, built already.
            with transaction(db):
                _build_indexes(db, indexes, lambda table: table in aside, file)
            copy_rows(db, side_file, aside)
            done = manifest.rows
        # Nothing is synced while the file is built: the disk writes it while the
        # references are checked (restore_backup syncs what is left before renaming it).
        stack.enter_context(BackgroundFlush())
        with transaction(db):
            progress.advance(done, total, "indexes")
            if search_later:
                _build_search_index(db)
            for statement in history_create_statements(Base.metadata):
                db.execute(statement)
            progress.advance(done, total, "references")
            broken = first_broken_reference(db)
            if broken:
                table, rowid, parent = broken
                raise _refused(file, table, f"row {rowid} refers to a missing {parent} row")
        # One self-contained file for restore_backup to check and copy.
        make_self_contained(db)


def _side_file(staged: Path) -> Path:
    return staged.with_name(f"{staged.name}.side")


def _side_failed(details: str) -> ArchiveError:
    return ArchiveError(
        QT_TRANSLATE_NOOP("archive", "The archive could not be restored: {details}"),
        details=details,
    )


def _fill_side(
    archive: Path,
    target: Path,
    tables: dict[str, int],
    *,
    stored: Synchronized,
    ready: EventType,
) -> None:
    """In the second process: fill *tables* of the archive into the new, empty database
    *target* (there once *ready* is set), each checked as :func:`_fill` checks its own
    (references excepted: they are checked once every row is in the one file), then build
    their indexes."""
    if not archive_side.wait_for_go(ready):
        return  # the restore is gone
    with (
        zipfile.ZipFile(archive) as opened,
        open_for_load(target) as db,
    ):
        _check_archive(opened, archive.name)  # the same guards, on the file as it is now
        done = 0
        with transaction(db):
            indexes = _without_indexes(db)
            for name, expected in tables.items():

                def count(rows: int, done: int = done) -> None:
                    stored.value = done + rows

                _load_table(db, opened, name, expected, archive.name, count)
                done += expected
            _build_indexes(db, indexes, lambda table: table in tables, archive.name)


def _without_indexes(db: RawConnection) -> dict[str, list[str]]:
    """Drop the search index and its triggers, the field history's triggers (the archive
    brings its own history) and the indexes (see :func:`~workbench.store.bulk.drop_indexes`);
    return the statements that make the last again, by table."""
    for statement in (*drop_statements(), *history_drop_statements(Base.metadata)):
        db.execute(statement)
    return drop_indexes(db)


def _build_indexes(
    db: RawConnection, indexes: dict[str, list[str]], wanted: Callable[[str], bool], file: str
) -> None:
    """Make the *wanted* tables' indexes again: a duplicate a unique one finds is refused,
    naming its table."""
    for table, statements in indexes.items():
        if wanted(table):
            try:
                build_indexes(db, statements)
            except RowsRefused as error:
                raise _refused(file, table, error) from error


def _build_search_index(db: RawConnection) -> None:
    for statement in (*create_statements(), *fill_statements()):
        db.execute(statement)


def _load_table(
    db: RawConnection,
    opened: zipfile.ZipFile,
    name: str,
    expected: int,
    file: str,
    advance: Callable[[int], None],
) -> None:
    """Insert the archive's rows of table *name* and check them: their number against the
    manifest's, each value's kind against its column, each value as an import would."""
    table = Base.metadata.tables[name]
    loader = _TableLoader(db, table, file)
    count = 0
    seen = TextSeen()
    try:
        with (
            opened.open(_member(name)) as member,
            # Closed first: the reading thread ends before the member does.
            closing(read_ahead(read_batches(member, _member(name), loader.shape, seen))) as batches,
        ):
            for batch in batches:
                loader.add_batch(batch)
                count += len(batch.rows)
                loader.flush()
                advance(count)
    except MemberDamaged as error:
        raise _damaged(file, error) from error
    except _ZIP_ERRORS as error:  # a damaged member, not UTF-8, bad base64…
        raise _damaged(file, f"{_member(name)}: {error}") from error
    if count != expected:
        raise _damaged(file, f"{_member(name)} holds {count} rows, the manifest says {expected}")
    loader.check_types()
    problems = value_problems(db, table, text=seen.control)
    if problems:
        raise _unusable(file, name, problems)
    # After value_problems, which strips control characters: what is left must pass too
    # (a name of control characters alone is blank once stripped).
    broken = first_broken_check(db, name)
    if broken:
        constraint, rowid = broken
        raise _refused(file, name, f"CHECK constraint failed: {constraint}, row {rowid}")
    advance(count)
