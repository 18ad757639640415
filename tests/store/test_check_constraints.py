"""CHECK constraints read from the schema and checked after a bulk load find exactly what
SQLite refuses row by row."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint

from workbench.store.check_constraints import check_constraints, first_broken_check
from workbench.store.database import open_store
from workbench.store.models import Base

#: Values put in each column of a real row in turn: each kind a CHECK may refuse.
ODD_VALUES = [-1, 0, 1, -0.5, 10**15, "", " ", "x", "not-a-kind", "2000-13-45", None]


@pytest.fixture
def empty_schema(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A new database at the current schema, without triggers or references enforced: a
    row goes in alone and only its own constraints judge it."""
    path = tmp_path / "empty.sqlite"
    open_store(path).close()
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("PRAGMA foreign_keys = OFF")
        yield db


def test_every_named_check_of_the_schema_is_read(empty_schema: sqlite3.Connection) -> None:
    for table in Base.metadata.sorted_tables:
        declared = {c.name for c in table.constraints if isinstance(c, CheckConstraint)}
        assert {name for name, _ in check_constraints(empty_schema, table.name)} == declared


def test_checks_without_names_on_columns_and_past_comments_are_read_too() -> None:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE odd ("
        "a INTEGER CHECK (a > 0) /* a comment ) with ( parentheses */, "
        "b TEXT DEFAULT 'CONSTRAINT x CHECK (' CONSTRAINT [b name] CHECK (b <> ''), "
        'c TEXT, CONSTRAINT "say ""no""" CHECK (c <> \'no\') -- ) trailing\n, '
        "CHECK (a < 100), CONSTRAINT 'quoted' CHECK (length(c) < 5))"
    )
    assert check_constraints(db, "odd") == [
        ("a > 0", "a > 0"),
        ("b name", "b <> ''"),
        ('say "no"', "c <> 'no'"),
        ("a < 100", "a < 100"),
        ("quoted", "length(c) < 5"),
    ]
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.executemany("INSERT INTO odd VALUES (?, ?, ?)", [(5, "x", "ok"), (500, "x", "ok")])
    assert first_broken_check(db, "odd") == ("a < 100", 2)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed: a < 100"):
        db.execute("PRAGMA ignore_check_constraints = OFF")
        db.execute("INSERT INTO odd VALUES (500, 'x', 'ok')")  # SQLite names it alike


def test_quoted_text_and_nested_parentheses_stay_inside_their_check() -> None:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE odd (a TEXT, b INTEGER, "
        """CONSTRAINT "odd name" CHECK (a <> ')' AND a <> 'it''s (x' AND "a" <> '"'), """
        "CONSTRAINT short CHECK ((length(a) < 5) AND (b IS NULL OR b > 0)))"
    )
    assert check_constraints(db, "odd") == [
        ("odd name", """a <> ')' AND a <> 'it''s (x' AND "a" <> '"'"""),
        ("short", "(length(a) < 5) AND (b IS NULL OR b > 0)"),
    ]
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.executemany(
        "INSERT INTO odd (a, b) VALUES (?, ?)",
        [("ok", 1), (None, None), ("ok", 2), ("toolong", 1), ("it's (x", 1)],
    )
    assert first_broken_check(db, "odd") == ("short", 4)  # NULL passes, as in SQLite
    db.execute("DELETE FROM odd WHERE rowid = 4")
    assert first_broken_check(db, "odd") == ("odd name", 5)
    db.execute("DELETE FROM odd WHERE rowid = 5")
    assert first_broken_check(db, "odd") is None
    assert check_constraints(db, "missing") == []
    assert first_broken_check(db, "missing") is None


def _refusal(db: sqlite3.Connection, table: str, row: dict[str, object]) -> str | None:
    """What SQLite says inserting *row* with its CHECK constraints on: ``None`` when it
    takes it, the constraint's name for a CHECK, ``"other"`` for another constraint."""
    names = ", ".join(f'"{name}"' for name in row)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in row)})'
    db.execute("SAVEPOINT attempt")
    try:
        db.execute(sql, tuple(row.values()))
    except sqlite3.IntegrityError as error:
        message = str(error)
        return message.removeprefix("CHECK constraint failed: ") if "CHECK" in message else "other"
    finally:
        db.execute("ROLLBACK TO attempt")
        db.execute("RELEASE attempt")
    return None


def _found_after_load(db: sqlite3.Connection, table: str, row: dict[str, object]) -> str | None:
    """What :func:`first_broken_check` says of *row* inserted with the constraints off."""
    names = ", ".join(f'"{name}"' for name in row)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in row)})'
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("SAVEPOINT attempt")
    try:
        db.execute(sql, tuple(row.values()))
        broken = first_broken_check(db, table)
        return None if broken is None else broken[0]
    finally:
        db.execute("ROLLBACK TO attempt")
        db.execute("RELEASE attempt")
        db.execute("PRAGMA ignore_check_constraints = OFF")


def test_the_check_after_a_load_refuses_what_sqlite_refuses_row_by_row(
    sample_db_path: Path, empty_schema: sqlite3.Connection
) -> None:
    compared = refused = 0
    empty: list[str] = []
    with closing(sqlite3.connect(sample_db_path)) as sample:
        sample.row_factory = sqlite3.Row
        for table in Base.metadata.sorted_tables:
            if not check_constraints(empty_schema, table.name):
                continue
            first = sample.execute(f'SELECT * FROM "{table.name}" LIMIT 1').fetchone()
            if first is None:
                empty.append(table.name)
                continue
            real = dict(first)
            for column in real:
                for value in ODD_VALUES:
                    row = {**real, column: value}
                    said = _refusal(empty_schema, table.name, row)
                    if said == "other":  # NOT NULL comes before any CHECK
                        continue
                    assert _found_after_load(empty_schema, table.name, row) == said, (
                        table.name,
                        column,
                        value,
                    )
                    compared += 1
                    refused += said is not None
    assert len(empty) <= 3  # the sample has no field history, operations or snapshots
    assert compared > 1_000
    assert refused > 100
