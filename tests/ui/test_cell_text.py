"""Table cells show stored free text bounded: its first line, at most 500 characters,
however long the stored text (an old archive's, or a 100,000-character description)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from workbench.domain.enums import AccountStatus, IncidentCategory, Sector, Severity, Tier
from workbench.domain.incidents import ResponseTargets
from workbench.services.incidents import IncidentFilter, list_incidents
from workbench.services.portfolio import load_portfolio
from workbench.store.database import Store
from workbench.store.models import Account, Incident
from workbench.ui.common.elide import CELL_TEXT_LIMIT, cell_text
from workbench.ui.incidents.table import IncidentTableModel
from workbench.ui.portfolio.table_model import PortfolioTableModel

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)


def test_short_single_lines_are_shown_as_they_are() -> None:
    assert cell_text("Construcciones Martínez") == "Construcciones Martínez"
    assert cell_text(None) == cell_text("") == ""


def test_long_text_shows_its_first_line_cut_to_the_limit() -> None:
    assert cell_text("first line\nsecond line") == "first line…"
    assert cell_text("only line\r\n\n  ") == "only line"
    shown = cell_text("x" * 1_000_000)
    assert len(shown) == CELL_TEXT_LIMIT + 1 and shown.endswith("…")
    assert cell_text("a\u2028b") == "a…"


def test_portfolio_and_incident_tables_never_show_unbounded_text(
    store: Store, qapp: object
) -> None:
    long = "Martínez " * 20_000
    with store.transaction() as session:
        account = Account(
            name=long,
            sector=Sector.CONSULTING,
            tier=Tier.KEY,
            status=AccountStatus.ACTIVE,
            country="ES",
            time_zone="Europe/Madrid",
            currency="EUR",
        )
        session.add(account)
        session.flush()
        session.add(
            Incident(
                account_id=account.id,
                title="Retraso\n" + long,
                category=IncidentCategory.DELIVERY_DELAY,
                severity=Severity.HIGH,
                reported_at=NOW,
            )
        )
    portfolio = PortfolioTableModel()
    incidents = IncidentTableModel()
    with store.session() as session:
        portfolio.set_rows(load_portfolio(session, now=NOW))
        found = list_incidents(session, IncidentFilter(), now=NOW, targets=ResponseTargets())
    incidents.load(lambda _offset, _limit: found, len(found), found)
    display = Qt.ItemDataRole.DisplayRole
    name = portfolio.data(portfolio.index(0, 0), display)
    assert name.startswith("Martínez") and len(name) <= CELL_TEXT_LIMIT + 1
    assert incidents.data(incidents.index(0, 1), display) == "Retraso…"
    assert len(incidents.data(incidents.index(0, 2), display)) <= CELL_TEXT_LIMIT + 1
