"""The conflicts a user is shown — open, and settled since a time — are those of the accounts
they see, counted before the limit: a manager in a team with more settled conflicts than
one answer holds still gets their own; an assistant is never shown pricing in one. Real
PostgreSQL, the server as a process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from tests.server.conftest import DIRECTOR, RunningServer, workbench
from tests.server.laptops import add_account, add_user, new_colleague, new_laptop, sync
from workbench.server.models import Conflict
from workbench.server.sync import SETTLED_LIMIT
from workbench.store.database import open_store

MANAGER, OTHER, ASSISTANT = "Jorge Ruiz", "Marta Sanz", "Lucia Mora"


def _conflict(
    account: str | None,
    field: str,
    resolved: datetime | None,
    table: str = "accounts",
    values: tuple[object, object, object] = ("before", "theirs", "yours"),
) -> dict[str, Any]:
    base, theirs, yours = values
    return {
        "table_name": table,
        "record_uid": account or "00000000-0000-7000-8000-000000000001",
        "account_uid": account,
        "field": field,
        "base_value": base,
        "theirs_value": theirs,
        "yours_value": yours,
        "yours_by": OTHER,
        "yours_device": "laptop",
        "resolved_at": resolved,
        "resolved_by": None if resolved is None else DIRECTOR,
        "resolution": None if resolved is None else "theirs",
    }


def _asked(server: RunningServer, user: str, path: str, **params: str) -> Any:
    token = server.login(user)["access_token"]
    with server.client() as client:
        answer = client.get(path, params=params, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _resolved(server: RunningServer, user: str, conflict_id: int, take: str) -> int:
    token = server.login(user)["access_token"]
    with server.client() as client:
        answer = client.post(
            f"/api/conflicts/{conflict_id}/resolve",
            json={"take": take},
            headers={"Authorization": f"Bearer {token}"},
        )
    return answer.status_code


def _stored(server: RunningServer, rows: list[dict[str, Any]]) -> list[int]:
    engine = sa.create_engine(server.database_url)
    with engine.begin() as connection:
        ids = connection.execute(sa.insert(Conflict).returning(Conflict.id), rows).scalars()
        found = list(ids)
    engine.dispose()
    return found


def test_a_manager_gets_their_settled_conflicts_among_more_than_one_answer_holds(
    server: RunningServer, tmp_path: Path
) -> None:
    add_user(server, MANAGER, "manager")
    director = new_laptop(tmp_path / "director.sqlite")
    mine = add_account(director, "Hotel Sol", owner=MANAGER)
    theirs = add_account(director, "Hotel Luna", owner=OTHER)
    sync(director, server)
    now = datetime.now(UTC)
    rows = [
        _conflict(mine, "description", now - timedelta(hours=2)),  # the oldest settled
        _conflict(mine, "website", None),
        _conflict(theirs, "website", None),
        _conflict(None, "name", None),  # the whole team's: everyone sees it
    ]
    rows += [
        _conflict(theirs, "description", now - timedelta(seconds=index))
        for index in range(1, SETTLED_LIMIT + 6)
    ]
    _stored(server, rows)

    settled = _asked(server, MANAGER, "/api/conflicts/settled", since="")["conflicts"]
    assert [(c["account"], c["field"], c["resolution"]) for c in settled] == [
        (mine, "description", "theirs")
    ]
    opened = _asked(server, MANAGER, "/api/conflicts")
    assert [(c["account"], c["field"]) for c in opened] == [(mine, "website"), (None, "name")]

    # The director sees every account: the newest answer's worth, newest first, and
    # the manager's older one left for an earlier page of time.
    every = _asked(server, DIRECTOR, "/api/conflicts/settled", since="")["conflicts"]
    assert len(every) == SETTLED_LIMIT
    assert {c["account"] for c in every} == {theirs}
    times = [c["resolved_at"] for c in every]
    assert times == sorted(times, reverse=True)
    since = (now - timedelta(hours=3)).isoformat()
    assert len(_asked(server, MANAGER, "/api/conflicts/settled", since=since)["conflicts"]) == 1
    assert len(_asked(server, DIRECTOR, "/api/conflicts", since=since)) == 3


def test_an_assistant_is_never_shown_pricing_in_a_conflict_nor_may_settle_one(
    server: RunningServer, tmp_path: Path
) -> None:
    add_user(server, MANAGER, "manager")
    add_user(server, ASSISTANT, "assistant")
    director = new_laptop(tmp_path / "director.sqlite")
    sol = add_account(director, "Hotel Sol", owner=MANAGER)
    store = open_store(director)
    with store.transaction() as session:
        new_colleague(session, ASSISTANT)
    store.close()
    shared = workbench("share", "Hotel Sol", "--with", ASSISTANT, "--db", str(director))
    assert shared.returncode == 0, shared.stderr
    sync(director, server)
    record = {"period": 20263, "revenue": "100.00", "cost": "60.00"}
    description, price, revenue, roi = _stored(
        server,
        [
            _conflict(sol, "description", None),
            _conflict(sol, "unit_price", None, "proposal_line_items", ("10", "12", "11")),
            _conflict(sol, "*", None, "revenue_records", (None, record, None)),
            _conflict(sol, "payback_months", None, "proposal_roi", (6, 7, 8)),
        ],
    )

    seen = {c["id"]: c for c in _asked(server, ASSISTANT, "/api/conflicts")}
    assert sorted(seen) == [description, revenue]
    assert seen[revenue]["theirs"] == {"period": 20263, "revenue": "100.00"}  # no cost
    assert _resolved(server, ASSISTANT, price, "theirs") == 404
    assert _resolved(server, ASSISTANT, roi, "theirs") == 404

    # The manager sees every one whole, and settles the price: still kept from her.
    every = {c["id"]: c for c in _asked(server, MANAGER, "/api/conflicts")}
    assert sorted(every) == [description, price, revenue, roi]
    assert every[revenue]["theirs"] == record
    assert _resolved(server, MANAGER, price, "theirs") == 200
    assert _resolved(server, MANAGER, description, "theirs") == 200
    settled = _asked(server, ASSISTANT, "/api/conflicts/settled", since="")["conflicts"]
    assert [c["id"] for c in settled] == [description]
