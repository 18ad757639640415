"""``workbench sync``: push this laptop's changes to the team server and pull the team's;
``workbench conflicts list|resolve``: the edits the server could not merge.

The server and user are remembered in the database after the first sync. The password
comes from ``WORKBENCH_PASSWORD``, the OS keyring (saved there by the window's "remember
on this computer"), or a prompt — never from an argument.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from typing import TYPE_CHECKING, Any

from workbench.cli.common import database_option, database_path

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.services.sync_client import ServerConnection
    from workbench.store.database import Store

PASSWORD_ENV_VAR = "WORKBENCH_PASSWORD"


def add_parser(commands: Commands) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[database_option()],
        help="push this laptop's changes to the team server and pull the team's",
        description="Send what changed here since the last sync, then bring what changed "
        "on the team server; print what went up, what came down and the conflicts.",
    )
    _server_options(sync)
    sync.set_defaults(run=run_sync)
    conflicts = commands.add_parser(
        "conflicts",
        parents=[database_option()],
        help="list or resolve the edits the team server could not merge",
    )
    _server_options(conflicts)
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="the open conflicts, with both values")
    resolve = actions.add_parser("resolve", help="settle one conflict")
    resolve.add_argument("conflict", type=int, metavar="ID")
    resolve.add_argument(
        "--take",
        required=True,
        metavar="mine|theirs|VALUE",
        help="keep your value, the other one, or give the value to keep",
    )
    conflicts.set_defaults(run=run_conflicts)


def _server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", metavar="URL", help="the team server (remembered)")
    parser.add_argument("--user", metavar="NAME", help="your user on it (remembered)")


def _password(server: str, user: str) -> str | None:
    given = os.environ.get(PASSWORD_ENV_VAR)
    if given:
        return given
    from workbench.services.passphrases import remembered_team_password

    kept = remembered_team_password(server, user)
    if kept:
        return kept
    from workbench.cli.store import ask_passphrase

    return ask_passphrase(f"Password for {user} on {server}: ")


def _connect(store: Store, args: argparse.Namespace, command: str) -> ServerConnection | int:
    from workbench.services.sync import state
    from workbench.services.team_sync import Credentials, signed_in

    with store.session() as session:
        server = args.server or state(session, "server")
        user = args.user or state(session, "user")
    if not server or not user:
        print(f"{command}: give --server URL and --user NAME (remembered after)", file=sys.stderr)
        return 2
    password = _password(server, user)
    if not password:
        print(
            f"{command}: no password: set {PASSWORD_ENV_VAR} or run in a terminal", file=sys.stderr
        )
        return 2
    return signed_in(store, Credentials(server, user, password, socket.gethostname()))


def _guarded(command: str, args: argparse.Namespace, work: Any) -> int:
    from workbench.cli.store import open_for_command
    from workbench.services.sync_client import SyncError

    store = open_for_command(database_path(args), command)
    try:
        connected = _connect(store, args, command)
        if isinstance(connected, int):
            return connected
        with connected:
            return int(work(store, connected))
    except SyncError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return 1
    finally:
        store.close()


def run_sync(args: argparse.Namespace) -> int:
    from workbench.services.synchronize import synchronize

    def work(store: Store, server: ServerConnection) -> int:
        report = synchronize(store, server)
        if report.joined is not None:
            print(f"joined the team at {server.url}")
            for match in report.joined.matched:
                print(
                    f"matched: {match.table} {match.label!r} is the team's {match.team_uid} "
                    f"({match.reason})"
                )
            for left_out in report.joined.left_out:
                print(f"left on this computer: {left_out}")
        print(f"up: {report.pushed} change(s); down: {report.pulled} change(s)")
        for conflict in report.conflicts:
            print(f"conflict {conflict}: see `workbench conflicts list`")
        for reason in report.refused:
            print(f"refused by the server: {reason}")
        for reason in report.forbidden:
            print(f"refused, not yours on the team: {reason}")
        for clash in report.kept_out:
            print(f"not taken here, it clashes with a record of yours: {clash}")
        return 0

    return _guarded("workbench sync", args, work)


def _shown(value: object) -> str:
    return "—" if value is None else json.dumps(value, ensure_ascii=False)


def run_conflicts(args: argparse.Namespace) -> int:
    def work(store: Store, server: ServerConnection) -> int:
        if args.conflicts_command == "list":
            for c in server.conflicts():
                print(
                    f"{c['id']}: {c['table']} {c['record']} · {c['field']}: "
                    f"base {_shown(c['base'])} · theirs {_shown(c['theirs'])} "
                    f"({c['theirs_by'] or '?'}, {c['theirs_at'] or '?'}) · "
                    f"yours {_shown(c['yours'])} ({c['yours_by']}, {c['yours_at']})"
                )
            return 0
        take, value = args.take, None
        if take not in ("mine", "theirs"):
            try:
                value = json.loads(take)
            except ValueError:
                value = take
            take = "value"
        server.resolve(args.conflict, take, value)
        from workbench.services.synchronize import synchronize

        synchronize(store, server)  # the resolution comes down with the rest
        print(f"conflict {args.conflict} resolved ({args.take})")
        return 0

    return _guarded(f"workbench conflicts {args.conflicts_command}", args, work)
