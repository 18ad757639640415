"""The account detail on the real thread pool: arrowing from one account to the next
shows each one's own lists at once, with its charts drawn in the background after."""

from __future__ import annotations

from sqlalchemy import select

from tests.ui.conftest import POOL_TIMEOUT_MS
from tests.ui.page_data import shows_its_data
from workbench.store.models import Contact
from workbench.ui.main_window import MainWindow


def _contacts_of(window: MainWindow, account_id: int) -> list[int]:
    with window.context.workspace.store.session() as session:
        return sorted(session.scalars(select(Contact.id).where(Contact.account_id == account_id)))


def _shown_contacts(window: MainWindow) -> list[int]:
    model = window.pages[0].view.detail.sections["contacts"].model  # type: ignore[attr-defined]
    return sorted(model.record_id(row) for row in range(model.rowCount()))


def test_the_lists_shown_are_the_last_selected_accounts(qtbot, threaded_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = threaded_window
    page = window.pages[0]
    qtbot.waitUntil(lambda: shows_its_data(page), timeout=POOL_TIMEOUT_MS)
    view, detail = page.view, page.view.detail  # type: ignore[attr-defined]
    first, second = view.model.row_at(0).id, view.model.row_at(1).id
    assert _contacts_of(window, first) != _contacts_of(window, second)
    view.table.selectRow(0)
    assert _shown_contacts(window) == _contacts_of(window, first)
    view.table.selectRow(1)  # before the first account's charts can have come
    assert detail.row.id == second
    assert _shown_contacts(window) == _contacts_of(window, second)
    qtbot.waitUntil(lambda: detail.charts_view.rendered is not None, timeout=POOL_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.context.tasks.busy, timeout=POOL_TIMEOUT_MS)
    assert detail.row.id == second and _shown_contacts(window) == _contacts_of(window, second)
