"""Incident playbooks: the seed's response options per category, and choosing one.

A playbook holds, for one incident category, the response options the account
manager can choose from (``resources/playbooks/playbooks_<language>.json``).
Choosing a response turns each of its steps into an action item on the
incident's account and records the choice on the incident's timeline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import ActionStatus, IncidentCategory, Team, TimelineActor
from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem, ValidationError
from workbench.locations import resources_dir
from workbench.services.changes import ChangeSet
from workbench.services.incidents import changed
from workbench.store.models import ActionItem, Colleague, Incident, IncidentEvent

#: Languages with a playbook file; any other falls back to the first.
LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class PlaybookStep:
    text: str
    #: The team that owns the action item when no colleague is named.
    team: Team
    #: Due this many days after the response is chosen.
    due_days: int


@dataclass(frozen=True)
class PlaybookResponse:
    """One response option, e.g. ``delivery_delay.prioritise``."""

    key: str
    title: str
    steps: tuple[PlaybookStep, ...]
    expected_outcome: str
    skills: tuple[str, ...]
    key_lesson: str

    @property
    def category(self) -> IncidentCategory:
        return IncidentCategory(self.key.split(".", 1)[0])


@dataclass(frozen=True)
class Playbook:
    category: IncidentCategory
    situation: str
    challenge: str
    responses: tuple[PlaybookResponse, ...]

    def response(self, key: str) -> PlaybookResponse | None:
        return next((r for r in self.responses if r.key == key), None)


def playbook_language(language: str | None) -> str:
    code = (language or "").lower()[:2]
    return code if code in LANGUAGES else LANGUAGES[0]


@cache
def _document(language: str) -> dict[str, object]:
    path = resources_dir() / "playbooks" / f"playbooks_{language}.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_playbooks(language: str) -> dict[IncidentCategory, Playbook]:
    """Every category's playbook in *language* ("en" or "es"; others fall back to English).

    Cached: the files ship with the app and never change while it runs. Treat the
    returned mapping as read-only.
    """
    return _playbooks(playbook_language(language))


@cache
def _playbooks(language: str) -> dict[IncidentCategory, Playbook]:
    raw = _document(language)["playbooks"]
    assert isinstance(raw, dict)
    playbooks: dict[IncidentCategory, Playbook] = {}
    for name, book in raw.items():
        category = IncidentCategory(name)
        responses = tuple(
            PlaybookResponse(
                key=response["key"],
                title=response["title"],
                steps=tuple(
                    PlaybookStep(step["text"], Team(step["team"]), int(step["due_days"]))
                    for step in response["steps"]
                ),
                expected_outcome=response["expected_outcome"],
                skills=tuple(response["skills"]),
                key_lesson=response["key_lesson"],
            )
            for response in book["responses"]
        )
        if any(r.category is not category for r in responses):
            raise ValueError(f"a response key in the {name} playbook names another category")
        playbooks[category] = Playbook(category, book["situation"], book["challenge"], responses)
    missing = set(IncidentCategory) - set(playbooks)
    if missing:
        raise ValueError(f"no playbook for {sorted(missing)} in {language}")
    return playbooks


def find_response(language: str, key: str) -> PlaybookResponse | None:
    for playbook in load_playbooks(language).values():
        if (response := playbook.response(key)) is not None:
            return response
    return None


def apply_response(
    session: Session,
    incident_id: int,
    response_key: str,
    *,
    today: date,
    language: str,
    owner_colleague_id: int | None = None,
    at: datetime | None = None,
) -> tuple[list[int], ChangeSet]:
    """Choose a response for the incident: one open action item per step; returns their ids.

    Each item is on the incident's account, linked to the incident, owned by the step's
    team (or by *owner_colleague_id* when given) and due *today* + the step's offset.
    The incident remembers the key, and its timeline gets "Response chosen: …" at *at*
    (default: now). Refused — nothing written — for an unknown key, a response of
    another category, the response already chosen, or an unknown colleague.
    """
    incident = session.get_one(Incident, incident_id)
    response = find_response(language, response_key)
    problems: list[Problem] = []
    if response is None:
        problems.append(
            Problem(
                "playbook_response",
                QT_TRANSLATE_NOOP("validation", "There is no playbook response {key!r}."),
                {"key": response_key},
            )
        )
    elif response.category is not incident.category:
        problems.append(
            Problem(
                "playbook_response",
                QT_TRANSLATE_NOOP(
                    "validation", "This response is for {category} incidents, not {incident}."
                ),
                {"category": response.category, "incident": incident.category},
            )
        )
    elif incident.playbook_response == response_key:
        problems.append(
            Problem(
                "playbook_response",
                QT_TRANSLATE_NOOP("validation", "This response has already been chosen."),
            )
        )
    if owner_colleague_id is not None and session.get(Colleague, owner_colleague_id) is None:
        problems.append(
            Problem("owner", QT_TRANSLATE_NOOP("validation", "That colleague no longer exists."))
        )
    if problems:
        raise ValidationError(problems)
    assert response is not None
    items = [
        ActionItem(
            account_id=incident.account_id,
            incident_id=incident.id,
            title=step.text,
            owner_colleague_id=owner_colleague_id,
            owner_team=None if owner_colleague_id is not None else step.team,
            due_on=today + timedelta(days=step.due_days),
            status=ActionStatus.OPEN,
        )
        for step in response.steps
    ]
    session.add_all(items)
    incident.playbook_response = response.key
    template = _document(playbook_language(language))["response_chosen"]
    assert isinstance(template, str)
    session.add(
        IncidentEvent(
            incident_id=incident.id,
            occurred_at=max(at or datetime.now(UTC), incident.reported_at),
            actor=TimelineActor.ACCOUNT_MANAGER,
            colleague_id=session.scalar(select(Colleague.id).where(Colleague.is_me).limit(1)),
            description=template.format(title=response.title),
        )
    )
    session.flush()
    return [item.id for item in items], changed(incident.account_id)
