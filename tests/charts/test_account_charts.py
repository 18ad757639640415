"""The account charts draw on the Agg backend, with data and with an empty state."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from matplotlib.figure import Figure

from workbench.charts.account import ChartLabels, draw_kpi_compliance, draw_nps, draw_revenue
from workbench.domain.kpi import nps
from workbench.domain.period import Quarter
from workbench.services.account_charts import (
    AccountCharts,
    KpiCompliance,
    NpsPoint,
    RevenuePoint,
    account_charts,
)
from workbench.store.database import Store
from workbench.store.models import Account

LABELS = ChartLabels(
    "Revenue", "NPS", "KPIs", "No revenue yet", "No surveys yet", "No KPIs yet", "Growth"
)


def texts(ax) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.get_text() for t in ax.texts]


def test_charts_with_data() -> None:
    quarters = [Quarter(2026, 1), Quarter(2026, 2), Quarter(2026, 3)]
    charts = AccountCharts(
        "EUR",
        (
            RevenuePoint(quarters[0], Decimal(100), None),
            RevenuePoint(quarters[1], Decimal(120), Decimal("0.2")),
            RevenuePoint(quarters[2], None, Decimal(-1)),
        ),
        (
            NpsPoint(quarters[0], nps([10, 9, 3])),
            NpsPoint(quarters[1], None),
            NpsPoint(quarters[2], nps([7])),
        ),
        (KpiCompliance("On-time delivery", Decimal("0.75"), 4, 3),),
    )
    figure = Figure()
    revenue, score, kpis = figure.subplots(1, 3)
    draw_revenue(revenue, charts, LABELS)
    draw_nps(score, charts, LABELS)
    draw_kpi_compliance(kpis, charts, LABELS)
    figure.canvas.draw()
    assert len(revenue.patches) == 3 and "+20%" in texts(revenue) and "-100%" in texts(revenue)
    assert [t.get_text() for t in score.get_xticklabels()] == ["Q1\n'26", "Q2\n'26", "Q3\n'26"]
    assert list(score.lines[1].get_ydata()) == [100 * (2 - 1) / 3, 0.0]
    assert "75% (n=4)" in texts(kpis)


def test_an_account_without_data_shows_empty_states_not_empty_axes(store: Store) -> None:
    with store.transaction() as session:
        account = Account(
            name="Nueva",
            sector="other",
            tier="standard",
            status="prospect",
            country="ES",
            time_zone="Europe/Madrid",
            currency="EUR",
        )
        session.add(account)
        session.flush()
        charts = account_charts(session, account.id, date(2026, 11, 26))
    figure = Figure()
    axes = figure.subplots(1, 3)
    for draw, ax in zip((draw_revenue, draw_nps, draw_kpi_compliance), axes, strict=True):
        draw(ax, charts, LABELS)
    figure.canvas.draw()
    assert [texts(ax) for ax in axes] == [["No revenue yet"], ["No surveys yet"], ["No KPIs yet"]]
    assert all(not ax.patches and not ax.lines for ax in axes)
