"""``workbench calendar import|export``: meetings in and out as iCalendar (.ics) files."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import database_option, database_path, in_user_language, iso_date

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.store.database import Store


def add_parser(commands: Commands) -> None:
    common = database_option()
    calendar = commands.add_parser(
        "calendar",
        parents=[common],
        help="import or export meetings as iCalendar (.ics)",
        description="Move meetings in and out as iCalendar files (Outlook, Google, Apple…).",
    )
    calendar.set_defaults(run=run)
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
    ics_out.add_argument("--from", dest="start", type=iso_date, metavar="DATE")
    ics_out.add_argument("--to", dest="end", type=iso_date, metavar="DATE")
    ics_out.add_argument("--account", metavar="NAME", help="only this account's meetings")
    ics_out.add_argument("--zone", metavar="IANA", type=_time_zone, help=zone_help)


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


def run(args: argparse.Namespace) -> int:
    from workbench.cli.store import find_account, open_for_command
    from workbench.services.accounts import AccountNameRefused

    db = database_path(args)
    command = f"workbench calendar {args.calendar_command}"
    if args.calendar_command == "export" and not db.exists():
        print(f"{command}: {db} does not exist", file=sys.stderr)
        return 2
    zone = args.zone or local_time_zone()
    store = open_for_command(db, command, create=args.calendar_command == "import")
    try:
        account_id = find_account(store, args.account) if args.account else None
        if args.calendar_command == "import":
            return _calendar_import(store, args.file, zone, account_id, command)
        return _calendar_export(store, args, zone, account_id)
    except AccountNameRefused as exc:
        print(f"{command}: {in_user_language(exc)}", file=sys.stderr)
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

    from workbench.io.atomic import write_atomically
    from workbench.services.calendar_export import export_meetings

    local = ZoneInfo(zone)
    start = datetime.combine(args.start, time(), local) if args.start else None
    end = datetime.combine(args.end + timedelta(days=1), time(), local) if args.end else None
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
