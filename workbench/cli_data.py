"""The data's way in and out: ``workbench export``, ``workbench backup`` and ``workbench restore``.

``export`` writes every record of one kind (accounts, contacts, …) to CSV or Excel.

``backup`` writes a checked copy (SQLite's online backup API, safe while the window
is open). ``restore`` checks the file first, keeps the current database in
``backups/`` beside it, then puts the backup's content in its place. Exit 0 when done,
1 when the file is refused or cannot be written (with the reason on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_data_parsers(
    commands: argparse._SubParsersAction,
    db_option: argparse.ArgumentParser,
) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[db_option],
        help="copy the whole database to one file",
        description="Write a checked copy of the database, safe while the window is open.",
    )
    backup.add_argument("-o", "--output", required=True, metavar="FILE", help="backup to write")
    restore = commands.add_parser(
        "restore",
        parents=[db_option],
        help="put a backup's content in place of the database",
        description="Check the backup, keep the current database in backups/, then restore.",
    )
    restore.add_argument("backup", metavar="FILE", help="backup to restore")
    from workbench.services.entity_export import KINDS

    export = commands.add_parser(
        "export",
        parents=[db_option],
        help="write every record of one kind to CSV or Excel",
        description="Export accounts, contacts, opportunities, … with typed cells in Excel and "
        "spreadsheet formulas neutralised.",
    )
    export.add_argument("--kind", required=True, choices=KINDS, help="what to export")
    export.add_argument("--format", choices=("csv", "xlsx"), help="default: from -o's suffix")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")


def run_export(args: argparse.Namespace, db: Path) -> int:
    from workbench.services.entity_export import export_entity
    from workbench.store.database import open_store

    output = Path(args.output)
    fmt = args.format or output.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        print("workbench export: say --format csv or xlsx (or end -o with one)", file=sys.stderr)
        return 2
    store = open_store(db)
    try:
        with store.session() as session:
            count = export_entity(session, args.kind, output, fmt)
    except OSError as error:
        print(f"workbench export: {output} could not be written: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"wrote {count} {args.kind} to {output}")
    return 0


def run_backup(args: argparse.Namespace, db: Path) -> int:
    from workbench.services.backup import BackupError, verify_backup, write_backup

    try:
        written = write_backup(db, Path(args.output))
        accounts = verify_backup(written).accounts
    except BackupError as error:
        print(f"workbench backup: {error}", file=sys.stderr)
        return 1
    print(f"wrote {written} ({accounts} accounts)")
    return 0


def run_restore(args: argparse.Namespace, db: Path) -> int:
    from workbench.services.backup import BackupError, restore_backup, verify_backup

    try:
        kept = restore_backup(Path(args.backup), db)
        accounts = verify_backup(db).accounts
    except BackupError as error:
        print(f"workbench restore: {error}; {db} was left as it was.", file=sys.stderr)
        return 1
    print(f"restored {args.backup} into {db} ({accounts} accounts)")
    if kept is not None:
        print(f"the database as it was before is kept in {kept}")
    return 0
