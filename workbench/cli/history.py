"""``workbench history ACCOUNT``: what changed in an account and everything under it, newest
first, one line a field ("12 Mar 2026 10:42 · Elena Vidal · Tier: Key → Strategic"), or
as JSON; ``workbench compact-history --before DATE``: the one way the history shrinks.

Compacting keeps, of the changes made before DATE, only the last of each field of each
record (the values as they were then, a deleted record's last ones) and removes the rest;
changes from DATE on are all kept. Nothing else ever removes history.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from functools import partial
from typing import TYPE_CHECKING, Any

from workbench.cli.common import (
    add_language_option,
    database_option,
    database_path,
    in_user_language,
    iso_date,
    use_language,
)

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.services.history import Wording

COMMAND = "workbench history"
COMPACT = "workbench compact-history"


def add_parser(commands: Commands) -> None:
    history = commands.add_parser(
        "history",
        parents=[database_option()],
        help="print what changed in an account and its records, newest first",
        description="Print the field history of an account and of every record under it: "
        "when, who, from where, each field's value before and after.",
    )
    history.add_argument("account", metavar="ACCOUNT", help="the account, by its exact name")
    history.add_argument(
        "--since", type=iso_date, metavar="YYYY-MM-DD", help="only changes from this day on"
    )
    history.add_argument("--json", action="store_true", help="JSON output, one object a change")
    add_language_option(history)
    history.set_defaults(run=run)
    compact = commands.add_parser(
        "compact-history",
        parents=[database_option()],
        help="shrink the history: keep each field's last change before a date",
        description="Keep, of the changes made before DATE, only the last of each field of "
        "each record; remove the rest. Changes from DATE on are all kept.",
    )
    compact.add_argument(
        "--before", type=iso_date, required=True, metavar="YYYY-MM-DD", help="the cut-off day"
    )
    compact.set_defaults(run=run_compact)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), UTC)


def wording(language: str) -> Wording:
    """Values and labels in *language* (its translation installed by ``use_language``)."""
    from workbench.io.proposal_labels import format_for
    from workbench.services.history import Wording

    if language == "en":
        return Wording()
    from workbench.i18n import translate

    formats = format_for(language)
    return Wording(
        translate=translate,
        day=formats.day,
        moment=lambda moment: f"{formats.day(moment.date())} {moment:%H:%M}",
        number=lambda value: formats.exact(value),
    )


def run(args: argparse.Namespace) -> int:
    from workbench.cli.store import find_account, open_for_command
    from workbench.services.accounts import AccountNameRefused
    from workbench.services.conflict_history import (
        account_conflicts,
        conflict_json,
        describe_conflict,
        newest_first,
    )
    from workbench.services.history import account_history, as_json, describe

    # Set even for English: a language chosen before in this process must not linger.
    language = use_language(args.lang)  # None: the terminal's
    store = open_for_command(database_path(args), COMMAND)
    try:
        try:
            account_id = find_account(store, args.account)
        except AccountNameRefused as exc:
            print(f"{COMMAND}: {in_user_language(exc)}", file=sys.stderr)
            return 2
        since = _midnight(args.since) if args.since else None
        with store.session() as session:
            entries = account_history(session, account_id, since=since)
            # On a team, the conflicts on it too: as each arose and as it was settled.
            conflicts = [
                event
                for event in account_conflicts(session, account_id)
                if since is None or (event.at is not None and event.at >= since)
            ]
    finally:
        store.close()
    lines: list[tuple[datetime | None, Callable[[Wording], str], dict[str, Any]]] = [
        (entry.at, partial(describe, entry), as_json(entry)) for entry in entries
    ]
    lines += [
        (event.at, partial(describe_conflict, event), conflict_json(event)) for event in conflicts
    ]
    lines.sort(key=lambda line: newest_first(line[0]))
    if args.json:
        json.dump([shown for _at, _text, shown in lines], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    words = _local(wording(language))
    for _at, text, _shown in lines:
        print(text(words))
    return 0


def _local(words: Wording) -> Wording:
    """Times in the computer's own zone, as a reader expects them."""
    from dataclasses import replace

    return replace(words, moment=lambda moment: words.moment(moment.astimezone()))


def run_compact(args: argparse.Namespace) -> int:
    from workbench.cli.store import open_for_command
    from workbench.domain.enums import ChangeSource
    from workbench.services.history import compact_history

    store = open_for_command(database_path(args), COMPACT, create=True)
    try:
        with store.transaction(ChangeSource.COMMAND) as session:
            compacted, _changes = compact_history(session, _midnight(args.before))
    finally:
        store.close()
    print(
        f"removed {compacted.changes_removed} changes and {compacted.operations_removed} "
        f"operations made before {args.before.isoformat()}; each field's last value then is kept"
    )
    return 0
