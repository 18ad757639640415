"""Users, logins and the protocol check of the team server: a real PostgreSQL, the server
as a real process, the commands as a user types them."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.server.conftest import (
    DIRECTOR,
    RunningServer,
    password_for,
    start_server,
    workbench,
    workbench_process,
)
from workbench.server.passwords import TEST_HASHING_VARIABLE
from workbench.server.protocol import HEADER, PROTOCOL_VERSION
from workbench.server.sessions import NAME_LIMIT


def _rows(database_url: str, sql: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(sa.text(sql))]
    finally:
        engine.dispose()


def test_init_makes_the_book_and_its_director_with_an_argon2id_hash(server: RunningServer) -> None:
    users = _rows(server.database_url, "SELECT name, role, password_hash FROM users")
    assert [(name, role) for name, role, _ in users] == [(DIRECTOR, "director")]
    assert str(users[0][2]).startswith("$argon2id$")
    assert password_for(DIRECTOR) not in str(users[0][2])
    tables = {r[0] for r in _rows(server.database_url, "SELECT tablename FROM pg_tables")}
    assert {"accounts", "contacts", "meetings", "proposals", "users", "audit_entries"} <= tables
    assert "field_changes" not in tables  # the laptop's own history stays there


def test_a_hash_made_with_a_test_suites_parameters_takes_the_real_ones_at_its_next_login(
    server: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stored() -> str:
        return str(_rows(server.database_url, "SELECT password_hash FROM users")[0][0])

    # This suite hashes with argon2-cffi's cheapest parameters, and its servers say so.
    assert stored().startswith("$argon2id$v=19$m=8,t=1,p=1$")
    assert f"warning: {TEST_HASHING_VARIABLE} is set" in server.log_tail()
    monkeypatch.delenv(TEST_HASHING_VARIABLE)
    real = start_server(server.database_url, tmp_path / "real.log")
    try:
        assert "warning" not in real.log_tail()
        real.login(DIRECTOR)
        # RFC 9106's second recommended profile: 64 MiB, 3 passes, 4 lanes.
        assert stored().startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        real.login(DIRECTOR)  # the renewed hash lets the same password in
        assert password_for(DIRECTOR) not in stored()
    finally:
        real.process.terminate()
        real.process.wait(timeout=10)


def test_init_twice_is_refused_and_changes_nothing(server: RunningServer) -> None:
    again = workbench(
        "server",
        "init",
        "--database-url",
        server.database_url,
        "--admin",
        "Someone Else",
        password=password_for("Someone Else"),
    )
    assert again.returncode == 1
    assert "already holds a team server's book" in again.stderr
    assert _rows(server.database_url, "SELECT name FROM users") == [(DIRECTOR,)]


def test_a_weak_password_or_a_password_in_the_url_is_refused_before_anything_is_made(
    database_url: str,
) -> None:
    weak = workbench(
        "server", "init", "--database-url", database_url, "--admin", DIRECTOR, password="short"
    )
    assert weak.returncode == 1 and "at least 10 characters" in weak.stderr
    assert _rows(database_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [
        (0,)
    ]
    with_secret = database_url.replace("workbench@", "workbench:hunter2@")
    refused = workbench(
        "server",
        "init",
        "--database-url",
        with_secret,
        "--admin",
        DIRECTOR,
        password=password_for(DIRECTOR),
    )
    assert refused.returncode == 1 and "PGPASSWORD" in refused.stderr
    no_terminal = workbench("server", "init", "--database-url", database_url, "--admin", DIRECTOR)
    assert no_terminal.returncode == 2 and "WORKBENCH_PASSWORD" in no_terminal.stderr
    # There is no way to give a password as an argument.
    as_argument = workbench(
        "server", "user", "add", "X", "--role", "manager", "--password", "secret-secret"
    )
    assert as_argument.returncode == 2


def test_the_server_refuses_to_start_on_a_database_init_did_not_make(
    database_url: str,
) -> None:
    started = workbench_process("server", "--database-url", database_url, "--port", "1")
    assert started.returncode == 1
    assert "workbench server init" in started.stderr


def test_a_client_of_another_protocol_is_refused_with_both_versions(server: RunningServer) -> None:
    with server.client(protocol=None) as client:
        hello = client.get("/api/hello")
        assert hello.status_code == 200
        assert hello.json()["protocol"] == PROTOCOL_VERSION
        missing = client.post("/api/login", json={"user": DIRECTOR, "password": "x"})
    assert missing.status_code == 426 and HEADER in missing.json()["message"]
    with server.client(protocol="999") as client:
        other = client.post(
            "/api/login", json={"user": DIRECTOR, "password": password_for(DIRECTOR)}
        )
    assert other.status_code == 426
    assert "protocol 999" in other.json()["message"]
    assert f"speaks {PROTOCOL_VERSION}" in other.json()["message"]


def test_login_gives_tokens_that_authenticate_and_logout_revokes_them(
    server: RunningServer,
) -> None:
    tokens = server.login(DIRECTOR)
    with server.client() as client:
        bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
        me = client.get("/api/me", headers=bearer)
        assert me.status_code == 200
        assert me.json() == {"user": DIRECTOR, "role": "director", "device": "laptop"}
        assert client.get("/api/me").status_code == 401
        assert client.get("/api/me", headers={"Authorization": "Bearer forged"}).status_code == 401
        assert client.post("/api/logout", headers=bearer).status_code == 200
        assert client.get("/api/me", headers=bearer).status_code == 401


def test_a_refresh_rotates_both_tokens_and_a_reused_refresh_token_revokes_the_login(
    server: RunningServer,
) -> None:
    first = server.login(DIRECTOR)
    with server.client() as client:
        renewed = client.post("/api/refresh", json={"refresh_token": first["refresh_token"]})
        assert renewed.status_code == 200
        second = renewed.json()
        assert second["access_token"] != first["access_token"]
        old = {"Authorization": f"Bearer {first['access_token']}"}
        new = {"Authorization": f"Bearer {second['access_token']}"}
        assert client.get("/api/me", headers=old).status_code == 401
        assert client.get("/api/me", headers=new).status_code == 200
        # The first refresh token again: someone kept a copy. The login ends for both.
        stolen = client.post("/api/refresh", json={"refresh_token": first["refresh_token"]})
        assert stolen.status_code == 401 and "revoked" in stolen.json()["message"]
        assert client.get("/api/me", headers=new).status_code == 401
        assert (
            client.post("/api/refresh", json={"refresh_token": second["refresh_token"]}).status_code
            == 401
        )
    outcomes = _rows(server.database_url, "SELECT action, outcome FROM audit_entries")
    assert ("refresh", "revoked") in outcomes


def test_failed_logins_are_rate_limited_even_with_the_right_password_then(
    server: RunningServer,
) -> None:
    with server.client() as client:
        for _ in range(NAME_LIMIT):
            wrong = client.post("/api/login", json={"user": DIRECTOR, "password": "not it at all"})
            assert wrong.status_code == 401
            assert wrong.json()["message"] == "Wrong user name or password."
        right = client.post(
            "/api/login", json={"user": DIRECTOR, "password": password_for(DIRECTOR)}
        )
        assert right.status_code == 429
        assert int(right.headers["Retry-After"]) > 0
        unknown = client.post("/api/login", json={"user": "Nobody", "password": "whatever-1234"})
        assert unknown.status_code == 401
        assert unknown.json()["message"] == "Wrong user name or password."
    outcomes = _rows(
        server.database_url,
        "SELECT outcome, count(*) FROM audit_entries WHERE action = 'login' GROUP BY outcome",
    )
    assert dict(outcomes) == {"refused": NAME_LIMIT + 1, "rate_limited": 1}  # type: ignore[arg-type]


def test_users_are_added_disabled_and_given_new_passwords_from_the_command_line(
    server: RunningServer,
) -> None:
    url = ["--database-url", server.database_url]
    name = "Jorge Ruiz"
    added = workbench(
        "server", "user", "add", name, "--role", "manager", *url, password=password_for(name)
    )
    assert added.returncode == 0, added.stderr
    duplicate = workbench(
        "server",
        "user",
        "add",
        name.upper(),
        "--role",
        "assistant",
        *url,
        password=password_for(name),
    )
    assert duplicate.returncode == 1 and "already a user" in duplicate.stderr
    session = server.login(name)
    bearer = {"Authorization": f"Bearer {session['access_token']}"}
    with server.client() as client:
        assert client.get("/api/me", headers=bearer).json()["role"] == "manager"

    new_password = password_for(name) + "-new"
    reset = workbench("server", "user", "reset-password", name, *url, password=new_password)
    assert reset.returncode == 0, reset.stderr
    with server.client() as client:
        assert client.get("/api/me", headers=bearer).status_code == 401  # logged out
        old = client.post("/api/login", json={"user": name, "password": password_for(name)})
        assert old.status_code == 401
    session = server.login(name, new_password)

    disabled = workbench("server", "user", "disable", name, *url)
    assert disabled.returncode == 0, disabled.stderr
    with server.client() as client:
        bearer = {"Authorization": f"Bearer {session['access_token']}"}
        assert client.get("/api/me", headers=bearer).status_code == 401
        refused = client.post("/api/login", json={"user": name, "password": new_password})
        assert refused.status_code == 403 and "disabled" in refused.json()["message"]
    missing = workbench("server", "user", "disable", "Nobody", *url)
    assert missing.returncode == 1 and "No user is called" in missing.stderr
