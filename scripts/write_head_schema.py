"""Write workbench/store/migrations/head_schema.sql: the schema every migration builds from
an empty file, which a new database is made from. Run after adding a migration."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.store.engine import create_database_engine  # noqa: E402
from workbench.store.head_schema import HEAD_SCHEMA_FILE, schema_script  # noqa: E402
from workbench.store.migrate import alembic_config, head_revision, run_migrations  # noqa: E402


def migrated_script() -> str:
    """The schema file's text for a database the migrations build now."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "migrated.sqlite"
        engine = create_database_engine(path)
        run_migrations(engine, alembic_config())
        engine.dispose()
        with closing(sqlite3.connect(path)) as db:
            return schema_script(db, head_revision())


if __name__ == "__main__":
    HEAD_SCHEMA_FILE.write_text(migrated_script(), encoding="utf-8")
    print(f"wrote {HEAD_SCHEMA_FILE.relative_to(ROOT)}")
