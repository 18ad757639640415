"""A sync cut short — the server killed mid-push, the laptop's ``workbench sync`` killed
mid-way — loses nothing and applies nothing twice once it runs again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import sqlalchemy as sa

from tests.server.cluster import as_superuser
from tests.server.conftest import (
    DIRECTOR,
    PASSWORD_VARIABLE,
    RunningServer,
    new_account,
    password_for,
    start_server,
)
from workbench.services.sync_client import ServerConnection, SyncError
from workbench.services.synchronize import synchronize
from workbench.store.database import open_store
from workbench.store.models import Account

OPERATIONS = 150


def _laptop_with_work(path: Path) -> list[str]:
    """A laptop with OPERATIONS operations not synced yet: accounts created and edited."""
    store = open_store(path)
    names = []
    try:
        for index in range(OPERATIONS // 2):
            name = f"Account {index:03}"
            with store.transaction() as session:
                session.add(new_account(name))
            with store.transaction() as session:
                account = session.scalars(sa.select(Account).where(Account.name == name)).one()
                account.description = f"edited {index}"
            names.append(name)
    finally:
        store.close()
    return names


def _server_accounts(database_url: str) -> list[tuple[str, str | None]]:
    engine = sa.create_engine(as_superuser(database_url))
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT name, description FROM accounts ORDER BY name")
        ).all()
        creates = connection.execute(
            sa.text(
                "SELECT count(*) FROM changes WHERE table_name = 'accounts' AND kind = 'create'"
            )
        ).scalar_one()
    engine.dispose()
    assert creates == len(rows), "a creation was applied twice"
    return [(name, description) for name, description in rows]


def _until_some_applied(database_url: str) -> None:
    """Wait until the push under way has applied its first operations."""
    engine = sa.create_engine(database_url)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                count = connection.execute(
                    sa.text("SELECT count(*) FROM applied_operations")
                ).scalar_one()
            if count >= 5:
                return
            time.sleep(0.05)
    finally:
        engine.dispose()
    raise AssertionError("the push never started")


def test_the_server_killed_mid_push_and_restarted_loses_and_doubles_nothing(
    server: RunningServer, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    names = _laptop_with_work(laptop)
    store = open_store(laptop)
    failures: list[BaseException] = []

    def sync() -> None:
        try:
            with ServerConnection(server.url) as connection:
                connection.login(DIRECTOR, password_for(DIRECTOR), "laptop")
                synchronize(store, connection)
        except SyncError as error:
            failures.append(error)

    pushing = threading.Thread(target=sync)
    pushing.start()
    _until_some_applied(server.database_url)  # operations are applied one by one
    server.process.kill()
    pushing.join(timeout=120)
    assert failures, "the push should have been cut by the kill"
    applied_before = len(_server_accounts(server.database_url))
    assert applied_before < len(names), "killed too late to test anything"

    again = start_server(server.database_url, tmp_path / "again.log")
    try:
        with ServerConnection(again.url) as connection:
            connection.login(DIRECTOR, password_for(DIRECTOR), "laptop")
            synchronize(store, connection)
        assert _server_accounts(again.database_url) == [
            (name, f"edited {index}") for index, name in enumerate(names)
        ]
    finally:
        store.close()
        again.process.terminate()
        again.process.wait(timeout=10)


def test_a_sync_killed_on_the_laptop_resumes_where_it_stopped(
    server: RunningServer, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    names = _laptop_with_work(laptop)
    command = [
        sys.executable,
        "-m",
        "workbench",
        "sync",
        "--db",
        str(laptop),
        "--server",
        server.url,
        "--user",
        DIRECTOR,
    ]
    env = {**os.environ, PASSWORD_VARIABLE: password_for(DIRECTOR)}
    running = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _until_some_applied(server.database_url)
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)
    assert running.returncode == -signal.SIGKILL, "the sync ended before the kill"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _server_accounts(server.database_url) == [
        (name, f"edited {index}") for index, name in enumerate(names)
    ]
    # Nothing left to send, nothing to bring.
    quiet = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert "up: 0 change(s); down: 0 change(s)" in quiet.stdout
