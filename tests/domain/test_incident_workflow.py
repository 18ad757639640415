"""The incident status workflow: forward or skipping ahead, reopening, nothing else."""

from __future__ import annotations

import pytest

from workbench.domain.enums import IncidentStatus
from workbench.domain.incidents import allowed_targets, is_reopening, transition_problems

OPEN = IncidentStatus.OPEN
ACKNOWLEDGED = IncidentStatus.ACKNOWLEDGED
MITIGATING = IncidentStatus.MITIGATING
RESOLVED = IncidentStatus.RESOLVED
CLOSED = IncidentStatus.CLOSED


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (OPEN, ACKNOWLEDGED),
        (ACKNOWLEDGED, MITIGATING),
        (MITIGATING, RESOLVED),
        (RESOLVED, CLOSED),
        (OPEN, RESOLVED),
        (OPEN, CLOSED),
        (ACKNOWLEDGED, CLOSED),
    ],
)
def test_moving_forward_one_step_or_skipping_ahead_is_allowed(
    current: IncidentStatus, target: IncidentStatus
) -> None:
    assert transition_problems(current, target) == []
    assert not is_reopening(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [(RESOLVED, OPEN), (RESOLVED, ACKNOWLEDGED), (CLOSED, OPEN), (CLOSED, ACKNOWLEDGED)],
)
def test_a_resolved_or_closed_incident_reopens_as_open_or_acknowledged(
    current: IncidentStatus, target: IncidentStatus
) -> None:
    assert transition_problems(current, target) == []
    assert is_reopening(current, target)


@pytest.mark.parametrize("status", list(IncidentStatus))
def test_a_move_to_the_same_status_is_refused(status: IncidentStatus) -> None:
    (problem,) = transition_problems(status, status)
    assert problem.field == "status"
    assert problem.text() == f"The incident is already {status.value}."


def test_an_unresolved_incident_cannot_go_back() -> None:
    (problem,) = transition_problems(MITIGATING, ACKNOWLEDGED)
    assert problem.text() == (
        "An incident cannot go back from mitigating to acknowledged; "
        "only a resolved or closed incident can be reopened."
    )
    assert transition_problems(ACKNOWLEDGED, OPEN)


@pytest.mark.parametrize(("current", "target"), [(CLOSED, RESOLVED), (CLOSED, MITIGATING)])
def test_reopening_only_goes_to_open_or_acknowledged(
    current: IncidentStatus, target: IncidentStatus
) -> None:
    (problem,) = transition_problems(current, target)
    assert problem.text() == (
        f"A closed incident can only be reopened as open or acknowledged, not {target.value}."
    )
    assert transition_problems(RESOLVED, MITIGATING)


def test_allowed_targets_list_every_permitted_move_in_workflow_order() -> None:
    assert allowed_targets(OPEN) == (ACKNOWLEDGED, MITIGATING, RESOLVED, CLOSED)
    assert allowed_targets(MITIGATING) == (RESOLVED, CLOSED)
    assert allowed_targets(RESOLVED) == (OPEN, ACKNOWLEDGED, CLOSED)
    assert allowed_targets(CLOSED) == (OPEN, ACKNOWLEDGED)
