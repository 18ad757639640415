"""Pushes arriving at the same moment, on the real server process and PostgreSQL: what
the protocol promises must hold however they interleave (``server.sync``) — an edit is
checked against the version left by the push before it, the feed has no gap a reader
could step over, an operation is applied once. Each test starts its pushes together
behind a barrier, from threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from tests.server.conftest import DIRECTOR, RunningServer, field_edit, operation_of
from tests.server.laptops import add_account, new_laptop, sync
from workbench.services.sync import state
from workbench.store.database import open_store
from workbench.store.models import Account

_AT_ONCE = 8


def _together(count: int, work: Callable[[int], Any]) -> list[Any]:
    """*work*(0 … count-1), each on a thread of its own, started at the same moment."""
    start = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = work(index)
        except Exception as error:  # the test names it
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


class _Caller:
    """The director's HTTP calls, each on a client of its own (one per thread)."""

    def __init__(self, server: RunningServer) -> None:
        self.server = server
        self.token = server.login(DIRECTOR)["access_token"]
        self.bearer = {"Authorization": f"Bearer {self.token}"}

    def push(self, operation: dict[str, Any]) -> dict[str, Any]:
        answer = self.server.push([operation], self.token)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()[0]
        return result

    def pull(self, client: httpx.Client, cursor: int) -> dict[str, Any]:
        answer = client.get("/api/pull", params={"cursor": cursor}, headers=self.bearer)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result

    def feed(self, cursor: int) -> list[dict[str, Any]]:
        changes: list[dict[str, Any]] = []
        with self.server.client() as client:
            more = True
            while more:
                page = self.pull(client, cursor)
                changes += page["changes"]
                cursor, more = page["cursor"], page["more"]
        return changes


def _book_of(server: RunningServer, folder: Path, names: list[str]) -> tuple[dict[str, str], int]:
    """Accounts *names* made on a laptop and synced: their uids, and the feed's end."""
    laptop = new_laptop(folder / "seed.sqlite")
    for name in names:
        add_account(laptop, name)
    sync(laptop, server)
    store = open_store(laptop)
    with store.session() as session:
        uids = {a.name: str(a.uid) for a in session.query(Account).filter(Account.name.in_(names))}
        cursor = int(state(session, "cursor"))
    store.close()
    return uids, cursor


def test_one_field_edited_by_many_at_once_is_applied_once_and_every_other_edit_is_a_conflict(
    server: RunningServer, tmp_path: Path
) -> None:
    uids, cursor = _book_of(server, tmp_path, ["Hotel Sol"])
    uid = uids["Hotel Sol"]
    caller = _Caller(server)
    answers = _together(
        _AT_ONCE,
        lambda i: caller.push(
            operation_of(field_edit(uid, cursor, description=f"from laptop {i}"))
        ),
    )
    assert not [a for a in answers if isinstance(a, Exception)], answers
    applied = [a for a in answers if a["applied"] == 1]
    assert len(applied) == 1, answers  # each later one met the first one's version
    assert sorted(len(a["conflicts"]) for a in answers) == [0] + [1] * (_AT_ONCE - 1)
    feed = [c for c in caller.feed(cursor) if c["record"] == uid]
    assert len(feed) == 1
    assert feed[0]["values"]["description"] == next(
        f"from laptop {i}" for i, a in enumerate(answers) if a["applied"] == 1
    )
    assert applied[0]["versions"][uid] == feed[0]["seq"]
    # Each conflict's laptop takes back the value that was applied, at that version.
    for answer in answers:
        if answer["conflicts"]:
            assert answer["overruled"] == [
                {
                    "seq": feed[0]["seq"],
                    "table": "accounts",
                    "record": uid,
                    "kind": "update",
                    "values": {"description": feed[0]["values"]["description"]},
                }
            ]


def test_pushes_at_once_on_different_records_are_numbered_without_gaps_and_read_whole(
    server: RunningServer, tmp_path: Path
) -> None:
    names = [f"Account {i}" for i in range(_AT_ONCE)]
    uids, cursor = _book_of(server, tmp_path, names)
    caller = _Caller(server)
    read: list[dict[str, Any]] = []
    pushing = threading.Event()

    def reader() -> None:
        # Pulls while the pushes commit, as a laptop would: what it reads must be whole.
        position, deadline = cursor, time.monotonic() + 120
        with server.client() as client:
            while pushing.is_set() or position < cursor + 2 * _AT_ONCE:
                page = caller.pull(client, position)
                read.extend(page["changes"])
                position = page["cursor"]
                if time.monotonic() > deadline:
                    return

    pushing.set()
    reading = threading.Thread(target=reader)
    reading.start()
    fields = ["website", "description"]  # a field a round: both rounds' edits apply

    def edits_of(field: str) -> list[Any]:
        return _together(
            _AT_ONCE,
            lambda i: caller.push(
                operation_of(field_edit(uids[names[i]], cursor, **{field: f"{field} {i}"}))
            ),
        )

    rounds = [edits_of(field) for field in fields]
    pushing.clear()
    reading.join(60)
    answers = [a for round_ in rounds for a in round_]
    assert not [a for a in answers if isinstance(a, Exception)], answers
    feed = caller.feed(cursor)
    seqs = [c["seq"] for c in feed]
    assert seqs == list(range(cursor + 1, cursor + 1 + 2 * _AT_ONCE))  # no gap, none twice
    assert [c["seq"] for c in read] == seqs  # the reader skipped nothing
    # Each answer names the number its change has in the feed.
    numbered = {(c["record"], *c["values"].items()): c["seq"] for c in feed}
    for field, round_ in zip(fields, rounds, strict=True):
        for i, answer in enumerate(round_):
            uid = uids[names[i]]
            assert answer["applied"] == 1 and not answer["conflicts"]
            assert answer["versions"] == {uid: numbered[(uid, (field, f"{field} {i}"))]}


def test_one_operation_sent_twice_at_once_is_applied_once_and_answered_alike(
    server: RunningServer, tmp_path: Path
) -> None:
    uids, cursor = _book_of(server, tmp_path, ["Hotel Sol"])
    caller = _Caller(server)
    operation = operation_of(field_edit(uids["Hotel Sol"], cursor, description="sent twice"))
    first, second = _together(2, lambda _i: caller.push(operation))
    assert first == second
    assert first["applied"] == 1 and not first["conflicts"]
    assert [c["values"] for c in caller.feed(cursor)] == [{"description": "sent twice"}]
