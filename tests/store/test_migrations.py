"""Opening a database migrates it: from nothing, from an older schema (with a backup),
and never a file written by a newer version or by another program."""

from __future__ import annotations

import re
import shutil
import sqlite3
import threading
import warnings
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from scripts.write_head_schema import migrated_script
from workbench.store.database import open_store
from workbench.store.engine import create_database_engine
from workbench.store.head_schema import HEAD_SCHEMA_FILE, head_statements
from workbench.store.migrate import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    DatabaseTooNewError,
    NotAWorkbenchDatabaseError,
    _create_at_head,
    alembic_config,
    current_revision,
    head_revision,
    run_migrations,
    upgrade_to_head,
)
from workbench.store.models import Base
from workbench.store.search_index import is_index_table


def schema_of(path: Path) -> dict[str, object]:
    """Tables, columns, indexes, foreign keys and named CHECKs, as SQLite reports them."""
    with sqlite3.connect(path) as db:
        tables = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'"
            )
        ]
        schema: dict[str, object] = {}
        for table in sorted(tables):
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
            schema[table] = {
                "columns": sorted(db.execute(f"PRAGMA table_info('{table}')").fetchall()),
                "foreign_keys": sorted(
                    tuple(r[2:]) for r in db.execute(f"PRAGMA foreign_key_list('{table}')")
                ),
                "indexes": sorted(
                    (r[1], r[2], tuple(c[2] for c in db.execute(f"PRAGMA index_info('{r[1]}')")))
                    for r in db.execute(f"PRAGMA index_list('{table}')")
                ),
                "checks": sorted(re.findall(r"CONSTRAINT (\w+) CHECK \((.*?)\)(?:,|\s*\n)", sql)),
            }
    return schema


def test_the_head_constant_names_the_newest_shipped_migration() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_an_empty_file_is_migrated_to_head(db_path: Path) -> None:
    store = open_store(db_path)
    assert store.migration.from_revision is None
    assert current_revision(store.engine) == head_revision()
    assert store.migration.backup is None  # nothing to lose, nothing backed up
    store.close()


def test_every_schema_version_builds_from_the_first_one(db_path: Path) -> None:
    engine = create_database_engine(db_path)
    config = alembic_config()
    revisions = list(reversed(list(ScriptDirectory.from_config(config).walk_revisions())))
    for revision in revisions:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision.revision)
        assert current_revision(engine) == revision.revision
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert current_revision(engine) is None
    engine.dispose()


def migrated_from_nothing(path: Path) -> Path:
    """A new file given the schema by running every migration (what an old file goes
    through), not as :func:`open_store` makes a new one (the schema file, at once)."""
    engine = create_database_engine(path)
    run_migrations(engine, alembic_config())
    engine.dispose()
    return path


def test_migrated_schema_matches_the_models(db_path: Path, tmp_path: Path) -> None:
    migrated_from_nothing(db_path)
    store = open_store(db_path)
    assert store.migration.from_revision == SCHEMA_HEAD  # made by the migrations
    with store.engine.connect() as connection, warnings.catch_warnings():
        # Alembic cannot reflect SQLite expression indexes; they are compared below instead.
        warnings.filterwarnings("ignore", message=".*expression-based index.*")
        context = MigrationContext.configure(
            connection,
            opts={"include_name": lambda name, kind, _p: not is_index_table(name or "")},
        )
        differences = compare_metadata(context, Base.metadata)
    store.close()
    expression_indexes = {
        index.name
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if any(not hasattr(expr, "table") for expr in index.expressions)
    }
    assert expression_indexes == {"ix_accounts_name_nocase", "ix_contacts_email_nocase"}
    differences = _without_column_fk_readings(differences)
    assert [d for d in differences if d[1].name not in expression_indexes] == []
    created = tmp_path / "created.sqlite"
    engine = create_engine(f"sqlite:///{created}")
    Base.metadata.create_all(engine)
    engine.dispose()
    assert schema_of(db_path) == schema_of(created)
    assert triggers_of(db_path) == triggers_of(created) and triggers_of(db_path)


