"""The team server's fixtures: a real PostgreSQL cluster (one per test process), a fresh
database per test, and the server as a real process (``workbench server``) against it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.forked import ForkedCommand
from tests.server.cluster import ClusterUnavailable, PostgresCluster, free_port
from workbench.cli.sync import PASSWORD_ENV_VAR as PASSWORD_VARIABLE
from workbench.server.protocol import HEADER, PROTOCOL_VERSION

#: Test passwords are made here, at run time; none is written in a file.
DIRECTOR = "Elena Vidal"


def new_account(name: str) -> Any:
    """An unsaved account with the fields every account needs, for a laptop's book."""
    from workbench.domain.enums import AccountStatus, Sector, Tier
    from workbench.store.models import Account

    return Account(
        name=name,
        sector=Sector.LOGISTICS,
        tier=Tier.KEY,
        status=AccountStatus.ACTIVE,
        country="ES",
        time_zone="Europe/Madrid",
        currency="EUR",
    )


def field_edit(record: str, base: int, table: str = "accounts", **values: object) -> dict[str, Any]:
    """A change as a laptop pushes it: *values* of the *table* record *record*, edited on
    its version *base* (every field's too)."""
    return {
        "table": table, "record": record, "kind": "update", "base": base,
        "bases": dict.fromkeys(values, base), "values": values, "old": {},
    }  # fmt: skip


def operation_of(*changes: dict[str, Any]) -> dict[str, Any]:
    """An operation of *changes*, with a uid of its own, as a laptop pushes it."""
    return {"uid": str(uuid.uuid4()), "changes": list(changes)}


def password_for(name: str) -> str:
    return f"{name.lower().replace(' ', '-')}-{os.getpid()}-pw"


@pytest.fixture(scope="session", autouse=True)
def cheapest_password_hashing() -> Iterator[None]:
    """New password hashes take argon2-cffi's cheapest parameters in these tests (0.2 ms a
    hash and its check instead of 0.2 s, hundreds of times a run), in this process and in
    the servers, which take its environment. ``test_server_access`` checks the real ones
    and their renewal; the benchmarks use them."""
    from workbench.server.passwords import TEST_HASHING_VARIABLE

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TEST_HASHING_VARIABLE, "1")
        yield


@pytest.fixture(scope="session")
def cluster() -> Iterator[PostgresCluster]:
    try:
        running = PostgresCluster.start()
    except ClusterUnavailable as missing:
        pytest.fail(str(missing))  # .ci/run installs it: a missing one is an error
    yield running
    running.stop()


def _database_name(request: pytest.FixtureRequest) -> str:
    return "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()


@pytest.fixture
def database_url(cluster: PostgresCluster, request: pytest.FixtureRequest) -> str:
    return cluster.database(_database_name(request))


@pytest.fixture(scope="session")
def initialized_book(cluster: PostgresCluster) -> str:
    """The name of a database ``workbench server init`` made once, with :data:`DIRECTOR`
    as its director: every test's :func:`server` starts on a copy of it."""
    name = "initialized_book"
    init_server(cluster.database(name))
    return name


