"""Backups of the whole database, rotation, and restore — on real SQLite files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cli import main
from workbench.services.backup import (
    SCHEMA_REVISIONS,
    BackupError,
    automatic_backup,
    restore_backup,
    rotate,
    schema_tables,
    verify_backup,
    write_backup,
)
from workbench.services.progress import Cancelled, Progress
from workbench.store.migrate import SCHEMA_HEAD


def dump(path: Path) -> list[str]:
    """Every table's schema and rows, as SQL text: equal dumps mean equal databases."""
    with closing(sqlite3.connect(path)) as db:
        return list(db.iterdump())


def test_backup_then_restore_gives_back_the_same_database(
    sample_db_path: Path, tmp_path: Path
) -> None:
    original = dump(sample_db_path)
    backup = write_backup(sample_db_path, tmp_path / "copy.sqlite")
    assert verify_backup(backup).accounts == 40
    with closing(sqlite3.connect(sample_db_path)) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM accounts WHERE id IN (SELECT id FROM accounts LIMIT 5)")
        db.commit()
    assert dump(sample_db_path) != original
    kept = restore_backup(backup, sample_db_path)
    assert dump(sample_db_path) == original
    # What was there before the restore is kept, in case the restore was a mistake.
    assert kept is not None and kept.parent.name == "backups"
    assert verify_backup(kept).accounts == 35


def test_a_backup_never_overwrites_its_own_database(sample_db_path: Path) -> None:
    with pytest.raises(BackupError, match="cannot overwrite"):
        write_backup(sample_db_path, sample_db_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"not a database at all" * 100, "not a database"),
    ],
)
def test_a_bad_backup_is_refused_and_the_database_untouched(
    sample_db_path: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    original = dump(sample_db_path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(BackupError, match=message):
        restore_backup(bad, sample_db_path)
    assert dump(sample_db_path) == original
    assert not (sample_db_path.parent / "backups").exists()


def test_a_truncated_backup_is_refused(sample_db_path: Path, tmp_path: Path) -> None:
    original = dump(sample_db_path)
    backup = write_backup(sample_db_path, tmp_path / "full.sqlite")
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    with pytest.raises(BackupError):
        restore_backup(cut, sample_db_path)
    assert dump(sample_db_path) == original


def test_a_database_of_another_program_or_a_newer_version_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE things (id INTEGER)")
        db.commit()
    with pytest.raises(BackupError, match="not an Account Workbench database"):
        verify_backup(other)
    newer = tmp_path / "newer.sqlite"
    with closing(sqlite3.connect(newer)) as db:
        db.execute("CREATE TABLE accounts (id INTEGER)")
        db.execute("CREATE TABLE alembic_version (version_num TEXT)")
        db.execute("INSERT INTO alembic_version VALUES ('9999')")
        db.commit()
    with pytest.raises(BackupError, match="newer version"):
        verify_backup(newer)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(min_size=1, max_size=4096))
def test_random_bytes_never_reach_the_database(
    sample_db_template: Path, tmp_path_factory: pytest.TempPathFactory, junk: bytes
) -> None:
    folder = tmp_path_factory.mktemp("random")
    database = folder / "workbench.sqlite"
    database.write_bytes(sample_db_template.read_bytes())
    original = dump(database)
    bad = folder / "junk.sqlite"
    bad.write_bytes(junk)
    with pytest.raises(BackupError):
        restore_backup(bad, database)
    assert dump(database) == original


def test_automatic_backups_rotate_daily_weekly_monthly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 26, 18, tzinfo=UTC)
    written = {}
    for days_ago in range(0, 500):
        for hour in (9, 17):
            moment = now - timedelta(days=days_ago, hours=18 - hour)
            path = folder / f"workbench.auto.{moment:%Y%m%d-%H%M%S}.sqlite"
            path.write_bytes(b"x")
            written[path] = moment
    (folder / "workbench.20260101-000000-000000.before-0003.sqlite").write_bytes(b"x")
    (folder / "other.auto.20200101-000000.sqlite").write_bytes(b"x")
    rotate(folder, "workbench", now)
    kept = sorted(written[p] for p in written if p.exists())
    days = {m.date() for m in kept}
    # The newest of each of the last 7 days …
    for back in range(7):
        assert (now - timedelta(days=back)).date() in days
    # … of each of the last 5 weeks and 12 months: 7 + at most 5 + at most 12.
    assert len(kept) <= 7 + 5 + 12
    assert {(m.year, m.month) for m in kept} >= {(2026, month) for month in range(1, 12)}
    assert min(kept) >= datetime(2025, 12, 1, tzinfo=UTC)
    assert all(m.hour == 17 or m.date() == kept[0].date() for m in kept)  # newest of its day
    # Backups that are not automatic ones, or of another database, are never touched.
    assert (folder / "workbench.20260101-000000-000000.before-0003.sqlite").exists()
    assert (folder / "other.auto.20200101-000000.sqlite").exists()


