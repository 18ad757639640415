"""The sync protocol's version, which a laptop and the team server both say on every
request (``docs/SYNC.md``). It changes whenever a request or an answer changes shape."""

from __future__ import annotations

PROTOCOL_VERSION = 1
HEADER = "Workbench-Protocol"
