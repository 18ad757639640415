"""The command line: ``workbench`` opens the window; sub-commands work headless.

Qt is imported only when the window is opened, so headless commands start fast
and run where no display libraries exist.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import APP_NAME, __version__
from workbench.cli_data import add_data_parsers, run_backup, run_export, run_restore
from workbench.cli_encryption import add_encryption_parsers, run_encryption
from workbench.cli_import import add_import_parser, run_import
from workbench.cli_kpi import add_kpi_parser, run_kpi
from workbench.cli_report import add_report_parser, run_report
from workbench.doctor import add_doctor_parser, run_doctor_command
from workbench.locations import DB_ENV_VAR, resolve_database_path

if TYPE_CHECKING:
    from workbench.store.database import Store


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from exc


TAB_NAMES = ("portfolio", "calendar", "proposals", "incidents", "dashboard")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size like 1366x768: {text!r}") from exc
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    db_help = f"database file (default: ${DB_ENV_VAR}, else the per-user database)"
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=f"{APP_NAME}: the key-account manager's offline workbench. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH", help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    # Sub-commands accept --db too; SUPPRESS keeps a top-level --db when they don't repeat it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help=db_help, default=argparse.SUPPRESS)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="fill an empty database with a sample portfolio",
        description="Fill an empty database with a deterministic sample portfolio "
        "(same --seed and --as-of, same data). --accounts 10000 gives the stress size.",
    )
    demo.add_argument(
        "--accounts",
        type=_positive_int,
        default=40,
        metavar="N",
        help="number of accounts (default 40)",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.add_argument(
        "--as-of",
        type=_iso_date,
        default=None,
        metavar="DATE",
        help="date the sample is anchored to (default today)",
    )

    check = commands.add_parser(
        "check",
        parents=[common],
        help="check the database's integrity and references",
        description="Run SQLite's integrity check and foreign-key check; exit 1 on any problem.",
    )
    check.add_argument("--quick", action="store_true", help="quick_check instead of the full check")

    _add_calendar_parser(commands, common)
    _add_proposal_parser(commands, common)
    add_report_parser(commands, common)
    add_kpi_parser(commands, common)
    add_data_parsers(commands, common)
    add_import_parser(commands, common)
    add_encryption_parsers(commands, common)
    add_doctor_parser(commands)

    shot = commands.add_parser(
        "screenshot",
        parents=[common],
        help="render the window to a PNG, headless",
        description="Open the window on the database without showing it on screen and save "
        "one tab as a PNG (for documentation, support and the bundle smoke test).",
    )
    shot.add_argument("-o", "--output", required=True, metavar="FILE", help="PNG file to write")
    shot.add_argument("--tab", default="portfolio", choices=TAB_NAMES, help="tab to show")
    shot.add_argument(
        "--view",
        choices=("month", "week", "agenda", "sections", "lines", "plan", "roi"),
        help="the Calendar's view (month, week, agenda) or the proposal editor's page "
        "(sections, lines, plan, roi)",
    )
    shot.add_argument(
        "--size",
        type=_size,
        default=(1366, 768),
        metavar="WxH",
        help="window size (default 1366x768)",
    )
    return parser


def _add_calendar_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    calendar = commands.add_parser(
        "calendar",
        parents=[common],
        help="import or export meetings as iCalendar (.ics)",
        description="Move meetings in and out as iCalendar files (Outlook, Google, Apple…).",
    )
    actions = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    zone_help = "IANA zone for times without one and for --from/--to (default: this machine's)"
    ics_in = actions.add_parser(
        "import",
        parents=[common],
        help="import the meetings of an .ics file",
        description="Import the timed events of an .ics file as meetings. Each goes to the "
        "account its attendees' e-mail addresses match, or to --account. A file that cannot "
        "be read as a whole is refused and nothing is written (exit 1). Importing the same "
        "file again updates the meetings instead of duplicating them.",
    )
    ics_in.add_argument("file", metavar="FILE.ics", type=Path)
    ics_in.add_argument("--account", metavar="NAME", help="put every meeting in this account")
    ics_in.add_argument("--zone", metavar="IANA", type=_time_zone, help=zone_help)
    ics_out = actions.add_parser(
        "export",
        parents=[common],
        help="write meetings to an .ics file",
        description="Write meetings to an .ics file. With --from/--to, one-off meetings "
        "starting in those days and whole series with an occurrence in them.",
    )
    ics_out.add_argument("-o", "--output", required=True, metavar="FILE.ics", type=Path)
    ics_out.add_argument("--from", dest="start", type=_iso_date, metavar="DATE")
    ics_out.add_argument("--to", dest="end", type=_iso_date, metavar="DATE")
    ics_out.add_argument("--account", metavar="NAME", help="only this account's meetings")
    ics_out.add_argument("--zone", metavar="IANA", type=_time_zone, help=zone_help)


PROPOSAL_STATUSES = ("draft", "sent", "accepted", "rejected", "expired")
EXPORT_FORMATS = ("pdf", "docx")


def _add_proposal_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    proposal = commands.add_parser(
        "proposal",
        parents=[common],
        help="list proposals or export one to PDF or Word",
        description="List the proposals (their newest versions) or export one version "
        "as a PDF or a Word document, written in the proposal's language.",
    )
    actions = proposal.add_subparsers(dest="proposal_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="list the proposals, newest edits first",
        description="List each proposal's newest version: id, version, title, account, "
        "status, total (taxes included), valid-until date and last edit.",
    )
    listing.add_argument("--account", metavar="NAME", help="only this account's proposals")
    listing.add_argument(
        "--status",
        action="append",
        choices=PROPOSAL_STATUSES,
        help="only proposals whose newest version has this status (repeatable)",
    )
    listing.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    export = actions.add_parser(
        "export",
        parents=[common],
        help="write one proposal to a PDF or DOCX file",
        description="Write a proposal version (the newest unless --version) to a PDF or "
        "DOCX file in the client's language: sections, line items and totals, the phased "
        "plan and the ROI analysis with their charts. Exit 2 for an unknown proposal or "
        "version or a missing database.",
    )
    export.add_argument("id", type=_positive_int, metavar="ID", help="the proposal's id")
    export.add_argument("--version", type=_positive_int, metavar="N", help="version number")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="pdf or docx (default: from the output file's extension)",
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)


def _time_zone(text: str) -> str:
    from workbench.domain.validation import is_time_zone

    if not is_time_zone(text):
        raise argparse.ArgumentTypeError(f"not an IANA time zone such as Europe/Madrid: {text!r}")
    return text


def local_time_zone() -> str:
    """This machine's IANA zone: $TZ, else where /etc/localtime points, else UTC."""
    from workbench.domain.validation import is_time_zone

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(os.path.realpath("/etc/localtime"))
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    for candidate in candidates:
        name = candidate.split("zoneinfo/", 1)[-1].strip()
        if name and is_time_zone(name):
            return name
    return "UTC"


