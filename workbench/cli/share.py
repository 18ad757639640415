"""``workbench share ACCOUNT [--with NAME | --stop NAME]``: who an account is shared with
beside its owner — a manager who works it too, or the assistant it is assigned to. On a
team, they see it after the next ``workbench sync``; only the account's owner or a
director may share it (the server refuses anyone else's change, and the sync says so).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from workbench.cli.common import database_option, database_path, in_user_language

if TYPE_CHECKING:
    from workbench.cli.common import Commands

COMMAND = "workbench share"


def add_parser(commands: Commands) -> None:
    share = commands.add_parser(
        "share",
        parents=[database_option()],
        help="share an account with a colleague, stop sharing it, or list who has it",
        description="Share an account with a colleague beside its owner (a manager who "
        "works it too, or the assistant it is assigned to), or stop; without --with or "
        "--stop, list who it is shared with. The team sees it after the next sync.",
    )
    share.add_argument("account", metavar="ACCOUNT", help="the account, by its name")
    which = share.add_mutually_exclusive_group()
    which.add_argument("--with", dest="share_with", metavar="NAME", help="share it with NAME")
    which.add_argument("--stop", metavar="NAME", help="stop sharing it with NAME")
    share.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.cli.store import find_account, open_for_command
    from workbench.domain.enums import ChangeSource
    from workbench.domain.validation import Refusal
    from workbench.services import account_shares

    store = open_for_command(database_path(args), COMMAND)
    try:
        try:
            account_id = find_account(store, args.account)
            if args.share_with is None and args.stop is None:
                with store.session() as session:
                    names = account_shares.shared_with(session, account_id)
                print("\n".join(names) if names else "shared with nobody")
                return 0
            name = args.share_with or args.stop
            with store.transaction(ChangeSource.COMMAND) as session:
                colleague_id = account_shares.colleague_named(session, name)
                if args.share_with:
                    done, _ = account_shares.share_account(session, account_id, colleague_id)
                else:
                    done, _ = account_shares.stop_sharing(session, account_id, colleague_id)
        except Refusal as refused:
            print(f"{COMMAND}: {in_user_language(refused)}", file=sys.stderr)
            return 2
    finally:
        store.close()
    if args.share_with:
        print(f"shared with {name}" if done else f"already shared with {name}")
    else:
        print(f"no longer shared with {name}" if done else f"was not shared with {name}")
    return 0
