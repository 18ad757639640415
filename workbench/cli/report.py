"""``workbench report``: one account's client report for a quarter, as PPTX or XLSX, headless.

Its figures are worked out with the database's settings (health weights, response-time
targets: :mod:`workbench.services.settings`), as the window's report is, so both agree.
Like the other commands it imports the heavy parts (SQLAlchemy, python-pptx, Matplotlib)
only when it runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from workbench.cli.common import (
    add_language_option,
    database_option,
    database_path,
    in_user_language,
    iso_date,
    quarter_argument,
    use_language,
)

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.services.report_files import ReportFormat

REPORT_FORMATS = ("pptx", "xlsx")
COMMAND = "workbench report"


def add_parser(commands: Commands) -> None:
    """Add ``report ACCOUNT --period 2026-Q3 --format pptx|xlsx -o FILE`` to *commands*."""
    report = commands.add_parser(
        "report",
        parents=[database_option()],
        help="write an account's client report (PowerPoint or Excel)",
        description="Write one account's client report for a quarter: a PowerPoint deck "
        "(key figures, charts, health, open incidents and actions, next steps) or an Excel "
        "workbook (one sheet per KPI, typed cells, a revenue chart), with the database's "
        "health weights and response-time targets. Exit 2 for an unknown "
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
        type=iso_date,
        metavar="DATE",
        help="the day the report is made on: open items and health as of then (default today)",
    )
    add_language_option(report)
    report.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the report *args* ask for; the exit status."""
    kind = args.format or args.output.suffix.lower().lstrip(".")
    if kind not in REPORT_FORMATS:
        print(
            f"{COMMAND}: say --format pptx or --format xlsx (or name the file .pptx or .xlsx)",
            file=sys.stderr,
        )
        return 2
    db = database_path(args)
    if not db.exists():
        print(f"{COMMAND}: {db} does not exist", file=sys.stderr)
        return 2
    from workbench.charts.report_images import render_charts
    from workbench.cli.store import find_account, open_for_command
    from workbench.domain.period import last_complete_quarter
    from workbench.i18n import translate
    from workbench.services.accounts import AccountNameRefused
    from workbench.services.client_report import AccountNotFound
    from workbench.services.report_files import write_client_report
    from workbench.services.report_labels import report_labels

    # The report's words and number style follow its translation (report_labels).
    use_language(args.lang)

    # Noon UTC: the same calendar day in the account's zone, wherever it is.
    now = (
        datetime.combine(args.as_of, time(12), UTC) if args.as_of is not None else datetime.now(UTC)
    )
    period = args.period or last_complete_quarter(now.date())
    store = open_for_command(db, COMMAND)
    try:
        try:
            account_id = find_account(store, args.account)
        except AccountNameRefused as exc:
            print(f"{COMMAND}: {in_user_language(exc)}", file=sys.stderr)
            return 2
        try:
            with store.session() as session:
                write_client_report(
                    session,
                    account_id,
                    period,
                    args.output,
                    cast("ReportFormat", kind),
                    now=now,
                    labels=report_labels(translate),
                    render_charts=render_charts,
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
