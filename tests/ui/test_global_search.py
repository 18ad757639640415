"""Ctrl+K as a user drives it: type, see results with the match in bold, open one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from workbench.store.models import Contact, Incident
from workbench.ui.main_window import MainWindow
from workbench.ui.search_dialog import HTML_ROLE, GlobalSearch


def _type(qtbot, search: GlobalSearch, text: str) -> None:  # type: ignore[no-untyped-def]
    search.box.setText(text)
    qtbot.waitUntil(lambda: search.results.count() > 0, timeout=3000)


def test_ctrl_k_finds_a_contact_without_its_accents_and_opens_the_account(
    qtbot, make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(sample_db_path)
    window.show()
    store = window.context.workspace.store
    with store.session() as session:
        contact = session.scalars(
            select(Contact).where(Contact.last_name.like("%í%")).limit(1)
        ).one()
        plain = contact.last_name.replace("í", "i")
        account_id = contact.account_id
    window.search_action.trigger()
    search = window.findChild(GlobalSearch, "globalSearch")
    assert search is not None and search.isVisible()
    _type(qtbot, search, f"{contact.first_name} {plain}".lower())
    html = [search.results.item(i).data(HTML_ROLE) for i in range(search.results.count())]
    assert any(contact.last_name in h and "<b>" in h for h in html)
    row = next(i for i, h in enumerate(html) if contact.last_name in h)
    search.results.setCurrentRow(row)
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    assert not search.isVisible()
    portfolio = window.page("portfolioTab")
    assert window.tabs.currentWidget() is portfolio
    assert portfolio.view.selected_id() == account_id  # type: ignore[union-attr]


def test_a_search_result_opens_an_incident_in_the_log(
    qtbot, make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(sample_db_path)
    window.show()
    store = window.context.workspace.store
    with store.session() as session:
        incident = session.scalars(select(Incident).limit(1)).one()
        words = [w for w in incident.title.split() if len(w) > 3][:2]
    search = window.open_search()
    _type(qtbot, search, " ".join(words))
    found = next(
        i
        for i in range(search.results.count())
        if incident.title in search.results.item(i).data(HTML_ROLE)
    )
    search.results.itemActivated.emit(search.results.item(found))
    incidents = window.page("incidentsTab")
    assert window.tabs.currentWidget() is incidents
    assert incidents.incident_id is not None  # type: ignore[union-attr]


def test_nothing_found_says_so(
    qtbot, make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(sample_db_path)
    search = window.open_search()
    search.box.setText("zzzqqq")
    qtbot.waitUntil(lambda: "zzzqqq" in search.status.text(), timeout=3000)
    assert search.results.count() == 0
    assert isinstance(search.findChild(QWidget, "globalSearchBox"), QWidget)
