"""Many laptops syncing at once against one server, on loopback: a real PostgreSQL
cluster, the server as a real process, each laptop a process of its own with its own
SQLite book (``python -m tests.benchmarks.sync_load [--laptops 50 --rounds 10]``).

Each laptop's first sync reads the book into its SQLite file; then for each round it
pushes an edit of two fields of its own account against the version it has and pulls the
feed to its end, a random pause between rounds so the laptops overlap as a team's would.
The rounds speak the protocol without the laptop's own SQLite work between (50 processes
doing that on 2 cores starve the server of CPU, which measures the machine, not it).
Prints, asserting nothing: the push and pull latencies (median, p95, worst) as each HTTP
call saw them, the errors, and the server's memory (resident, and its peak) under load.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.benchmarks.cpu import cpu_of, cpu_of_cluster, cpu_of_machine
from tests.server.cluster import PostgresCluster
from tests.server.conftest import (
    DIRECTOR,
    field_edit,
    init_server,
    new_account,
    operation_of,
    password_for,
    start_server,
)
from workbench.services.sync import state
from workbench.services.sync_client import ServerConnection
from workbench.services.synchronize import synchronize
from workbench.store.database import open_store
from workbench.store.models import Account


class _Timed(ServerConnection):
    """A connection that notes how long each push and pull took."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.pushes: list[float] = []
        self.pulls: list[float] = []

    def push(self, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        started = time.perf_counter()
        try:
            return super().push(operations)
        finally:
            self.pushes.append(time.perf_counter() - started)

    def pull(self, cursor: int) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            return super().pull(cursor)
        finally:
            self.pulls.append(time.perf_counter() - started)


def _laptop(
    index: int, url: str, password: str, folder: str, rounds: int, pause: float, ready: Any
) -> dict[str, Any]:
    """One laptop: a real first sync into its own book, then rounds of the protocol as its
    sync would speak it — an operation editing its account pushed against the version it
    has, then the feed pulled to its end — without the book's own work between, so that
    on this 2-core machine the figures are the server's and not 50 processes' CPU."""
    rng = random.Random(index)
    store = open_store(Path(folder) / f"laptop{index}.sqlite")
    errors: list[str] = []
    with _Timed(url) as connection:
        connection.login(DIRECTOR, password, f"laptop {index}")
        synchronize(store, connection)  # a new laptop: the book comes down
        with store.session() as session:
            uid = str(
                session.scalar(select(Account.uid).where(Account.name == f"Account {index:03}"))
            )
            cursor = int(state(session, "cursor"))
        store.close()
        ready.wait()  # every laptop has its book: the rounds begin together
        began = time.perf_counter()
        connection.pushes.clear()
        connection.pulls.clear()
        version = cursor
        for round_ in range(rounds):
            time.sleep(rng.uniform(0, pause))
            values = {
                "description": f"laptop {index}, round {round_}",
                "website": f"https://l{index}-{round_}.es",
            }
            try:
                answers = connection.push([operation_of(field_edit(uid, version, **values))])
                version = int(answers[0]["versions"].get(uid, version))
                more = True
                while more:
                    page = connection.pull(cursor)
                    cursor, more = int(page["cursor"]), bool(page["more"])
            except Exception as error:  # counted and shown, the run goes on
                errors.append(f"{type(error).__name__}: {error}")
    return {
        "pushes": connection.pushes,
        "pulls": connection.pulls,
        "errors": errors,
        "busy": time.perf_counter() - began,
    }


def _memory(pid: int) -> tuple[int, int]:
    """The process's resident and peak resident memory, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


def _figures(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"{name}: {len(times)} calls, median {statistics.median(times) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, worst {ordered[-1] * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument(
        "--pause", type=float, default=1.0, help="longest pause between rounds, seconds"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="workbench-sync-load-"))
    cluster = PostgresCluster.start()
    try:
        url = cluster.database("load")
        init_server(url)
        server = start_server(url, folder / "server.log", as_command=True)
        try:
            seed = open_store(folder / "seed.sqlite")
            with seed.transaction() as session:
                for index in range(args.laptops):
                    session.add(new_account(f"Account {index:03}"))
            with ServerConnection(server.url) as connection:
                connection.login(DIRECTOR, password_for(DIRECTOR), "seed")
                synchronize(seed, connection)
            seed.close()
            idle, _ = _memory(server.process.pid)
            started = time.perf_counter()
            spawn = multiprocessing.get_context("spawn")
            with spawn.Manager() as manager, spawn.Pool(args.laptops) as pool:
                ready = manager.Barrier(args.laptops + 1)  # and this process
                pending = pool.starmap_async(
                    _laptop,
                    [
                        (
                            i,
                            server.url,
                            password_for(DIRECTOR),
                            str(folder),
                            args.rounds,
                            args.pause,
                            ready,
                        )
                        for i in range(args.laptops)
                    ],
                )
                ready.wait(timeout=1800)  # every laptop has its book
                rounds_began = time.perf_counter()
                cpu = cpu_of(server.process.pid), cpu_of_cluster(cluster), cpu_of_machine()
                resident = []
                while not pending.ready():
                    resident.append(_memory(server.process.pid)[0])
                    pending.wait(0.5)
                results = pending.get()
            elapsed = time.perf_counter() - started
            rounds = time.perf_counter() - rounds_began
            server_cpu = cpu_of(server.process.pid) - cpu[0]
            cluster_cpu = cpu_of_cluster(cluster) - cpu[1]
            machine_cpu = cpu_of_machine() - cpu[2]
            _, peak = _memory(server.process.pid)
            pushes = [t for r in results for t in r["pushes"]]
            pulls = [t for r in results for t in r["pulls"]]
            errors = [e for r in results for e in r["errors"]]
            rate = len(pushes) / sum(r["busy"] for r in results) * args.laptops
            print(
                f"{args.laptops} laptops × {args.rounds} rounds (an edit of 2 fields pushed, the "
                f"feed pulled; pauses up to {args.pause:g} s), in {elapsed:.1f} s; "
                f"{rate:.1f} pushes a second"
            )
            print(_figures("push", pushes))
            print(_figures("pull", pulls))
            print(f"errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
            print(
                f"server memory: {idle} MB idle, {max(resident, default=idle)} MB resident at most "
                f"under load, peak {peak} MB (aims: p95 ≤ 300 ms, no errors)"
            )
            print(
                f"CPU over the rounds ({rounds:.1f} s, after every first sync): server "
                f"{server_cpu:.1f} s, PostgreSQL {cluster_cpu:.1f} s, the whole machine "
                f"{machine_cpu:.1f} s of {rounds * (os.cpu_count() or 1):.1f} s (the laptops and "
                "whatever else runs take the rest)"
            )
        finally:
            server.process.terminate()
            server.process.wait(timeout=10)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
