"""The newest schema as one SQL file, so a new database is made in one transaction.

A new, empty file could be given its schema by running every migration from the first
(0.3 s, 300 statements each committed on its own: a restore pays it, and so does every
new book). Instead it runs ``migrations/head_schema.sql``: the statements SQLite holds for
a database the migrations built, written out by ``scripts/write_head_schema.py`` when a
migration is added (a test fails until it is). Replaying SQLite's own text, not the
models' ``create_all``, gives every table, index and trigger the very statement the
migrations leave: a table whose column a migration added keeps that column's inline
reference, which a later ``DROP COLUMN`` relies on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

HEAD_SCHEMA_FILE = Path(__file__).resolve().parent / "migrations" / "head_schema.sql"

_HEADER = (
    "-- The schema the migrations build, as SQLite holds it: a new database runs this.\n"
    "-- Written by scripts/write_head_schema.py; do not edit by hand.\n"
)
#: The order objects are made in: a table before its indexes and triggers.
_KINDS = ("table", "index", "view", "trigger")


def schema_script(db: sqlite3.Connection, revision: str) -> str:
    """The text of the schema file for *db* (a database at *revision*): every table,
    index, view and trigger as SQLite stores its statement, and the revision recorded.
    Full-text shadow tables and SQLite's own tables and indexes are left out: their
    virtual table, constraints or SQLite itself make them."""
    if sqlite3.sqlite_version_info < (3, 37):  # PRAGMA table_list names the shadow tables
        raise RuntimeError(
            f"the schema file needs SQLite 3.37 or newer to write, not {sqlite3.sqlite_version}"
        )
    shadows = {row[1] for row in db.execute("PRAGMA table_list") if row[2] == "shadow"}
    statements = [
        sql
        for kind in _KINDS
        for name, sql in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL ORDER BY rowid",
            (kind,),
        )
        if name not in shadows and not name.startswith("sqlite_")
    ]
    statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}')")
    return _HEADER + "".join(f"\n{sql};\n" for sql in statements)


def head_statements(script: str | None = None) -> list[str]:
    """The statements of the schema file (or of *script*), in order."""
    text = HEAD_SCHEMA_FILE.read_text(encoding="utf-8") if script is None else script
    statements, pending = [], ""
    for line in text.splitlines(keepends=True):
        if not pending and (not line.strip() or line.startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.rstrip().removesuffix(";"))
            pending = ""
    if pending.strip():
        raise ValueError(f"{HEAD_SCHEMA_FILE.name} ends inside a statement: {pending[:80]!r}")
    return statements
