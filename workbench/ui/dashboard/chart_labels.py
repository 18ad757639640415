"""The Dashboard charts' words in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from workbench.charts.dashboard import DashboardLabels
from workbench.domain.enums import Sector, Tier
from workbench.domain.health import Band
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.health_labels import band_label


def dashboard_labels() -> DashboardLabels:
    locale = QLocale()
    return DashboardLabels(
        revenue_title=QCoreApplication.translate(
            "dashboardCharts", "Revenue by quarter ({currency})"
        ),
        segment_title=QCoreApplication.translate(
            "dashboardCharts", "Revenue by sector and tier, {period} ({currency})"
        ),
        nps_title=QCoreApplication.translate(
            "dashboardCharts", "Survey answers by score, {period}"
        ),
        health_title=QCoreApplication.translate("dashboardCharts", "Accounts by health band"),
        renewals_title=QCoreApplication.translate(
            "dashboardCharts", "Renewals by month ({currency})"
        ),
        no_revenue=QCoreApplication.translate(
            "dashboardCharts", "No revenue recorded in these quarters."
        ),
        no_segment_revenue=QCoreApplication.translate(
            "dashboardCharts", "No revenue recorded in {period}."
        ),
        no_nps=QCoreApplication.translate("dashboardCharts", "No survey answers in {period}."),
        no_health=QCoreApplication.translate(
            "dashboardCharts", "No health history yet: it is kept from this month on."
        ),
        no_renewals=QCoreApplication.translate(
            "dashboardCharts", "No contract ends in the next 12 months."
        ),
        detractors=QCoreApplication.translate("dashboardCharts", "Detractors"),
        passives=QCoreApplication.translate("dashboardCharts", "Passives"),
        promoters=QCoreApplication.translate("dashboardCharts", "Promoters"),
        secured=QCoreApplication.translate("dashboardCharts", "Secured"),
        open=QCoreApplication.translate("dashboardCharts", "Open"),
        not_renewing=QCoreApplication.translate("dashboardCharts", "Not renewing"),
        missing_rates=QCoreApplication.translate(
            "dashboardCharts", "No exchange rate for {currencies}: their amounts are left out."
        ),
        sector_names={s: enum_label(s) for s in Sector},
        tier_names={t: enum_label(t) for t in Tier},
        band_names={b: band_label(b) for b in Band},
        month_names=[
            locale.monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)
        ],
        quarter_label=QCoreApplication.translate("dashboardCharts", "{year} Q{quarter}"),
        quarter_tick=QCoreApplication.translate("dashboardCharts", "Q{quarter}\n'{yy}"),
        decimal_point=locale.decimalPoint(),
    )
