"""What changed between two versions of a proposal, in words a reader can check.

Sections are matched by kind and title, line items by description (then by
position), phases by name; totals are compared at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from workbench.services.proposals import LineDraft, PhaseDraft, ProposalContent, SectionDraft


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One difference: what part (``section``, ``line``, ``phase``, ``total``, ``field``),
    which one (its name), how, and for a change which attribute went from what to what."""

    part: str
    name: str
    kind: ChangeKind
    attribute: str = ""
    before: Any = None
    after: Any = None


def _by_key(items: tuple[Any, ...], key: Any) -> dict[Any, Any]:
    found: dict[Any, Any] = {}
    for item in items:
        found.setdefault(key(item), item)
    return found


def _compare(part: str, old: dict[Any, Any], new: dict[Any, Any], name: Any) -> list[Change]:
    changes: list[Change] = []
    for key, item in old.items():
        if key not in new:
            changes.append(Change(part, name(item), ChangeKind.REMOVED))
    for key, item in new.items():
        before = old.get(key)
        if before is None:
            changes.append(Change(part, name(item), ChangeKind.ADDED))
            continue
        for attribute in fields(item):
            was, now = getattr(before, attribute.name), getattr(item, attribute.name)
            if was != now:
                changes.append(
                    Change(part, name(item), ChangeKind.CHANGED, attribute.name, was, now)
                )
    return changes


def diff(old: ProposalContent, new: ProposalContent) -> list[Change]:
    """Every difference from *old* to *new*, sections first, totals last."""
    changes: list[Change] = []
    for attribute in ("title", "currency", "valid_until"):
        was, now = getattr(old, attribute), getattr(new, attribute)
        if was != now:
            changes.append(Change("field", attribute, ChangeKind.CHANGED, attribute, was, now))

    def section_key(s: SectionDraft) -> tuple[str, str]:
        return (s.kind.value, s.title.strip().lower())

    def line_key(line: LineDraft) -> str:
        return line.description.strip().lower()

    def phase_key(p: PhaseDraft) -> str:
        return p.name.strip().lower()

    changes += _compare(
        "section",
        _by_key(old.sections, section_key),
        _by_key(new.sections, section_key),
        lambda s: s.title,
    )
    changes += _compare(
        "line",
        _by_key(old.lines, line_key),
        _by_key(new.lines, line_key),
        lambda line: line.description,
    )
    changes += _compare(
        "phase", _by_key(old.phases, phase_key), _by_key(new.phases, phase_key), lambda p: p.name
    )
    if old.roi != new.roi:
        changes.append(Change("roi", "", ChangeKind.CHANGED, "roi", old.roi, new.roi))
    old_totals, new_totals = old.totals(), new.totals()
    for attribute in ("subtotal", "discount", "tax", "total"):
        was, now = getattr(old_totals, attribute), getattr(new_totals, attribute)
        if was != now:
            changes.append(Change("total", attribute, ChangeKind.CHANGED, attribute, was, now))
    return changes
