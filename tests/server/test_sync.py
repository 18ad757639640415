"""The sync protocol end to end: laptops as separate SQLite files, a real PostgreSQL, the
server as a real process, ``workbench sync`` and ``workbench conflicts`` as typed."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from tests.server.cluster import as_superuser
from tests.server.conftest import (
    DIRECTOR,
    RunningServer,
    field_edit,
    operation_of,
    password_for,
    workbench,
)
from tests.server.laptops import (
    add_account,
    add_user,
    delete_account,
    edit,
    new_laptop,
    read_account,
    sync,
)
from workbench.domain.enums import Team, Tier
from workbench.store.database import open_store
from workbench.store.models import Account, Colleague, Contact


def _pushed_by_hand(server: RunningServer, user: str, operation: dict[str, Any]) -> httpx.Response:
    """*operation* pushed by *user* over HTTP, as no laptop of theirs would send it."""
    return server.push([operation], server.login(user)["access_token"])


def _forged_push(
    server: RunningServer, user: str, table: str, record: str, **values: object
) -> int:
    """A push *user* makes by hand, changing *values* of a record; the HTTP status."""
    answer = _pushed_by_hand(server, user, operation_of(field_edit(record, 0, table, **values)))
    assert "may not change" in answer.json().get("message", "")
    return answer.status_code


def test_a_new_laptop_gets_the_book_and_edits_of_different_fields_both_stay(
    server: RunningServer, tmp_path: Path
) -> None:
    a, b = new_laptop(tmp_path / "a.sqlite"), new_laptop(tmp_path / "b.sqlite")
    uid = add_account(a, "Hotel Sol")
    assert "up: 2 change(s)" in sync(a, server)
    sync(b, server)
    assert read_account(b, "Hotel Sol") == {
        "uid": uid,
        "tier": Tier.KEY,
        "website": None,
        "description": None,
        "contacts": ["ana@x.es"],
    }
    # Offline on both, two fields of one account.
    edit(a, "Hotel Sol", tier=Tier.STRATEGIC)
    edit(b, "Hotel Sol", website="https://hotelsol.es")
    sync(a, server)
    sync(b, server)
    sync(a, server)
    for laptop in (a, b):
        account = read_account(laptop, "Hotel Sol")
        assert account is not None
        assert account["tier"] == Tier.STRATEGIC
        assert account["website"] == "https://hotelsol.es"
    # A sync with nothing new changes nothing and says so.
    assert "up: 0 change(s); down: 0 change(s)" in sync(a, server)


def test_the_same_field_edited_on_two_laptops_is_a_conflict_resolved_on_one_reaching_both(
    server: RunningServer, tmp_path: Path
) -> None:
    a, b = new_laptop(tmp_path / "a.sqlite"), new_laptop(tmp_path / "b.sqlite")
    add_account(a, "Hotel Sol")
    sync(a, server)
    sync(b, server)
    edit(a, "Hotel Sol", description="Renewal in March")
    edit(b, "Hotel Sol", description="Renewal in April")
    sync(a, server)
    out = sync(b, server)
    assert "conflict" in out
    # The server kept the first value, and so does b now; b's is in the conflict.
    assert read_account(b, "Hotel Sol")["description"] == "Renewal in March"  # type: ignore[index]
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
    sync(a, server)
    for laptop in (a, b):
        assert read_account(laptop, "Hotel Sol")["description"] == "Renewal in April"  # type: ignore[index]
    again = workbench("conflicts", "--db", str(a), *url, "list", password=password_for(DIRECTOR))
    assert again.stdout.strip() == ""


def test_a_push_resent_after_a_lost_answer_changes_nothing(
    server: RunningServer, tmp_path: Path
) -> None:
    from workbench.services.sync import outbox

    a = new_laptop(tmp_path / "a.sqlite")
    add_account(a, "Hotel Sol")
    store = open_store(a)
    with store.session() as session:
        operations = outbox(session).operations
    store.close()
    token = server.login(DIRECTOR)["access_token"]
    first, second = server.push(operations, token), server.push(operations, token)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    with server.client() as client:
        bearer = {"Authorization": f"Bearer {token}"}
        pulled = client.get("/api/pull", params={"cursor": 0}, headers=bearer).json()
    assert [c["kind"] for c in pulled["changes"]] == ["create", "create"]


def test_a_manager_sees_only_their_accounts_and_a_forged_push_is_refused_and_audited(
    server: RunningServer, tmp_path: Path
) -> None:
    manager = "Jorge Ruiz"
    add_user(server, manager, "manager")
    director = new_laptop(tmp_path / "director.sqlite")
    add_account(director, "Hotel Sol", owner=manager)
    others = add_account(director, "Bodegas Rioja", owner="Marta Sanz")
    sync(director, server)
    mine = new_laptop(tmp_path / "manager.sqlite")
    sync(mine, server, manager)
    assert read_account(mine, "Hotel Sol") is not None
    assert read_account(mine, "Bodegas Rioja") is None

    assert _forged_push(server, manager, "accounts", others, description="mine now") == 403
    engine = sa.create_engine(as_superuser(server.database_url))
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
    delete_account(director, "Bodegas Rioja")
    sync(director, server)
    assert _forged_push(server, manager, "accounts", others, description="mine now") == 403


def test_an_edit_nobody_had_seen_wins_over_a_deletion_which_waits_as_a_conflict(
    server: RunningServer, tmp_path: Path
) -> None:
    a, b = new_laptop(tmp_path / "a.sqlite"), new_laptop(tmp_path / "b.sqlite")
    add_account(a, "Hotel Sol")
    sync(a, server)
    sync(b, server)
    edit(a, "Hotel Sol", description="Keep: big renewal coming")
    delete_account(b, "Hotel Sol")
    sync(a, server)
    out = sync(b, server)
    assert "conflict" in out
    # The account is back on b, with a's edit and its contact; the deletion is listed.
    for laptop in (a, b):
        account = read_account(laptop, "Hotel Sol")
        assert account is not None
        assert account["description"] == "Keep: big renewal coming"
        assert account["contacts"] == ["ana@x.es"]
    url = ["--server", server.url, "--user", DIRECTOR]
    listed = workbench("conflicts", "--db", str(b), *url, "list", password=password_for(DIRECTOR))
    assert "accounts" in listed.stdout and "· *:" in listed.stdout
    # A deletion made knowing the latest version goes through, to every laptop.
    delete_account(b, "Hotel Sol")
    sync(b, server)
    sync(a, server)
    assert read_account(a, "Hotel Sol") is None and read_account(b, "Hotel Sol") is None


def test_an_assistant_never_receives_pricing_nor_may_push_it(
    server: RunningServer, tmp_path: Path
) -> None:
    from workbench.store.models import RevenueRecord

    assistant = "Lucia Mora"
    add_user(server, assistant, "assistant")
    director = new_laptop(tmp_path / "director.sqlite")
    add_account(director, "Hotel Sol", owner=assistant)
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
    sync(director, server)
    laptop = new_laptop(tmp_path / "assistant.sqlite")
    sync(laptop, server, assistant)
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


def test_a_product_an_assistant_deleted_comes_back_without_its_price(
    server: RunningServer, tmp_path: Path
) -> None:
    """Her deletion of a product someone edited since waits as a conflict, and the
    product is given back to her laptop — as she may see it, without its price."""
    from decimal import Decimal

    from workbench.store.models import Product

    assistant = "Lucia Mora"
    add_user(server, assistant, "assistant")
    director = new_laptop(tmp_path / "director.sqlite")
    store = open_store(director)
    with store.transaction() as session:
        session.add(Product(code="P-1", name="Audit", unit_price=Decimal(950), currency="EUR"))
    store.close()
    sync(director, server)
    store = open_store(director)
    with store.transaction() as session:
        audit = session.scalars(sa.select(Product)).one()
        uid = str(audit.uid)
        audit.name = "Audit+"  # after the version she has: her deletion will not see it
    store.close()
    sync(director, server)
    deletion = {"table": "products", "record": uid, "kind": "delete", "base": 0}
    answer = _pushed_by_hand(server, assistant, operation_of(deletion))
    assert answer.status_code == 200, answer.text
    (given_back,) = answer.json()[0]["overruled"]
    assert given_back["kind"] == "create" and given_back["values"]["name"] == "Audit+"
    assert "unit_price" not in given_back["values"]


def test_a_reassigned_account_leaves_the_old_owners_laptop_and_reaches_the_new_ones(
    server: RunningServer, tmp_path: Path
) -> None:
    old, new = "Jorge Ruiz", "Marta Sanz"
    for name in (old, new):
        add_user(server, name, "manager")
    director = new_laptop(tmp_path / "director.sqlite")
    add_account(director, "Hotel Sol", owner=old)
    add_account(director, "Bodegas Rioja", owner=new)
    sync(director, server)
    jorge, marta = new_laptop(tmp_path / "jorge.sqlite"), new_laptop(tmp_path / "marta.sqlite")
    sync(jorge, server, old)
    sync(marta, server, new)
    assert read_account(jorge, "Hotel Sol") is not None and read_account(marta, "Hotel Sol") is None

    store = open_store(director)
    with store.transaction() as session:
        marta_id = session.scalar(sa.select(Colleague.id).where(Colleague.name == new))
    store.close()
    edit(director, "Hotel Sol", owner_id=marta_id)
    sync(director, server)
    # Jorge edited it offline meanwhile: no longer his to change, the edit is refused
    # and named, and the rest of his sync goes on.
    edit(jorge, "Hotel Sol", description="Jorge's note")
    assert "refused, not yours on the team: You may not change" in sync(jorge, server, old)
    sync(marta, server, new)
    assert read_account(jorge, "Hotel Sol") is None
    reached = read_account(marta, "Hotel Sol")
    assert reached is not None and reached["contacts"] == ["ana@x.es"]


def test_a_value_held_at_a_pull_and_then_pushed_takes_the_servers_back_on_conflict(
    server: RunningServer, tmp_path: Path
) -> None:
    """A pull that comes while a field's edit waits here holds the field (the newer value
    is not applied over it); its push then conflicts, and the server's value must come
    back with the answer, since the cursor is already past it."""
    from workbench.domain.enums import ChangeSource
    from workbench.services.sync import apply_changes, set_state, state
    from workbench.services.sync_client import ServerConnection
    from workbench.services.synchronize import synchronize

    a, b = new_laptop(tmp_path / "a.sqlite"), new_laptop(tmp_path / "b.sqlite")
    add_account(a, "Hotel Sol")
    sync(a, server)
    sync(b, server)
    edit(a, "Hotel Sol", description="from a")
    sync(a, server)
    edit(b, "Hotel Sol", description="from b")
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
    assert read_account(b, "Hotel Sol")["description"] == "from a"  # type: ignore[index]
    assert read_account(a, "Hotel Sol")["description"] == "from a"  # type: ignore[index]


def test_a_record_edited_then_deleted_before_one_sync_is_deleted_on_the_server(
    server: RunningServer, tmp_path: Path
) -> None:
    a = new_laptop(tmp_path / "a.sqlite")
    add_account(a, "Hotel Sol")
    sync(a, server)
    store = open_store(a)
    try:
        with store.transaction() as session:
            contact = session.scalars(sa.select(Contact)).one()
            contact.email = "new@x.es"
        with store.transaction() as session:
            session.execute(sa.delete(Contact))
    finally:
        store.close()
    out = sync(a, server)
    assert "conflict" not in out
    assert read_account(a, "Hotel Sol")["contacts"] == []  # type: ignore[index]
    engine = sa.create_engine(as_superuser(server.database_url))
    with engine.connect() as connection:
        left = connection.execute(sa.text("SELECT count(*) FROM contacts")).scalar_one()
    engine.dispose()
    assert left == 0


def _me(db: Path) -> list[str]:
    store = open_store(db)
    try:
        with store.session() as session:
            return list(session.scalars(sa.select(Colleague.name).where(Colleague.is_me)))
    finally:
        store.close()


def test_which_colleague_is_me_stays_on_each_laptop(server: RunningServer, tmp_path: Path) -> None:
    manager = "Jorge Ruiz"
    add_user(server, manager, "manager")
    director = new_laptop(tmp_path / "director.sqlite")
    store = open_store(director)
    with store.transaction() as session:
        session.add(Colleague(name=DIRECTOR, team=Team.ACCOUNT_MANAGEMENT, is_me=True))
    store.close()
    add_account(director, "Hotel Sol", owner=manager)
    sync(director, server)
    jorge = new_laptop(tmp_path / "jorge.sqlite")
    sync(jorge, server, manager)
    # The user signed in is "me" on their laptop (matched by name, as the server does),
    # not the director who is "me" on theirs.
    assert _me(jorge) == [manager]
    edit(jorge, "Hotel Sol", description="Jorge's note")
    sync(jorge, server, manager)
    sync(director, server)
    assert _me(director) == [DIRECTOR] and _me(jorge) == [manager]
    assert (read_account(director, "Hotel Sol") or {})["description"] == "Jorge's note"
    engine = sa.create_engine(as_superuser(server.database_url))
    with engine.connect() as connection:
        kept = connection.execute(sa.text("SELECT count(*) FROM colleagues WHERE is_me")).scalar()
    engine.dispose()
    assert kept == 0  # the server keeps nobody's "me"


def test_a_change_breaking_a_rule_of_the_book_is_refused_alone_and_the_rest_applied(
    server: RunningServer, tmp_path: Path
) -> None:
    from tests.server.conftest import new_account

    a, b = new_laptop(tmp_path / "a.sqlite"), new_laptop(tmp_path / "b.sqlite")
    sync(a, server)
    sync(b, server)
    for laptop, names in ((a, ["Bodegas Rioja"]), (b, ["Bodegas de Rioja", "Hotel Luna"])):
        store = open_store(laptop)
        with store.transaction() as session:  # one operation each
            for name in names:
                account = new_account(name)
                account.external_id = "SF-0001" if "Rioja" in name else None
                session.add(account)
        store.close()
    sync(a, server)
    said = sync(b, server)
    # The server refuses B's copy alone; A's, pulled, clashes with it on B's laptop: not
    # taken there, and said — the sync does not stop.
    assert "refused by the server:" in said and "external_id" in said
    assert "not taken here, it clashes with a record of yours: accounts" in said
    assert read_account(b, "Hotel Luna") is not None
    engine = sa.create_engine(as_superuser(server.database_url))
    with engine.connect() as connection:
        names = connection.execute(sa.text("SELECT name FROM accounts ORDER BY name")).scalars()
        on_server = list(names)
    engine.dispose()
    assert on_server == ["Bodegas Rioja", "Hotel Luna"]


def _left_behind(
    server: RunningServer, operation: dict[str, Any], user: str, columns: str
) -> tuple[tuple[Any, ...], int, list[str]]:
    """What a refused *operation* left on the server: Hotel Sol's *columns*, the feed
    entries of the operation, and the outcomes of *user*'s pushes in the audit."""
    engine = sa.create_engine(as_superuser(server.database_url))
    with engine.connect() as connection:
        sol = connection.execute(
            sa.text(f"SELECT {columns} FROM accounts WHERE name = 'Hotel Sol'")
        ).one()
        fed = connection.execute(
            sa.text("SELECT count(*) FROM changes WHERE operation_uid = :uid"),
            {"uid": operation["uid"]},
        ).scalar_one()
        outcomes = connection.execute(
            sa.text(
                "SELECT outcome FROM audit_entries WHERE user_name = :name AND action = 'push'"
            ),
            {"name": user},
        ).scalars()
        audited = sorted(outcomes)
    engine.dispose()
    return tuple(sol), int(fed), audited


