"""The data's way in and out: ``workbench export``, ``workbench backup`` and ``workbench restore``.

``export`` writes every record of one kind (accounts, contacts, …) to CSV or Excel, or
with ``--format archive`` (or ``-o FILE.zip``) the whole database as an archive: JSON in
one ZIP that can be restored.

``backup`` writes a checked copy (SQLite's online backup API, safe while the window
is open). ``restore`` checks the file first, keeps the current database in
``backups/`` beside it, then puts the backup's content in its place. Exit 0 when done,
1 when the file is refused or cannot be written (with the reason on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import database_option, database_path

if TYPE_CHECKING:
    from workbench.cli.common import Commands

EXPORT_FORMATS = ("csv", "xlsx", "archive")


def add_parser(commands: Commands) -> None:
    db_option = database_option()
    backup = commands.add_parser(
        "backup",
        parents=[db_option],
        help="copy the whole database to one file",
        description="Write a checked copy of the database, safe while the window is open.",
    )
    backup.add_argument("-o", "--output", required=True, metavar="FILE", help="backup to write")
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser(
        "restore",
        parents=[db_option],
        help="put a backup's content in place of the database",
        description="Check the backup, keep the current database in backups/, then restore.",
    )
    restore.add_argument("backup", metavar="FILE", help="backup to restore")
    restore.set_defaults(run=run_restore)
    from workbench.services.export_kinds import KINDS

    export = commands.add_parser(
        "export",
        parents=[db_option],
        help="write every record of one kind to CSV or Excel, or the whole database to an archive",
        description="Export accounts, contacts, opportunities, … with typed cells in Excel and "
        "spreadsheet formulas neutralised; or, with --format archive (or -o FILE.zip and no "
        "--kind), every table as JSON in one ZIP that can be restored.",
    )
    export.add_argument("--kind", choices=KINDS, help="what to export (csv and xlsx only)")
    export.add_argument(
        "--format", choices=EXPORT_FORMATS, help="default: from -o's suffix (.csv, .xlsx, .zip)"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    export.set_defaults(run=run_export)


def _export_format(args: argparse.Namespace) -> str | None:
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower()
    if suffix == ".zip" and args.kind is None:
        return "archive"
    return {".csv": "csv", ".xlsx": "xlsx"}.get(suffix)


def run_export(args: argparse.Namespace) -> int:
    db = database_path(args)
    output = Path(args.output)
    fmt = _export_format(args)
    if fmt is None:
        print(
            "workbench export: say --format csv, xlsx or archive (or end -o with .csv, .xlsx "
            "or .zip)",
            file=sys.stderr,
        )
        return 2
    if fmt == "archive":
        if args.kind is not None:
            print(
                "workbench export: error: --kind is for csv and xlsx; an archive holds every kind",
                file=sys.stderr,
            )
            return 2
        return _run_archive_export(output, db)
    if args.kind is None:
        print(
            f"workbench export: error: the following argument is required for {fmt}: --kind",
            file=sys.stderr,
        )
        return 2
    from workbench.cli.store import open_for_command
    from workbench.services.entity_export import export_entity

    store = open_for_command(db, "workbench export")
    try:
        with store.session() as session:
            count = export_entity(session, args.kind, output, fmt)
    except OSError as error:
        print(f"workbench export: {output} could not be written: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"wrote {count} {args.kind} to {output}")
    if store.encrypted:
        print(
            f"workbench export: note: {output} is not encrypted, unlike the database",
            file=sys.stderr,
        )
    return 0


def _run_archive_export(output: Path, db: Path) -> int:
    from workbench.cli.store import passphrase_if_encrypted, refusal_exit
    from workbench.services.archive import ArchiveError, write_archive

    passphrase = passphrase_if_encrypted(db, "workbench export")
    try:
        summary = write_archive(db, output, passphrase=passphrase)
    except ArchiveError as error:
        return refusal_exit("workbench export", error)
    if passphrase is not None:
        print(
            f"workbench export: note: {output} is not encrypted; anyone who has it can read "
            "the whole book",
            file=sys.stderr,
        )
    tables = summary.manifest.tables
    print(
        f"wrote {summary.path} ({summary.rows:,} rows in {len(tables)} tables, "
        f"{tables.get('accounts', 0):,} accounts, schema {summary.manifest.schema})"
    )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from workbench.cli.store import passphrase_if_encrypted, refusal_exit
    from workbench.services.backup import BackupError, verify_backup, write_backup

    db = database_path(args)
    passphrase = passphrase_if_encrypted(db, "workbench backup")
    try:
        written = write_backup(db, Path(args.output), passphrase)
        accounts = verify_backup(written, passphrase).accounts
    except BackupError as error:
        return refusal_exit("workbench backup", error)
    note = ", encrypted with the database's passphrase" if passphrase else ""
    print(f"wrote {written} ({accounts} accounts{note})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from workbench.cli.store import backup_passphrase_for, passphrase_if_encrypted, refusal_exit
    from workbench.services.backup import BackupError, restore_backup, verify_backup

    db = database_path(args)
    backup = Path(args.backup)
    passphrase = passphrase_if_encrypted(db, "workbench restore")
    backup_passphrase = backup_passphrase_for(backup, passphrase, "workbench restore")
    try:
        kept = restore_backup(
            backup, db, passphrase=passphrase, backup_passphrase=backup_passphrase
        )
        accounts = verify_backup(db, passphrase or backup_passphrase).accounts
    except BackupError as error:
        return refusal_exit("workbench restore", error, suffix=f"; {db} was left as it was.")
    print(f"restored {args.backup} into {db} ({accounts} accounts)")
    if kept is not None:
        print(f"the database as it was before is kept in {kept}")
    return 0
