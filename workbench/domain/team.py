"""The team of a shared book: who may see and change what."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A team member's role on the team server.

    - *director*: every account, everything under it;
    - *manager* (an account manager): the accounts they own or that are shared with them,
      and everything under those;
    - *assistant*: the accounts assigned to them, without proposals' pricing or
      profitability.
    """

    DIRECTOR = "director"
    MANAGER = "manager"
    ASSISTANT = "assistant"
