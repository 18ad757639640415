"""A solo database joining a team server (``docs/SYNC.md``, "Joining a team").

Its history is not the outbox here: records made before the history existed have none,
and months of edits need not travel. The book goes up once, as it is now, instead:

1. **Matching.** The server gives the keys of the records the user may see
   (:func:`~workbench.store.wire.natural_keys`): an account is the team's when its
   external id, its name (case-blind), its web site's domain or its contacts' e-mail
   domain is; a colleague by e-mail or name; a contact by e-mail within its account; any
   record by its unique fields (a meeting's calendar uid, a month's revenue). A matched
   record takes the team's uid here, so it is one record from now on.
2. **Upload**, one operation per account with everything under it (the team's colleagues
   and products first): records the team lacks are created; for a matched one each of
   its fields goes up against no version, so where the team's value differs it is kept
   and the two wait as a conflict — nothing of either book is silently lost.
3. The usual pull then brings the rest of the team's book.

An account manager's or assistant's accounts with no owner become theirs (the server
takes an account only from its owner); an account owned by a colleague the server gives
to someone else is refused, left on this laptop and named in the report.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from workbench.domain.enums import ChangeSource, Team
from workbench.services.overview import colleague_called
from workbench.services.sync import (
    Outbox,
    SyncReport,
    book_is_empty,
    push_each,
    set_state,
    synced_tables,
    took_pushed,
)
from workbench.store.account_paths import account_path, with_account_uid
from workbench.store.models import Account, Colleague, Contact, FieldChange
from workbench.store.wire import natural_keys, references, wire_values

#: At most this many accounts in one ``join/keys`` question (the server's limit).
_ACCOUNTS_PER_QUESTION = 2000
#: Mail providers whose domain says nothing about the company of an address.
_PUBLIC_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.es", "outlook.com",
        "outlook.es", "live.com", "msn.com", "yahoo.com", "yahoo.es", "icloud.com",
        "me.com", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me",
        "protonmail.com", "telefonica.net", "orange.fr", "free.fr", "libero.it",
    }
)  # fmt: skip
_REASONS = {
    ("external_id",): "same external id",
    ("name",): "same name",
    ("email",): "same e-mail",
    ("account_id", "email"): "same e-mail",
    ("code",): "same code",
    ("ical_uid",): "same calendar event",
}


@dataclass(frozen=True)
class Match:
    """A record of this laptop taken for one the team already has."""

    table: str
    label: str
    team_uid: str
    reason: str


@dataclass
class JoinReport:
    matched: list[Match] = field(default_factory=list)
    #: Accounts the server would not take from this user, each with its reason.
    left_out: list[str] = field(default_factory=list)
    #: What the upload did: records created and merged, conflicts, refusals.
    uploaded: SyncReport = field(default_factory=SyncReport)


# -- matching -------------------------------------------------------------------------


def _text(value: object) -> str | None:
    if value is None:
        return None
    shown = " ".join(str(value).split()).casefold()
    return shown or None


def _domain(website: object) -> str | None:
    """``https://www.Hotel-Sol.es/contact`` → ``hotel-sol.es``."""
    text = _text(website)
    if text is None:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text).split("/")[0].split(":")[0]
    host = host.removeprefix("www.")
    return host or None


def _key(table: Table, names: tuple[str, ...], values: dict[str, Any]) -> tuple[Any, ...] | None:
    """The normalised key *names* of a record (wire values), None if a part is empty."""
    parts = []
    for name in names:
        value = values.get(name)
        if name == "website":
            value = _domain(value)
        elif isinstance(value, str) and name not in references(table):
            value = _text(value)
        if value is None:
            return None
        parts.append(value)
    return tuple(parts)


def _email_domains(session: Session, account_id: int) -> list[str]:
    found: dict[str, int] = {}
    for (email,) in session.execute(select(Contact.email).where(Contact.account_id == account_id)):
        domain = _text(str(email).rsplit("@", 1)[-1]) if email and "@" in str(email) else None
        if domain and domain not in _PUBLIC_MAIL:
            found[domain] = found.get(domain, 0) + 1
    return sorted(found, key=lambda d: -found[d])


def _label(table: Table, row: Any) -> str:
    if table.name == "contacts":
        name = " ".join(p for p in (row["first_name"], row["last_name"]) if p)
        return f"{name} <{row['email']}>" if row["email"] else name
    for name in ("name", "title", "code"):
        if name in table.c and row[name]:
            return str(row[name])
    return f"{table.name} {row['uid']}"


