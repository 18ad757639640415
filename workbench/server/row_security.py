"""PostgreSQL row-level security: the second wall behind ``scope.py``.

Every query the server makes for a user already keeps to what they may see. If one ever
forgets to (a missing WHERE), PostgreSQL still returns — and lets it write — only the
rows of the accounts that user sees. Every book table under an account gets a policy:

- ``accounts``: the account's uid is among the transaction's ``workbench.accounts``;
- a table under an account: its reference up the way to the account is empty (the
  record is the whole team's, as :func:`scope.may_see` has it) or names a row of the
  table it refers to that the policy there lets through — so the check climbs to
  ``accounts`` and never loops;
- the team's tables (colleagues, products, settings) have none.

A director's requests, and the server's own maintenance (``workbench server upgrade``,
the audit report), set ``workbench.role`` to ``all`` to see every row; a user's requests
set it to ``member`` and list their accounts (:func:`scope.scoped`); unset, no row of a
table under an account is seen. Both settings are the transaction's
own (``set_config(…, true)``): they end with it, and a connection back in the pool sees
nothing until the next request sets them again. The policies are ``FORCE``d, so they hold
for the tables' owner, the role the server connects as; a PostgreSQL superuser (or a role
with ``BYPASSRLS``) passes through them, which is why the server should connect as the
database's owner and no more (``docs/SERVER.md``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, text

from workbench.store.account_paths import account_path

#: The policy's name on every table that has one.
POLICY = "workbench_scope"

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION workbench_sees_all() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('workbench.role', true), '') = 'all'
$$;
CREATE OR REPLACE FUNCTION workbench_accounts() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('workbench.accounts', true), ''), '{}')::uuid[]
$$;
"""


#: Each setting read once a query (a sub-SELECT is an init plan), not once a row: parsing
#: a manager's list of accounts for every row made a scan of 300 accounts take 93 ms.
_SEES_ALL = "(SELECT workbench_sees_all())"


def _condition(table: Table) -> str | None:
    """The policy's condition on *table*, or None: the table is the whole team's."""
    if table.name == "accounts":
        return f"{_SEES_ALL} OR uid IN (SELECT unnest(workbench_accounts()))"
    path = account_path(table)
    if not path:
        return None
    column, referred = path[0]
    up = f'"{column}" IN (SELECT id FROM "{referred.name}")'
    if table.c[column].nullable:
        up = f'"{column}" IS NULL OR {up}'
    return f"{_SEES_ALL} OR {up}"


def install(connection: Connection, tables: Iterable[Table]) -> None:
    """Make (or make again: after a migration) the policies of *tables*."""
    connection.execute(text(_FUNCTIONS))
    for table in tables:
        condition = _condition(table)
        if condition is None:
            continue
        name = f'"{table.name}"'
        connection.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
        connection.execute(text(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY"))
        connection.execute(text(f"DROP POLICY IF EXISTS {POLICY} ON {name}"))
        connection.execute(text(f"CREATE POLICY {POLICY} ON {name} USING ({condition})"))


def limit_to(connection: Connection, accounts: frozenset[str] | None) -> None:
    """Let this transaction see the rows of *accounts* alone (None: every row)."""
    listed = "{" + ",".join(sorted(accounts)) + "}" if accounts is not None else "{}"
    connection.execute(
        text("SELECT set_config('workbench.role', :role, true), "
             "set_config('workbench.accounts', :accounts, true)"),
        {"role": "all" if accounts is None else "member", "accounts": listed},
    )  # fmt: skip


def see_everything(connection: Connection) -> None:
    """A director's, or the server's own maintenance: this transaction sees every row."""
    limit_to(connection, None)


def bypassed_by(connection: Connection) -> str | None:
    """The role the server connects as, when row-level security does not hold for it
    (a superuser, or a role with ``BYPASSRLS``); None when it holds."""
    row = connection.execute(
        text("SELECT current_user, rolsuper OR rolbypassrls FROM pg_roles "
             "WHERE rolname = current_user")
    ).one_or_none()  # fmt: skip
    return str(row[0]) if row is not None and row[1] else None
