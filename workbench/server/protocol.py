"""The sync protocol's version, said by both sides on every request.

A client sends its version in the :data:`HEADER` header; the server refuses any other
with 426 (Upgrade Required) and a message naming both versions, before looking at the
request. The version changes whenever a request or an answer changes shape; the book's
schema (``store.migrate.SCHEMA_HEAD``) is checked besides it, at login.
"""

from __future__ import annotations

from workbench.domain.protocol import HEADER, PROTOCOL_VERSION

__all__ = ["HEADER", "PROTOCOL_VERSION", "mismatch_message"]


def mismatch_message(theirs: str | None) -> str:
    if not theirs:
        return (
            f"This is an Account Workbench team server (sync protocol {PROTOCOL_VERSION}); "
            f"the request did not say which protocol it speaks ({HEADER} header)."
        )
    return (
        f"The program speaks sync protocol {theirs}; this server speaks {PROTOCOL_VERSION}. "
        "Update the one that is older, then sync again."
    )