def _open(
    db: Path, command: str = "workbench", *, create: bool = False, verify: bool = True
) -> Store:
    from workbench.cli_store import open_for_command

    return open_for_command(db, command, create=create, verify=verify)


def _run_demo(args: argparse.Namespace, db: Path) -> int:
    from workbench.services.progress import Progress
    from workbench.services.sample_portfolio import DatabaseNotEmptyError, generate_sample_portfolio

    store = _open(db, "workbench demo", create=True)
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


def _run_check(args: argparse.Namespace, db: Path) -> int:
    from workbench.store.integrity import check_database

    if not db.exists():
        print(f"workbench check: {db} does not exist", file=sys.stderr)
        return 2
    from workbench.store.failures import FailureKind, describe_failure
    from workbench.store.integrity import damaged_report

    try:
        store = _open(db, "workbench check", verify=False)
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


def _run_screenshot(args: argparse.Namespace, db: Path) -> int:
    from workbench.app import save_screenshot

    save_screenshot(db, args.tab, args.size, Path(args.output), args.view)
    print(f"saved {args.output}")
    return 0


class _AccountNotFound(LookupError):
    pass


def _account_named(store: Store, name: str) -> int:
    """The account called *name* (any case), else the only one whose name contains it."""
    from sqlalchemy import select

    from workbench.store.models import Account

    wanted = name.strip().lower()
    with store.session() as session:
        rows = session.execute(select(Account.id, Account.name).order_by(Account.name)).all()
    exact = [row for row in rows if row.name.lower() == wanted]
    found = exact or [row for row in rows if wanted and wanted in row.name.lower()]
    if len(found) == 1:
        return int(found[0].id)
    if not found:
        raise _AccountNotFound(f"no account is called {name!r}")
    names = ", ".join(row.name for row in found[:5]) + (", …" if len(found) > 5 else "")
    raise _AccountNotFound(f"{name!r} matches {len(found)} accounts ({names}); be more precise")


