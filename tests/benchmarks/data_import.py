"""Importing 100,000 contacts at the stress size. Prints figures, asserts nothing.

``python -m tests.benchmarks.data_import DB``: DB is a 10,000-account portfolio (built
first if the file does not exist). A 100,000-row contacts CSV is written (semicolons,
accents, accounts named as in the database), then timed end to end — read and detect,
plan (parse, check, match accounts and duplicates), write (insert and index in one
transaction) — then imported again (every row found by its e-mail: nothing changes),
the first import undone and done again.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

ROWS = 100_000
FIRST = ("Ana", "José", "Zoë", "Łukasz", "François", "Mª Ángeles", "Søren", "Núria")
LAST = ("Martínez", "García López", "O'Brien", "Müller", "Šťastný", "Dubois", "Ibáñez")


def write_contacts(path: Path, accounts: list[str], rows: int = ROWS) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Account;First name;Last name;E-mail;Phone;Job title;Primary\r\n")
        for n in range(rows):
            account = accounts[n % len(accounts)].replace('"', '""')
            first, last = FIRST[n % len(FIRST)], LAST[n % len(LAST)]
            stream.write(
                f'"{account}";{first};{last};bench{n}@example{n % 997}.com;'
                f"+34 600 {n:06d};Head of Purchasing {n % 13};no\r\n"
            )


def main() -> None:
    from tests.benchmarks.dashboard import build
    from workbench.services.data_import import plan_file, read_file, write_plan
    from workbench.services.import_write import undo_last_import
    from workbench.store.database import open_store
    from workbench.store.models import Account, Contact

    path = Path(sys.argv[1])
    if not path.exists():
        build(path)
    store = open_store(path)
    with store.session() as session:
        names = list(
            session.scalars(select(Account.name).group_by(Account.name).having(func.count() == 1))
        )
        before = session.scalar(select(func.count()).select_from(Contact))
    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "contacts.csv"
        write_contacts(csv, names)
        size = csv.stat().st_size / 1e6
        print(f"size: {before:,} contacts in the database; file {ROWS:,} rows, {size:.1f} MB")
        for label in ("first import", "undo", "first import again", "same file again"):
            if label == "undo":
                started = time.perf_counter()
                with store.transaction() as session:
                    undo_last_import(session)
                print(f"undo of the first import: {time.perf_counter() - started:.1f} s")
                continue
            started = time.perf_counter()
            read = read_file(csv, kind="contacts")
            read_at = time.perf_counter()
            plan = plan_file(store, read, "contacts", read.mapping, csv.name)
            planned_at = time.perf_counter()
            result = write_plan(store, plan)
            done = time.perf_counter()
            print(
                f"{label}: {done - started:.1f} s end to end (read and detect "
                f"{read_at - started:.1f} s, plan {planned_at - read_at:.1f} s, write "
                f"{done - planned_at:.1f} s): {result.created:,} created, "
                f"{result.updated:,} updated, {result.unchanged:,} unchanged, "
                f"{result.refused:,} refused"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")
    store.close()


if __name__ == "__main__":
    main()
