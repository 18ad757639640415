"""``workbench demo`` and ``workbench check``: fill a new database with a sample portfolio,
and check a database's integrity and references."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from workbench.cli.common import database_option, database_path, iso_date, positive_int

if TYPE_CHECKING:
    from workbench.cli.common import Commands


def add_parser(commands: Commands) -> None:
    demo = commands.add_parser(
        "demo",
        parents=[database_option()],
        help="fill an empty database with a sample portfolio",
        description="Fill an empty database with a deterministic sample portfolio "
        "(same --seed and --as-of, same data). --accounts 10000 gives the stress size.",
    )
    demo.add_argument(
        "--accounts",
        type=positive_int,
        default=40,
        metavar="N",
        help="number of accounts (default 40)",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="date the sample is anchored to (default today)",
    )
    demo.set_defaults(run=run_demo)

    check = commands.add_parser(
        "check",
        parents=[database_option()],
        help="check the database's integrity and references",
        description="Run SQLite's integrity check and foreign-key check; exit 1 on any problem.",
    )
    check.add_argument("--quick", action="store_true", help="quick_check instead of the full check")
    check.set_defaults(run=run_check)


def run_demo(args: argparse.Namespace) -> int:
    from workbench.cli.store import open_for_command
    from workbench.services.progress import Progress
    from workbench.services.sample_portfolio import DatabaseNotEmptyError, generate_sample_portfolio

    store = open_for_command(database_path(args), "workbench demo", create=True)
    started = time.perf_counter()

    def report(done: int, total: int, _message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} accounts", end="", file=sys.stderr, flush=True)

    try:
        with store.engine.begin() as connection:
            summary = generate_sample_portfolio(
                connection,
                accounts=args.accounts,
                seed=args.seed,
                as_of=args.as_of,
                progress=Progress(report),
            )
    except DatabaseNotEmptyError as exc:
        print(f"workbench demo: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Sample portfolio written to {store.path} in {elapsed:.1f} s:")
    for table, count in sorted(summary.rows.items()):
        print(f"  {table:<24} {count:>10,}")
    print(f"  {'total rows':<24} {summary.total:>10,}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from workbench.store.integrity import check_database

    db = database_path(args)
    if not db.exists():
        print(f"workbench check: {db} does not exist", file=sys.stderr)
        return 2
    from workbench.cli.store import open_for_command
    from workbench.store.failures import FailureKind, describe_failure
    from workbench.store.integrity import damaged_report

    try:
        store = open_for_command(db, "workbench check", verify=False)
    except Exception as error:
        failure = describe_failure(error)
        if failure is None or failure.kind is not FailureKind.DAMAGED:
            raise
        report = damaged_report(error)
    else:
        try:
            report = check_database(store.engine, quick=args.quick)
        finally:
            store.close()
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1