def test_a_new_file_gets_the_schema_the_migrations_build(tmp_path: Path) -> None:
    """A new database is made from the schema file in one transaction, not by the fifteen
    migrations: it must be the same database, every statement SQLite keeps the same text,
    or the next release's migrations would meet a stranger."""
    migrated = migrated_from_nothing(tmp_path / "migrated.sqlite")
    store = open_store(tmp_path / "new.sqlite")
    assert store.migration.from_revision is None and store.migration.backup is None
    assert current_revision(store.engine) == SCHEMA_HEAD
    store.close()
    new = tmp_path / "new.sqlite"
    assert objects_of(new) == objects_of(migrated)
    assert len(objects_of(new)) > 200
    with closing(sqlite3.connect(new)) as db, closing(sqlite3.connect(migrated)) as old:
        for pragma in ("user_version", "application_id", "journal_mode", "page_size"):
            assert (
                db.execute(f"PRAGMA {pragma}").fetchone()
                == old.execute(f"PRAGMA {pragma}").fetchone()
            )
        for table in ("alembic_version", "search_index_config"):
            assert (
                db.execute(f"SELECT * FROM {table}").fetchall()
                == old.execute(f"SELECT * FROM {table}").fetchall()
            )


def test_the_schema_file_is_what_the_migrations_build() -> None:
    assert HEAD_SCHEMA_FILE.read_text(encoding="utf-8") == migrated_script(), (
        "a migration changed the schema: run `python scripts/write_head_schema.py`"
    )


def test_the_schema_file_is_read_statement_by_statement() -> None:
    script = (
        "-- a note\n\nCREATE TABLE t (a TEXT DEFAULT ';');\n\n"
        "CREATE TRIGGER x AFTER INSERT ON t BEGIN\n  DELETE FROM t; END;\n"
    )
    assert head_statements(script) == [
        "CREATE TABLE t (a TEXT DEFAULT ';')",
        "CREATE TRIGGER x AFTER INSERT ON t BEGIN\n  DELETE FROM t; END",
    ]
    with pytest.raises(ValueError, match="ends inside a statement"):
        head_statements("CREATE TABLE t (a TEXT")


