"""A proposal's charts: the phased plan as a small Gantt, and the ROI cash flows.

Pure draw functions on Matplotlib Axes (testable on Agg), in the style of
:mod:`workbench.charts.account`: a clear message instead of an empty axis, labels
arriving already translated. Matplotlib is imported by the draw functions, not by
this module: the proposal pages name :class:`PhaseBar` when the window starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from workbench.charts.account import BAD, BAR, GOOD, GRID, LINE, _compact_format, _empty, _style
from workbench.domain.roi import cumulative, payback_of_flows

#: Longer phase names are cut with an ellipsis so the y axis keeps a fixed width.
_NAME_WIDTH = 18
_MUTED = "#64748b"


@dataclass(frozen=True)
class PhaseBar:
    """One phase of the implementation plan; *ends_on* is its last day (inclusive)."""

    name: str
    starts_on: date
    ends_on: date
    amount: Decimal


@dataclass(frozen=True)
class ProposalChartLabels:
    phases_title: str
    no_phases: str
    today: str
    cash_flow_title: str
    no_cash_flow: str
    yearly_flow: str
    cumulative: str
    year: str
    #: A template with ``{years}``, e.g. "Payback {years} years".
    payback: str
    #: The user's decimal separator, for the figures written on the charts.
    decimal_point: str = "."


def draw_phases(
    ax: Any,
    phases: Sequence[PhaseBar],
    labels: ProposalChartLabels,
    *,
    currency: str | None = None,
    today: date | None = None,
) -> None:
    """Each phase as a bar from its first to its last day, first phase on top, amount beside it.

    Phase names label the y axis, cut to 18 characters: the canvas should leave
    about 1.1 in (≈ 105 px at 96 dpi) on the left. *today* draws a dashed line when
    it falls within the plan's dates (a line far outside would squeeze the bars).
    """
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num

    ax.clear()
    if not phases:
        _empty(ax, labels.phases_title, labels.no_phases)
        return
    _style(ax, _titled(labels.phases_title, currency))
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    starts = [float(date2num(p.starts_on)) for p in phases]
    ends = [float(date2num(p.ends_on + timedelta(days=1))) for p in phases]
    positions = list(range(len(phases)))
    ax.barh(
        positions,
        [end - start for start, end in zip(starts, ends, strict=True)],
        left=starts,
        height=0.5,
        color=BAR,
    )
    first, last = min(starts), max(ends)
    span = max(last - first, 1.0)
    for y, (end, phase) in enumerate(zip(ends, phases, strict=True)):
        ax.annotate(
            _amount_text(phase.amount, labels.decimal_point),
            (end, y),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=7,
            color="#334155",
        )
    # Room on the right for the amounts written after the last bars.
    ax.set_xlim(first - span * 0.02, last + span * 0.16)
    ax.set_yticks(positions, [_short(p.name) for p in phases])
    ax.set_ylim(len(phases) - 0.5, -0.5 - (0.45 if today else 0))
    locator = AutoDateLocator(minticks=3, maxticks=6)
    ax.xaxis.set_major_locator(locator)
    # Months carry their year ("Apr '27"): a plan within one year shows no January tick.
    formats = ["%Y", "%b '%y", "%d", "%H:%M", "%H:%M", "%S.%f"]
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator, formats=formats, show_offset=False))
    if today is not None and first <= date2num(today) <= last:
        x = float(date2num(today))
        ax.axvline(x, color=BAD, linewidth=1, linestyle="--")
        ax.text(x, -0.7, f" {labels.today}", va="center", ha="left", fontsize=7, color=BAD)


def draw_cash_flow(
    ax: Any, flows: Sequence[Decimal], labels: ProposalChartLabels, *, currency: str | None = None
) -> None:
    """Yearly flows as bars (year 0 = the investment), the cumulative flow as a line.

    The point where the cumulative line reaches zero is marked as the payback,
    linear within the year as :func:`workbench.domain.roi.payback_of_flows` counts it.
    """
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.clear()
    if not flows:
        _empty(ax, labels.cash_flow_title, labels.no_cash_flow)
        return
    _style(ax, _titled(labels.cash_flow_title, currency))
    years = list(range(len(flows)))
    values = [float(f) for f in flows]  # drawing only: floats are fine here
    sums = [float(s) for s in cumulative(flows)]
    ax.bar(years, values, width=0.6, color=[BAD if v < 0 else BAR for v in values])
    ax.axhline(0, color="#94a3b8", linewidth=0.8)
    (line,) = ax.plot(
        years, sums, marker="o", markersize=3, color=LINE, linewidth=1.6, label=labels.cumulative
    )
    payback = payback_of_flows(flows)
    if payback is not None and payback > 0:
        x = float(payback)
        ax.axvline(x, color=GOOD, linewidth=0.9, linestyle=":")
        ax.plot([x], [0], marker="D", markersize=6, color=GOOD, linestyle="none", zorder=5)
        # At the bottom, beside the dotted line: near the payback the cumulative line is
        # close to zero and later years' bars are above it, so that corner is free.
        right_side = x <= 0.65 * (len(flows) - 1)
        ax.text(
            x + (0.08 if right_side else -0.08),
            0.04,
            labels.payback.format(years=_decimal_text(f"{x:.1f}", labels.decimal_point)),
            transform=ax.get_xaxis_transform(),
            ha="left" if right_side else "right",
            va="bottom",
            fontsize=7,
            color=GOOD,
        )
    ax.set_xlabel(labels.year, fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=10))
    ax.set_xlim(-0.6, len(flows) - 0.4)
    ax.yaxis.set_major_formatter(
        FuncFormatter(lambda v, p: _decimal_text(_compact_format(v, p), labels.decimal_point))
    )
    # Top left: above year 0's investment, which is negative, nothing is drawn there. (In
    # the title's row it crowded a longer, translated title.)
    ax.legend(
        handles=[Patch(color=BAR, label=labels.yearly_flow), line],
        loc="upper left",
        ncol=1,
        fontsize=7,
        frameon=False,
        borderaxespad=0.2,
    )


def _titled(title: str, currency: str | None) -> str:
    return f"{title} ({currency})" if currency else title


def _short(name: str) -> str:
    return name if len(name) <= _NAME_WIDTH else name[: _NAME_WIDTH - 1].rstrip() + "…"


def _amount_text(amount: Decimal, decimal_point: str) -> str:
    return _decimal_text(_compact_format(float(amount), None), decimal_point)


def _decimal_text(text: str, decimal_point: str) -> str:
    return text.replace(".", decimal_point)