def match_records(session: Session, tables: list[Table], team_keys: dict[str, Any]) -> list[Match]:
    """Give each record of *tables* that the team has (by *team_keys*, the server's
    ``join/keys`` answer) the team's uid; the matches, in table order."""
    matches = []
    for table in tables:
        keys = natural_keys(table)
        index: dict[tuple[tuple[str, ...], tuple[Any, ...]], str] = {}
        for entry in team_keys.get(table.name) or []:
            for names in keys:
                key = _key(table, names, entry["key"])
                if key is not None:
                    index.setdefault((names, key), entry["uid"])
        if not index:
            continue
        taken: set[str] = set()
        for row in session.execute(select(table)).mappings().all():
            found = _found(session, table, keys, index, taken, row)
            if found is None:
                continue
            team_uid, reason = found
            taken.add(team_uid)
            _take_uid(session, table, row, team_uid)
            matches.append(Match(table.name, _label(table, row), team_uid, reason))
    return matches


def _found(
    session: Session,
    table: Table,
    keys: list[tuple[str, ...]],
    index: dict[tuple[tuple[str, ...], tuple[Any, ...]], str],
    taken: set[str],
    row: Any,
) -> tuple[str, str] | None:
    values = wire_values(session, table, row, {name for names in keys for name in names})
    for names in keys:
        key = _key(table, names, values)
        team_uid = index.get((names, key)) if key is not None else None
        if team_uid is not None and team_uid not in taken:
            reason = _REASONS.get(names, "same " + ", ".join(names))
            if names == ("website",):
                reason = "same web site"
            return team_uid, reason
    if table.name == "accounts":  # the company's e-mail domain, as its web site
        for domain in _email_domains(session, row["id"]):
            team_uid = index.get((("website",), (domain,)))
            if team_uid is not None and team_uid not in taken:
                return team_uid, "same e-mail domain"
    return None


def _take_uid(session: Session, table: Table, row: Any, team_uid: str) -> None:
    """The record is the team's *team_uid* from now on; its history follows it."""
    if str(row["uid"]) == team_uid:
        return  # matched by an earlier, interrupted join
    new = uuid.UUID(team_uid)
    session.execute(update(table).where(table.c.uid == row["uid"]).values(uid=new))
    session.execute(
        update(FieldChange).where(FieldChange.record_uid == row["uid"]).values(record_uid=new)
    )


def claim_unowned_accounts(session: Session, user: str) -> int:
    """Make *user* the owner of the accounts with none (a manager's own book); how many."""
    colleague_id = colleague_called(session, user)
    if colleague_id is None:
        colleague = Colleague(name=user, team=Team.ACCOUNT_MANAGEMENT)
        session.add(colleague)
        session.flush()
        colleague_id = colleague.id
    unowned = select(func.count()).select_from(Account).where(Account.owner_id.is_(None))
    claimed = int(session.scalar(unowned) or 0)
    session.execute(update(Account).where(Account.owner_id.is_(None)).values(owner_id=colleague_id))
    return claimed


# -- the upload -----------------------------------------------------------------------


@dataclass
class Upload:
    operations: list[dict[str, Any]]
    #: Per operation uid: record uid → the fields it pushes.
    fields: dict[str, dict[str, set[str]]]
    #: Per operation uid: the account it carries, for the report.
    accounts: dict[str, str]


def upload(session: Session, matched: set[str]) -> Upload:
    """The whole book as operations: the team's records, then one per account."""
    groups: dict[str | None, list[dict[str, Any]]] = {}
    names: dict[str, str] = {}
    parents: dict[str, str | None] = {}
    for table in synced_tables():
        query = with_account_uid(table)
        statement = query[0] if query is not None else select(table)
        for row in session.execute(statement).mappings():
            account = row["account_uid"] if query is not None else None
            change = _change(session, table, row, matched)
            groups.setdefault(None if account is None else str(account), []).append(change)
            if table.name == "accounts":
                names[str(row["uid"])] = str(row["name"])
                parents[str(row["uid"])] = change["values"].get("parent_id")
    result = Upload([], {}, {})
    # A record goes up after the one of its own table it names (a junior after their
    # mentor); an account after its parent account, which is an operation of its own.
    for table in synced_tables():
        for name, referred in references(table).items():
            if referred == table.name:
                for key, changes in groups.items():
                    groups[key] = _referenced_first(changes, table.name, name)
    for account in [None, *_parents_first(parents)]:
        if account not in groups:
            continue
        operation: dict[str, Any] = {"uid": str(uuid.uuid4()), "changes": groups[account]}
        result.operations.append(operation)
        result.fields[operation["uid"]] = {
            change["record"]: set(change["values"]) for change in operation["changes"]
        }
        if account is not None:
            result.accounts[operation["uid"]] = names.get(account, account)
    return result