def objects_of(path: Path) -> set[tuple[str, str, str, str]]:
    """Every table, index, view and trigger: its kind, names and statement."""
    with closing(sqlite3.connect(path)) as db:
        return set(db.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"))


def _without_column_fk_readings(differences: list[Any]) -> list[Any]:
    """*differences* less a foreign key added with its column (``ADD COLUMN … REFERENCES``,
    0015's ``colleagues.mentor_id``): SQLAlchemy reads one back without its name or ON
    DELETE, so it looks removed and added again. SQLite's own view of it, action included,
    is compared by :func:`schema_of`."""

    def key(fk: Any) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        return (
            fk.table.name,
            tuple(e.parent.name for e in fk.elements),
            tuple(e.target_fullname for e in fk.elements),
        )

    unnamed = {key(d[1]) for d in differences if d[0] == "remove_fk" and d[1].name is None}
    added = {key(d[1]) for d in differences if d[0] == "add_fk"}
    both = unnamed & added
    return [d for d in differences if not (d[0] in ("remove_fk", "add_fk") and key(d[1]) in both)]


def triggers_of(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def _future_migrations(tmp_path: Path) -> Path:
    """The shipped migrations plus one more, as a later release of the app would have."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (scripts / "versions" / "9999_future.py").write_text(
        f'''"""A later release adds a column."""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("nickname")
'''
    )
    return scripts


def test_an_older_database_is_backed_up_before_it_is_upgraded(
    sample_db_path: Path, tmp_path: Path
) -> None:
    scripts = _future_migrations(tmp_path)
    engine = create_database_engine(sample_db_path)
    report = upgrade_to_head(engine, sample_db_path, script_location=scripts)
    engine.dispose()
    assert (report.from_revision, report.to_revision) == (head_revision(), "9999")
    assert report.backup is not None and report.backup.parent == sample_db_path.parent / "backups"
    with sqlite3.connect(report.backup) as backup, sqlite3.connect(sample_db_path) as upgraded:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert backup.execute("SELECT count(*) FROM accounts").fetchone() == (40,)
        assert upgraded.execute("SELECT count(*), count(nickname) FROM accounts").fetchone() == (
            40,
            0,
        )
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_database_from_a_newer_version_is_refused_untouched(
    sample_db_path: Path, tmp_path: Path
) -> None:
    scripts = _future_migrations(tmp_path)
    engine = create_database_engine(sample_db_path)
    upgrade_to_head(engine, sample_db_path, script_location=scripts)
    engine.dispose()
    before = sample_db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of Account Workbench"):
        open_store(sample_db_path)
    assert sample_db_path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
        db.execute("INSERT INTO recipes VALUES ('paella')")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(NotAWorkbenchDatabaseError, match="not created by Account Workbench"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path) -> None:
    db_path.write_bytes(b"this is a spreadsheet, honestly\n" * 100)
    before = db_path.read_bytes()
    with pytest.raises(NotAWorkbenchDatabaseError, match="not a database"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_pragmas_are_set_on_every_connection(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_a_later_migration_that_alters_a_table_runs_past_the_history_triggers(
    sample_db_path: Path, tmp_path: Path
) -> None:
    """SQLite's ALTER TABLE checks every trigger; the history's are set aside meanwhile and
    made again at the end, so they still record changes."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_alter.py").write_text(
        f'''"""A later release adds a column and drops it again, in place."""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("market_notes", sa.Column("draft", sa.String(50), nullable=True))
    op.drop_column("market_notes", "draft")


def downgrade() -> None:
    pass
'''
    )
    engine = create_database_engine(sample_db_path)
    upgrade_to_head(engine, sample_db_path, script_location=scripts)
    engine.dispose()
    with sqlite3.connect(sample_db_path) as db:
        assert triggers_of(sample_db_path)["history_accounts_update"]
        db.execute("INSERT INTO operations (uid, at, source) VALUES ('x', '2026-01-01', 'form')")
        db.execute("UPDATE accounts SET website = 'changed.example' WHERE id = 1")
        assert db.execute(
            "SELECT old_value IS NOT new_value FROM field_changes WHERE field = 'website'"
        ).fetchone() == (1,)


def test_0009_folds_a_created_or_deleted_records_rows_into_one_and_reads_the_same(
    db_path: Path,
) -> None:
    """0008's triggers wrote a row per field for a creation and a deletion; 0009 keeps one
    row per record, in the first row's place, and the history reads as it did."""
    from workbench.services.history import account_history
    from workbench.store.history import WHOLE_RECORD

    engine = create_database_engine(db_path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    engine.dispose()
    rows = [  # (id, operation, record, kind, field, old, new): 0008's rows, a blob among them
        (1, 1, "c1", "create", "first_name", None, "Ana"),
        (2, 1, "c1", "create", "last_name", None, "Ruiz"),
        (3, 2, "c1", "update", "last_name", "Ruiz", "Ruiz Gil"),
        (4, 3, "c1", "delete", "first_name", "Ana", None),
        (5, 3, "c1", "delete", "last_name", "Ruiz Gil", None),
        (6, 3, "c1", "delete", "email", b"\x00\xff", None),
    ]
    with sqlite3.connect(db_path) as db:
        for operation in (1, 2, 3):
            db.execute(
                "INSERT INTO operations (id, uid, at, source) VALUES (?, ?, ?, 'form')",
                (operation, f"{operation:032x}", f"2026-01-0{operation} 10:00:00.000000"),
            )
        uid = "0" * 31 + "1"
        db.executemany(
            "INSERT INTO field_changes (id, operation_id, table_name, record_uid, account_id, "
            "kind, field, old_value, new_value) VALUES (?, ?, 'contacts', ?, 7, ?, ?, ?, ?)",
            [(i, op, uid, kind, f, old, new) for i, op, _r, kind, f, old, new in rows],
        )
    store = open_store(db_path)  # migrates 0008 → head
    with store.session() as session:
        entries = account_history(session, 7)
    store.close()
    assert [(e.id, e.kind.value, e.field, e.old, e.new) for e in entries] == [
        (4, "delete", "first_name", "Ana", None),
        (4, "delete", "last_name", "Ruiz Gil", None),
        (4, "delete", "email", "00FF", None),  # JSON holds no bytes: the blob's hex digits
        (3, "update", "last_name", "Ruiz", "Ruiz Gil"),
        (1, "create", "first_name", None, "Ana"),
        (1, "create", "last_name", None, "Ruiz"),
    ]
    with sqlite3.connect(db_path) as db:
        fields = db.execute("SELECT id, field FROM field_changes ORDER BY id").fetchall()
    assert fields == [(1, WHOLE_RECORD), (3, "last_name"), (4, WHOLE_RECORD)]


def test_programs_opening_one_new_file_at_once_all_get_the_schema(tmp_path: Path) -> None:
    """Each finds the file empty, but only the first to take the write lock makes the
    schema; the others find it made and open it as it is."""
    path = tmp_path / "new.sqlite"
    start = threading.Barrier(4)
    opened: list[str | None] = []
    failed: list[BaseException] = []

    def open_it() -> None:
        start.wait()
        try:
            store = open_store(path)
            opened.append(store.migration.from_revision)
            store.close()
        except BaseException as error:
            failed.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not failed and len(opened) == 4
    assert objects_of(path) == objects_of(migrated_from_nothing(tmp_path / "migrated.sqlite"))
    engine = create_database_engine(path)
    assert _create_at_head(engine) is False  # made already: nothing is made twice
    engine.dispose()
