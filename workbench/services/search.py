"""Global search over the full-text index (:mod:`workbench.store.search_index`, read
through :mod:`workbench.store.search_query`).

What the user types becomes a query on every word, the last one as a prefix ("martinez
gar" finds "Martínez García"), accent- and case-insensitive, whether the accents are
typed composed (``á``) or as a letter and a combining mark (``a`` + U+0301, as macOS
and some web forms send them): the query is read in NFC, a mark stays in its word, and
the index's tokenizer folds both forms of stored text alike. Matches are read newest first from the
index's rowid order, without sorting them all; when there are few (a candidate set
of at most :data:`RANKED_CANDIDATES`), they are ranked by relevance (BM25) instead.
Each record appears once, with a snippet of where it matched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.text import normalized
from workbench.services.focus import Target, TargetTab
from workbench.store.models import Account, Meeting
from workbench.store.search_query import newest_matches, newest_rowids, ranked_matches

RANKED_CANDIDATES = 200
DEFAULT_LIMIT = 30
_TAG = re.compile(r"<[^>]*>")
#: Marks around the matched words in snippets (the UI turns them into bold).
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class SearchHit:
    kind: str  # account, contact, meeting, proposal, incident, note
    record_id: int
    account_id: int | None
    account_name: str
    title: str
    #: Where it matched, the matched words between MARK_START and MARK_END.
    snippet: str
    target: Target


def match_expression(typed: str) -> str | None:
    """The FTS5 query for what the user typed; ``None`` when there is nothing to look for.

    Every word must match. The last one is still being typed, so it matches as a prefix;
    the ones before it are whole words (faster, and what the user meant). Single
    letters are left out: as a prefix they match most of the index.
    """
    words = [word for word in _words(normalized(typed)) if len(word) > 1]
    if not words:
        return None
    still_typing = not typed[-1:].isspace()
    parts = [f'"{word}"' for word in words[:-1]]
    parts.append(f'"{words[-1]}"*' if still_typing else f'"{words[-1]}"')
    return " AND ".join(parts)


def _words(typed: str) -> list[str]:
    """The words of *typed*: letters, digits and ``_``, with the marks that follow them
    (a combining accent NFC cannot compose is part of its word, not a separator)."""
    words: list[str] = []
    current: list[str] = []
    for character in typed:
        in_word = character.isalnum() or character == "_"
        if in_word or (current and unicodedata.category(character).startswith("M")):
            current.append(character)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def search(session: Session, typed: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    query = match_expression(typed)
    if query is None:
        return []
    rowids = newest_rowids(session, query, RANKED_CANDIDATES)
    if not rowids:
        return []
    ranked = len(rowids) < RANKED_CANDIDATES
    marks = (MARK_START, MARK_END)
    # Many matches: the newest; few: all of them, ranked. Either way a small set is read.
    if ranked:
        rows = ranked_matches(session, query, marks)
    else:
        rows = newest_matches(session, query, limit * 3, marks)
    order = (lambda row: row.rank) if ranked else (lambda row: -row.rowid)
    hits: list[SearchHit] = []
    seen: set[tuple[str, int]] = set()
    accounts = _account_names(session, {r.account_id for r in rows if r.account_id is not None})
    starts = _meeting_starts(session, {r.record_id for r in rows if r.kind == "meeting"})
    for row in sorted(rows, key=order):
        key = (row.kind, row.record_id)
        if key in seen or row.record_id is None:
            continue
        seen.add(key)
        hits.append(
            SearchHit(
                kind=row.kind,
                record_id=row.record_id,
                account_id=row.account_id,
                account_name=accounts.get(row.account_id, ""),
                title=_TAG.sub(" ", row.title or "").strip(),
                snippet=" ".join(_TAG.sub(" ", row.snippet or "").split()),
                target=_target(row.kind, row.record_id, row.account_id, starts),
            )
        )
        if len(hits) == limit:
            break
    return hits


def _target(
    kind: str, record_id: int, account_id: int | None, starts: dict[int, datetime]
) -> Target:
    if kind == "meeting":
        return Target(TargetTab.CALENDAR, record_id, starts.get(record_id))
    if kind == "incident":
        return Target(TargetTab.INCIDENTS, record_id)
    if kind == "proposal":
        return Target(TargetTab.PROPOSALS, record_id)
    return Target(TargetTab.PORTFOLIO, account_id if account_id is not None else record_id)


def _account_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    statement = select(Account.id, Account.name).where(Account.id.in_(ids))
    return dict(session.execute(statement).all())


def _meeting_starts(session: Session, ids: set[int]) -> dict[int, datetime]:
    if not ids:
        return {}
    statement = select(Meeting.id, Meeting.starts_at).where(Meeting.id.in_(ids))
    return dict(session.execute(statement).all())
