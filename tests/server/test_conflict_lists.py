"""The conflicts a user is shown — open, and settled since a time — are those of the accounts
they see, counted before the limit: a manager in a team with more settled conflicts than
one answer holds still gets their own. Real PostgreSQL, the server as a process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from tests.server.conftest import DIRECTOR, RunningServer
from tests.server.laptops import add_account, add_user, new_laptop, sync
from workbench.server.models import Conflict
from workbench.server.sync import SETTLED_LIMIT

MANAGER, OTHER = "Jorge Ruiz", "Marta Sanz"


def _conflict(account: str | None, field: str, resolved: datetime | None) -> dict[str, Any]:
    return {
        "table_name": "accounts",
        "record_uid": account or "00000000-0000-7000-8000-000000000001",
        "account_uid": account,
        "field": field,
        "base_value": "before",
        "theirs_value": "theirs",
        "yours_value": "yours",
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
    engine = sa.create_engine(server.database_url)
    with engine.begin() as connection:
        connection.execute(sa.insert(Conflict), rows)
    engine.dispose()

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
