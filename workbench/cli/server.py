"""``workbench server``: the team server — run it, make its database, manage its users.

- ``workbench server --database-url URL [--host H --port P --certfile F --keyfile F]``
  serves the API until interrupted;
- ``workbench server init --database-url URL --admin NAME [--from-book PATH]`` makes the
  database and its first director — with ``--from-book``, its book a copy of that
  laptop database's, which is in the team from then on;
- ``workbench server upgrade --database-url URL`` runs this version's migrations on it;
- ``workbench server user add NAME --role director|manager|assistant``,
  ``… user disable NAME``, ``… user reset-password NAME``.

Passwords come from ``WORKBENCH_PASSWORD`` or a prompt (typed twice), never from an
argument; the database's own password from ``PGPASSWORD`` or ``~/.pgpass``. The URL can
also be given once in ``WORKBENCH_DATABASE_URL``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.cli.common import iso_date
from workbench.domain.team import Role

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from workbench.cli.common import Commands

PASSWORD_ENV_VAR = "WORKBENCH_PASSWORD"
URL_ENV_VAR = "WORKBENCH_DATABASE_URL"
DEFAULT_PORT = 8765


def _url_option(parser: argparse.ArgumentParser, *, below: bool) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        # Given after a sub-command it counts; absent there, the one before it stays.
        default=argparse.SUPPRESS if below else None,
        help=f"the server's PostgreSQL database, postgresql://user@host:port/name "
        f"(default: ${URL_ENV_VAR}; the password in PGPASSWORD or ~/.pgpass)",
    )


def add_parser(commands: Commands) -> None:
    server = commands.add_parser(
        "server",
        help="run the team server, or make its database and users",
        description="Serve the team's shared book from PostgreSQL. Without a sub-command, "
        "serves until interrupted.",
    )
    _url_option(server, below=False)
    server.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    server.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    server.add_argument("--certfile", metavar="PEM", help="TLS certificate (HTTPS)")
    server.add_argument("--keyfile", metavar="PEM", help="TLS private key")
    server.set_defaults(run=run_server)
    below = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND")

    init = below.add_parser("init", help="make the server's database and its first director")
    _url_option(init, below=True)
    init.add_argument("--admin", required=True, metavar="NAME", help="the first director's name")
    init.add_argument(
        "--from-book",
        type=Path,
        metavar="PATH",
        help="start the team's book as a copy of this laptop database (the director's "
        "own: it syncs with the team from then on, nothing uploaded again)",
    )
    init.set_defaults(run=run_init)

    upgrade = below.add_parser(
        "upgrade", help="bring the database to this version's schema (back it up first)"
    )
    _url_option(upgrade, below=True)
    upgrade.set_defaults(run=run_upgrade)

    audit = below.add_parser("audit", help="what the server did and refused, newest first")
    _url_option(audit, below=True)
    audit.add_argument("--account", metavar="NAME", help="only what touched this account")
    audit.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="only from this day")
    audit.set_defaults(run=run_audit)

    user = below.add_parser("user", help="add, disable a user or reset their password")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    disable = actions.add_parser("disable", help="stop a user logging in; log out their devices")
    disable.add_argument("name", metavar="NAME")
    reset = actions.add_parser("reset-password", help="give a user a new password")
    reset.add_argument("name", metavar="NAME")
    for action in (add, disable, reset):
        _url_option(action, below=True)
        action.set_defaults(run=run_user)


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Engine]:
    """An engine on the server's database, its connections closed when the command ends
    (PostgreSQL then ends their sessions at once, not when it notices the process gone)."""
    from workbench.server.schema import database_engine

    url = args.database_url or os.environ.get(URL_ENV_VAR)
    if not url:
        raise _Stop(f"give --database-url or set {URL_ENV_VAR}", 2)
    engine = database_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


class _Stop(Exception):
    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _new_password(whose: str) -> str:
    from workbench.cli.store import ask_passphrase

    given = os.environ.get(PASSWORD_ENV_VAR)
    if given:
        return given
    typed = ask_passphrase(f"Password for {whose}: ")
    if typed is None:
        raise _Stop(f"no terminal to ask the password on: set {PASSWORD_ENV_VAR}", 2)
    if ask_passphrase("The same again: ") != typed:
        raise _Stop("the two passwords differ; nothing was changed")
    return typed


def _guarded(command: str, work: object) -> int:
    try:
        from workbench.server.passwords import WeakPassword
    except ModuleNotFoundError:  # the desktop bundle, or an install without the extra
        print(
            f"{command}: the team server is not installed here: "
            "pip install 'account-workbench[server]' on the server machine",
            file=sys.stderr,
        )
        return 1
    from workbench.server.book_start import BookNotEmpty
    from workbench.server.schema import ServerDatabaseError
    from workbench.server.users import UserRefusal

    try:
        return int(work())  # type: ignore[operator]
    except _Stop as stop:
        print(f"{command}: {stop}", file=sys.stderr)
        return stop.status
    except (ServerDatabaseError, UserRefusal, WeakPassword, BookNotEmpty) as refused:
        print(f"{command}: {refused}", file=sys.stderr)
        return 1
    except Exception as error:  # the database unreachable, refused the user…
        from sqlalchemy.exc import OperationalError

        if isinstance(error, OperationalError):
            print(f"{command}: cannot reach the database: {error.orig}", file=sys.stderr)
            return 1
        raise


def run_init(args: argparse.Namespace) -> int:
    def work() -> int:
        from workbench.server.passwords import hashed
        from workbench.server.schema import create_schema
        from workbench.server.users import add_user

        with _database(args) as engine:
            password = _new_password(args.admin)
            hashed(password)  # a weak one refused before anything is made
            book = _source_book(args.from_book) if args.from_book else None
            try:
                create_schema(engine)
                add_user(engine, args.admin, Role.DIRECTOR, password, by="workbench server init")
                if book is not None:
                    _copy_book(engine, book)
            finally:
                if book is not None:
                    book.close()
        print(f"The team server's database is ready; {args.admin} is its director.")
        return 0

    return _guarded("workbench server init", work)


def _source_book(path: Path) -> Any:
    """The laptop database a team starts from, opened (its passphrase asked if it is
    encrypted); refused if it is in a team already."""
    from workbench.cli.store import open_for_command
    from workbench.services.sync import in_a_team

    if not path.exists():
        raise _Stop(f"no database at {path}", 2)
    store = open_for_command(path, "workbench server init")
    with store.session() as session:
        joined = in_a_team(session)
    if joined:
        store.close()
        raise _Stop(f"{path.name} already syncs with a team server; nothing was made")
    return store


def _copy_book(engine: Engine, book: Any) -> None:
    import time

    from workbench.domain.enums import ChangeSource
    from workbench.server.book_start import start_book
    from workbench.services.team_join import started_team

    started = time.perf_counter()

    def say(table: str, rows: int) -> None:
        if rows:
            print(f"  {table}: {rows:,}", flush=True)

    print(f"Copying the book of {book.path.name} into the team's…", flush=True)
    with book.engine.connect() as source:
        copied = start_book(engine, source, say, named=book.path.name, by="workbench server init")
    with book.transaction(ChangeSource.SYNC) as session:
        started_team(session)
    print(
        f"{sum(copied.values()):,} records copied in {time.perf_counter() - started:.1f} s; "
        f"{book.path.name} syncs with the team from now on."
    )


def run_upgrade(args: argparse.Namespace) -> int:
    def work() -> int:
        from workbench.server.schema import upgrade_schema

        with _database(args) as engine:
            before, after = upgrade_schema(engine)
        if before == after:
            print(f"The server's book already has schema {after}; nothing to do.")
        else:
            print(f"The server's book went from schema {before} to {after}.")
        return 0

    return _guarded("workbench server upgrade", work)


def run_user(args: argparse.Namespace) -> int:
    def work() -> int:
        from workbench.server import users
        from workbench.server.schema import check_schema

        with _database(args) as engine:
            check_schema(engine)
            by = "workbench server user"
            if args.user_command == "add":
                users.add_user(engine, args.name, Role(args.role), _new_password(args.name), by=by)
                print(f"{args.name} added as {args.role}.")
            elif args.user_command == "disable":
                users.disable_user(engine, args.name, by=by)
                print(f"{args.name} can no longer log in; their devices are logged out.")
            else:
                users.reset_password(engine, args.name, _new_password(args.name), by=by)
                print(f"{args.name} has a new password; their devices must log in again.")
        return 0

    return _guarded(f"workbench server user {args.user_command}", work)


def run_audit(args: argparse.Namespace) -> int:
    def work() -> int:
        from datetime import UTC, datetime, time

        from workbench.server.audit_report import audit_entries, describe
        from workbench.server.schema import check_schema

        since = datetime.combine(args.since, time(), UTC) if args.since else None
        with _database(args) as engine:
            check_schema(engine)
            try:
                entries = audit_entries(engine, account=args.account, since=since)
            except LookupError as missing:
                raise _Stop(str(missing)) from missing
        for entry in entries:
            print(describe(entry))
        return 0

    return _guarded("workbench server audit", work)


def run_server(args: argparse.Namespace) -> int:
    def work() -> int:
        from workbench.server.app import serve
        from workbench.server.passwords import TEST_HASHING_VARIABLE, insecure_test_hashing
        from workbench.server.row_security import bypassed_by
        from workbench.server.schema import check_schema

        if bool(args.certfile) != bool(args.keyfile):
            raise _Stop("give both --certfile and --keyfile for HTTPS, or neither", 2)
        with _database(args) as engine:
            check_schema(engine)
            with engine.connect() as connection:
                bypassing = bypassed_by(connection)
            if bypassing:
                print(
                    f"warning: the server connects to PostgreSQL as {bypassing}, which "
                    "row-level security does not stop: connect as the database's owner "
                    'instead (docs/SERVER.md, "The database role").',
                    file=sys.stderr,
                    flush=True,
                )
            if insecure_test_hashing():
                print(
                    f"warning: {TEST_HASHING_VARIABLE} is set: new passwords are hashed with "
                    "the cheapest parameters, made for test suites; unset it for a real team.",
                    file=sys.stderr,
                    flush=True,
                )
            scheme = "https" if args.certfile else "http"
            print(
                f"Account Workbench team server on {scheme}://{args.host}:{args.port}",
                flush=True,
            )
            serve(engine, args.host, args.port, args.certfile, args.keyfile)
        return 0

    return _guarded("workbench server", work)