def workbench(*arguments: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    """``workbench ARGUMENTS`` as a user types it, without a terminal and with
    ``WORKBENCH_PASSWORD`` set to *password* (empty: none), run through the command's own
    entry point in this process: its output and exit status come back as a process's
    would. A process per command cost 0.6 s of start-up, 200 times a run; the server
    itself and a sync that is killed run as processes (:func:`workbench_process`,
    :func:`start_server`, ``test_sync_interrupted``)."""
    from workbench.cli import main

    out, err = io.StringIO(), io.StringIO()
    kept_password = os.environ.get(PASSWORD_VARIABLE)
    kept_umask = os.umask(0o077)  # main() sets it for the process: given back after
    os.environ[PASSWORD_VARIABLE] = password or ""
    try:
        with redirect_stdout(out), redirect_stderr(err), _no_terminal():
            try:
                status = main(list(arguments))
            except SystemExit as stopped:  # argparse's refusals
                status = _exit_status(stopped.code, err)
            except Exception:
                traceback.print_exc()  # as the interpreter prints it, and its status
                status = 1
    finally:
        os.umask(kept_umask)
        if kept_password is None:
            os.environ.pop(PASSWORD_VARIABLE, None)
        else:
            os.environ[PASSWORD_VARIABLE] = kept_password
    return subprocess.CompletedProcess(
        ["workbench", *arguments], status, out.getvalue(), err.getvalue()
    )


@contextmanager
def _no_terminal() -> Iterator[None]:
    """Standard input as a process started without a terminal has it: empty."""
    kept = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        yield
    finally:
        sys.stdin = kept


def _exit_status(code: object, err: io.StringIO) -> int:
    """The status ``sys.exit(code)`` gives a process (a message is printed, status 1)."""
    if code is None or isinstance(code, int):
        return code or 0
    print(code, file=err)
    return 1


def workbench_process(
    *arguments: str, password: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``workbench ARGUMENTS`` as a process of its own (the server, which would not return
    in this one)."""
    return subprocess.run(
        [sys.executable, "-m", "workbench", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, PASSWORD_VARIABLE: password or ""},
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


@dataclass
class RunningServer:
    url: str
    database_url: str
    process: subprocess.Popen[str] | ForkedCommand
    log: Path

    def log_tail(self, characters: int = 4000) -> str:
        """The end of the server's output, for a failing test's message."""
        return self.log.read_text(errors="replace")[-characters:]

    def client(self, *, protocol: str | None = str(PROTOCOL_VERSION)) -> httpx.Client:
        headers = {HEADER: protocol} if protocol is not None else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def login(
        self, name: str, password: str | None = None, device: str = "laptop"
    ) -> dict[str, str]:
        with self.client() as client:
            answer = client.post(
                "/api/login",
                json={"user": name, "password": password or password_for(name), "device": device},
            )
        assert answer.status_code == 200, answer.text
        return answer.json()  # type: ignore[no-any-return]

    def push(self, operations: list[dict[str, Any]], access_token: str) -> httpx.Response:
        """*operations* pushed over HTTP with *access_token*, as a laptop (or a forger)
        sends them; the answer, whatever it is."""
        with self.client() as client:
            return client.post(
                "/api/push",
                json={"operations": operations},
                headers={"Authorization": f"Bearer {access_token}"},
            )


def start_server(
    database_url: str, log: Path, port: int | None = None, *, as_command: bool = False
) -> RunningServer:
    """The server as a process of its own, answering; on *port* (a free one if None: the
    same one to come back where laptops remember it). Forked from one that has imported
    it (:mod:`tests.forked`), or *as_command*, ``python -m workbench server`` as an
    administrator types it (the benchmarks, and a test of the command itself)."""
    port = port or free_port()
    arguments = ["server", "--database-url", database_url, "--port", str(port)]
    process: subprocess.Popen[str] | ForkedCommand
    if as_command:
        process = subprocess.Popen(
            [sys.executable, "-m", "workbench", *arguments],
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            text=True,
        )
    else:
        process = ForkedCommand(arguments, out=log)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {log.read_text()}")
        try:
            if httpx.get(f"{url}/api/hello", timeout=1).status_code == 200:
                return RunningServer(url, database_url, process, log)
        except httpx.TransportError:
            time.sleep(0.02)
    process.kill()
    raise AssertionError(f"the server did not answer in 60 s: {log.read_text()}")


def init_server(database_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """``workbench server init`` on *database_url*, with :data:`DIRECTOR` as its director
    (and *extra* arguments: ``--from-book PATH``)."""
    made = workbench(
        "server",
        "init",
        "--database-url",
        database_url,
        "--admin",
        DIRECTOR,
        *extra,
        password=password_for(DIRECTOR),
    )
    assert made.returncode == 0, made.stderr
    return made


@pytest.fixture
def server(
    cluster: PostgresCluster,
    initialized_book: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> Iterator[RunningServer]:
    """The server as a process, on a book of its own as ``server init`` leaves it (a copy
    of :func:`initialized_book`: the same as running it again, in a tenth of the time)."""
    database_url = cluster.copy_of(initialized_book, _database_name(request))
    running = start_server(database_url, tmp_path / "server.log")
    yield running
    running.process.terminate()
    try:
        running.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        running.process.kill()
