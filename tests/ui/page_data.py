"""Whether a tab shows what the database holds for it: what the real-thread-pool tests and
the memory benchmark wait for after opening each tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbench.ui.calendar.models import OCCURRENCES_ROLE
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.dashboard.tab import DashboardTab
from workbench.ui.incidents.tab import IncidentsTab
from workbench.ui.portfolio.tab import PortfolioTab
from workbench.ui.proposals.tab import ProposalsTab


def shows_its_data(page: QWidget) -> bool:
    """Whether *page* has loaded and shows its rows; ``KeyError`` for a tab it does not know."""
    if isinstance(page, PortfolioTab):
        return not page.view.loading and page.view.model.rowCount() > 0
    if isinstance(page, CalendarTab):
        model = page.view.month_model
        return any(
            model.index(row, column).data(OCCURRENCES_ROLE)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )
    if isinstance(page, ProposalsTab):
        return page.list.model.rowCount() > 0
    if isinstance(page, IncidentsTab):
        return page.model.rowCount() > 0
    if isinstance(page, DashboardTab):
        return page.data is not None and page.focus_data is not None
    raise KeyError(f"no way to tell that {page.objectName()} shows its data")
