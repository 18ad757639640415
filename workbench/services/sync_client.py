"""Talking to the team server over HTTP: log in, push, pull, conflicts.

Every request says the protocol version (``server.protocol`` mirrors it); an answer that
is a refusal becomes a :class:`SyncError` with the server's own message.
"""

from __future__ import annotations

from typing import Any

import httpx

from workbench.domain.protocol import HEADER as PROTOCOL_HEADER
from workbench.domain.protocol import PROTOCOL_VERSION

#: The status a :class:`SyncError` carries when client and server speak different
#: protocol versions (the server's own refusal is HTTP 426 too).
MISMATCH = 426


class SyncError(Exception):
    """The sync could not go on; the message says why (the server's, in English). Nothing
    local was lost. *status*: the HTTP status (None: the server was not reached); *code*:
    the server's name for the refusal (``rate_limited``, ``disabled``, ``forbidden``…),
    so a window can say it in its own language; *retry_after*: seconds to wait, when the
    server said."""

    def __init__(
        self,
        message: str,
        status: int | None = None,
        *,
        code: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.retry_after = retry_after


class ServerConnection:
    """A logged-in connection to a team server."""

    def __init__(self, url: str, *, timeout: float = 60) -> None:
        self.url = url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.url, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=timeout
        )
        self._token: str | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ServerConnection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            answer = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as error:
            raise SyncError(
                f"The server at {self.url} cannot be reached ({error}); "
                "your changes wait on this computer."
            ) from error
        try:
            body = answer.json()
        except ValueError:
            body = {}
        if answer.status_code >= 400:
            said = body if isinstance(body, dict) else {}
            wait = answer.headers.get("Retry-After", "")
            raise SyncError(
                str(said.get("message") or f"The server answered {answer.status_code}."),
                answer.status_code,
                code=str(said["error"]) if said.get("error") else None,
                retry_after=int(wait) if wait.isdigit() else None,
            )
        return body

    def hello(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/api/hello")
        if result.get("protocol") != PROTOCOL_VERSION:
            raise SyncError(
                f"The server speaks sync protocol {result.get('protocol')}; this program "
                f"speaks {PROTOCOL_VERSION}. Update the one that is older, then sync again.",
                MISMATCH,
            )
        return result

    def login(self, user: str, password: str, device: str) -> None:
        tokens = self._call(
            "POST", "/api/login", json={"user": user, "password": password, "device": device}
        )
        self._token = tokens["access_token"]

    def push(self, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._call(
            "POST", "/api/push", json={"operations": operations}
        )
        return result

    def pull(self, cursor: int) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/api/pull", params={"cursor": cursor})
        return result

    def me(self) -> dict[str, Any]:
        """Who this connection is logged in as: user, role, device."""
        result: dict[str, Any] = self._call("GET", "/api/me")
        return result

    def join_keys(self, accounts: list[str] | None = None) -> dict[str, Any]:
        """The keys of the team's records this user may see (``docs/SYNC.md``): the
        accounts and team records, or those under *accounts*."""
        result: dict[str, Any] = self._call("POST", "/api/join/keys", json={"accounts": accounts})
        keys: dict[str, Any] = result.get("keys") or {}
        return keys

    def snapshot_start(self) -> dict[str, Any]:
        """Where the feed ends now and the tables of this user's snapshot."""
        result: dict[str, Any] = self._call("GET", "/api/snapshot")
        return result

    def snapshot_page(self, table: str, after: str) -> dict[str, Any]:
        """A page of *table*'s rows this user may see, after the server id *after*."""
        result: dict[str, Any] = self._call(
            "GET", "/api/snapshot", params={"table": table, "after": after}
        )
        return result

    def conflicts(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._call("GET", "/api/conflicts")
        return result

    def settled_conflicts(self, since: str) -> dict[str, Any]:
        """The conflicts resolved since *since* (the server's time it last answered; ""
        for all) and the server's time now."""
        result: dict[str, Any] = self._call(
            "GET", "/api/conflicts/settled", params={"since": since}
        )
        return result

    def resolve(self, conflict_id: int, take: str, value: object = None) -> dict[str, Any]:
        result: dict[str, Any] = self._call(
            "POST", f"/api/conflicts/{conflict_id}/resolve", json={"take": take, "value": value}
        )
        return result
