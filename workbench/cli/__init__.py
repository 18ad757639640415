"""The command line: ``workbench`` opens the window; sub-commands work headless.

Each command group is a module of this package with ``add_parser(commands)``: it adds its
commands and names, with ``set_defaults(run=…)``, the function that runs each one (it takes
the parsed arguments and returns the exit status). Adding a group is adding its module to
:data:`COMMAND_GROUPS`. What the groups share — ``--db``, argument types, the language of
messages — is in :mod:`workbench.cli.common`; opening the database, passphrases and
failures as exit codes in :mod:`workbench.cli.store`.

Qt and SQLAlchemy are imported only when a command runs, so headless commands start fast
and run where no display libraries exist.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from workbench import APP_NAME, __version__
from workbench.cli import (
    app,
    calendar,
    data,
    database,
    encryption,
    history,
    imports,
    kpi,
    proposal,
    report,
    server,
    share,
    sync,
)
from workbench.cli.common import DB_HELP, CommandGroup

#: The command groups, in the order ``workbench --help`` lists their commands.
COMMAND_GROUPS: tuple[CommandGroup, ...] = (
    database,  # demo, check
    calendar,
    proposal,
    report,
    kpi,
    history,  # history, compact-history
    data,  # backup, restore, export
    imports,
    encryption,  # encrypt, rekey, decrypt
    app,  # doctor, screenshot
    sync,  # sync, conflicts
    share,
    server,  # server, server init, server user
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=f"{APP_NAME}: the key-account manager's offline workbench. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH", help=DB_HELP)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Whatever the program creates — database, journals, backups, exports, logs, scratch
    # files — is its owner's alone (the book holds clients' data).
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    from workbench.store.migrate import DatabaseOpenError

    if args.command is None:
        from workbench.app import run_gui

        return run_gui(args.db)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print(f"workbench {args.command}: interrupted", file=sys.stderr)
        return 130
    except DatabaseOpenError as exc:
        from workbench.store.failures import describe_failure

        print(f"workbench {args.command}: {exc}", file=sys.stderr)
        failure = describe_failure(exc.__cause__) if exc.__cause__ else None
        return int(failure.kind) if failure else 2
    except Exception as exc:
        from workbench.cli.store import failure_exit

        code = failure_exit(f"workbench {args.command}", exc)
        if code is None:
            raise
        return code
