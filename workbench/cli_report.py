"""``workbench report``: one account's client report for a quarter, as PPTX or XLSX, headless.

Kept out of :mod:`workbench.cli` so the command line module stays a thin dispatcher;
like the other commands it imports the heavy parts (SQLAlchemy, python-pptx,
Matplotlib) only when it runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from workbench.cli_kpi import add_language_option, quarter_argument

if TYPE_CHECKING:
    from workbench.services.report_files import ReportFormat

REPORT_FORMATS = ("pptx", "xlsx")
COMMAND = "workbench report"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from exc


def add_report_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser | None = None,
) -> None:
    """Add ``report ACCOUNT --period 2026-Q3 --format pptx|xlsx -o FILE`` to *commands*.

    *common* is the parent parser that gives every sub-command ``--db``.
    """
    report = commands.add_parser(
        "report",
        parents=[common] if common is not None else [],
        help="write an account's client report (PowerPoint or Excel)",
        description="Write one account's client report for a quarter: a PowerPoint deck "
        "(key figures, charts, health, open incidents and actions, next steps) or an Excel "
        "workbook (one sheet per KPI, typed cells, a revenue chart). Exit 2 for an unknown "
        "account, a bad quarter or a missing database; 1 if the file cannot be written.",
    )
    report.add_argument("account", metavar="ACCOUNT", help="the account's name (any case)")
    report.add_argument(
        "--period",
        type=quarter_argument,
        metavar="YYYY-QN",
        help="the quarter, e.g. 2026-Q3 (default: the last complete quarter)",
    )
    report.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        help="pptx or xlsx (default: from the output file's extension)",
    )
    report.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
    report.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="DATE",
        help="the day the report is made on: open items and health as of then (default today)",
    )
    add_language_option(report)


def run_report(args: argparse.Namespace, db: Path) -> int:
    """Write the report *args* ask for from the database at *db*; the exit status."""
    kind = args.format or args.output.suffix.lower().lstrip(".")
    if kind not in REPORT_FORMATS:
        print(
            f"{COMMAND}: say --format pptx or --format xlsx (or name the file .pptx or .xlsx)",
            file=sys.stderr,
        )
        return 2
    if not db.exists():
        print(f"{COMMAND}: {db} does not exist", file=sys.stderr)
        return 2
    from workbench.cli import _account_named, _AccountNotFound, _open
    from workbench.cli_store import use_language
    from workbench.domain.period import last_complete_quarter
    from workbench.services.client_report import AccountNotFound
    from workbench.services.report_files import write_client_report

    # The report's words and number style follow its translation (report_labels).
    use_language(args.lang)

    # Noon UTC: the same calendar day in the account's zone, wherever it is.
    now = (
        datetime.combine(args.as_of, time(12), UTC) if args.as_of is not None else datetime.now(UTC)
    )
    period = args.period or last_complete_quarter(now.date())
    store = _open(db, COMMAND)
    try:
        try:
            account_id = _account_named(store, args.account)
        except _AccountNotFound as exc:
            print(f"{COMMAND}: {exc}", file=sys.stderr)
            return 2
        try:
            with store.session() as session:
                write_client_report(
                    session, account_id, period, args.output, cast("ReportFormat", kind), now=now
                )
        except AccountNotFound as exc:
            print(f"{COMMAND}: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"{COMMAND}: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    finally:
        store.close()
    print(f"wrote {args.output} ({kind.upper()}, {period.year}-Q{period.quarter})")
    return 0