def test_an_operation_refused_whole_after_one_change_broke_a_rule_leaves_nothing_applied(
    server: RunningServer, tmp_path: Path
) -> None:
    """The operation is applied again change by change (one broke a rule); a later change
    is forbidden: what the earlier ones had applied goes too, only the refusal stays."""
    manager = "Jorge Ruiz"
    add_user(server, manager, "manager")
    director = new_laptop(tmp_path / "director.sqlite")
    theirs = add_account(director, "Hotel Sol", owner=manager)
    others = add_account(director, "Bodegas Rioja", owner="Marta Sanz")
    store = open_store(director)
    with store.transaction() as session:
        session.execute(
            sa.update(Account).where(Account.name == "Bodegas Rioja").values(external_id="SF-1")
        )
    store.close()
    sync(director, server)
    base = 10**6  # past every version: only the rules and the access decide
    operation = operation_of(
        field_edit(theirs, base, description="applied, then undone"),
        field_edit(theirs, base, external_id="SF-1"),  # Bodegas Rioja's: a rule broken
        field_edit(others, base, description="not theirs"),  # forbidden
    )
    answer = _pushed_by_hand(server, manager, operation)
    assert answer.status_code == 403, answer.text
    sol, fed, audited = _left_behind(server, operation, manager, "description, external_id")
    assert sol == (None, None) and fed == 0
    assert audited == ["forbidden"]  # the rule broken on the way was undone with the rest


