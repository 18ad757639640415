"""Stored free text as one table cell shows it: its first line, at most a few hundred
characters, "…" where anything was left out.

A description or a note may hold 100,000 characters (an import keeps that much) and a
name read from an old archive more; a table cell that returned it whole would make
every repaint measure and lay out all of it. Tooltips and detail panes show the rest.
"""

from __future__ import annotations

import re

#: Characters a table cell shows at most.
CELL_TEXT_LIMIT = 500
_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def cell_text(text: str | None, limit: int = CELL_TEXT_LIMIT) -> str:
    """The first line of *text*, cut to *limit* characters, with "…" if more follows.

    Only the first *limit* characters are looked at, whatever the text's length."""
    if not text:
        return ""
    head = text[: limit + 1]
    found = _LINE_BREAK.search(head)
    if found is not None:
        line = head[: found.start()].rstrip()
        rest = text[found.end() : found.end() + limit]
        more = bool(rest.strip()) or len(text) > found.end() + limit
        return f"{line}…" if more else line
    if len(text) > limit:
        return head[:limit].rstrip() + "…"
    return text
