"""The Dashboard's KPI tiles: one number each, its trend, and what it is made of.

:func:`tile_texts` turns two quarters' :class:`KpiSet` into the words of every tile
(testable without widgets); :class:`KpiTile` shows one and, when the KPI has accounts
behind it, is a button that drills down to them in the Portfolio.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workbench.domain.enums import Severity
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.kpi import DRILL_LABELS, UNDEFINED_REASONS, KpiSet, KpiTrend
from workbench.ui.common.formatting import (
    format_decimal,
    format_money,
    format_percent,
    format_quarter,
)

UNDEFINED = "—"
GOOD, BAD, NEUTRAL = "#15803d", "#b91c1c", "#475569"

#: Tile order, and the title and definition (tooltip) of each.
TILES: tuple[tuple[str, str, str], ...] = (
    (
        "revenue",
        QT_TRANSLATE_NOOP("dashboardTiles", "Revenue"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles",
            "Revenue billed in the quarter, converted to the reporting currency. Growth is "
            "(this quarter − previous) / previous, quarter on quarter and year on year.",
        ),
    ),
    (
        "nps",
        QT_TRANSLATE_NOOP("dashboardTiles", "NPS"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles",
            "% promoters (9–10) − % detractors (0–6) over the quarter's survey responses.",
        ),
    ),
    (
        "customer_retention",
        QT_TRANSLATE_NOOP("dashboardTiles", "Customer retention"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles",
            "Customers at the start of the year to this quarter's end who are still "
            "customers at its end: (E − N) / S. Revenue retention compares this quarter with "
            "the same quarter a year ago, over the accounts that had revenue then: gross "
            "(churn and contraction only, never above 100 %) and net (with expansion).",
        ),
    ),
    (
        "kpi_compliance",
        QT_TRANSLATE_NOOP("dashboardTiles", "Agreed-KPI compliance"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles",
            "Share of the quarter's measurements of client-agreed KPIs that meet their "
            "target (at least / at most).",
        ),
    ),
    (
        "profit",
        QT_TRANSLATE_NOOP("dashboardTiles", "Profitability"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles",
            "Revenue − cost − compensations granted in the quarter, and the margin.",
        ),
    ),
    (
        "pipeline",
        QT_TRANSLATE_NOOP("dashboardTiles", "Pipeline"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles", "Open opportunities today, each weighted by its probability."
        ),
    ),
    (
        "open_incidents",
        QT_TRANSLATE_NOOP("dashboardTiles", "Open incidents"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles", "Incidents open today, and how many were reported in the quarter."
        ),
    ),
    (
        "response",
        QT_TRANSLATE_NOOP("dashboardTiles", "Response times"),
        QT_TRANSLATE_NOOP(
            "dashboardTiles",
            "Incidents reported in the quarter acknowledged and resolved within their "
            "severity's target; one still open past its target counts as missed.",
        ),
    ),
)


@dataclass(frozen=True)
class TileText:
    key: str
    title: str
    value: str
    #: The trend line ("▲ +4.2 % on 2026 Q2"), or why the KPI is undefined.
    trend: str
    #: Colour of the trend: better, worse or neither.
    tone: str
    detail: str
    tooltip: str
    drillable: bool


def _arrow(delta: Decimal) -> str:
    return "▲" if delta > 0 else "▼" if delta < 0 else "■"


def _tone(delta: Decimal | None, higher_is_better: bool = True) -> str:
    if delta is None or delta == 0:
        return NEUTRAL
    return GOOD if (delta > 0) == higher_is_better else BAD


def _growth(fraction: Decimal) -> str:
    percent = fraction * 100
    sign = "+" if percent > 0 else "−" if percent < 0 else ""
    return f"{_arrow(percent)} {sign}{format_decimal(abs(percent), 1)} %"


def _points(delta: Decimal, places: int = 0) -> str:
    sign = "+" if delta > 0 else "−" if delta < 0 else ""
    return f"{_arrow(delta)} {sign}{format_decimal(abs(delta), places)}"


def _reason(key: str) -> str:
    return QCoreApplication.translate("kpi", UNDEFINED_REASONS[key])


def tile_texts(now: KpiSet, before: KpiTrend) -> list[TileText]:
    """Every tile's words for quarter *now*, with the trend against quarter *before*."""
    label = format_quarter(before.period)
    texts: dict[str, tuple[str, str, str, str]] = {}

    def money(amount: Decimal) -> str:
        return format_money(amount, now.currency, whole=True)

    # Revenue and its growth.
    if now.revenue is None:
        texts["revenue"] = (UNDEFINED, _reason("revenue"), NEUTRAL, "")
    else:
        qoq, yoy = now.growth_qoq, now.growth_yoy
        trend = (
            QCoreApplication.translate("dashboardTiles", "{growth} on {period}").format(
                growth=_growth(qoq), period=label
            )
            if qoq is not None
            else _reason("growth_qoq")
        )
        detail = (
            QCoreApplication.translate("dashboardTiles", "{growth} year on year").format(
                growth=_growth(yoy)
            )
            if yoy is not None
            else _reason("growth_yoy")
        )
        texts["revenue"] = (money(now.revenue), trend, _tone(qoq), detail)

    # NPS.
    if now.nps is None:
        texts["nps"] = (UNDEFINED, _reason("nps"), NEUTRAL, "")
    else:
        delta = None if before.nps is None else now.nps.score - before.nps.score
        trend = (
            QCoreApplication.translate("dashboardTiles", "{delta} on {period}").format(
                delta=_points(delta), period=label
            )
            if delta is not None
            else QCoreApplication.translate(
                "dashboardTiles", "No responses in {period} to compare"
            ).format(period=label)
        )
        detail = QCoreApplication.translate("dashboardTiles", "{n} responses").format(
            n=format_decimal(Decimal(now.nps.responses), 0)
        )
        value = f"{now.nps.rounded:+d}" if now.nps.rounded else "0"
        texts["nps"] = (value, trend, _tone(delta), detail)

    # Retention.
    retention = now.customer_retention
    grr, nrr = now.gross_revenue_retention, now.net_revenue_retention
    detail = QCoreApplication.translate(
        "dashboardTiles", "Revenue retention: gross {grr}, net {nrr}"
    ).format(
        grr=UNDEFINED if grr is None else format_percent(grr),
        nrr=UNDEFINED if nrr is None else format_percent(nrr),
    )
    if retention is None:
        texts["customer_retention"] = (UNDEFINED, _reason("customer_retention"), NEUTRAL, detail)
    else:
        counts = now.customers
        trend = QCoreApplication.translate(
            "dashboardTiles", "{kept} of {start} customers kept, {gained} gained"
        ).format(kept=counts.end - counts.acquired, start=counts.start, gained=counts.acquired)
        texts["customer_retention"] = (format_percent(retention, 1), trend, NEUTRAL, detail)

    # Agreed-KPI compliance.
    share = now.kpi_compliance
    if share is None:
        texts["kpi_compliance"] = (UNDEFINED, _reason("kpi_compliance"), NEUTRAL, "")
    else:
        earlier = before.kpi_compliance
        delta = None if earlier is None else (share - earlier) * 100
        trend = (
            QCoreApplication.translate("dashboardTiles", "{delta} points on {period}").format(
                delta=_points(delta, 1), period=label
            )
            if delta is not None
            else QCoreApplication.translate(
                "dashboardTiles", "No measurements in {period} to compare"
            ).format(period=label)
        )
        detail = QCoreApplication.translate(
            "dashboardTiles", "{met} of {measured} measurements on target"
        ).format(
            met=format_decimal(Decimal(now.kpi_met), 0),
            measured=format_decimal(Decimal(now.kpi_measured), 0),
        )
        texts["kpi_compliance"] = (format_percent(share, 1), trend, _tone(delta), detail)

    # Profitability.
    profit, margin = now.profit, now.margin
    if profit is None:
        texts["profit"] = (UNDEFINED, _reason("profit"), NEUTRAL, "")
    else:
        earlier_margin = before.margin
        delta = None if margin is None or earlier_margin is None else (margin - earlier_margin)
        trend = (
            QCoreApplication.translate(
                "dashboardTiles", "Margin {margin} ({delta} points on {period})"
            ).format(
                margin=format_percent(margin, 1),
                delta=_points(delta * 100, 1),
                period=label,
            )
            if margin is not None and delta is not None
            else QCoreApplication.translate("dashboardTiles", "Margin {margin}").format(
                margin=UNDEFINED if margin is None else format_percent(margin, 1)
            )
        )
        detail = QCoreApplication.translate("dashboardTiles", "Compensations {amount}").format(
            amount=money(now.compensations)
        )
        texts["profit"] = (money(profit), trend, _tone(delta), detail)

    # Pipeline (today).
    texts["pipeline"] = (
        money(now.pipeline),
        QCoreApplication.translate("dashboardTiles", "{n} open opportunities").format(
            n=format_decimal(Decimal(now.pipeline_count), 0)
        ),
        NEUTRAL,
        QCoreApplication.translate("dashboardTiles", "Weighted by probability, as of today"),
    )

    # Open incidents (today) and reported in the quarter.
    critical = now.open_incidents.get(Severity.CRITICAL, 0)
    delta = Decimal(now.reported_incidents - before.reported_incidents)
    texts["open_incidents"] = (
        format_decimal(Decimal(now.open_incident_count), 0),
        QCoreApplication.translate(
            "dashboardTiles", "{reported} reported in the quarter ({delta} on {period})"
        ).format(reported=now.reported_incidents, delta=_points(delta), period=label),
        _tone(delta, higher_is_better=False),
        QCoreApplication.translate("dashboardTiles", "{critical} critical").format(
            critical=critical
        ),
    )

    # Response-time compliance.
    acknowledge, resolve = now.response.acknowledge.ratio, now.response.resolve.ratio
    texts["response"] = (
        UNDEFINED if acknowledge is None else format_percent(acknowledge),
        QCoreApplication.translate("dashboardTiles", "acknowledged on time")
        if acknowledge is not None
        else _reason("acknowledge_compliance"),
        NEUTRAL,
        QCoreApplication.translate("dashboardTiles", "Resolved on time: {share}").format(
            share=UNDEFINED if resolve is None else format_percent(resolve)
        ),
    )

    return [
        TileText(
            key,
            QCoreApplication.translate("dashboardTiles", title),
            *texts[key],
            tooltip=QCoreApplication.translate("dashboardTiles", definition),
            drillable=key in DRILL_LABELS,
        )
        for key, title, definition in TILES
    ]


