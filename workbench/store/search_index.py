"""The full-text index behind global search: one SQLite FTS5 table kept in sync by triggers.

Every searchable row (an account, a contact, a meeting, a proposal's section, an
incident, a line of an incident's timeline, a market note) has one row in
``search_index``, written by triggers in the same transaction as the row itself —
whatever writes it (the window, an import, the sample generator, a restore).

Its ``rowid`` is ``source id * 8 + kind``, so a trigger finds a row's entry without a
scan, and a larger rowid is a newer row of its kind: search reads newest first from
the rowid order without sorting the matches. Text is folded by the ``unicode61``
tokenizer with ``remove_diacritics 2`` ("Martinez" finds "Martínez", any case), and
2-, 3- and 4-character prefixes are indexed for search as you type. Text stored
decomposed (``a`` + U+0301) is folded to the same tokens as composed text, so the index
holds one form whatever was stored; queries are put in NFC by :mod:`services.search`
(imports store NFC as well).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, MetaData, event, text

from workbench.store.triggers import trigger_dropped

TABLE = "search_index"

#: The kind code of each searchable row, the last three bits of its rowid.
KINDS = {
    "account": 1,
    "contact": 2,
    "meeting": 3,
    "proposal": 4,
    "incident": 5,
    "incident_event": 6,
    "note": 7,
}

_CREATE = f"""
CREATE VIRTUAL TABLE {TABLE} USING fts5(
    title, body, kind UNINDEXED, record_id UNINDEXED, account_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
)
"""

# For each source table: the columns that trigger a re-index, and the values of its entry
# (title, body, kind, record_id, account_id) in terms of the row ``{row}`` (new or old).
_SOURCES: dict[str, tuple[str, str]] = {
    "accounts": (
        "name, description",
        "{row}.name, coalesce({row}.description, ''), 'account', {row}.id, {row}.id",
    ),
    "contacts": (
        "first_name, last_name, email, job_title",
        "{row}.first_name || ' ' || {row}.last_name, "
        "coalesce({row}.email, '') || ' ' || coalesce({row}.job_title, ''), "
        "'contact', {row}.id, {row}.account_id",
    ),
    "meetings": (
        "title, agenda, minutes, outcome",
        "{row}.title, coalesce({row}.agenda, '') || ' ' || coalesce({row}.minutes, '') || ' ' "
        "|| coalesce({row}.outcome, ''), 'meeting', {row}.id, {row}.account_id",
    ),
    "proposal_sections": (
        "title, body_html",
        "{row}.title, {row}.body_html, 'proposal', "
        "(SELECT proposal_id FROM proposal_versions WHERE id = {row}.version_id), "
        "(SELECT p.account_id FROM proposals p JOIN proposal_versions v ON v.proposal_id = p.id "
        "WHERE v.id = {row}.version_id)",
    ),
    "incidents": (
        "title, description, client_impact, root_cause, resolution, lessons_learned",
        "{row}.title, coalesce({row}.description, '') || ' ' || coalesce({row}.client_impact, '')"
        " || ' ' || coalesce({row}.root_cause, '') || ' ' || coalesce({row}.resolution, '')"
        " || ' ' || coalesce({row}.lessons_learned, ''), 'incident', {row}.id, {row}.account_id",
    ),
    "incident_events": (
        "description",
        "'', {row}.description, 'incident', {row}.incident_id, "
        "(SELECT account_id FROM incidents WHERE id = {row}.incident_id)",
    ),
    "market_notes": (
        "title, body",
        "{row}.title, coalesce({row}.body, ''), 'note', {row}.id, {row}.account_id",
    ),
}
_KIND_OF_TABLE = {
    "accounts": "account",
    "contacts": "contact",
    "meetings": "meeting",
    "proposal_sections": "proposal",
    "incidents": "incident",
    "incident_events": "incident_event",
    "market_notes": "note",
}


def _rowid(table: str, row: str) -> str:
    return f"{row}.id * 8 + {KINDS[_KIND_OF_TABLE[table]]}"


def _insert(table: str, row: str) -> str:
    values = _SOURCES[table][1].format(row=row)
    return (
        f"INSERT INTO {TABLE}(rowid, title, body, kind, record_id, account_id) "
        f"VALUES ({_rowid(table, row)}, {values});"
    )


def _delete(table: str, row: str) -> str:
    return f"DELETE FROM {TABLE} WHERE rowid = {_rowid(table, row)};"


def create_statements() -> list[str]:
    """The index and its triggers (on an empty database, or before :func:`fill_statements`)."""
    statements = [_CREATE]
    for table, (columns, _values) in _SOURCES.items():
        statements += [
            f"CREATE TRIGGER {TABLE}_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"{_insert(table, 'new')} END",
            f"CREATE TRIGGER {TABLE}_{table}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"{_delete(table, 'old')} {_insert(table, 'new')} END",
            f"CREATE TRIGGER {TABLE}_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"{_delete(table, 'old')} END",
        ]
    return statements


#: FTS5's own settings while it indexes every row at once, then its defaults again: the
#: terms are buffered in 64 MiB, not 1 MiB, and written as a few large segments, not many
#: small ones merged as they come (the stress book: 1.05 s → 0.71 s; searches as fast).
_BULK_SETTINGS = {"hashsize": 64 * 1024**2, "automerge": 0}
_DEFAULT_SETTINGS = {"hashsize": 1024**2, "automerge": 4}


def _settings(values: dict[str, int]) -> list[str]:
    return [f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('{k}', {v})" for k, v in values.items()]


def fill_statements() -> list[str]:
    """Index the rows already there (a database created before the index), in bulk."""
    return [
        *_settings(_BULK_SETTINGS),
        *(_fill(table) for table in _SOURCES),
        *_settings(_DEFAULT_SETTINGS),
    ]


def _fill(table: str, where: str = "") -> str:
    """Index *table*'s rows (those matching *where*, about ``source``) in one statement."""
    values = _SOURCES[table][1].format(row="source")
    return (
        f"INSERT INTO {TABLE}(rowid, title, body, kind, record_id, account_id) "
        f"SELECT {_rowid(table, 'source')}, {values} FROM {table} AS source {where}"
    ).rstrip()


