"""``workbench import FILE``: a CSV or Excel file of accounts, contacts, … into the database.

The layout is recognised (Salesforce, HubSpot, our own export) or given with
``--mapping '{"Header": "field"}'`` (or a JSON file). Every accepted row is written
in one transaction; refused rows are listed with their reasons on stderr (and in
``--report FILE``). A whole-database archive (``.zip`` from ``workbench export
--format archive``) is restored instead, keeping the current database as a backup.

Exit 0 when every row was accepted, 1 when rows were refused or the file could not
be read (nothing written then), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import database_option, database_path, in_user_language
from workbench.services.import_fields import FIELDS, KINDS

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.services.import_plan import ImportPlan

#: Problems printed on stderr; the report file has them all.
SHOWN_PROBLEMS = 20


def add_parser(commands: Commands) -> None:
    parser = commands.add_parser(
        "import",
        parents=[database_option()],
        help="bring records in from a CSV or Excel file, or restore an archive",
        description="Import accounts, contacts, opportunities, incidents, revenue, survey "
        "responses or agreed-KPI measurements. Fields: "
        + "; ".join(f"{kind}: {', '.join(f.key for f in FIELDS[kind])}" for kind in KINDS),
    )
    parser.add_argument("file", metavar="FILE", help="CSV, XLSX, or a .zip archive")
    parser.add_argument("--kind", choices=KINDS, help="what the rows are (default: recognised)")
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='columns to fields, e.g. \'{"Company": "name"}\', or a file',
    )
    parser.add_argument(
        "--on-duplicate",
        choices=("merge", "skip", "create"),
        default="merge",
        help="a record with the same name, e-mail or domain (default: merge)",
    )
    parser.add_argument("--account", metavar="NAME", help="the account of every row")
    parser.add_argument(
        "--create-accounts", action="store_true", help="create accounts the rows name"
    )
    parser.add_argument("--country", default="ES", help="country of accounts without one")
    parser.add_argument("--encoding", help="e.g. utf-8, cp1252 (default: detected)")
    parser.add_argument("--delimiter", help="',' ';' 'tab' or '|' (default: detected)")
    parser.add_argument("--report", metavar="FILE", help="write every row's problems here (CSV)")
    parser.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    parser.set_defaults(run=run)


def _mapping(text: str) -> dict[str, str]:
    path = Path(text)
    raw = json.loads(path.read_text(encoding="utf-8") if path.is_file() else text)
    if isinstance(raw, dict) and isinstance(raw.get("columns"), dict):
        raw = raw["columns"]
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError('the mapping is a JSON object of column → field, e.g. {"Company": "name"}')
    return {str(key): value for key, value in raw.items()}


def run(args: argparse.Namespace) -> int:
    db = database_path(args)
    path = Path(args.file)
    if not path.is_file():
        print(f"workbench import: {path} is not a file", file=sys.stderr)
        return 1
    from workbench.services.archive import is_archive

    if is_archive(path):
        return _restore_archive(path, db)
    return _import_table(args, path, db)


def _restore_archive(path: Path, db: Path) -> int:
    from workbench.cli.store import passphrase_if_encrypted, refusal_exit
    from workbench.services.archive import ArchiveError, restore_archive

    passphrase = passphrase_if_encrypted(db, "workbench import")
    try:
        kept = restore_archive(path, db, passphrase=passphrase)
    except ArchiveError as error:
        return refusal_exit("workbench import", error)
    print(
        f"restored {path.name} into {db}"
        + (f"; the previous database is in {kept}" if kept else "")
    )
    return 0


def _import_table(args: argparse.Namespace, path: Path, db: Path) -> int:
    from workbench.cli.store import find_account, open_for_command
    from workbench.io.delimited import ReadOptions, ReadProblem
    from workbench.services.accounts import AccountNameRefused
    from workbench.services.data_import import (
        plan_file,
        read_file,
        write_plan,
        write_problem_report,
    )
    from workbench.services.import_plan import Action, ImportOptions

    delimiter = {"tab": "\t", "\\t": "\t"}.get(args.delimiter or "", args.delimiter)
    try:
        read = read_file(path, ReadOptions(args.encoding, delimiter), args.kind)
    except (ReadProblem, LookupError) as error:
        print(f"workbench import: {path.name} cannot be read: {error}", file=sys.stderr)
        return 1
    kind = args.kind or read.kind
    try:
        mapping = _mapping(args.mapping) if args.mapping else read.mapping
    except (ValueError, OSError) as error:
        print(f"workbench import: --mapping: {error}", file=sys.stderr)
        return 2
    if kind is None or not mapping:
        print(
            f"workbench import: the columns of {path.name} are not a layout I know "
            f"({', '.join(read.table.headers[:8])}…); say --kind and --mapping",
            file=sys.stderr,
        )
        return 1
    store = open_for_command(db, "workbench import", create=True)
    try:
        try:
            account = find_account(store, args.account) if args.account else None
        except AccountNameRefused as error:
            print(f"workbench import: {in_user_language(error)}", file=sys.stderr)
            return 2
        options = ImportOptions(
            on_duplicate=Action(args.on_duplicate),
            country=args.country.upper(),
            account_for_all=account,
            create_missing_accounts=args.create_accounts,
        )
        try:
            plan = plan_file(store, read, kind, mapping, path.name, options)
        except (KeyError, ValueError) as error:
            print(f"workbench import: --mapping: {error}", file=sys.stderr)
            return 2
        if args.report:
            write_problem_report(Path(args.report), plan)
        result = None if args.dry_run else write_plan(store, plan)
    finally:
        store.close()
    _print_problems(plan)
    layout = read.layout or ("your mapping" if args.mapping else "columns matched by name")
    if result is None:
        print(
            f"{kind} from {path.name} ({layout}), nothing written (--dry-run): "
            f"{plan.count(Action.CREATE)} to create, {plan.count(Action.MERGE)} to update, "
            f"{plan.count(Action.SKIP)} to skip, {plan.count(Action.REFUSE)} refused"
        )
    else:
        accounts = (
            f", {result.accounts_created} accounts created" if result.accounts_created else ""
        )
        print(
            f"{kind} from {path.name} ({layout}): {result.created} created, "
            f"{result.updated} updated, {result.unchanged} unchanged, {result.skipped} skipped, "
            f"{result.refused} refused{accounts}"
        )
    return 1 if plan.count(Action.REFUSE) else 0


def _print_problems(plan: ImportPlan) -> None:
    refused = [row for row in plan.rows if row.refused]
    for row in refused[:SHOWN_PROBLEMS]:
        reasons = "; ".join(
            (f"{note.column}: " if note.column else "") + note.text()
            for note in row.notes
            if note.refused
        )
        print(f"row {row.number} refused: {reasons}", file=sys.stderr)
    if len(refused) > SHOWN_PROBLEMS:
        print(f"… and {len(refused) - SHOWN_PROBLEMS} more refused rows", file=sys.stderr)
