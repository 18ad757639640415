"""The sync protocol end to end: laptops as separate SQLite files, a real PostgreSQL, the
server as a real process, ``workbench sync`` and ``workbench conflicts`` as typed."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from tests.server.conftest import DIRECTOR, RunningServer, password_for, workbench
from workbench.domain.enums import AccountStatus, Sector, Team, Tier
from workbench.services.accounts import AccountDraft, account_draft, create_account, update_account
from workbench.store.database import open_store
from workbench.store.models import Account, Colleague, Contact

TODAY = date(2026, 12, 2)


def _laptop(path: Path) -> Path:
    open_store(path).close()
    return path


def _sync(db: Path, server: RunningServer, user: str = DIRECTOR) -> str:
    done = workbench(
        "sync", "--db", str(db), "--server", server.url, "--user", user, password=password_for(user)
    )
    assert done.returncode == 0, done.stderr + server.log_tail()
    return done.stdout


def _add_user(server: RunningServer, name: str, role: str) -> None:
    added = workbench(
        "server", "user", "add", name, "--role", role,
        "--database-url", server.database_url, password=password_for(name),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr


def _forged_push(
    server: RunningServer, user: str, table: str, record: str, **values: object
) -> int:
    """A push *user* makes by hand, changing *values* of a record; the HTTP status."""
    tokens = server.login(user)
    operation = {
        "uid": str(uuid.uuid4()),
        "changes": [
            {"table": table, "record": record, "kind": "update", "base": 0, "values": values}
        ],
    }
    with server.client() as client:
        answer = client.post(
            "/api/push",
            json={"operations": [operation]},
            headers={"Authorization": f"Bearer {tokens['access_token']}"},
        )
    assert "may not change" in answer.json().get("message", "")
    return answer.status_code


def _draft(name: str, owner_id: int | None = None) -> AccountDraft:
    return AccountDraft(
        name=name,
        sector=Sector.LOGISTICS,
        tier=Tier.KEY,
        status=AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency="EUR",
        owner_id=owner_id,
    )


def _add_account(db: Path, name: str, owner: str | None = None) -> str:
    store = open_store(db)
    try:
        with store.transaction() as session:
            owner_id = None
            if owner:
                colleague = Colleague(name=owner, team=Team.ACCOUNT_MANAGEMENT)
                session.add(colleague)
                session.flush()
                owner_id = colleague.id
            account_id, _ = create_account(session, _draft(name, owner_id), TODAY)
            session.add(
                Contact(account_id=account_id, first_name="Ana", last_name="Gil", email="ana@x.es")
            )
            session.flush()
            return str(session.get_one(Account, account_id).uid)
    finally:
        store.close()


def _edit(db: Path, name: str, **changes: object) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            account_id = session.scalar(sa.select(Account.id).where(Account.name == name))
            assert account_id is not None
            draft = replace(account_draft(session, account_id), **changes)
            update_account(session, account_id, draft, TODAY)
    finally:
        store.close()


def _account(db: Path, name: str) -> dict[str, object] | None:
    store = open_store(db)
    try:
        with store.session() as session:
            account = session.scalar(sa.select(Account).where(Account.name == name))
            if account is None:
                return None
            contacts = session.scalars(
                sa.select(Contact.email).where(Contact.account_id == account.id)
            ).all()
            return {
                "uid": str(account.uid),
                "tier": account.tier,
                "website": account.website,
                "description": account.description,
                "contacts": sorted(contacts),
            }
    finally:
        store.close()


def test_a_new_laptop_gets_the_book_and_edits_of_different_fields_both_stay(
    server: RunningServer, tmp_path: Path
) -> None:
    a, b = _laptop(tmp_path / "a.sqlite"), _laptop(tmp_path / "b.sqlite")
    uid = _add_account(a, "Hotel Sol")
    assert "up: 2 change(s)" in _sync(a, server)
    _sync(b, server)
    assert _account(b, "Hotel Sol") == {
        "uid": uid,
        "tier": Tier.KEY,
        "website": None,
        "description": None,
        "contacts": ["ana@x.es"],
    }
    # Offline on both, two fields of one account.
    _edit(a, "Hotel Sol", tier=Tier.STRATEGIC)
    _edit(b, "Hotel Sol", website="https://hotelsol.es")
    _sync(a, server)
    _sync(b, server)
    _sync(a, server)
    for laptop in (a, b):
        account = _account(laptop, "Hotel Sol")
        assert account is not None
        assert account["tier"] == Tier.STRATEGIC
        assert account["website"] == "https://hotelsol.es"
    # A sync with nothing new changes nothing and says so.
    assert "up: 0 change(s); down: 0 change(s)" in _sync(a, server)


def test_the_same_field_edited_on_two_laptops_is_a_conflict_resolved_on_one_reaching_both(
    server: RunningServer, tmp_path: Path
) -> None:
    a, b = _laptop(tmp_path / "a.sqlite"), _laptop(tmp_path / "b.sqlite")
    _add_account(a, "Hotel Sol")
    _sync(a, server)
    _sync(b, server)
    _edit(a, "Hotel Sol", description="Renewal in March")
    _edit(b, "Hotel Sol", description="Renewal in April")
    _sync(a, server)
    out = _sync(b, server)
    assert "conflict" in out
    # The server kept the first value, and so does b now; b's is in the conflict.
    assert _account(b, "Hotel Sol")["description"] == "Renewal in March"  # type: ignore[index]
    url = ["--server", server.url, "--user", DIRECTOR]
    listed = workbench("conflicts", "--db", str(b), *url, "list", password=password_for(DIRECTOR))
    assert listed.returncode == 0, listed.stderr
    assert '"Renewal in March"' in listed.stdout and '"Renewal in April"' in listed.stdout
    conflict_id = listed.stdout.split(":", 1)[0]
    resolved = workbench(
        "conflicts",
        "--db",
        str(b),
        *url,
        "resolve",
        conflict_id,
        "--take",
        "mine",
        password=password_for(DIRECTOR),
    )
    assert resolved.returncode == 0, resolved.stderr
    _sync(a, server)
    for laptop in (a, b):
        assert _account(laptop, "Hotel Sol")["description"] == "Renewal in April"  # type: ignore[index]
    again = workbench("conflicts", "--db", str(a), *url, "list", password=password_for(DIRECTOR))
    assert again.stdout.strip() == ""


def test_a_push_resent_after_a_lost_answer_changes_nothing(
    server: RunningServer, tmp_path: Path
) -> None:
    from workbench.services.sync import outbox

    a = _laptop(tmp_path / "a.sqlite")
    _add_account(a, "Hotel Sol")
    store = open_store(a)
    with store.session() as session:
        operations = outbox(session).operations
    store.close()
    tokens = server.login(DIRECTOR)
    with server.client() as client:
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        first = client.post("/api/push", json={"operations": operations}, headers=bearer)
        second = client.post("/api/push", json={"operations": operations}, headers=bearer)
        assert first.status_code == second.status_code == 200
        assert first.json() == second.json()
        pulled = client.get("/api/pull", params={"cursor": 0}, headers=bearer).json()
    assert [c["kind"] for c in pulled["changes"]] == ["create", "create"]


def test_a_manager_sees_only_their_accounts_and_a_forged_push_is_refused_and_audited(
    server: RunningServer, tmp_path: Path
) -> None:
    manager = "Jorge Ruiz"
    _add_user(server, manager, "manager")
    director = _laptop(tmp_path / "director.sqlite")
    _add_account(director, "Hotel Sol", owner=manager)
    others = _add_account(director, "Bodegas Rioja", owner="Marta Sanz")
    _sync(director, server)
    mine = _laptop(tmp_path / "manager.sqlite")
    _sync(mine, server, manager)
    assert _account(mine, "Hotel Sol") is not None
    assert _account(mine, "Bodegas Rioja") is None

    assert _forged_push(server, manager, "accounts", others, description="mine now") == 403
    engine = sa.create_engine(server.database_url)
    with engine.connect() as connection:
        audited = connection.execute(
            sa.text(
                "SELECT user_name, outcome FROM audit_entries WHERE action = 'push' "
                "AND outcome = 'forbidden'"
            )
        ).all()
        description = connection.execute(
            sa.text("SELECT description FROM accounts WHERE name = 'Bodegas Rioja'")
        ).scalar_one()
    engine.dispose()
    assert [tuple(row) for row in audited] == [(manager, "forbidden")]
    assert description is None
    report = workbench(
        "server", "audit", "--account", "bodegas rioja", "--database-url", server.database_url
    )
    assert report.returncode == 0, report.stderr
    lines = report.stdout.splitlines()
    assert f"{manager} (laptop) · push forbidden · accounts {others}" in lines[0]
    assert any("push applied · accounts" in line for line in lines)  # its creation
    unknown = workbench(
        "server", "audit", "--account", "Nobody", "--database-url", server.database_url
    )
    assert unknown.returncode == 1 and "No account is called" in unknown.stderr
    # Deleted, the account is still Marta's: an edit of it is refused, not a conflict
    # every manager would see.
    _delete_account(director, "Bodegas Rioja")
    _sync(director, server)
    assert _forged_push(server, manager, "accounts", others, description="mine now") == 403


def _delete_account(db: Path, name: str) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            session.execute(sa.delete(Account).where(Account.name == name))
    finally:
        store.close()


def test_an_edit_nobody_had_seen_wins_over_a_deletion_which_waits_as_a_conflict(
    server: RunningServer, tmp_path: Path
) -> None:
    a, b = _laptop(tmp_path / "a.sqlite"), _laptop(tmp_path / "b.sqlite")
    _add_account(a, "Hotel Sol")
    _sync(a, server)
    _sync(b, server)
    _edit(a, "Hotel Sol", description="Keep: big renewal coming")
    _delete_account(b, "Hotel Sol")
    _sync(a, server)
    out = _sync(b, server)
    assert "conflict" in out
    # The account is back on b, with a's edit and its contact; the deletion is listed.
    for laptop in (a, b):
        account = _account(laptop, "Hotel Sol")
        assert account is not None
        assert account["description"] == "Keep: big renewal coming"
        assert account["contacts"] == ["ana@x.es"]
    url = ["--server", server.url, "--user", DIRECTOR]
    listed = workbench("conflicts", "--db", str(b), *url, "list", password=password_for(DIRECTOR))
    assert "accounts" in listed.stdout and "· *:" in listed.stdout
    # A deletion made knowing the latest version goes through, to every laptop.
    _delete_account(b, "Hotel Sol")
    _sync(b, server)
    _sync(a, server)
    assert _account(a, "Hotel Sol") is None and _account(b, "Hotel Sol") is None


def test_an_assistant_never_receives_pricing_nor_may_push_it(
    server: RunningServer, tmp_path: Path
) -> None:
    from workbench.store.models import RevenueRecord

    assistant = "Lucia Mora"
    _add_user(server, assistant, "assistant")
    director = _laptop(tmp_path / "director.sqlite")
    _add_account(director, "Hotel Sol", owner=assistant)
    store = open_store(director)
    with store.transaction() as session:
        account_id = session.scalar(sa.select(Account.id))
        from decimal import Decimal

        session.add(
            RevenueRecord(
                account_id=account_id, period=20263, revenue=Decimal(900), cost=Decimal(700)
            )
        )
    store.close()
    _sync(director, server)
    laptop = _laptop(tmp_path / "assistant.sqlite")
    _sync(laptop, server, assistant)
    store = open_store(laptop)
    with store.session() as session:
        revenue, cost = session.execute(sa.select(RevenueRecord.revenue, RevenueRecord.cost)).one()
    store.close()
    assert revenue == 900 and cost == 0  # the cost never came down
    store = open_store(laptop)
    with store.session() as session:
        record_uid = str(session.scalar(sa.select(RevenueRecord.uid)))
    store.close()
    assert _forged_push(server, assistant, "revenue_records", record_uid, cost=1) == 403


def test_a_reassigned_account_leaves_the_old_owners_laptop_and_reaches_the_new_ones(
    server: RunningServer, tmp_path: Path
) -> None:
    old, new = "Jorge Ruiz", "Marta Sanz"
    for name in (old, new):
        _add_user(server, name, "manager")
    director = _laptop(tmp_path / "director.sqlite")
    _add_account(director, "Hotel Sol", owner=old)
    _add_account(director, "Bodegas Rioja", owner=new)
    _sync(director, server)
    jorge, marta = _laptop(tmp_path / "jorge.sqlite"), _laptop(tmp_path / "marta.sqlite")
    _sync(jorge, server, old)
    _sync(marta, server, new)
    assert _account(jorge, "Hotel Sol") is not None and _account(marta, "Hotel Sol") is None

    store = open_store(director)
    with store.transaction() as session:
        marta_id = session.scalar(sa.select(Colleague.id).where(Colleague.name == new))
    store.close()
    _edit(director, "Hotel Sol", owner_id=marta_id)
    _sync(director, server)
    _sync(jorge, server, old)
    _sync(marta, server, new)
    assert _account(jorge, "Hotel Sol") is None
    reached = _account(marta, "Hotel Sol")
    assert reached is not None and reached["contacts"] == ["ana@x.es"]


def test_a_value_held_at_a_pull_and_then_pushed_takes_the_servers_back_on_conflict(
    server: RunningServer, tmp_path: Path
) -> None:
    """A pull that comes while a field's edit waits here holds the field (the newer value
    is not applied over it); its push then conflicts, and the server's value must come
    back with the answer, since the cursor is already past it."""
    from workbench.domain.enums import ChangeSource
    from workbench.services.sync import apply_changes, set_state, state, synchronize
    from workbench.services.sync_client import ServerConnection

    a, b = _laptop(tmp_path / "a.sqlite"), _laptop(tmp_path / "b.sqlite")
    _add_account(a, "Hotel Sol")
    _sync(a, server)
    _sync(b, server)
    _edit(a, "Hotel Sol", description="from a")
    _sync(a, server)
    _edit(b, "Hotel Sol", description="from b")
    store = open_store(b)
    try:
        with ServerConnection(server.url) as connection:
            connection.login(DIRECTOR, password_for(DIRECTOR), "b")
            # Only the pull half of a sync, while b's edit waits to be pushed.
            with store.transaction(ChangeSource.SYNC) as session:
                page = connection.pull(int(state(session, "cursor", 0)))
                apply_changes(session, page["changes"])
                set_state(session, "cursor", page["cursor"])
            with store.session() as session:
                kept = session.scalar(sa.select(Account.description))
            assert kept == "from b"  # held, not overwritten
            report = synchronize(store, connection)
        assert report.conflicts
    finally:
        store.close()
    assert _account(b, "Hotel Sol")["description"] == "from a"  # type: ignore[index]
    assert _account(a, "Hotel Sol")["description"] == "from a"  # type: ignore[index]


def test_a_record_edited_then_deleted_before_one_sync_is_deleted_on_the_server(
    server: RunningServer, tmp_path: Path
) -> None:
    a = _laptop(tmp_path / "a.sqlite")
    _add_account(a, "Hotel Sol")
    _sync(a, server)
    store = open_store(a)
    try:
        with store.transaction() as session:
            contact = session.scalars(sa.select(Contact)).one()
            contact.email = "new@x.es"
        with store.transaction() as session:
            session.execute(sa.delete(Contact))
    finally:
        store.close()
    out = _sync(a, server)
    assert "conflict" not in out
    assert _account(a, "Hotel Sol")["contacts"] == []  # type: ignore[index]
    engine = sa.create_engine(server.database_url)
    with engine.connect() as connection:
        left = connection.execute(sa.text("SELECT count(*) FROM contacts")).scalar_one()
    engine.dispose()
    assert left == 0
