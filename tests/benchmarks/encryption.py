"""What encryption at rest costs at the stress size: the same work on a plain copy and an
encrypted (SQLCipher) copy of one database, side by side. Prints figures, asserts nothing.

``python -m tests.benchmarks.encryption DB``: DB is a 10,000-account portfolio (built
first if the file does not exist). Measured on each copy, alternately, best of --runs:

* opening the database (the key derived once per process);
* loading the Portfolio (every account with its figures) and filtering it as typed;
* global search, each keystroke of a few words typed letter by letter;
* importing 100,000 contacts end to end (read, plan, write) into a fresh copy.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.data import TYPED
from tests.benchmarks.data_import import write_contacts

PASSPHRASE = "benchmark passphrase"


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _open(path: Path, encrypted: bool):  # type: ignore[no-untyped-def]
    from workbench.store.cipher import Passphrase
    from workbench.store.database import open_store

    return open_store(path, passphrase=Passphrase(PASSPHRASE) if encrypted else None)


def _portfolio(path: Path, encrypted: bool) -> float:
    from workbench.services.portfolio import PortfolioQuery, filter_rows, load_portfolio

    store = _open(path, encrypted)
    try:
        started = time.perf_counter()
        with store.session() as session:
            rows = load_portfolio(session)
        for typed in ("g", "ga", "gar", "garc", "garci", "garcia"):
            filter_rows(rows, PortfolioQuery(text=typed))
        return time.perf_counter() - started
    finally:
        store.close()


def _search(path: Path, encrypted: bool) -> tuple[float, float]:
    from workbench.services.search import search

    store = _open(path, encrypted)
    try:
        keystrokes = []
        with store.session() as session:
            for words in TYPED:
                for end in range(2, len(words) + 1):
                    keystrokes.append(_timed(lambda w=words[:end]: search(session, w)))
        keystrokes.sort()
        return statistics.median(keystrokes), keystrokes[int(len(keystrokes) * 0.95)]
    finally:
        store.close()


def _import(path: Path, encrypted: bool, csv: Path) -> float:
    from workbench.services.data_import import plan_file, read_file, write_plan

    store = _open(path, encrypted)
    try:
        started = time.perf_counter()
        read = read_file(csv, kind="contacts")
        plan = plan_file(store, read, "contacts", read.mapping, csv.name)
        write_plan(store, plan)
        return time.perf_counter() - started
    finally:
        store.close()


def _open_time(path: Path, encrypted: bool) -> float:
    return _timed(lambda: _open(path, encrypted).close())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    from sqlalchemy import func, select

    from tests.benchmarks.dashboard import build
    from workbench.store.cipher import Passphrase, export_with_key, new_file_key
    from workbench.store.models import Account

    if not args.db.exists():
        build(args.db)
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as scratch:
        folder = Path(scratch)
        plain, encrypted = folder / "plain.sqlite", folder / "encrypted.sqlite"
        shutil.copy(args.db, plain)
        started = time.perf_counter()
        export_with_key(plain, None, encrypted, new_file_key(Passphrase(PASSPHRASE)))
        size = plain.stat().st_size / 1e6
        print(f"encrypting a copy ({size:.0f} MB): {time.perf_counter() - started:.1f} s")
        copies = {"plain": (plain, False), "encrypted": (encrypted, True)}
        figures: dict[str, dict[str, float]] = {name: {} for name in copies}
        for _ in range(args.runs):
            for name, (path, secret) in copies.items():
                found = figures[name]
                for label, value in (
                    ("open the database", _open_time(path, secret)),
                    ("load and filter the Portfolio", _portfolio(path, secret)),
                ):
                    found[label] = min(found.get(label, value), value)
                median, p95 = _search(path, secret)
                for label, value in (
                    ("search keystroke, median", median),
                    ("search keystroke, 95th pct", p95),
                ):
                    found[label] = min(found.get(label, value), value)
        if not args.skip_import:
            store = _open(plain, False)
            with store.session() as session:
                names = list(
                    session.scalars(
                        select(Account.name).group_by(Account.name).having(func.count() == 1)
                    )
                )
            store.close()
            csv = folder / "contacts.csv"
            write_contacts(csv, names)
            for name, (path, secret) in copies.items():
                fresh = folder / f"import-{name}.sqlite"
                shutil.copy(path, fresh)
                figures[name]["import 100,000 contacts"] = _import(fresh, secret, csv)
                fresh.unlink()
        print(f"{'':34} {'plain':>10} {'encrypted':>10} {'overhead':>9}")
        for label, value in figures["plain"].items():
            other = figures["encrypted"][label]
            unit, scale = ("ms", 1000) if value < 1 else ("s", 1)
            print(
                f"{label:34} {value * scale:>8.1f}{unit:>2} {other * scale:>8.1f}{unit:>2} "
                f"{(other / value - 1) * 100:>+8.0f}%"
            )


if __name__ == "__main__":
    main()