class KpiTile(QFrame):
    """One KPI: title, value, trend and detail; a click drills down when it can."""

    sig_clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.drillable = False
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "KpiTile { background: #ffffff; border: 1px solid #cbd5e1; border-radius: 6px; }"
            "KpiTile:hover { border-color: #155e75; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLabel(self)
        self.title.setStyleSheet("color: #475569; font-size: 9pt;")
        self.value = QLabel(self)
        self.value.setObjectName("tileValue")
        self.value.setStyleSheet("font-size: 15pt; font-weight: 600; color: #0f172a;")
        self.trend = QLabel(self)
        self.trend.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #64748b; font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.title, self.value, self.trend, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        self.setMinimumHeight(98)

    def show_text(self, text: TileText) -> None:
        # A number and its unit never part at a line break ("88 %", "12 EUR").
        def keep(words: str) -> str:
            return words.replace(" %", "\u00a0%").replace(" EUR", "\u00a0EUR")

        self.title.setText(text.title)
        self.value.setText(text.value)
        self.trend.setText(keep(text.trend))
        self.trend.setStyleSheet(f"color: {text.tone}; font-size: 8pt;")
        self.detail.setText(keep(text.detail))
        self.drillable = text.drillable
        hint = (
            QCoreApplication.translate(
                "dashboardTiles", "Click to see these accounts in the Portfolio."
            )
            if text.drillable
            else ""
        )
        self.setToolTip(f"{text.tooltip}\n\n{hint}".strip())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if text.drillable else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.drillable and event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit(self.key)
        super().mouseReleaseEvent(event)
