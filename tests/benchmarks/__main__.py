"""Speed and size figures: ``make bench`` (or ``python -m tests.benchmarks``).

Prints figures; asserts nothing about time. Options:
  --accounts N   stress size (default 10000)
  --runs N       start-up runs (default 5)
  --keep DIR     keep the generated databases in DIR
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from workbench.services.sample_portfolio import generate_sample_portfolio
from workbench.store.database import open_store
from workbench.store.integrity import check_database

AS_OF = date(2026, 11, 26)


def generate(path: Path, accounts: int) -> tuple[float, dict[str, int]]:
    store = open_store(path)
    started = time.perf_counter()
    with store.engine.begin() as connection:
        summary = generate_sample_portfolio(connection, accounts=accounts, seed=1, as_of=AS_OF)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed, summary.rows


def startup_seconds(db: Path, runs: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    figures = []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.benchmarks.startup_probe", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        figures.append(time.perf_counter() - started)
        child.wait(timeout=60)
        if line.strip() != "painted":
            raise RuntimeError("the window never painted")
    return figures


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        sample, stress = folder / "sample.sqlite", folder / "stress.sqlite"
        for path in (sample, stress):
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink()

        seconds, rows = generate(sample, 40)
        print(f"sample portfolio (40 accounts): {seconds:.2f} s, {sum(rows.values()):,} rows")
        runs = startup_seconds(sample, args.runs)
        print(
            f"cold start to painted window on the sample, {len(runs)} runs: median "
            f"{statistics.median(runs):.2f} s (min {min(runs):.2f}, max {max(runs):.2f})"
        )

        seconds, rows = generate(stress, args.accounts)
        interactions_revenue = rows["interactions"] + rows["revenue_records"]
        total = sum(rows.values())
        print(
            f"stress portfolio ({args.accounts:,} accounts): {seconds:.1f} s, {total:,} rows "
            f"({rows['contacts']:,} contacts, {interactions_revenue:,} interactions + revenue "
            f"rows), {total / seconds:,.0f} rows/s, {size_mb(stress):.0f} MB on disk"
        )
        store = open_store(stress)
        for quick in (True, False):
            started = time.perf_counter()
            ok = check_database(store.engine, quick=quick).ok
            name = "quick_check" if quick else "integrity_check"
            print(
                f"{name} + foreign_key_check on the stress database: "
                f"{time.perf_counter() - started:.2f} s ({'ok' if ok else 'PROBLEMS'})"
            )
        store.close()
        runs = startup_seconds(stress, min(args.runs, 3))
        median = statistics.median(runs)
        print(f"cold start to painted window on the stress database: median {median:.2f} s")
        # KPIs, health scores, the Dashboard and a client report on the same database.
        subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.dashboard", str(stress)], check=True
        )
        # Search, backup and export; then importing 100,000 contacts (into a copy).
        subprocess.run([sys.executable, "-m", "tests.benchmarks.data", str(stress)], check=True)
        imported = stress.with_name("import.sqlite")
        shutil.copyfile(stress, imported)
        subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.data_import", str(imported)], check=True
        )

    # The calendar at the size (5,000 meetings, ~300 series), in its own process.
    subprocess.run([sys.executable, "-m", "tests.benchmarks.calendar"], check=True)


if __name__ == "__main__":
    main()