def source_tables() -> frozenset[str]:
    """The tables whose rows the index holds."""
    return frozenset(_SOURCES)


#: Tables an entry's values are looked up in besides its own row's (a proposal section's
#: proposal and account, through its version).
_LOOKED_UP = frozenset({"proposal_versions", "proposals"})


def read_tables() -> frozenset[str]:
    """Every table filling the index reads: its sources and the tables their entries look
    values up in. All must hold their rows before :func:`fill_statements` runs."""
    return source_tables() | _LOOKED_UP


def drop_statements() -> list[str]:
    triggers = [
        f"DROP TRIGGER IF EXISTS {TABLE}_{table}_{when}"
        for table in _SOURCES
        for when in ("insert", "update", "delete")
    ]
    return [*triggers, f"DROP TABLE IF EXISTS {TABLE}"]


def is_index_table(name: str) -> bool:
    """The index and FTS5's own shadow tables, which the ORM models do not describe."""
    return name == TABLE or name.startswith(f"{TABLE}_")


def install(metadata: MetaData) -> None:
    """Create the index with the tables (``create_all``), as migration 0004 does."""

    @event.listens_for(metadata, "after_create")
    def _create(_target: MetaData, connection: Connection, **_kw: object) -> None:
        if connection.dialect.name != "sqlite":
            return  # SQLite's own triggers; the team server records changes itself
        for statement in create_statements():
            connection.execute(text(statement))


def indexed(table: str) -> bool:
    return table in _SOURCES


@contextmanager
def indexed_in_bulk(connection: Connection, table: str, ids: Sequence[int]) -> Iterator[None]:
    """Insert many rows of *table* (whose *ids* the caller knows) and index them in one
    statement afterwards, the insert trigger dropped meanwhile: FTS5 indexes a set ~25×
    faster than row by row from a trigger."""
    if not indexed(table) or not ids:
        yield
        return
    with trigger_dropped(connection, f"{TABLE}_{table}_insert") as dropped:
        yield
        if dropped:
            connection.exec_driver_sql(
                _fill(table, "WHERE source.id IN (SELECT value FROM json_each(?))"),
                (json.dumps(list(ids)),),
            )


@contextmanager
def unindexed_in_bulk(connection: Connection, table: str, ids: Sequence[int]) -> Iterator[None]:
    """Delete many rows of *table* (the caller's, by *ids*): their index entries go in one
    statement first, the delete trigger dropped meanwhile."""
    if not indexed(table) or not ids:
        yield
        return
    with trigger_dropped(connection, f"{TABLE}_{table}_delete") as dropped:
        if dropped:
            kind = KINDS[_KIND_OF_TABLE[table]]
            connection.exec_driver_sql(
                f"DELETE FROM {TABLE} WHERE rowid IN (SELECT value * 8 + {kind} FROM json_each(?))",
                (json.dumps(list(ids)),),
            )
        yield