def test_an_automatic_backup_lands_beside_the_database(sample_db_path: Path) -> None:
    written = automatic_backup(sample_db_path, datetime(2026, 11, 26, 8, tzinfo=UTC))
    assert written.parent == sample_db_path.parent / "backups"
    assert written.name.endswith(".auto.20261126-080000.sqlite")
    assert verify_backup(written).accounts == 40


def test_the_command_line_backs_up_and_restores(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = dump(sample_db_path)
    target = tmp_path / "saved.sqlite"
    assert main(["backup", "--db", str(sample_db_path), "-o", str(target)]) == 0
    assert "40 accounts" in capsys.readouterr().out
    with closing(sqlite3.connect(sample_db_path)) as db:
        db.execute("UPDATE accounts SET name = name || ' (edited)'")
        db.commit()
    assert main(["restore", str(target), "--db", str(sample_db_path)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "before" in out
    assert dump(sample_db_path) == original


def test_the_command_line_refuses_a_bad_backup(
    sample_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = dump(sample_db_path)
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    assert main(["restore", str(bad), "--db", str(sample_db_path)]) == 1
    assert "left as it was" in capsys.readouterr().err
    assert dump(sample_db_path) == original


def test_a_restore_cancelled_before_the_swap_leaves_the_database_as_it_was(
    sample_db_path: Path, tmp_path: Path
) -> None:
    backup = write_backup(sample_db_path, tmp_path / "copy.sqlite")
    with closing(sqlite3.connect(sample_db_path)) as db:
        db.execute("UPDATE accounts SET name = name || ' (edited)'")
        db.commit()
    edited = dump(sample_db_path)
    progress = Progress()

    def cancel_at_the_copy(_done: int, _total: int, step: str) -> None:
        if step == "copy":
            progress.cancel()

    progress.on_progress = cancel_at_the_copy
    with pytest.raises(Cancelled):
        restore_backup(backup, sample_db_path, progress)
    assert dump(sample_db_path) == edited
    assert not list(sample_db_path.parent.glob(".*.restoring"))


def _edited_copy(source: Path, folder: Path, *statements: str) -> Path:
    """A copy of a real database with *statements* run on it (the way a hostile file is made)."""
    copy = folder / "edited.sqlite"
    copy.write_bytes(source.read_bytes())
    with closing(sqlite3.connect(copy)) as db:
        for statement in statements:
            db.execute(statement)
        db.commit()
    return copy


@pytest.mark.parametrize(
    ("statements", "message"),
    [
        (["UPDATE alembic_version SET version_num = '0000'"], r"does not know \(0000\)"),
        (["UPDATE alembic_version SET version_num = '0003a'"], r"does not know \(0003a\)"),
        (["DELETE FROM alembic_version"], "does not say which schema revision"),
        (["DROP TABLE contracts"], f"table contracts of schema {SCHEMA_HEAD} is missing"),
        (["DROP TABLE import_changes"], f"table import_changes of schema {SCHEMA_HEAD} is missing"),
        (["DROP TABLE search_index"], f"table search_index of schema {SCHEMA_HEAD} is missing"),
    ],
)
def test_a_backup_of_an_unknown_revision_or_missing_a_table_is_refused(
    sample_db_template: Path,
    sample_db_path: Path,
    tmp_path: Path,
    statements: list[str],
    message: str,
) -> None:
    original = dump(sample_db_path)
    hostile = _edited_copy(sample_db_template, tmp_path, *statements)
    with pytest.raises(BackupError, match=message):
        restore_backup(hostile, sample_db_path)
    assert dump(sample_db_path) == original
    assert not (sample_db_path.parent / "backups").exists()


def test_an_older_revision_needs_only_the_tables_it_had(
    sample_db_template: Path, tmp_path: Path
) -> None:
    older = _edited_copy(
        sample_db_template,
        tmp_path,
        "DROP TABLE import_changes",
        "DROP TABLE import_runs",
        "UPDATE alembic_version SET version_num = '0004'",
    )
    assert verify_backup(older).revision == "0004"


def test_the_tables_of_each_revision_are_those_its_migrations_create(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from workbench.store.migrate import alembic_config

    config = alembic_config()
    shipped = [r.revision for r in ScriptDirectory.from_config(config).walk_revisions()]
    assert tuple(reversed(shipped)) == SCHEMA_REVISIONS
    # One file taken through the revisions in turn: each one's tables, as its migration
    # leaves them (a file made afresh for each revision ran the same migrations 120 times).
    path = tmp_path / "revisions.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    for revision in SCHEMA_REVISIONS:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        with closing(sqlite3.connect(path)) as db:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert schema_tables(revision) == tables, revision
    engine.dispose()
    assert schema_tables("0000") is None