def _run_calendar(args: argparse.Namespace, db: Path) -> int:
    command = f"workbench calendar {args.calendar_command}"
    if args.calendar_command == "export" and not db.exists():
        print(f"{command}: {db} does not exist", file=sys.stderr)
        return 2
    zone = args.zone or local_time_zone()
    store = _open(db, command, create=args.calendar_command == "import")
    try:
        account_id = _account_named(store, args.account) if args.account else None
        if args.calendar_command == "import":
            return _calendar_import(store, args.file, zone, account_id, command)
        return _calendar_export(store, args, zone, account_id)
    except _AccountNotFound as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()


def _calendar_import(
    store: Store, file: Path, zone: str, account_id: int | None, command: str
) -> int:
    from workbench.services.calendar_import import IcsRefused, import_ics

    try:
        data = file.read_bytes()
    except OSError as exc:
        print(f"{command}: cannot read {file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        report = import_ics(store, data, default_zone=zone, account_id=account_id)
    except IcsRefused as exc:
        print(f"{command}: {file.name} refused: {exc.problem.text()}", file=sys.stderr)
        return 1
    print(f"{file.name}: " + "\n  ".join(report.lines()))
    return 0


def _calendar_export(
    store: Store, args: argparse.Namespace, zone: str, account_id: int | None
) -> int:
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from workbench.services.calendar_export import export_meetings

    local = ZoneInfo(zone)
    start = datetime.combine(args.start, time(), local) if args.start else None
    end = datetime.combine(args.end + timedelta(days=1), time(), local) if args.end else None
    from workbench.io.atomic import write_atomically

    exported = export_meetings(store, account_id=account_id, start=start, end=end)
    write_atomically(args.output, exported.data)
    print(
        f"wrote {exported.meetings} meetings and {exported.exceptions} occurrence exceptions "
        f"to {args.output}"
    )
    if exported.skipped:
        print(
            f"workbench calendar export: left out {exported.skipped} meetings whose repeat "
            "rule this version refuses (more often than daily, or past its limits); "
            "open them in the window to fix the rule",
            file=sys.stderr,
        )
    return 0


def _run_proposal(args: argparse.Namespace, db: Path) -> int:
    command = f"workbench proposal {args.proposal_command}"
    if not db.exists():
        print(f"{command}: {db} does not exist", file=sys.stderr)
        return 2
    kind = ""
    if args.proposal_command == "export":
        kind = args.format or args.output.suffix.lower().lstrip(".")
        if kind not in EXPORT_FORMATS:
            print(
                f"{command}: say --format pdf or --format docx (or name the file .pdf or .docx)",
                file=sys.stderr,
            )
            return 2
    store = _open(db, command)
    try:
        if args.proposal_command == "list":
            return _proposal_list(store, args)
        return _proposal_export(store, args, kind, command)
    except _AccountNotFound as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()


def _proposal_list(store: Store, args: argparse.Namespace) -> int:
    import json

    from workbench.domain.enums import ProposalStatus
    from workbench.services.proposals import list_proposals

    account_id = _account_named(store, args.account) if args.account else None
    statuses = [ProposalStatus(s) for s in args.status] if args.status else None
    with store.session() as session:
        rows = list_proposals(session, account_id=account_id, statuses=statuses)
    if args.json:
        records = [
            {
                "id": row.proposal_id,
                "version": row.number,
                "title": row.title,
                "account": row.account_name,
                "status": row.status.value,
                "currency": row.currency,
                "total": str(row.total),
                "valid_until": row.valid_until.isoformat() if row.valid_until else None,
                "last_edited": row.updated_at.isoformat(),
            }
            for row in rows
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{'ID':>5}  {'VER':>3}  {'STATUS':<8}  {'TOTAL':>18}  {'VALID UNTIL':<11}  "
        f"{'ACCOUNT':<32}  TITLE"
    )
    for row in rows:
        total = f"{row.total:,} {row.currency}"
        valid = row.valid_until.isoformat() if row.valid_until else "-"
        account = row.account_name if len(row.account_name) <= 32 else row.account_name[:31] + "…"
        print(
            f"{row.proposal_id:>5}  {'v' + str(row.number):>3}  {row.status.value:<8}  "
            f"{total:>18}  {valid:<11}  {account:<32}  {row.title}"
        )
    print(f"{len(rows)} proposals")
    return 0


def _proposal_export(store: Store, args: argparse.Namespace, kind: str, command: str) -> int:
    from workbench.services.proposal_document import ProposalNotFound, load_document

    try:
        document = load_document(store, args.id, args.version)
    except ProposalNotFound as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 2
    from workbench.charts.proposal_images import render_charts

    charts = render_charts(document)
    try:
        if kind == "pdf":
            _gui_application()
            from workbench.ui.reports.proposal_html import export_pdf

            pages = export_pdf(document, args.output, charts)
            written = f"{pages} pages"
        else:
            from workbench.io.proposal_docx import export_docx

            export_docx(document, args.output, charts)
            written = "DOCX"
    except OSError as exc:
        # Name the file at fault: it may be one the export reads, not the one it writes.
        culprit = (
            f" ({exc.filename})" if exc.filename and str(exc.filename) != str(args.output) else ""
        )
        print(
            f"{command}: cannot write {args.output}: {exc.strerror or exc}{culprit}",
            file=sys.stderr,
        )
        return 1
    print(f"wrote {args.output} ({written}, v{document.version}, {document.language})")
    return 0


def _gui_application() -> None:
    """A headless ``QGuiApplication`` unless one exists (Qt lays text out only inside one)."""
    from workbench.cli_store import qt_application

    qt_application()


def main(argv: Sequence[str] | None = None) -> int:
    # Whatever the program creates — database, journals, backups, exports, logs, scratch
    # files — is its owner's alone (the book holds clients' data).
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    from workbench.store.migrate import DatabaseOpenError

    if args.command is None:
        from workbench.app import run_gui

        return run_gui(args.db)
    db = resolve_database_path(args.db)
    try:
        return _dispatch(args, db)
    except KeyboardInterrupt:
        print(f"workbench {args.command}: interrupted", file=sys.stderr)
        return 130
    except DatabaseOpenError as exc:
        from workbench.store.failures import describe_failure

        print(f"workbench {args.command}: {exc}", file=sys.stderr)
        failure = describe_failure(exc.__cause__) if exc.__cause__ else None
        return int(failure.kind) if failure else 2
    except Exception as exc:
        from workbench.cli_store import failure_exit

        code = failure_exit(f"workbench {args.command}", exc)
        if code is None:
            raise
        return code


def _dispatch(args: argparse.Namespace, db: Path) -> int:
    runners = {
        "demo": _run_demo,
        "check": _run_check,
        "screenshot": _run_screenshot,
        "calendar": _run_calendar,
        "proposal": _run_proposal,
        "kpi": run_kpi,
        "backup": run_backup,
        "restore": run_restore,
        "export": run_export,
        "import": run_import,
        "report": run_report,
        "encrypt": run_encryption,
        "rekey": run_encryption,
        "decrypt": run_encryption,
        "doctor": run_doctor_command,
    }
    if args.command in runners:
        return runners[args.command](args, db)
    raise AssertionError(f"unhandled command {args.command}")