@pytest.mark.parametrize(
    ("second", "status", "outcome"),
    [
        ("a choice the book does not have", 400, "refused"),
        ("an account not theirs", 403, "forbidden"),
    ],
)
def test_an_operation_refused_whole_at_its_second_change_leaves_its_first_undone(
    server: RunningServer, tmp_path: Path, second: str, status: int, outcome: str
) -> None:
    """Applied whole in one go (no savepoint around it), an operation refused at its
    second change is rolled back whole: the first change's edit, its feed entry and its
    audit row go; the refusal alone is kept, with a message saying why."""
    manager = "Jorge Ruiz"
    add_user(server, manager, "manager")
    director = new_laptop(tmp_path / "director.sqlite")
    theirs = add_account(director, "Hotel Sol", owner=manager)
    others = add_account(director, "Bodegas Rioja", owner="Marta Sanz")
    sync(director, server)
    base = 10**6  # past every version: only the rules and the access decide
    broken = (
        field_edit(theirs, base, tier="galactic")
        if second == "a choice the book does not have"
        else field_edit(others, base, description="not theirs")
    )
    operation = operation_of(field_edit(theirs, base, description="applied, then undone"), broken)
    answer = _pushed_by_hand(server, manager, operation)
    assert answer.status_code == status, answer.text
    assert ("galactic" if status == 400 else "may not change") in answer.json()["message"]
    sol, fed, audited = _left_behind(server, operation, manager, "description, tier")
    assert sol == (None, "key") and fed == 0
    assert audited == [outcome]


