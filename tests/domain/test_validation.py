from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from workbench.domain.validation import (
    ValidationError,
    account_problems,
    ensure_valid,
    incident_problems,
    meeting_problems,
    opportunity_problems,
    revenue_problems,
    survey_problems,
)


def fields(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.field for p in problems}


def test_a_valid_account_has_no_problems() -> None:
    assert (
        account_problems(name="Acme", country="ES", currency="EUR", time_zone="Europe/Madrid") == []
    )


def test_every_bad_account_field_is_reported_at_once() -> None:
    problems = account_problems(
        name="  ", country="Spain", currency="eur", time_zone="Europe/Atlantis"
    )
    assert fields(problems) == {"name", "country", "currency", "time_zone"}
    zone_problem = next(p for p in problems if p.field == "time_zone")
    assert "Europe/Atlantis" in zone_problem.text()


@pytest.mark.parametrize("score", [-1, 11])
def test_survey_score_outside_0_to_10_is_refused(score: int) -> None:
    (problem,) = survey_problems(score=score)
    assert problem.text() == "Must be between 0 and 10."


def test_survey_scores_0_and_10_are_accepted() -> None:
    assert survey_problems(score=0) == [] and survey_problems(score=10) == []


def test_incident_severity_and_time_order() -> None:
    reported = datetime(2026, 1, 1, tzinfo=UTC)
    problems = incident_problems(
        title="Late delivery",
        severity=5,
        reported_at=reported,
        acknowledged_at=reported - timedelta(hours=1),
    )
    assert fields(problems) == {"severity", "acknowledged_at"}


def test_negative_or_too_precise_amounts_are_refused() -> None:
    assert fields(opportunity_problems(name="Upsell", amount=Decimal("-1"), probability=50)) == {
        "amount"
    }
    assert fields(
        opportunity_problems(name="Upsell", amount=Decimal("1.00001"), probability=50)
    ) == {"amount"}
    assert fields(opportunity_problems(name="Upsell", amount=Decimal("1"), probability=101)) == {
        "probability"
    }
    assert fields(revenue_problems(revenue=Decimal("-5"), cost=Decimal("Infinity"))) == {
        "revenue",
        "cost",
    }


def test_meeting_must_end_after_it_starts() -> None:
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    problems = meeting_problems(
        title="QBR", starts_at=start, ends_at=start, time_zone="Europe/Madrid"
    )
    assert fields(problems) == {"ends_at"}


def test_ensure_valid_raises_with_all_problems() -> None:
    with pytest.raises(ValidationError) as caught:
        ensure_valid(account_problems(name="", country="", currency="", time_zone=""))
    assert len(caught.value.problems) == 4
    assert "name: This field is required." in str(caught.value)
