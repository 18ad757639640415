"""Targets a second process (:class:`workbench.services.archive_side.SideFill`) runs in the
tests: importable by name, as ``spawn`` needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.services import archive_side


def wait_then_say(notes: str, *, stored: Any, ready: Any) -> None:
    """Write "waiting", wait for the caller's go, then write how the wait ended."""
    path = Path(notes)
    path.write_text("waiting\n")
    went = archive_side.wait_for_go(ready)
    path.write_text("waiting\n" + ("went\n" if went else "gave up\n"))