def test_one_operation_reads_again_what_it_changed_itself_or_deleted_by_cascade(
    server: RunningServer, tmp_path: Path
) -> None:
    """The server reads an operation's records and versions ahead, together; a record the
    same operation changed before (two fields in two changes) or removed by a cascade
    (its account deleted) must be read again, not taken from what was read ahead."""
    a = new_laptop(tmp_path / "a.sqlite")
    add_account(a, "Hotel Sol")
    add_account(a, "Bodegas Rioja")
    store = open_store(a)
    with store.transaction() as session:
        bodegas = session.scalars(sa.select(Account).where(Account.name == "Bodegas Rioja")).one()
        session.add(Contact(account_id=bodegas.id, first_name="Ana", last_name="Gil"))
    with store.session() as session:
        hotel = str(session.scalar(sa.select(Account.uid).where(Account.name == "Hotel Sol")))
        rioja = str(session.scalar(sa.select(Account.uid).where(Account.name == "Bodegas Rioja")))
        ana = str(
            session.scalar(
                sa.select(Contact.uid)
                .join(Account, Account.id == Contact.account_id)
                .where(Account.name == "Bodegas Rioja")
                .limit(1)
            )
        )
    store.close()
    sync(a, server)
    engine = sa.create_engine(as_superuser(server.database_url))
    with engine.connect() as connection:
        versions = dict(
            connection.execute(sa.text("SELECT record_uid, version FROM record_versions")).all()
        )
    operation = {
        "uid": str(uuid.uuid4()),
        "changes": [
            {"table": "accounts", "record": hotel, "kind": "update", "base": versions[hotel],
             "values": {"description": "first change"}},
            {"table": "accounts", "record": hotel, "kind": "update", "base": versions[hotel],
             "values": {"website": "https://second.example"}},
            {"table": "accounts", "record": rioja, "kind": "delete", "base": versions[rioja]},
            {"table": "contacts", "record": ana, "kind": "update", "base": versions[ana],
             "values": {"first_name": "Anabel"}, "old": {"first_name": "Ana"}},
        ],
    }  # fmt: skip
    tokens = server.login(DIRECTOR)
    with server.client() as client:
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        answered = client.post("/api/push", json={"operations": [operation]}, headers=bearer)
        assert answered.status_code == 200, answered.text
        [answer] = answered.json()
        feed = client.get("/api/pull", params={"cursor": 0}, headers=bearer).json()["changes"]
    assert answer["refused"] == [], answer
    assert answer["applied"] == 3, answer
    # The contact went with its account (each laptop's own cascade takes it there): the
    # edit waits as a conflict, and no update of a deleted contact is in the feed.
    assert len(answer["conflicts"]) == 1
    assert [c["kind"] for c in feed if c["record"] == ana] == ["create"]
    with engine.connect() as connection:
        left = "SELECT count(*) FROM contacts WHERE first_name = 'Anabel'"
        assert connection.execute(sa.text(left)).scalar() == 0
        description, website, held = connection.execute(
            sa.text(
                "SELECT a.description, a.website, v.field_versions FROM accounts a "
                "JOIN record_versions v ON v.record_uid = a.uid::text WHERE a.name = 'Hotel Sol'"
            )
        ).one()
    engine.dispose()
    assert (description, website) == ("first change", "https://second.example")
    edits = [c["seq"] for c in feed if c["record"] == hotel and c["kind"] == "update"]
    # Each field keeps the version of its own change: the second did not undo the first's.
    assert [held["description"], held["website"]] == edits
