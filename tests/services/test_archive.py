"""Whole-database archives (JSON in a ZIP): written, read and restored on real SQLite files."""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import uuid
import zipfile
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF
from tests.dumps import dump
from tests.services.archives import checked, rebuild, rows_of, snapshot
from workbench.cli import main
from workbench.services import archive_reader
from workbench.services.archive import (
    FORMAT,
    ArchiveError,
    archived_tables,
    is_archive,
    read_archive_manifest,
    restore_archive,
    write_archive,
)
from workbench.services.backup import schema_tables, verify_backup
from workbench.services.progress import Cancelled, Progress
from workbench.services.sample_portfolio import generate_sample_portfolio
from workbench.store.database import open_store
from workbench.store.migrate import SCHEMA_HEAD
from workbench.store.search_index import is_index_table

Rows = list[dict[str, Any]]


@pytest.fixture
def archive(sample_archive: Path) -> Path:
    return sample_archive


def test_an_archive_restores_every_row_and_the_search_index(
    sample_db_path: Path, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(sample_db_path)) as db:  # some history to carry
        db.execute("UPDATE accounts SET tier = 'strategic' WHERE id = 1")
        db.commit()
    original = dump(sample_db_path, history=True)
    assert original["field_changes"]
    archived = write_archive(sample_db_path, tmp_path / "out" / "sample.zip")
    assert archived.manifest.tables["accounts"] == 40
    with closing(sqlite3.connect(sample_db_path)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM accounts WHERE id IN (SELECT id FROM accounts LIMIT 5)")
        db.execute("UPDATE contacts SET last_name = 'Changed'")
        db.commit()
    assert dump(sample_db_path) != original
    kept = restore_archive(archived.path, sample_db_path)
    # Rows, ids, order, search index and history alike.
    assert dump(sample_db_path, history=True) == original
    assert checked(sample_db_path)
    # The database as it was before the restore is kept, in case the restore was a mistake.
    assert kept is not None and kept.parent.name == "backups"
    assert verify_backup(kept).accounts == 35
    assert not list(sample_db_path.parent.glob(".*"))  # no scratch file left behind


def test_an_archive_restores_into_a_database_that_does_not_exist_yet(
    archive: Path, sample_db_path: Path, tmp_path: Path
) -> None:
    fresh = tmp_path / "elsewhere" / "new.sqlite"
    assert restore_archive(archive, fresh) is None
    assert dump(fresh) == dump(sample_db_path)


def test_the_manifest_lists_every_table_but_the_search_index(
    archive: Path, sample_db_path: Path
) -> None:
    manifest = read_archive_manifest(archive)
    assert manifest.version == 1 and manifest.schema == SCHEMA_HEAD
    assert abs(manifest.written_at - datetime.now(UTC)) < timedelta(minutes=5)
    with closing(sqlite3.connect(sample_db_path)) as db:
        counts = {
            t.name: db.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            for t in archived_tables()
        }
    assert manifest.tables == counts
    assert list(manifest.tables) == [t.name for t in archived_tables()]  # parents first
    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        raw = json.loads(opened.read("manifest.json"))
    assert names == {"manifest.json"} | {f"tables/{t}.json" for t in counts}
    assert not any(is_index_table(name.split("/")[-1].removesuffix(".json")) for name in names)
    assert raw["format"] == FORMAT and raw["schema"] == SCHEMA_HEAD
    assert is_archive(archive)


def test_stored_values_come_back_byte_for_byte(sample_db_path: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(sample_db_path)) as db:
        db.execute("UPDATE accounts SET description = X'00FF10' WHERE id = 1")
        db.execute(
            "UPDATE accounts SET name = ?, description = ? WHERE id = 2",
            ('Ñandú "Ltd" \\ 😀', "line one\nline\ttwo\r\n\u2028"),
        )
        # Large, but their columns still add up within SQLite's range
        # (see archive_values.LARGEST_COLUMN_TOTAL).
        db.execute("UPDATE revenue_records SET revenue = ? WHERE id = 1", (2**61 + 1,))
        db.execute("UPDATE kpi_measurements SET value = ? WHERE id = 2", (-(2**61) - 1,))
        db.commit()
    original = dump(sample_db_path)
    archived = write_archive(sample_db_path, tmp_path / "values.zip").path
    first = next(row for row in rows_of(archived, "accounts") if row["id"] == 1)
    assert first["description"] == {"$bytes": "AP8Q"}
    fresh = tmp_path / "restored.sqlite"
    restore_archive(archived, fresh)
    assert dump(fresh) == original


def test_rows_are_read_whatever_the_layout_of_the_json(archive: Path, tmp_path: Path) -> None:
    pretty = rebuild(archive, tmp_path / "pretty.zip", indent=3)
    one_line = rebuild(
        archive, tmp_path / "one-line.zip", tables={"contacts": rows_of(archive, "contacts")}
    )
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    restore_archive(pretty, a)
    restore_archive(one_line, b)
    assert dump(a) == dump(b)


def _schema(db_path: Path) -> list[tuple[str, str, str, str | None]]:
    with closing(sqlite3.connect(db_path)) as db:
        return db.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def test_a_restored_database_has_every_index_and_trigger_of_a_new_one(
    archive: Path, tmp_path: Path
) -> None:
    """The restore drops the indexes and the search index while rows go in, and makes
    them again: the result is the schema a new database has, index for index."""
    new = tmp_path / "new.sqlite"
    open_store(new).close()
    restored = tmp_path / "restored.sqlite"
    restore_archive(archive, restored)
    assert _schema(restored) == _schema(new)
    with closing(sqlite3.connect(restored)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] in ("delete", "wal")


def _lines(rows: Rows) -> bytes:
    """Rows as the archive writes them: one a line."""
    return ("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n").encode()


def test_rows_naming_their_columns_in_any_order_restore_the_same(
    archive: Path, tmp_path: Path
) -> None:
    contacts = rows_of(archive, "contacts")
    shuffled = [dict(reversed(row.items())) if i % 2 else row for i, row in enumerate(contacts)]
    mixed = rebuild(
        archive, tmp_path / "mixed.zip", extra={"tables/contacts.json": _lines(shuffled)}
    )
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    restore_archive(archive, a)
    restore_archive(mixed, b)
    assert dump(a) == dump(b)


@pytest.mark.parametrize(
    ("value", "says"),
    [("lots", "account_id holds a text value"), (2.5, "account_id holds a real value")],
)
def test_a_value_of_the_wrong_kind_after_many_rows_read_typed_is_refused(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: object, says: str
) -> None:
    """Rows as written are read in blocks, typed, and their kinds need no check; a block
    with a value of another kind is read as objects, and that value is still refused."""
    monkeypatch.setattr(archive_reader, "_CHUNK", 2048)  # many blocks before the last row
    contacts = rows_of(archive, "contacts")
    contacts[-1]["account_id"] = value
    edited = rebuild(
        archive, tmp_path / "edited.zip", extra={"tables/contacts.json": _lines(contacts)}
    )
    target = tmp_path / "restored.sqlite"
    with pytest.raises(ArchiveError, match=says):
        restore_archive(edited, target)
    assert not target.exists()


def test_a_number_in_a_text_column_is_kept_as_sqlite_keeps_it(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_reader, "_CHUNK", 2048)
    contacts = rows_of(archive, "contacts")
    contacts[-1]["job_title"] = 42
    edited = rebuild(
        archive, tmp_path / "edited.zip", extra={"tables/contacts.json": _lines(contacts)}
    )
    target = tmp_path / "restored.sqlite"
    restore_archive(edited, target)
    with closing(sqlite3.connect(target)) as db:
        stored = db.execute("SELECT job_title FROM contacts WHERE id = ?", (contacts[-1]["id"],))
        assert stored.fetchone() == ("42",)


def test_one_row_over_several_lines_among_rows_one_a_line_is_read(
    archive: Path, tmp_path: Path
) -> None:
    contacts = rows_of(archive, "contacts")
    text = _lines(contacts[:5]).decode()
    pretty = json.dumps(contacts[5], indent=2)
    text = text[: -len("\n]\n")] + ",\n" + pretty + ",\n" + _lines(contacts[6:]).decode()[2:]
    mixed = rebuild(archive, tmp_path / "mixed.zip", extra={"tables/contacts.json": text.encode()})
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    restore_archive(archive, a)
    restore_archive(mixed, b)
    assert dump(a) == dump(b)


def test_bytes_whose_key_is_spelled_with_escapes_come_back_as_bytes(
    archive: Path, tmp_path: Path
) -> None:
    """Rows one a line are decoded many at a time (msgspec), without the object hook that
    turns ``{"$bytes": …}`` into bytes: they are turned after, the key however spelled."""
    accounts = rows_of(archive, "accounts")
    accounts[0]["description"] = {"$bytes": "AP8Q"}
    text = _lines(accounts).decode().replace('"$bytes"', '"\\u0024bytes"', 1)
    assert '"\\u0024bytes"' in text
    spelled = rebuild(
        archive, tmp_path / "escaped.zip", extra={"tables/accounts.json": text.encode()}
    )
    restored = tmp_path / "restored.sqlite"
    restore_archive(spelled, restored)
    with closing(sqlite3.connect(restored)) as db:
        stored = db.execute(
            "SELECT description FROM accounts WHERE id = ?", (accounts[0]["id"],)
        ).fetchone()
    assert stored == (b"\x00\xff\x10",)


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ('{"id": 9999, "photo": {"$bytes": "not base64!"}}', "contacts.json"),
        ("[1, 2, 3]", "holds something other than rows"),
        ('{"id": 9999, "first_name": "A",}', "contacts.json"),
    ],
)
def test_a_damaged_row_among_rows_one_a_line_is_refused(
    archive: Path, tmp_path: Path, row: str, says: str
) -> None:
    contacts = rows_of(archive, "contacts")
    lines = _lines(contacts).decode().split(",\n")
    lines.insert(len(lines) // 2, row)
    damaged = rebuild(
        archive,
        tmp_path / "damaged.zip",
        extra={"tables/contacts.json": ",\n".join(lines).encode()},
    )
    target = tmp_path / "restored.sqlite"
    with pytest.raises(ArchiveError, match=says):
        restore_archive(damaged, target)
    assert not target.exists()
    assert not list(tmp_path.glob(".*"))


def test_an_archive_is_one_moment_of_a_database_being_written(
    sample_db_path: Path, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(sample_db_path)) as db:
        db.execute("PRAGMA journal_mode = WAL")  # as the app keeps it: writers don't wait
    original = dump(sample_db_path)
    progress = Progress()

    def write_meanwhile(done: int, _total: int, _table: str) -> None:
        if done == 0:
            with closing(sqlite3.connect(sample_db_path)) as other:
                other.execute("UPDATE accounts SET name = name || ' (later)'")
                other.execute("DELETE FROM survey_responses")
                other.commit()

    progress.on_progress = write_meanwhile
    archived = write_archive(sample_db_path, tmp_path / "moment.zip", progress).path
    assert dump(sample_db_path) != original
    restored = tmp_path / "restored.sqlite"
    restore_archive(archived, restored)
    assert dump(restored) == original


def _random_bytes(archive: Path, folder: Path) -> Path:
    path = folder / "noise.zip"
    path.write_bytes(bytes(range(256)) * 40)
    return path


def _truncated(archive: Path, folder: Path) -> Path:
    path = folder / "cut.zip"
    path.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    return path


def _another_zip(archive: Path, folder: Path) -> Path:
    path = folder / "photos.zip"
    with zipfile.ZipFile(path, "w") as other:
        other.writestr("holiday.txt", "sun")
    return path


def _newer_schema(archive: Path, folder: Path) -> Path:
    return rebuild(archive, folder / "newer.zip", manifest={"schema": "9999"})


def _newer_format(archive: Path, folder: Path) -> Path:
    return rebuild(archive, folder / "newer-format.zip", manifest={"version": 2})


def _escaping_member(archive: Path, folder: Path) -> Path:
    return rebuild(archive, folder / "escape.zip", extra={"../evil.json": b"[]"})


def _with_edit(table: str, edit: Callable[[Rows], Rows], name: str) -> Callable[[Path, Path], Path]:
    def build(archive: Path, folder: Path) -> Path:
        return rebuild(archive, folder / name, tables={table: edit(rows_of(archive, table))})

    return build


def _set(column: str, value: object) -> Callable[[Rows], Rows]:
    def edit(rows: Rows) -> Rows:
        rows[0][column] = value
        return rows

    return edit


def _same_uid_twice(rows: Rows) -> Rows:
    rows[1]["uid"] = rows[0]["uid"]
    return rows


def _two_primaries(rows: Rows) -> Rows:
    """A second primary contact for the first contact's account."""
    other = next(r for r in rows[1:] if r["account_id"] == rows[0]["account_id"])
    rows[0]["is_primary"], other["is_primary"] = 1, 1
    return rows


def _unlisted_member(archive: Path, folder: Path) -> Path:
    return rebuild(archive, folder / "unlisted.zip", extra={"tables/planets.json": b"[]"})


def _unknown_table(archive: Path, folder: Path) -> Path:
    counts = {**read_archive_manifest(archive).tables, "planets": 0}
    return rebuild(
        archive,
        folder / "unknown.zip",
        manifest={"tables": counts},
        extra={"tables/planets.json": b"[]"},
    )


def _too_large(archive: Path, folder: Path) -> Path:
    """A member whose declared unpacked size is 4 GiB: its central directory entry is patched."""
    data = bytearray(archive.read_bytes())
    at = data.index(b"PK\x01\x02")  # the first entry; its unpacked size is at offset 24
    data[at + 24 : at + 28] = struct.pack("<I", 0xFFFFFFF0)
    path = folder / "bomb.zip"
    path.write_bytes(bytes(data))
    return path


def _corrupted_member(archive: Path, folder: Path) -> Path:
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo("tables/interactions.json")
    data = bytearray(archive.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + 20  # well into the data
    for offset in range(start + 100, start + 110):
        data[offset] ^= 0x5A
    path = folder / "corrupted.zip"
    path.write_bytes(bytes(data))
    return path


def _extra_rows_in_manifest(archive: Path, folder: Path) -> Path:
    counts = {**read_archive_manifest(archive).tables, "accounts": 41}
    return rebuild(archive, folder / "count.zip", manifest={"tables": counts})


def _bad_json(archive: Path, folder: Path) -> Path:
    return rebuild(
        archive, folder / "json.zip", extra={"tables/contacts.json": b'[{"id": 1, "first_name": '}
    )


def _no_rows(archive: Path, folder: Path) -> Path:
    return rebuild(archive, folder / "list.zip", extra={"tables/contacts.json": b'{"id": 1}'})


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (_random_bytes, "not an archive"),
        (_truncated, "not an archive"),
        (_another_zip, "not an Account Workbench archive"),
        (_newer_schema, "newer version of Account Workbench (schema 9999)"),
        (_newer_format, "newer version of Account Workbench (archive format 2)"),
        (_escaping_member, "should not: '../evil.json'"),
        (_unlisted_member, "should not: 'tables/planets.json'"),
        (_unknown_table, "unknown table 'planets'"),
        (_too_large, "too large to restore"),
        (_corrupted_member, "damaged"),
        (_extra_rows_in_manifest, "holds 40 rows, the manifest says 41"),
        (_bad_json, "damaged"),
        (_no_rows, "not a JSON list of rows"),
        (_with_edit("accounts", _set("name", None), "null.zip"), "NOT NULL"),
        (
            _with_edit("accounts", _set("tier", "galactic"), "check.zip"),
            "(table accounts: CHECK constraint failed: ck_accounts_tier, row 1)",
        ),
        (_with_edit("accounts", _set("planet", "Mars"), "column.zip"), "unknown column"),
        # Control characters alone: stripped as an import strips them, then blank.
        (
            _with_edit("accounts", _set("name", "\x01\x02"), "blank.zip"),
            "CHECK constraint failed: ck_accounts_name_not_blank, row 1",
        ),
        (_with_edit("contacts", _set("account_id", 999_999), "fk.zip"), "missing accounts row"),
        (_with_edit("contacts", _set("id", 2), "unique.zip"), "UNIQUE"),
        # Two records with one uid, two primary contacts of one account: refused, named.
        (
            _with_edit("contacts", _same_uid_twice, "uid.zip"),
            "(table contacts: UNIQUE constraint failed: contacts.uid)",
        ),
        (
            _with_edit("contacts", _two_primaries, "primary.zip"),
            "(table contacts: UNIQUE constraint failed: contacts.account_id)",
        ),
        (_with_edit("revenue_records", _set("revenue", "lots"), "text.zip"), "holds a text"),
        (_with_edit("revenue_records", _set("revenue", 12.5), "real.zip"), "holds a real"),
        (_with_edit("accounts", _set("name", ["A", "B"]), "list.zip"), "refuses"),
        (_with_edit("accounts", _set("name", {"$bytes": "@@"}), "b64.zip"), "damaged"),
        (_with_edit("accounts", _set("id", 2**70), "huge.zip"), "refuses"),
        # Values the database takes but the program cannot use (finding 5 of issue 14).
        (
            _with_edit("accounts", _set("time_zone", "Mars/Olympus"), "zone.zip"),
            "table accounts: row 1, time_zone 'Mars/Olympus' is not a known time zone",
        ),
        (
            _with_edit("meetings", _set("time_zone", "Europe/Atlantis"), "meeting-zone.zip"),
            "time_zone 'Europe/Atlantis' is not a known time zone",
        ),
        (
            _with_edit("accounts", _set("client_since", "2023-02-30"), "date.zip"),
            "row 1, client_since '2023-02-30' is not a date",
        ),
        # Dates SQLite's own date functions cannot read at all (NULL), alone in their row.
        (
            _with_edit("accounts", _set("client_since", "2000-13-45"), "month-13.zip"),
            "row 1, client_since '2000-13-45' is not a date",
        ),
        (
            _with_edit("accounts", _set("client_since", "2000-1-1"), "short-date.zip"),
            "row 1, client_since '2000-1-1' is not a date",
        ),
        (
            _with_edit(
                "interactions", _set("occurred_at", "2000-02-39 10:00:00.000000"), "d39.zip"
            ),
            "occurred_at '2000-02-39 10:00:00.000000' is not a date and time",
        ),
        (
            _with_edit("accounts", _set("client_since", "0001-01-01"), "year.zip"),
            "client_since '0001-01-01' is outside the years 1900–2200",
        ),
        (
            _with_edit("accounts", _set("client_since", 12), "number-date.zip"),
            "client_since 12 is not a date",
        ),
        (
            _with_edit("accounts", _set("client_since", "9223372036854775808"), "big-date.zip"),
            "client_since 9.223372036854776e",
        ),
        (
            _with_edit("interactions", _set("occurred_at", "2023-02-29 10:00:00.000000"), "dt.zip"),
            "occurred_at '2023-02-29 10:00:00.000000' is not a date and time",
        ),
        (
            _with_edit("interactions", _set("occurred_at", "2023-01-01 25:00:00.000000"), "h.zip"),
            "occurred_at '2023-01-01 25:00:00.000000' is not a date and time",
        ),
        (
            _with_edit("accounts", _set("created_at", "9999-12-31 10:00:00.000000"), "far.zip"),
            "created_at '9999-12-31 10:00:00.000000' is outside the years 1900–2200",
        ),
        (
            _with_edit("accounts", _set("created_at", "2023-01-01T10:00:00+02:00"), "tz.zip"),
            "is not a date and time in UTC without an offset",
        ),
        (_with_edit("colleagues", _set("active", 7), "bool.zip"), "active 7 is not 0 or 1"),
        (_with_edit("colleagues", _set("active", "yes"), "bool-text.zip"), "'yes' is not 0 or 1"),
        (_with_edit("revenue_records", _set("revenue", 2**63), "past.zip"), "refuses"),
        (
            _with_edit("revenue_records", _set("revenue", 2**63 - 1), "overflow.zip"),
            "revenue 9223372036854775807 is too large",
        ),
        (
            _with_edit("kpi_measurements", _set("value", -(2**63)), "overflow-low.zip"),
            "is too large",
        ),
        (_with_edit("incidents", _set("severity", 9), "severity.zip"), "CHECK"),
        (_with_edit("opportunities", _set("stage", "won-ish"), "stage.zip"), "CHECK"),
    ],
)
def test_a_refused_archive_leaves_the_database_untouched(
    archive: Path,
    sample_db_path: Path,
    tmp_path: Path,
    build: Callable[[Path, Path], Path],
    message: str,
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    bad = build(archive, folder)
    before = snapshot(sample_db_path)
    with pytest.raises(ArchiveError, match=message.replace("(", r"\(").replace(")", r"\)")):
        restore_archive(bad, sample_db_path)
    assert snapshot(sample_db_path) == before


def test_an_older_schema_restores_with_defaults_for_what_it_did_not_have(
    archive: Path, tmp_path: Path
) -> None:
    """Schema 0004: before import_runs and import_changes (0005), all-day meetings (0006),
    and the records' uids and stamps and the history's tables (0008)."""
    older = "0004"
    added_by_0008 = {"uid", "updated_by"}
    edits: dict[str, Rows | None] = {
        table: [{k: v for k, v in row.items() if k not in added_by_0008} for row in rows]
        for table in archived_tables_of(archive)
        if (rows := rows_of(archive, table)) and "uid" in rows[0]
    }
    edits["accounts"] = [
        {k: v for k, v in row.items() if k not in ("created_at", "updated_at")}
        for row in edits["accounts"] or []
    ]
    edits["meetings"] = [
        {k: v for k, v in row.items() if k not in ("ical_uid", "all_day")}
        for row in edits["meetings"] or []
    ]
    older_tables = schema_tables(older)
    assert older_tables is not None and "import_runs" not in older_tables
    for table in archived_tables_of(archive):
        if table not in older_tables:
            edits[table] = None  # tables later schemas added (0005, 0008, 0012, …)
    old = rebuild(archive, tmp_path / "old.zip", tables=edits, manifest={"schema": older})
    restored = tmp_path / "restored.sqlite"
    restore_archive(old, restored)
    with closing(sqlite3.connect(restored)) as db:
        stamps = [r[0] for r in db.execute("SELECT created_at FROM accounts")]
        uids = [r[0] for r in db.execute("SELECT ical_uid FROM meetings")]
        record_uids = {
            table: [r[0] for r in db.execute(f"SELECT uid FROM {table}")]
            for table in edits
            if edits[table] is not None
        }
        version = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    now = datetime.now(UTC).replace(tzinfo=None)
    assert len(stamps) == 40
    assert all(abs(datetime.fromisoformat(s) - now) < timedelta(minutes=5) for s in stamps)
    assert len(set(uids)) == len(uids) == len(edits["meetings"]) and all(uids)
    # Every record gets a uid of its own, as the program makes them (UUIDv7).
    every = [uid for table_uids in record_uids.values() for uid in table_uids]
    assert len(every) == len(set(every)) > 1000
    assert all(uuid.UUID(hex=uid).version == 7 for uid in every)
    assert version == SCHEMA_HEAD
    # The same archive claiming a later schema is missing a table.
    current = rebuild(old, tmp_path / "current.zip", manifest={"schema": "0005"})
    with pytest.raises(ArchiveError, match="import_changes of schema 0005 is missing"):
        read_archive_manifest(current)


def archived_tables_of(archive: Path) -> list[str]:
    with zipfile.ZipFile(archive) as opened:
        return list(json.loads(opened.read("manifest.json"))["tables"])


@pytest.mark.parametrize("step", ["contacts", "copy"])
def test_a_cancelled_restore_leaves_the_database_as_it_was(
    archive: Path, sample_db_path: Path, step: str
) -> None:
    """Cancelled while filling the new database, or in restore_backup's last step."""
    before = sample_db_path.read_bytes()
    progress = Progress()

    def cancel_at(_done: int, _total: int, message: str) -> None:
        if message == step:
            progress.cancel()

    progress.on_progress = cancel_at
    with pytest.raises(Cancelled):
        restore_archive(archive, sample_db_path, progress)
    assert sample_db_path.read_bytes() == before
    assert not list(sample_db_path.parent.glob(".*"))  # no scratch file left behind


def test_the_restored_file_is_on_disk_before_it_takes_the_databases_name(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is built with nothing synced (fast, and thrown away on a failure); once
    renamed over the database, a power cut must not leave half of it on disk."""
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("synced", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(source: Any, target: Any) -> None:
        events.append(("renamed", str(source)))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    restore_archive(archive, tmp_path / "restored.sqlite")
    built = str(tmp_path / ".restored.sqlite.from-archive")
    assert events.index(("synced", built)) < events.index(("renamed", built))


def test_restore_reports_progress_up_to_the_end(archive: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    restore_archive(archive, tmp_path / "new.sqlite", Progress(lambda d, t, _: seen.append((d, t))))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_cancelled_archive_writes_nothing(sample_db_path: Path, tmp_path: Path) -> None:
    progress = Progress()
    progress.on_progress = lambda done, _total, _table: progress.cancel() if done else None
    with pytest.raises(Cancelled):
        write_archive(sample_db_path, tmp_path / "out.zip", progress)
    assert not any(p.name.endswith((".zip", ".partial")) for p in tmp_path.iterdir())


def test_what_cannot_be_archived_is_refused(sample_db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="does not exist"):
        write_archive(tmp_path / "none.sqlite", tmp_path / "x.zip")
    text = tmp_path / "notes.sqlite"
    text.write_text("Name;Revenue\n" * 200)
    with pytest.raises(ArchiveError, match="not a database"):
        write_archive(text, tmp_path / "x.zip")
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(ArchiveError, match="not an Account Workbench database"):
        write_archive(other, tmp_path / "x.zip")
    with pytest.raises(ArchiveError, match="cannot overwrite"):
        write_archive(sample_db_path, sample_db_path)
    assert not (tmp_path / "x.zip").exists()


def test_only_our_zips_are_archives(archive: Path, tmp_path: Path) -> None:
    assert is_archive(archive)
    assert not is_archive(_another_zip(archive, tmp_path))
    assert not is_archive(_random_bytes(archive, tmp_path))
    assert not is_archive(tmp_path)
    assert not is_archive(tmp_path / "missing.zip")
    assert is_archive(_newer_schema(archive, tmp_path))  # ours: restoring says why not


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes_are_refused_as_an_archive(
    tmp_path_factory: pytest.TempPathFactory, junk: bytes
) -> None:
    folder = tmp_path_factory.mktemp("junk")
    bad = folder / "junk.zip"
    bad.write_bytes(junk)
    with pytest.raises(ArchiveError):
        read_archive_manifest(bad)
    with pytest.raises(ArchiveError):
        restore_archive(bad, folder / "workbench.sqlite")
    assert not (folder / "workbench.sqlite").exists()
    assert not is_archive(bad)


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("small")
    store = open_store(folder / "small.sqlite")
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=1, seed=2, as_of=AS_OF)
    store.close()
    return write_archive(store.path, folder / "small.zip").path.read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_archive_never_fails_in_another_way(
    small_archive: bytes, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    damaged = bytearray(small_archive)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    folder = tmp_path_factory.mktemp("damaged")
    path = folder / "damaged.zip"
    path.write_bytes(bytes(damaged))
    target = folder / "workbench.sqlite"
    try:
        restore_archive(path, target)
    except ArchiveError:
        assert not target.exists()
    else:
        assert checked(target)
    assert sorted(p.name for p in folder.iterdir() if p.suffix != ".lock") in (
        ["damaged.zip"],
        ["damaged.zip", "workbench.sqlite"],
    )


def test_the_command_line_exports_an_archive(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "all.zip"
    argv = ["export", "--format", "archive", "--db", str(sample_db_path), "-o", str(target)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and str(target) in out and "40 accounts" in out
    # A .zip without --kind is an archive too.
    suffix_only = tmp_path / "by-suffix.zip"
    assert main(["export", "--db", str(sample_db_path), "-o", str(suffix_only)]) == 0
    capsys.readouterr()
    restored = tmp_path / "restored.sqlite"
    restore_archive(suffix_only, restored)
    assert dump(restored) == dump(sample_db_path)
    assert read_archive_manifest(target).tables == read_archive_manifest(suffix_only).tables


def test_the_command_line_asks_for_a_kind_only_for_csv_and_excel(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(sample_db_path)]
    assert main(["export", *db, "-o", str(tmp_path / "x.csv")]) == 2
    assert "required for csv: --kind" in capsys.readouterr().err
    argv = ["export", "--format", "archive", "--kind", "contacts", *db, "-o", str(tmp_path / "y")]
    assert main(argv) == 2
    assert "--kind is for csv and xlsx" in capsys.readouterr().err
    assert main(["export", "--kind", "contacts", *db, "-o", str(tmp_path / "z.zip")]) == 2
    assert "--format csv, xlsx or archive" in capsys.readouterr().err
    missing = ["export", "--format", "archive", "--db", str(tmp_path / "none.sqlite"), "-o"]
    assert main([*missing, str(tmp_path / "w.zip")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.zip")) and not (tmp_path / "y").exists()


def _every_row(column: str, value: object) -> Callable[[Rows], Rows]:
    def edit(rows: Rows) -> Rows:
        for row in rows:
            row[column] = value
        return rows

    return edit


def test_a_refusal_names_the_first_few_values_at_fault(archive: Path, tmp_path: Path) -> None:
    bad = _with_edit("accounts", _every_row("time_zone", "Atlantis/Capital"), "zones.zip")(
        archive, tmp_path
    )
    with pytest.raises(ArchiveError) as refused:
        restore_archive(bad, tmp_path / "restored.sqlite")
    message = str(refused.value)
    assert message.count("'Atlantis/Capital' is not a known time zone") == 3
    assert "row 1," in message and "row 3," in message and "row 4," not in message
    assert not (tmp_path / "restored.sqlite").exists()


@pytest.mark.parametrize(
    ("schema", "tables", "message"),
    [
        ("0001", ["colleagues", "accounts"], "table account_budgets of schema 0001 is missing"),
        ("0000", None, r"does not know \(0000\)"),
        ("0004", None, "table [a-z_]+ is not part of schema 0004"),
    ],
)
def test_an_archive_must_hold_every_table_of_a_schema_this_version_knows(
    archive: Path,
    sample_db_path: Path,
    tmp_path: Path,
    schema: str,
    tables: list[str] | None,
    message: str,
) -> None:
    kept = tables or [t.name for t in archived_tables()]
    dropped: dict[str, Rows | None] = {
        t.name: None for t in archived_tables() if t.name not in kept
    }
    bad = rebuild(archive, tmp_path / "schema.zip", tables=dropped, manifest={"schema": schema})
    before = snapshot(sample_db_path)
    with pytest.raises(ArchiveError, match=message):
        restore_archive(bad, sample_db_path)
    assert snapshot(sample_db_path) == before


def test_control_characters_are_taken_out_of_text_as_an_import_does(
    archive: Path, tmp_path: Path
) -> None:
    accounts = rows_of(archive, "accounts")
    accounts[0]["name"] = "Acme\x1b[31m\x07 S.A.\x7f"
    accounts[1]["description"] = "one\x00two\tthree\r\nfour"
    contacts = rows_of(archive, "contacts")
    contacts[0]["job_title"] = "CFO\x0c"
    edited = rebuild(
        archive, tmp_path / "controls.zip", tables={"accounts": accounts, "contacts": contacts}
    )
    restored = tmp_path / "restored.sqlite"
    restore_archive(edited, restored)
    with closing(sqlite3.connect(restored)) as db:
        names = dict(db.execute("SELECT id, name FROM accounts WHERE id IN (1, 2)"))
        description = db.execute("SELECT description FROM accounts WHERE id = 2").fetchone()[0]
        title = db.execute("SELECT job_title FROM contacts WHERE id = ?", (contacts[0]["id"],))
        job_title = title.fetchone()[0]
    assert names[1] == "Acme[31m S.A."
    assert description == "onetwo\tthree\r\nfour"
    assert job_title == "CFO"
    assert checked(restored)


def test_bytes_beside_text_with_control_characters_come_back_as_written(
    archive: Path, tmp_path: Path
) -> None:
    """A row whose text needs cleaning may hold bytes in another text column (a BLOB is
    let through anywhere): the bytes stay as they were, the text is cleaned. Found by the
    archive fuzzer: the cleaning read the bytes as text and the restore failed with a
    TypeError."""
    accounts = rows_of(archive, "accounts")
    accounts[0]["name"] = "Acme\x07 S.A."
    accounts[0]["description"] = {"$bytes": "AP8Q"}  # b"\x00\xff\x10": a NUL too
    edited = rebuild(archive, tmp_path / "mixed.zip", tables={"accounts": accounts})
    restored = tmp_path / "restored.sqlite"
    restore_archive(edited, restored)
    with closing(sqlite3.connect(restored)) as db:
        row = db.execute("SELECT name, description FROM accounts WHERE id = 1").fetchone()
    assert row == ("Acme S.A.", b"\x00\xff\x10")
    assert checked(restored)


def test_a_backspace_alone_is_taken_out_too(archive: Path, tmp_path: Path) -> None:
    """JSON writes backspace and form feed as ``\\b`` and ``\\f``, not ``\\u0008``."""
    accounts = rows_of(archive, "accounts")
    accounts[0]["name"] = "Evil\bName\fX"
    edited = rebuild(archive, tmp_path / "backspace.zip", tables={"accounts": accounts})
    assert b"\\u00" not in zipfile.ZipFile(edited).read("tables/accounts.json")
    restored = tmp_path / "restored.sqlite"
    restore_archive(edited, restored)
    with closing(sqlite3.connect(restored)) as db:
        assert db.execute("SELECT name FROM accounts WHERE id = 1").fetchone()[0] == "EvilNameX"


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("FREQ=SECONDLY", "at most daily"),
        ("FREQ=DAILY;COUNT=100000000", "COUNT=100000000"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL=0"),
        ("FREQ=DAILY;UNTIL=00011231T000000Z", "year outside 1900–2200"),
    ],
)
def test_a_repeat_rule_the_calendar_refuses_is_refused_in_an_archive(
    archive: Path, sample_db_path: Path, tmp_path: Path, rule: str, reason: str
) -> None:
    meetings = rows_of(archive, "meetings")
    meetings[0]["rrule"] = rule
    edited = rebuild(archive, tmp_path / "rule.zip", tables={"meetings": meetings})
    before = snapshot(sample_db_path)
    with pytest.raises(ArchiveError, match=reason):
        restore_archive(edited, sample_db_path)
    assert snapshot(sample_db_path) == before
