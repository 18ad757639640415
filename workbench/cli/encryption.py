"""``workbench encrypt``, ``rekey`` and ``decrypt``: encryption at rest from the command line.

Passphrases come from the environment (``WORKBENCH_PASSPHRASE`` for the current or, when
encrypting, the new one; ``WORKBENCH_NEW_PASSPHRASE`` for rekey's new one) or are typed
twice at a prompt — never given as arguments, so they appear in no process list or
shell history. Exit 0 when done; 7 for a missing or wrong passphrase; 3 when another
program has the database open.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import database_option, database_path
from workbench.domain.validation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.store.cipher import Passphrase

NEW_PASSPHRASE_ENV_VAR = "WORKBENCH_NEW_PASSPHRASE"


def add_parser(commands: Commands) -> None:
    db_option = database_option()
    for name, help_text, description in (
        (
            "encrypt",
            "encrypt the database with a passphrase (SQLCipher)",
            "Encrypt the database at rest: a new encrypted copy is written, checked and "
            "swapped in. The passphrase is typed twice (or given in $WORKBENCH_PASSPHRASE). "
            "Backups already in backups/ stay unencrypted: they are listed, and removed "
            "only if you agree (or say --remove-plain-backups).",
        ),
        (
            "rekey",
            "change the passphrase of an encrypted database",
            "Re-encrypt the database with a new passphrase ($WORKBENCH_NEW_PASSPHRASE, or "
            "typed twice); the current one from $WORKBENCH_PASSPHRASE, the keyring or a prompt.",
        ),
        (
            "decrypt",
            "remove the encryption of a database",
            "Write the encrypted database back as a plain SQLite file anyone can read.",
        ),
    ):
        command = commands.add_parser(
            name, parents=[db_option], help=help_text, description=description
        )
        command.set_defaults(run=run)
        if name == "encrypt":
            command.add_argument(
                "--remove-plain-backups",
                action="store_true",
                help="remove the unencrypted copies in backups/ without asking",
            )


def _chosen_passphrase(command: str, variable: str) -> Passphrase:
    from workbench.cli.store import ask_passphrase
    from workbench.store.cipher import CipherRefusal, new_passphrase

    given = os.environ.get(variable)
    if given:
        return new_passphrase(given)
    typed = ask_passphrase("New passphrase: ")
    if typed is None:
        raise CipherRefusal(
            QT_TRANSLATE_NOOP(
                "encryption", "No terminal to ask the new passphrase on: set ${variable}."
            ),
            variable=variable,
        )
    new_passphrase(typed)  # too short: said before the second question
    # Typed at a prompt, it must be typed twice the same (None can only mean no terminal).
    return new_passphrase(typed, ask_passphrase("The same again: ") or "")


def run(args: argparse.Namespace) -> int:
    from workbench.cli.store import passphrase_for
    from workbench.services import encryption
    from workbench.services.passphrases import PASSPHRASE_ENV_VAR, forget_passphrase

    db = database_path(args)
    command = f"workbench {args.command}"
    if not db.is_file():
        print(f"{command}: {db} does not exist", file=sys.stderr)
        return 2
    if args.command == "encrypt":
        done = encryption.encrypt_database(db, _chosen_passphrase(command, PASSPHRASE_ENV_VAR))
    elif args.command == "rekey":
        current = passphrase_for(db, command)
        done = encryption.change_passphrase(
            db, current, _chosen_passphrase(command, NEW_PASSPHRASE_ENV_VAR)
        )
        forget_passphrase(db)  # a remembered old passphrase would no longer open it
    else:
        done = encryption.remove_encryption(db, passphrase_for(db, command))
        forget_passphrase(db)
    state = "encrypted" if done.encrypted else "no longer encrypted"
    print(f"{db} is {state} ({done.rows:,} rows checked)")
    if args.command == "encrypt" and done.plain_backups:
        _offer_removing(done.plain_backups, bool(args.remove_plain_backups))
    return 0


def _offer_removing(paths: tuple[Path, ...], agreed: bool) -> None:
    from workbench.services.encryption import remove_files

    print(f"{len(paths)} unencrypted copies remain in {paths[0].parent}:")
    for path in paths:
        print(f"  {path.name}")
    if not agreed and sys.stdin.isatty():
        answer = input("Remove them now? [y/N] ").strip().lower()
        agreed = answer in {"y", "yes", "s", "si", "sí"}
    if agreed:
        print(f"removed {remove_files(paths)} unencrypted copies")
    else:
        print("kept them; remove them yourself, or run again with --remove-plain-backups")
