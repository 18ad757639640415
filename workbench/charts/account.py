"""The selected account's KPI charts, drawn on Matplotlib Axes (testable on Agg).

Each function draws one chart, or a clear empty state when there is nothing to
show — never an empty axis. Labels arrive already translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.services.account_charts import AccountCharts

BAR, BAR_MISSING, LINE, GOOD, BAD, GRID = (
    "#155e75",
    "#cbd5e1",
    "#0e7490",
    "#15803d",
    "#b91c1c",
    "#e2e8f0",
)


@dataclass(frozen=True)
class ChartLabels:
    revenue_title: str
    nps_title: str
    kpi_title: str
    no_revenue: str
    no_nps: str
    no_kpis: str
    growth: str


def _empty(ax: Any, title: str, message: str) -> None:
    ax.set_title(title, fontsize=10, loc="left")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        wrap=True,
        fontsize=9,
        color="#64748b",
        transform=ax.transAxes,
    )


def _style(ax: Any, title: str) -> None:
    ax.set_title(title, fontsize=10, loc="left")
    ax.tick_params(labelsize=7)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def draw_revenue(ax: Any, charts: AccountCharts, labels: ChartLabels) -> None:
    """Revenue per quarter as bars, with each quarter's growth on the previous one above it."""
    ax.clear()
    if not charts.has_revenue:
        _empty(ax, labels.revenue_title, labels.no_revenue)
        return
    _style(ax, f"{labels.revenue_title} ({charts.currency})")
    names = [_quarter_label(p.quarter) for p in charts.revenue]
    values = [float(p.revenue or 0) for p in charts.revenue]  # drawing only: floats are fine here
    colours = [BAR if p.revenue is not None else BAR_MISSING for p in charts.revenue]
    bars = ax.bar(names, values, color=colours, width=0.65)
    top = max(values) or 1
    ax.set_ylim(0, top * 1.25)
    ax.yaxis.set_major_formatter(_compact_format)
    for bar, point in zip(bars, charts.revenue, strict=True):
        if point.growth is not None:
            percent = float(point.growth) * 100
            ax.text(
                bar.get_x() + bar.get_width() / 2,
                bar.get_height() + top * 0.03,
                f"{percent:+.0f}%",
                ha="center",
                va="bottom",
                fontsize=7,
                color=GOOD if percent >= 0 else BAD,
            )


def _quarter_label(quarter: Any) -> str:
    """ "Q3\n'26": short enough for eight quarters side by side."""
    return f"Q{quarter.quarter}\n'{quarter.year % 100:02d}"


def _compact_format(value: float, _position: Any) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.0f}"


def draw_nps(ax: Any, charts: AccountCharts, labels: ChartLabels) -> None:
    """NPS per quarter (−100…100) with the number of responses under each point."""
    ax.clear()
    if not charts.has_nps:
        _empty(ax, labels.nps_title, labels.no_nps)
        return
    _style(ax, labels.nps_title)
    points = [(i, p.nps) for i, p in enumerate(charts.nps) if p.nps is not None]
    xs = [i for i, _ in points]
    ys = [float(score.score) for _, score in points]
    ax.axhline(0, color="#94a3b8", linewidth=0.8)
    ax.plot(xs, ys, marker="o", color=LINE, linewidth=1.8, markersize=4)
    for x, score in points:
        ax.annotate(
            f"n={score.responses}",
            (x, float(score.score)),
            textcoords="offset points",
            xytext=(0, 5),
            ha="center",
            fontsize=6,
            color="#64748b",
        )
    ax.set_ylim(-100, 100)
    ax.set_xticks(range(len(charts.nps)), [_quarter_label(p.quarter) for p in charts.nps])


def draw_kpi_compliance(ax: Any, charts: AccountCharts, labels: ChartLabels) -> None:
    """Share of each agreed KPI's measurements on target (last 90 days), as horizontal bars."""
    ax.clear()
    measured = [k for k in charts.kpis if k.share is not None]
    if not measured:
        _empty(ax, labels.kpi_title, labels.no_kpis)
        return
    _style(ax, labels.kpi_title)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.grid(axis="y", visible=False)
    shares = [float(k.share) * 100 for k in measured]  # type: ignore[arg-type]
    colours = [GOOD if s >= 90 else "#a16207" if s >= 70 else BAD for s in shares]
    positions = list(range(len(measured)))
    ax.barh(positions, shares, color=colours, height=0.45)
    ax.set_xlim(0, 100)
    ax.set_yticks([])
    # KPI names above their bars, inside the axes: long names need no margin of their own.
    for y, (share, kpi) in enumerate(zip(shares, measured, strict=True)):
        ax.text(0, y - 0.3, kpi.name, va="bottom", fontsize=7, color="#334155")
        text = f"{share:.0f}% (n={kpi.measured})"
        if share > 75:  # no room after the bar: inside its end, in white
            ax.text(share - 2, y, text, va="center", ha="right", fontsize=7, color="white")
        else:
            ax.text(share + 2, y, text, va="center", fontsize=7)
    # Room for three bars at least, so one KPI is a bar, not a block.
    ax.set_ylim(max(len(measured), 3) - 0.5, -0.9)