def _referenced_first(
    changes: list[dict[str, Any]], table: str, field: str
) -> list[dict[str, Any]]:
    """*changes* with those of *table* ordered so that a record comes after the one its
    *field* names (same table): the server refuses a reference to a record it does not
    have yet."""
    mine = {c["record"]: c for c in changes if c["table"] == table}
    order = _parents_first({uid: c["values"].get(field) for uid, c in mine.items()})
    ordered = iter([mine[uid] for uid in order])
    return [next(ordered) if c["table"] == table else c for c in changes]


def _parents_first(parents: dict[str, str | None]) -> list[str]:
    """The keys of *parents*, each after the one it names (a group before its companies,
    a mentor before the junior)."""
    ordered: list[str] = []
    placed: set[str] = set()
    for account in parents:
        chain: list[str] = []
        current: str | None = account
        while current is not None and current in parents and current not in placed:
            if current in chain:  # a loop the book's rules forbid: stop climbing
                break
            chain.append(current)
            current = parents[current]
        for found in reversed(chain):
            placed.add(found)
            ordered.append(found)
    return ordered


def _change(session: Session, table: Table, row: Any, matched: set[str]) -> dict[str, Any]:
    uid = str(row["uid"])
    values = wire_values(session, table, row)
    if uid in matched:
        # Each field against no version: the team's value stays where it differs and
        # this one waits beside it as a conflict.
        given = {name: value for name, value in values.items() if value is not None}
        return {"table": table.name, "record": uid, "kind": "update", "values": given}
    return {"table": table.name, "record": uid, "kind": "create", "values": values}


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- a team started from this book ------------------------------------------------------


def started_team(session: Session) -> None:
    """This laptop's book has just become the team's (``workbench server init
    --from-book``): the laptop is in the team, synced to the feed's start — every record
    at version 0, as the server has it — and its history so far is the server's book,
    not an outbox."""
    last = session.scalar(select(func.coalesce(func.max(FieldChange.id), 0)))
    for key, value in (("joined", True), ("cursor", 0), ("snapshot_seq", 0)):
        set_state(session, key, value)
    set_state(session, "pushed_through", int(last or 0))


# -- the whole join -------------------------------------------------------------------


def join_team(store: Any, server: Any) -> JoinReport:
    """Take this laptop's book into the team on *server* (logged in); see the module."""
    report = JoinReport()
    me = server.me()
    with store.transaction(ChangeSource.SYNC) as session:
        if not book_is_empty(session) and me.get("role") != "director":
            claim_unowned_accounts(session, str(me.get("user")))
    top = [t for t in synced_tables() if t.name == "accounts" or not account_path(t)]
    under = [t for t in synced_tables() if t not in top]
    with store.session() as session:
        empty = book_is_empty(session)
    if not empty:
        with store.transaction(ChangeSource.SYNC) as session:
            report.matched = match_records(session, top, server.join_keys())
        accounts = [m.team_uid for m in report.matched if m.table == "accounts"]
        keys: dict[str, list[Any]] = {}
        for part in chunks(accounts, _ACCOUNTS_PER_QUESTION):
            for table, entries in server.join_keys(part).items():
                keys.setdefault(table, []).extend(entries)
        with store.transaction(ChangeSource.SYNC) as session:
            report.matched += match_records(session, under, keys)
    with store.session() as session:
        last_row = int(session.scalar(select(func.coalesce(func.max(FieldChange.id), 0))) or 0)
        book = upload(session, {m.team_uid for m in report.matched}) if not empty else None
    answers: list[dict[str, Any]] = []
    if book is not None:
        answers, refused = push_each(server, book.operations)
        for operation_uid, reason in refused:
            report.left_out.append(f"{book.accounts.get(operation_uid, 'team records')}: {reason}")
    with store.transaction(ChangeSource.SYNC) as session:
        pushed = Outbox(book.operations if book else [], last_row, book.fields if book else {})
        report.uploaded = took_pushed(session, pushed, answers)
        set_state(session, "joined", True)
    return report
