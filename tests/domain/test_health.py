from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.enums import Severity
from workbench.domain.health import DEFAULT_WEIGHTS, Band, HealthInputs, band_of, health_score


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


@given(
    nps=st.one_of(st.none(), st.integers(-100, 100)),
    growth=st.one_of(st.none(), st.decimals(-1, 3, places=3)),
    kpis=st.one_of(st.none(), st.decimals(0, 1, places=2)),
    critical=st.integers(0, 3),
    days=st.one_of(st.none(), st.integers(0, 400)),
    renewal=st.one_of(st.none(), st.integers(0, 400)),
    weights=st.lists(st.integers(0, 50), min_size=6, max_size=6),
)
def test_contributions_add_up_to_the_score(
    nps: int | None,
    growth: Decimal | None,
    kpis: Decimal | None,
    critical: int,
    days: int | None,
    renewal: int | None,
    weights: list[int],
) -> None:
    custom = dict(zip(DEFAULT_WEIGHTS, weights, strict=True))
    score = health_score(
        HealthInputs(
            nps=None if nps is None else Decimal(nps),
            nps_responses=3,
            growth=growth,
            kpi_compliance=kpis,
            open_incidents={Severity.CRITICAL: critical},
            days_since_contact=days,
            days_to_renewal=renewal,
        ),
        custom,
    )
    if score.score is None:
        assert score.total_weight == 0
        return
    exact = sum(f.contribution(score.total_weight) for f in score.factors)
    assert abs(exact - score.score) <= Decimal("0.5000001")
    points = score.points()
    assert sum(points.values()) == score.score
    assert all(abs(points[f.key] - f.contribution(score.total_weight)) < 1 for f in score.factors)
    assert 0 <= score.score <= 100
