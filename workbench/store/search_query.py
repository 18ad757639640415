"""Reading the full-text index (:mod:`workbench.store.search_index`): SQLite FTS5's
``MATCH``, ``snippet()`` and ``bm25()``, behind three functions, so the search service
writes no SQL only SQLite understands.

Every function takes an FTS5 query (``"word" AND "prefix"*``) and returns index rows:
``rowid, kind, record_id, account_id, title, snippet`` (and ``rank`` when ranked).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

_CANDIDATES = text(
    "SELECT rowid FROM search_index WHERE search_index MATCH :query ORDER BY rowid DESC LIMIT :cap"
)
#: Many matches: the newest, straight from the index's rowid order. FTS5 walks the
#: match in rowid order and stops at the limit, so only the rows read get a snippet;
#: ``rowid IN (…)`` beside a MATCH is not pushed into FTS5, which then reads every
#: match (13,578 for "revis" at the stress size) and took 100-350 ms.
_NEWEST = text(
    "SELECT rowid, kind, record_id, account_id, title, "
    "snippet(search_index, -1, :start, :end, '…', 12) AS snippet "
    "FROM search_index WHERE search_index MATCH :query ORDER BY rowid DESC LIMIT :limit"
)
#: Few matches: all of them, with their BM25 rank.
_RANKED = text(
    "SELECT rowid, kind, record_id, account_id, title, "
    "snippet(search_index, -1, :start, :end, '…', 12) AS snippet, bm25(search_index) AS rank "
    "FROM search_index WHERE search_index MATCH :query ORDER BY rowid"
)


def newest_rowids(session: Session, query: str, cap: int) -> list[int]:
    """The rowids of at most *cap* matches, newest first (no snippet made)."""
    return list(session.execute(_CANDIDATES, {"query": query, "cap": cap}).scalars())


def newest_matches(
    session: Session, query: str, limit: int, marks: tuple[str, str]
) -> Sequence[Row[Any]]:
    """The *limit* newest matches, their snippets' matched words between *marks*."""
    start, end = marks
    parameters = {"query": query, "start": start, "end": end, "limit": limit}
    return session.execute(_NEWEST, parameters).all()


def ranked_matches(session: Session, query: str, marks: tuple[str, str]) -> Sequence[Row[Any]]:
    """Every match with its BM25 ``rank`` (lower is better): for a query with few."""
    start, end = marks
    return session.execute(_RANKED, {"query": query, "start": start, "end": end}).all()
