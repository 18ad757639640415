from __future__ import annotations

from decimal import Decimal

from workbench.domain.enums import Severity
from workbench.domain.health import Band, HealthInputs, band_of, health_score


def test_bands_follow_the_spec_boundaries() -> None:
    assert [band_of(s) for s in (100, 80, 79, 60, 59, 40, 39, 0)] == [
        Band.HEALTHY,
        Band.HEALTHY,
        Band.NEEDS_ATTENTION,
        Band.NEEDS_ATTENTION,
        Band.AT_RISK,
        Band.AT_RISK,
        Band.CRITICAL,
        Band.CRITICAL,
    ]


def test_a_perfect_account_scores_100_with_every_factor_explained() -> None:
    score = health_score(
        HealthInputs(
            nps=Decimal(100),
            nps_responses=4,
            growth=Decimal("0.25"),
            kpi_compliance=Decimal(1),
            open_incidents={},
            days_since_contact=3,
            days_to_renewal=400,
        )
    )
    assert score.score == 100 and score.band is Band.HEALTHY
    assert {f.key for f in score.factors} == {
        "nps",
        "revenue_trend",
        "kpi_compliance",
        "incidents",
        "last_contact",
        "renewal",
    }
    assert sum(f.contribution(score.total_weight) for f in score.factors) == 100


def test_hand_computed_blend() -> None:
    # NPS 10 → 55; growth −10 % → 25; compliance 50 % → 50; one critical → 60;
    # contact 52 days ago → 50; renewal in 90 days not secured → 50.
    score = health_score(
        HealthInputs(
            nps=Decimal(10),
            nps_responses=10,
            growth=Decimal("-0.10"),
            kpi_compliance=Decimal("0.5"),
            open_incidents={Severity.CRITICAL: 1},
            days_since_contact=52,
            days_to_renewal=90,
        )
    )
    expected = (55 * 25 + 25 * 20 + 50 * 20 + 60 * 15 + 50 * 10 + 50 * 10) / 100
    assert score.score == round(expected)  # 46.25 → 46
    assert score.band is Band.AT_RISK
    assert score.weakest().key == "revenue_trend"  # type: ignore[union-attr]


def test_missing_factors_redistribute_their_weight() -> None:
    only_nps = health_score(HealthInputs(nps=Decimal(40), nps_responses=5))
    assert only_nps.total_weight == 25
    assert only_nps.score == 70  # NPS 40 → 70 carries the whole score


def test_no_data_means_no_score_not_zero() -> None:
    score = health_score(HealthInputs())
    assert score.score is None and score.band is None and score.factors == ()


def test_reasons_name_the_numbers() -> None:
    score = health_score(HealthInputs(open_incidents={Severity.CRITICAL: 2, Severity.LOW: 1}))
    (factor,) = score.factors
    assert factor.reason.format(**dict(factor.params)) == "3 open incidents, 2 critical"
    assert factor.value == 15  # 100 − 2×40 − 5
