"""SQL identifiers written into statements the store builds itself (table and column
names from the models or from a file being restored)."""

from __future__ import annotations


def quote(identifier: str) -> str:
    """*identifier* as a quoted SQL name, whatever characters it holds."""
    return '"' + identifier.replace('"', '""') + '"'
