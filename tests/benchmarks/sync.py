"""Sync figures on loopback: a real PostgreSQL cluster, the server as a real process,
laptops as SQLite files (``python -m tests.benchmarks.sync [--accounts N]``).

Prints, asserting nothing:
- a first sync up: a laptop's N accounts with 5 contacts each, created there (their
  history is the outbox), pushed;
- a first sync down: a new laptop pulls the book;
- an incremental sync of 100 edits: pushed by one laptop, pulled by another, and the
  round trip of both;
- the rates, records a second (the stress size's first sync is measured by
  ``tests.benchmarks.sync_stress``);
- one call at a time — pushes of a one-field edit, then pulls — with the server's and
  PostgreSQL's CPU a call: the server's bounds how many calls a second one server process
  answers, whatever the number of laptops (``tests.benchmarks.sync_load``).

With ``--manager`` the accounts are a manager's and the pulling laptop is theirs, so the
figures include PostgreSQL's row-level security for a user who sees some accounts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from tests.benchmarks.cpu import cpu_of, cpu_of_cluster
from tests.server.cluster import PostgresCluster
from tests.server.conftest import (
    DIRECTOR,
    RunningServer,
    field_edit,
    init_server,
    new_account,
    operation_of,
    password_for,
    start_server,
)
from tests.server.laptops import add_user, new_colleague
from workbench.services.sync import state
from workbench.services.sync_client import ServerConnection
from workbench.services.synchronize import synchronize
from workbench.store.database import Store, open_store
from workbench.store.models import Account, Contact

MANAGER = "Marta Sanz"


def _fill(store: Store, accounts: int, owner: str | None) -> int:
    with store.transaction() as session:
        owner_id = new_colleague(session, owner)
        for index in range(accounts):
            account = new_account(f"Account {index:05}")
            account.owner_id = owner_id
            session.add(account)
            session.flush()
            for person in range(5):
                session.add(
                    Contact(account_id=account.id, first_name=f"P{person}", last_name=f"{index}")
                )
    return accounts * 6


def _timed(store: Store, url: str, device: str, user: str = DIRECTOR) -> float:
    with ServerConnection(url) as connection:
        connection.login(user, password_for(user), device)
        started = time.perf_counter()
        synchronize(store, connection)
        return time.perf_counter() - started


def _one_call_each(
    server: RunningServer, cluster: PostgresCluster, store: Store, calls: int
) -> str:
    """*calls* pushes of a one-field edit, then as many pulls, one at a time from one
    laptop: the server's and PostgreSQL's CPU a call, which bounds how many calls a
    second one server process answers, however many laptops ask."""
    with store.session() as session:
        uid = str(session.scalar(sa.select(Account.uid).limit(1)))
        version = int(state(session, "cursor"))
    figures = []
    with ServerConnection(server.url) as connection:
        connection.login(DIRECTOR, password_for(DIRECTOR), "one call each")
        for kind in ("push", "pull"):
            server_cpu, cluster_cpu = cpu_of(server.process.pid), cpu_of_cluster(cluster)
            started = time.perf_counter()
            for call in range(calls):
                if kind == "pull":
                    connection.pull(version)
                    continue
                edit = field_edit(uid, version, description=f"call {call}")
                answers = connection.push([operation_of(edit)])
                version = int(answers[0]["versions"][uid])
            wall = (time.perf_counter() - started) / calls
            figures.append(
                f"{kind} {wall * 1000:.1f} ms (server CPU "
                f"{(cpu_of(server.process.pid) - server_cpu) / calls * 1000:.1f} ms, PostgreSQL "
                f"{(cpu_of_cluster(cluster) - cluster_cpu) / calls * 1000:.1f} ms)"
            )
    return f"one call at a time ({calls} each, a one-field edit pushed): " + ", ".join(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls", type=int, default=200, help="pushes, then pulls, one at a time")
    parser.add_argument(
        "--manager",
        action="store_true",
        help="the accounts are a manager's, whose laptop pulls them: every query it makes "
        "goes through the row-level security of a user who sees only some accounts",
    )
    args = parser.parse_args()
    reader = MANAGER if args.manager else DIRECTOR
    folder = Path(tempfile.mkdtemp(prefix="workbench-sync-bench-"))
    cluster = PostgresCluster.start()
    try:
        url = cluster.database("bench")
        init_server(url)
        server = start_server(url, folder / "server.log", as_command=True)
        if args.manager:
            add_user(server, MANAGER, "manager")
        a, b = open_store(folder / "a.sqlite"), open_store(folder / "b.sqlite")
        records = _fill(a, args.accounts, MANAGER if args.manager else None)
        up = _timed(a, server.url, "a")
        print(f"first sync up: {records:,} records in {up:.2f} s ({records / up:,.0f} a second)")
        down = _timed(b, server.url, "b", reader)
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
            pulls.append(_timed(b, server.url, "b", reader))
        trips = [p + q for p, q in zip(pushes, pulls, strict=True)]
        print(
            "incremental sync of 100 edits: push median "
            f"{statistics.median(pushes) * 1000:.0f} ms, "
            f"pull median {statistics.median(pulls) * 1000:.0f} ms, round trip median "
            f"{statistics.median(trips) * 1000:.0f} ms (worst {max(trips) * 1000:.0f} ms, "
            f"{args.runs} runs)"
        )
        print(_one_call_each(server, cluster, a, args.calls))
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
