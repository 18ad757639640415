"""The team server's HTTP API, on Starlette (served by uvicorn, :func:`serve`).

Every request but ``GET /api/hello`` must say the sync protocol it speaks
(:mod:`.protocol`); every one but hello, login and refresh must carry a valid access token
(``Authorization: Bearer …``), checked in the connection the request's work then uses.
Answers are JSON; a refusal is ``{"error", "message"}`` with the HTTP status that fits
(401, 403, 426, 429 with ``Retry-After``).
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import Connection, Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from workbench import __version__
from workbench.server import join, passwords, sessions, sync
from workbench.server import snapshot as snapshots
from workbench.server.protocol import HEADER, PROTOCOL_VERSION, mismatch_message
from workbench.server.sessions import LoginRefused, Member
from workbench.store.migrate import SCHEMA_HEAD


def refusal(status: int, error: str, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": error, "message": message}, status, headers=headers or None)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _spoken(handler: Callable[[Request], Awaitable[Response]]) -> Callable[..., Any]:
    """*handler*, answered only when the request speaks this server's protocol version."""

    async def checked(request: Request) -> Response:
        spoken = request.headers.get(HEADER)
        if spoken != str(PROTOCOL_VERSION):
            return refusal(426, "protocol", mismatch_message(spoken))
        return await handler(request)

    return checked


class _NotLoggedIn(Exception):
    """The request's access token is missing, expired or revoked."""


def _as_member(engine: Engine, token: str, work: Callable[..., Any], *arguments: Any) -> Any:
    """*work*(connection, member, *arguments), on one pooled connection whose first
    statement checks the access token (:func:`sessions.authenticated`)."""
    with engine.connect() as connection:  # rolled back on the way out unless committed
        member = sessions.authenticated(connection, token) if token else None
        if member is None:
            raise _NotLoggedIn
        return work(connection, member, *arguments)


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    return value if isinstance(value, str) else ""


