"""Databases and files the fault tests start from, built once per run."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.faults import harness
from workbench.services.sample_portfolio import generate_sample_portfolio
from workbench.store.database import open_store

AS_OF = date(2026, 11, 26)

#: The mapping of the generated contacts file.
CONTACT_MAPPING = (
    '{"Account": "account", "First name": "first_name", "Last name": "last_name", "Email": "email"}'
)


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database at the current schema with no rows."""
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def larger_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 200-account portfolio (~40,000 rows): the backup and archive put in place."""
    path = tmp_path_factory.mktemp("larger") / "larger.sqlite"
    store = open_store(path)
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=200, seed=7, as_of=AS_OF)
    store.close()
    return path


@pytest.fixture(scope="session")
def larger_archive(larger_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    archive = folder / "larger.zip"
    done = harness.run(["export", "--format", "archive", "-o", archive, "--db", larger_db], folder)
    assert done.returncode == 0, done.stderr
    return archive


def write_contacts(path: Path, accounts_of: Path, count: int) -> Path:
    """*count* new contacts spread over the accounts of the database *accounts_of*."""
    with sqlite3.connect(accounts_of) as db:
        names = [row[0] for row in db.execute("SELECT name FROM accounts ORDER BY id")]
    db.close()
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Account,First name,Last name,Email\n")
        for n in range(count):
            name = names[n % len(names)].replace('"', '""')
            stream.write(f'"{name}",Ana{n},Fault{n},ana{n}@fault{n}.example.com\n')
    return path
