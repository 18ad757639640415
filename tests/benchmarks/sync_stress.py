"""The first sync of a new laptop at the stress size (issue 17's aim: ≤ 120 s for a
10,000-account book of ~2 M rows), on loopback against a real PostgreSQL cluster and the
server as a real process (``python -m tests.benchmarks.sync_stress [DB]``,
``make bench-sync-stress``).

The team's book is started from DB (``workbench server init --from-book``, timed too; DB
is built by ``workbench demo --accounts 10000`` when missing and never changed: the copy
is made from a scratch copy). Then, each timed on a new laptop:

- the director's first sync: the whole book;
- with ``--manager``, the first sync of the manager (not the director) who owns the most
  accounts.

Prints records, seconds, records a second and the laptop process's peak memory; asserts
nothing.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from tests.benchmarks.stress import ensure_stress_database
from tests.server.cluster import PostgresCluster
from tests.server.conftest import DIRECTOR, password_for, start_server, workbench_process
from tests.server.laptops import add_user
from workbench.services.sync_client import ServerConnection
from workbench.services.synchronize import synchronize
from workbench.store.database import open_store


def _first_sync(folder: Path, url: str, user: str, device: str) -> None:
    store = open_store(folder / f"{device}.sqlite")
    try:
        with ServerConnection(url) as connection:
            connection.login(user, password_for(user), device)
            started = time.perf_counter()
            report = synchronize(store, connection)
            took = time.perf_counter() - started
    finally:
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"first sync of {user}'s laptop: {report.pulled:,} records in {took:.1f} s "
        f"({report.pulled / took:,.0f} a second; aim: the whole book in 120 s); "
        f"this process's peak memory so far {peak:,.0f} MB",
        flush=True,
    )


def _busiest_owner(book: Path) -> str:
    with sqlite3.connect(book) as connection:
        row = connection.execute(
            "SELECT c.name FROM accounts a JOIN colleagues c ON c.id = a.owner_id "
            "WHERE lower(c.name) <> lower(?) GROUP BY c.id ORDER BY count(*) DESC LIMIT 1",
            (DIRECTOR,),
        ).fetchone()
    return str(row[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", nargs="?", default="stress.sqlite")
    parser.add_argument("--manager", action="store_true", help="a manager's first sync too")
    args = parser.parse_args()
    source = Path(args.db).resolve()
    ensure_stress_database(source)
    folder = Path(tempfile.mkdtemp(prefix="workbench-sync-stress-"))
    cluster = PostgresCluster.start()
    try:
        book = folder / "director-book.sqlite"
        shutil.copyfile(source, book)
        url = cluster.database("stress")
        started = time.perf_counter()
        # As an administrator types it: a process of its own, start-up included.
        made = workbench_process(
            "server", "init", "--database-url", url, "--admin", DIRECTOR,
            "--from-book", str(book), password=password_for(DIRECTOR), timeout=1800,
        )  # fmt: skip
        assert made.returncode == 0, made.stderr
        print(made.stdout.strip().splitlines()[-1], flush=True)
        print(f"server init --from-book: {time.perf_counter() - started:.1f} s", flush=True)
        server = start_server(url, folder / "server.log", as_command=True)
        try:
            _first_sync(folder, server.url, DIRECTOR, "new-laptop")
            if args.manager:
                manager = _busiest_owner(source)
                add_user(server, manager, "manager")
                _first_sync(folder, server.url, manager, "manager-laptop")
        finally:
            server.process.terminate()
            server.process.wait(timeout=30)
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
