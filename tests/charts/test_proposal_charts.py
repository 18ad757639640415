"""The proposal charts draw on the Agg backend, with data and with an empty state."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from matplotlib.figure import Figure

from workbench.charts.proposal import (
    PhaseBar,
    ProposalChartLabels,
    draw_cash_flow,
    draw_phases,
)
from workbench.domain.roi import cash_flows

LABELS = ProposalChartLabels(
    phases_title="Plan",
    no_phases="No phases yet",
    today="Today",
    cash_flow_title="Cash flow",
    no_cash_flow="No ROI analysis yet",
    yearly_flow="Yearly flow",
    cumulative="Cumulative",
    year="Year",
    payback="Payback {years} years",
    decimal_point=",",
)

PHASES = [
    PhaseBar("Discovery", date(2027, 1, 11), date(2027, 2, 5), Decimal(12_500)),
    PhaseBar(
        "Pilot in two warehouses with sensors", date(2027, 2, 8), date(2027, 4, 30), Decimal(48_000)
    ),
    PhaseBar("Roll-out", date(2027, 5, 3), date(2027, 9, 30), Decimal("135000.50")),
]


def texts(ax) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.get_text() for t in ax.texts]


def render(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def test_phases_are_bars_from_first_to_last_day_named_on_the_y_axis() -> None:
    figure = Figure()
    ax = figure.subplots()
    draw_phases(ax, PHASES, LABELS, currency="EUR", today=date(2027, 3, 15))
    assert render(figure).startswith(b"\x89PNG")
    assert len(ax.patches) == 3
    first = ax.patches[0]
    assert first.get_width() == (date(2027, 2, 6) - date(2027, 1, 11)).days  # last day included
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["Discovery", "Pilot in two ware…", "Roll-out"]
    assert ax.get_title(loc="left") == "Plan (EUR)"
    assert [t.get_text() for t in ax.texts[:3]] == ["12,5k", "48k", "135k"]
    assert " Today" in texts(ax) and len(ax.lines) == 1
    assert ax.yaxis_inverted()  # the first phase on top


def test_today_outside_the_plan_draws_no_line() -> None:
    figure = Figure()
    ax = figure.subplots()
    draw_phases(ax, PHASES, LABELS, today=date(2026, 11, 26))
    assert not ax.lines and " Today" not in texts(ax)
    assert ax.get_title(loc="left") == "Plan"


def test_cash_flow_bars_cumulative_line_and_payback() -> None:
    figure = Figure()
    ax = figure.subplots()
    draw_cash_flow(ax, cash_flows(Decimal(100_000), Decimal(30_000), 5), LABELS, currency="EUR")
    assert render(figure).startswith(b"\x89PNG")
    bars = [p for p in ax.patches if p.get_width() == 0.6]
    assert [b.get_height() for b in bars] == [-100_000.0, *[30_000.0] * 5]
    cumulative = next(line for line in ax.lines if line.get_label() == "Cumulative")
    assert list(cumulative.get_ydata()) == [-100_000, -70_000, -40_000, -10_000, 20_000, 50_000]
    assert ax.get_xlabel() == "Year"
    assert "Payback 3,3 years" in texts(ax)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Yearly flow", "Cumulative"]


def test_cash_flow_that_never_pays_back_marks_no_payback() -> None:
    figure = Figure()
    ax = figure.subplots()
    draw_cash_flow(ax, cash_flows(Decimal(100_000), Decimal(10_000), 5), LABELS)
    render(figure)
    assert not any(t.startswith("Payback") for t in texts(ax))


def test_no_data_shows_a_message_not_an_empty_axis() -> None:
    figure = Figure()
    phases, flows = figure.subplots(1, 2)
    draw_phases(phases, [], LABELS)
    draw_cash_flow(flows, [], LABELS)
    render(figure)
    assert [texts(phases), texts(flows)] == [["No phases yet"], ["No ROI analysis yet"]]
    assert all(not ax.patches and not ax.lines for ax in (phases, flows))


def test_redrawing_replaces_the_previous_chart() -> None:
    figure = Figure()
    ax = figure.subplots()
    draw_phases(ax, PHASES, LABELS)
    draw_phases(ax, [], LABELS)
    assert not ax.patches and texts(ax) == ["No phases yet"]
