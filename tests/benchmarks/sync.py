"""Sync figures on loopback: a real PostgreSQL cluster, the server as a real process,
laptops as SQLite files (``python -m tests.benchmarks.sync [--accounts N]``).

Prints, asserting nothing:
- a first sync up: a laptop's N accounts with 5 contacts each, created there (their
  history is the outbox), pushed;
- a first sync down: a new laptop pulls the book;
- an incremental sync of 100 edits: pushed by one laptop, pulled by another, and the
  round trip of both;
- the rates, records a second, from which the stress size's first sync can be judged.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from tests.server.cluster import PostgresCluster
from tests.server.conftest import DIRECTOR, new_account, password_for, start_server, workbench
from workbench.services.sync_client import ServerConnection
from workbench.services.synchronize import synchronize
from workbench.store.database import Store, open_store
from workbench.store.models import Account, Contact


def _fill(store: Store, accounts: int) -> int:
    with store.transaction() as session:
        for index in range(accounts):
            account = new_account(f"Account {index:05}")
            session.add(account)
            session.flush()
            for person in range(5):
                session.add(
                    Contact(account_id=account.id, first_name=f"P{person}", last_name=f"{index}")
                )
    return accounts * 6


def _timed(store: Store, url: str, device: str) -> float:
    with ServerConnection(url) as connection:
        connection.login(DIRECTOR, password_for(DIRECTOR), device)
        started = time.perf_counter()
        synchronize(store, connection)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="workbench-sync-bench-"))
    cluster = PostgresCluster.start()
    try:
        url = cluster.database("bench")
        made = workbench(
            "server",
            "init",
            "--database-url",
            url,
            "--admin",
            DIRECTOR,
            password=password_for(DIRECTOR),
        )
        assert made.returncode == 0, made.stderr
        server = start_server(url, folder / "server.log")
        a, b = open_store(folder / "a.sqlite"), open_store(folder / "b.sqlite")
        records = _fill(a, args.accounts)
        up = _timed(a, server.url, "a")
        print(f"first sync up: {records:,} records in {up:.2f} s ({records / up:,.0f} a second)")
        down = _timed(b, server.url, "b")
        print(
            f"first sync down: {records:,} records in {down:.2f} s ({records / down:,.0f} a second)"
        )
        pushes, pulls = [], []
        for run in range(args.runs):
            with a.transaction() as session:
                accounts = session.scalars(sa.select(Account).limit(100)).all()
                for account in accounts:
                    account.description = f"run {run}"
            pushes.append(_timed(a, server.url, "a"))
            pulls.append(_timed(b, server.url, "b"))
        trips = [p + q for p, q in zip(pushes, pulls, strict=True)]
        print(
            "incremental sync of 100 edits: push median "
            f"{statistics.median(pushes) * 1000:.0f} ms, "
            f"pull median {statistics.median(pulls) * 1000:.0f} ms, round trip median "
            f"{statistics.median(trips) * 1000:.0f} ms (worst {max(trips) * 1000:.0f} ms, "
            f"{args.runs} runs)"
        )
        stress = 2_000_000
        print(
            f"at these rates the stress size (~{stress:,} rows) would take "
            f"{stress / (records / up) / 60:,.0f} min up and {stress / (records / down) / 60:,.0f} "
            "min down (aim: 2 min down)"
        )
        a.close()
        b.close()
        server.process.terminate()
        server.process.wait(timeout=10)
    finally:
        cluster.stop()
        for path in folder.glob("*"):
            path.unlink()
        os.rmdir(folder)


if __name__ == "__main__":
    main()
