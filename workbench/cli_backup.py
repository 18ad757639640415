"""``workbench backup`` and ``workbench restore``: the whole database in one file, and back.

``backup`` writes a checked copy (SQLite's online backup API, safe while the window
is open). ``restore`` checks the file first, keeps the current database in
``backups/`` beside it, then puts the backup's content in its place. Exit 0 when done,
1 when the file is refused or cannot be written (with the reason on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_backup_parsers(
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