def create_app(engine: Engine) -> Starlette:
    async def _book(request: Request, work: Callable[..., Any], *arguments: Any) -> Response:
        """The answer of *work* for the logged-in caller of *request* (see :func:`_as_member`)."""
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        try:
            answer = await run_in_threadpool(
                _as_member, engine, token if scheme.lower() == "bearer" else "", work, *arguments
            )
        except _NotLoggedIn:
            return refusal(
                401,
                "unauthenticated",
                "Log in first (the access token is missing or expired).",
                **{"WWW-Authenticate": "Bearer"},
            )
        except sync.PushRefused as refused:
            error = {403: "forbidden", 404: "not_found", 409: "conflict"}.get(
                refused.status, "bad_request"
            )
            return refusal(refused.status, error, str(refused))
        return JSONResponse(answer)

    async def hello(_request: Request) -> Response:
        return JSONResponse(
            {
                "server": "Account Workbench team server",
                "version": __version__,
                "protocol": PROTOCOL_VERSION,
                "book_schema": SCHEMA_HEAD,
            }
        )

    async def login(request: Request) -> Response:
        body = await _json_body(request)
        name, password = _text(body, "user"), _text(body, "password")
        if not name or not password:
            return refusal(400, "bad_request", "Give a user name and a password.")
        return await _tokens(
            sessions.login, engine, name, password, _text(body, "device"), _client(request)
        )

    async def refresh(request: Request) -> Response:
        token = _text(await _json_body(request), "refresh_token")
        if not token:
            return refusal(400, "bad_request", "Give the refresh token.")
        return await _tokens(sessions.refresh, engine, token, _client(request))

    async def logout(request: Request) -> Response:
        return await _book(request, sessions.logout, _client(request))

    async def me(request: Request) -> Response:
        return await _book(request, _who)

    async def push_changes(request: Request) -> Response:
        operations = (await _json_body(request)).get("operations")
        if not isinstance(operations, list):
            return refusal(400, "bad_request", "Give the operations to push, as a list.")
        return await _book(request, sync.push, operations)

    async def pull_changes(request: Request) -> Response:
        try:
            cursor = int(request.query_params.get("cursor", "0"))
            limit = int(request.query_params.get("limit", str(sync.PULL_LIMIT)))
        except ValueError:
            return refusal(400, "bad_request", "The cursor and limit are whole numbers.")
        return await _book(request, sync.pull, cursor, limit)

    async def join_keys(request: Request) -> Response:
        accounts = (await _json_body(request)).get("accounts")
        if accounts is not None and not (
            isinstance(accounts, list) and all(isinstance(a, str) for a in accounts)
        ):
            return refusal(400, "bad_request", "Give the accounts as a list of uids.")
        return await _book(request, join.keys, accounts)

    async def snapshot(request: Request) -> Response:
        table = request.query_params.get("table")
        if table is None:
            return await _book(request, snapshots.start)
        after = request.query_params.get("after", "")
        try:
            limit = int(request.query_params.get("limit", str(snapshots.PAGE_LIMIT)))
        except ValueError:
            return refusal(400, "bad_request", "The limit is a whole number.")
        return await _book(request, snapshots.page, table, after, limit)

    async def conflicts(request: Request) -> Response:
        return await _book(request, sync.open_conflicts)

    async def settled(request: Request) -> Response:
        return await _book(request, sync.settled_conflicts, request.query_params.get("since", ""))

    async def resolve(request: Request) -> Response:
        body = await _json_body(request)
        return await _book(
            request,
            sync.resolve,
            int(request.path_params["conflict_id"]),
            _text(body, "take"),
            body.get("value"),
        )

    routes = [
        Route("/api/hello", hello, methods=["GET"]),
        Route("/api/login", _spoken(login), methods=["POST"]),
        Route("/api/refresh", _spoken(refresh), methods=["POST"]),
        Route("/api/logout", _spoken(logout), methods=["POST"]),
        Route("/api/me", _spoken(me), methods=["GET"]),
        Route("/api/push", _spoken(push_changes), methods=["POST"]),
        Route("/api/pull", _spoken(pull_changes), methods=["GET"]),
        Route("/api/join/keys", _spoken(join_keys), methods=["POST"]),
        Route("/api/snapshot", _spoken(snapshot), methods=["GET"]),
        Route("/api/conflicts", _spoken(conflicts), methods=["GET"]),
        Route("/api/conflicts/settled", _spoken(settled), methods=["GET"]),
        Route("/api/conflicts/{conflict_id:int}/resolve", _spoken(resolve), methods=["POST"]),
    ]
    return Starlette(routes=routes)


def _who(_connection: Connection, member: Member) -> dict[str, str]:
    return {"user": member.name, "role": member.role.value, "device": member.device}


async def _tokens(work: Callable[..., sessions.Tokens], *arguments: Any) -> Response:
    try:
        tokens = await run_in_threadpool(work, *arguments)
    except LoginRefused as refused:
        headers = {"Retry-After": str(refused.retry_after)} if refused.retry_after else {}
        error = {401: "unauthenticated", 403: "disabled", 429: "rate_limited"}.get(
            refused.status, "refused"
        )
        return refusal(refused.status, error, str(refused), **headers)
    return JSONResponse(
        {
            "access_token": tokens.access_token,
            "refresh_token": tokens.refresh_token,
            "token_type": "bearer",
            "expires_in": tokens.expires_in,
        }
    )


def serve(
    engine: Engine,
    host: str,
    port: int,
    certfile: str | None = None,
    keyfile: str | None = None,
) -> None:
    """Serve the API until interrupted (TLS when a certificate and key are given)."""
    import uvicorn

    # On a thread, while the server starts listening: the first login finds it made.
    threading.Thread(target=passwords.prepare, name="password-check", daemon=True).start()

    config = uvicorn.Config(
        create_app(engine),
        host=host,
        port=port,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=5,
    )
    uvicorn.Server(config).run()
