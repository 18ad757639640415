"""The Portfolio tab as a user meets it, on the sample portfolio."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QLineEdit, QTableView, QWidget
from sqlalchemy import func, select

from tests.ui.fakes import FakeDialogs
from workbench.domain.enums import AccountStatus, Tier
from workbench.services.account_records import KINDS
from workbench.services.portfolio import load_portfolio
from workbench.store.models import Account, Contact
from workbench.ui.main_window import MainWindow
from workbench.ui.portfolio.records import RecordTableModel
from workbench.ui.portfolio.table_model import COLUMN_INDEX
from workbench.ui.portfolio.view import PortfolioView


@pytest.fixture
def window(make_window: Callable[[Path], MainWindow], sample_db_path: Path) -> MainWindow:
    return make_window(sample_db_path)


@pytest.fixture
def view(window: MainWindow) -> PortfolioView:
    return window.pages[0].view  # type: ignore[attr-defined,no-any-return]


def shown_names(view: PortfolioView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_models_pass_the_model_tester(view: PortfolioView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)
    view.select_account(view.model.row_at(0).id)
    for section in view.detail.sections.values():
        qtmodeltester.check(section.model)
    qtmodeltester.check(RecordTableModel(KINDS["contacts"]))


def test_typing_in_the_filter_narrows_the_rows(
    window: MainWindow, view: PortfolioView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    line = window.findChild(QLineEdit, "portfolioFilter")
    table = window.findChild(QTableView, "portfolioTable")
    assert table.model().rowCount() == 40
    # QTest types ASCII only: pick an account whose first word is plain ASCII.
    target = next(r for r in view.model.rows()[5:] if r.name.split()[0].isascii())
    qtbot.keyClicks(line, target.name.split()[0])
    assert target.name in shown_names(view)
    assert all(target.name.split()[0].casefold() in r.search_text for r in view.model.rows())
    line.clear()
    qtbot.keyClicks(line, "zzzz-no-such-account")
    assert view.model.rowCount() == 0 and view.count.text() == "0 of 40 accounts"
    line.clear()
    assert view.model.rowCount() == 40


def test_quick_filter_and_saved_view(view: PortfolioView, dialogs: FakeDialogs) -> None:
    combo = view.filters.tier
    combo.setCurrentIndex(combo.findData(Tier.STRATEGIC))
    strategic = view.model.rows()
    assert strategic and all(r.tier is Tier.STRATEGIC for r in strategic)
    dialogs.texts.append("Estratégicas")
    view.save_view()
    combo.setCurrentIndex(0)
    assert view.model.rowCount() == 40
    views = view.filters.views
    views.setCurrentIndex(views.findText("Estratégicas"))
    views.activated.emit(views.currentIndex())
    assert view.model.rows() == strategic


def test_the_owner_filter_shows_one_colleagues_accounts(
    window: MainWindow, view: PortfolioView
) -> None:
    """The director's view of a team's book: whose accounts are whose."""
    combo = window.findChild(QComboBox, "ownerFilter")
    assert combo is not None and combo.itemText(0) == "All owners"
    owners = [combo.itemText(i) for i in range(1, combo.count())]
    everyone = {r.owner for r in view.model.rows() if r.owner}
    assert owners == sorted(everyone, key=str.casefold) and len(owners) > 1
    combo.setCurrentIndex(2)
    chosen = combo.itemText(2)
    rows = view.model.rows()
    assert rows and all(r.owner == chosen for r in rows)
    assert len(rows) == sum(1 for r in view.all_rows if r.owner == chosen and not r.archived)
    combo.setCurrentIndex(0)
    assert view.model.rowCount() == 40


def test_sorting_by_a_column_reorders_rows(view: PortfolioView) -> None:
    view.table.sortByColumn(COLUMN_INDEX["health"], Qt.SortOrder.DescendingOrder)
    scores = [r.health.score for r in view.model.rows() if r.health.score is not None]
    assert scores == sorted(scores, reverse=True)
    view.table.sortByColumn(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
    assert shown_names(view) == sorted(shown_names(view), key=str.casefold)


def test_detail_follows_the_selection_and_draws_charts(view: PortfolioView, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail = view.findChild(QWidget, "accountDetail")
    for row in (0, 7):
        account = view.model.row_at(row)
        view.table.selectRow(row)
        assert detail.title.text() == account.name
        assert detail.charts_view.rendered is None  # never the previous account's charts
        qtbot.waitUntil(lambda: detail.charts_view.rendered is not None)
        contacts = detail.sections["contacts"].model
        store = view.context.workspace.store
        with store.session() as session:
            expected = session.scalar(select(func.count()).where(Contact.account_id == account.id))
        assert contacts.rowCount() == expected
    rendered = detail.charts_view.rendered
    revenue_axes = rendered.figure.axes[0]
    assert revenue_axes.patches  # bars were drawn
    assert (rendered.width, rendered.height) == (
        detail.charts_view.width(),
        detail.charts_view.height(),
    )  # at the size it is shown (device pixel ratio 1 offscreen)


def test_arrowing_down_the_table_draws_the_charts_of_the_row_it_stops_on(
    view: PortfolioView, qtbot
) -> None:  # type: ignore[no-untyped-def]
    detail = view.detail
    drawn: list[int] = []
    detail.charts_view.sig_resized.disconnect()  # only selections ask for charts here
    original = detail._show_charts
    detail._show_charts = lambda account_id, rendered: (  # type: ignore[method-assign]
        drawn.append(account_id),
        original(account_id, rendered),
    )
    for row in range(5):
        view.table.selectRow(row)
    last = view.model.row_at(4)
    qtbot.waitUntil(lambda: detail.charts_view.rendered is not None)
    assert drawn == [last.id]
    assert detail.charts_view.rendered.figure.axes[0].get_title(loc="left").startswith("Revenue")


def test_create_edit_archive_delete_with_undo_and_redo(
    window: MainWindow, view: PortfolioView, dialogs: FakeDialogs
) -> None:
    store = window.context.workspace.store
    stack = window.context.undo_stack

    def count() -> int:
        with store.session() as session:
            return session.scalar(select(func.count()).select_from(Account)) or 0

    form = view.new_account()
    form.findChild(QLineEdit, "field_name").setText("Zafiro Digital S.L.")
    form.findChild(QLineEdit, "field_currency").setText("EURO")
    form.try_save()
    assert form.findChild(QWidget, "error_currency").isVisible() and count() == 40
    form.findChild(QLineEdit, "field_currency").setText("EUR")
    form.try_save()
    assert count() == 41 and "Zafiro Digital S.L." in shown_names(view)
    new_id = view.selected_id()
    assert view.model.row_at(view.table.currentIndex().row()).name == "Zafiro Digital S.L."

    form = view.edit_account(new_id)
    form.findChild(QLineEdit, "field_name").setText("Zafiro Digital Iberia S.L.")
    form.try_save()
    assert "Zafiro Digital Iberia S.L." in shown_names(view)

    view.toggle_archive(new_id)
    assert "Zafiro Digital Iberia S.L." not in shown_names(view)
    dialogs.confirm_answers.append(True)
    view.delete_account(view.model.row_at(0).id)
    assert count() == 40 and "This also deletes:" in dialogs.messages[-1][2]

    for _ in range(4):
        stack.undo()
    assert count() == 40 and "Zafiro Digital S.L." not in shown_names(view)
    stack.undo()
    assert count() == 41 - 1  # back before the creation: the sample's 40
    for _ in range(5):
        stack.redo()
    assert count() == 40  # created (41), then the first account deleted again
    window.undo_action.trigger()
    assert count() == 41


def test_adding_a_record_with_a_bad_value_keeps_the_form_open(view: PortfolioView) -> None:
    view.table.selectRow(0)
    detail = view.detail
    form = detail._add_record(KINDS["budgets"])
    form.findChild(QLineEdit, "field_planned").setText("-5")
    form.findChild(QLineEdit, "field_committed").setText("abc")
    form.try_save()
    assert form.isVisible()
    assert form.findChild(QWidget, "error_committed").text() == "Not a number: abc"
    form.findChild(QLineEdit, "field_committed").setText("1,000.50")
    form.try_save()
    assert form.findChild(QWidget, "error_planned").text() == "Must not be negative."
    form.findChild(QLineEdit, "field_planned").setText("2,000")
    before = detail.sections["budgets"].model.rowCount()
    form.try_save()
    assert not form.isVisible() or form.result() == 1
    assert detail.sections["budgets"].model.rowCount() in (before, before + 1)


def test_export_writes_the_visible_rows_and_columns(
    view: PortfolioView, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    view.set_column_visible(COLUMN_INDEX["owner"], False)
    view.filters.text.setText("S.A.")
    dialogs.files.append(tmp_path / "export")
    target = view.export("csv")
    assert target == tmp_path / "export.csv"
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert "Owner" not in lines[0] and lines[0].startswith("Account,Sector")
    assert len(lines) == view.model.rowCount() + 1


def test_an_edit_that_keeps_the_name_still_refreshes_the_row(view: PortfolioView) -> None:
    row = view.model.row_at(0)
    view.model.data(view.model.index(0, COLUMN_INDEX["tier"]))  # formatted and cached once
    new_tier = Tier.STANDARD if row.tier is not Tier.STANDARD else Tier.KEY
    view.select_account(row.id)
    form = view.edit_account(row.id)
    tier = form.findChild(QWidget, "field_tier")
    tier.setCurrentIndex(tier.findData(new_tier))
    form.try_save()
    shown = view.model.row_of(row.id)
    assert (
        view.model.data(view.model.index(shown, COLUMN_INDEX["tier"]))
        == new_tier.value.capitalize()
    )


def test_overdue_action_items_stand_out_in_the_account_detail(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import Qt

    from workbench.domain.enums import ActionStatus
    from workbench.services.account_records import RecordView

    model = RecordTableModel(KINDS["action_items"])
    values = {"title": "Send plan", "owner_colleague_id": None, "owner_team": None}
    late = RecordView(1, {**values, "due_on": date(2026, 11, 20), "status": ActionStatus.OPEN})
    due = RecordView(2, {**values, "due_on": date(2026, 12, 1), "status": ActionStatus.OPEN})
    model.set_records([late, due], "EUR", {}, today=date(2026, 11, 26))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Overdue" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_optional_dates_stay_empty_and_a_status_change_fills_them(
    window: MainWindow, view: PortfolioView
) -> None:
    store = window.context.workspace.store
    account_id = view.model.row_at(0).id
    with store.session() as session:
        before = session.get_one(Account, account_id)
        assert before.won_back_on is None and before.status is not AccountStatus.CHURNED
    form = view.edit_account(account_id)
    won_back = form.findChild(QDateEdit, "field_won_back_on")
    assert won_back.text() == "no date"
    status = form.findChild(QComboBox, "field_status")
    status.setCurrentIndex(status.findText("Churned"))
    assert status.currentText() == "Churned"
    form.try_save()
    with store.session() as session:
        after = session.get_one(Account, account_id)
        assert after.churned_on == date.today() and after.won_back_on is None
    window.context.undo_stack.undo()
    with store.session() as session:
        again = session.get_one(Account, account_id)
        assert again.churned_on is None and again.status is before.status


def test_figures_fill_in_after_the_rows_are_shown(view: PortfolioView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = view.model
    figures = range(COLUMN_INDEX["annual_revenue"], model.columnCount())

    def cells() -> list[list[str]]:
        return [
            [model.data(model.index(row, column)) for column in figures]
            for row in range(model.rowCount())
        ]

    shown = cells()
    assert all("…" not in row for row in shown)
    store = view.context.workspace.store
    with store.session() as session:
        quick = load_portfolio(session, with_figures=False)
    view.table.selectRow(3)
    view.show_rows(quick)  # as the first of the two background loads leaves it
    assert {cell for row in cells() for cell in row} == {"…"}
    qtmodeltester.check(model)
    assert view.detail.health.text() == "Health: …"
    assert view.count.text() == "40 of 40 accounts · figures loading…"
    view.reload()
    assert cells() == shown
    assert view.count.text() == "40 of 40 accounts"
    assert view.detail.health.text().startswith("Health: ") and "…" not in view.detail.health.text()


def _changed_elsewhere(window: MainWindow, account_id: int, **values: object) -> None:
    """A change to the account that the open form did not make: a sync's, or another
    window's on the same book."""
    from dataclasses import replace as replaced

    from workbench.services import accounts as account_service
    from workbench.store.database import open_store

    other = open_store(window.context.workspace.store.path)  # type: ignore[union-attr]
    try:
        with other.transaction() as session:
            draft = account_service.account_draft(session, account_id)
            account_service.update_account(session, account_id, replaced(draft, **values))
    finally:
        other.close()


def test_an_edit_form_keeps_what_changed_meanwhile_and_says_when_both_changed_one_field(
    window: MainWindow, view: PortfolioView
) -> None:
    from workbench.services import accounts as account_service

    row = view.model.row_at(0)
    form = view.edit_account(row.id)
    _changed_elsewhere(window, row.id, description="Renewal moved to April")
    form.findChild(QLineEdit, "field_website").setText("https://example.es")
    form.try_save()
    assert form.result() == QDialog.DialogCode.Accepted
    from workbench.store.database import open_store

    store = open_store(window.context.workspace.store.path)  # type: ignore[union-attr]
    with store.session() as session:
        stored = account_service.account_draft(session, row.id)
    store.close()
    assert stored.website == "https://example.es"
    assert stored.description == "Renewal moved to April"  # not overwritten unseen

    form = view.edit_account(row.id)
    _changed_elsewhere(window, row.id, website="https://team.example.com")
    form.findChild(QLineEdit, "field_website").setText("https://mine.example.es")
    form.try_save()
    error = form.findChild(QWidget, "error_website")
    assert error.isVisible() and "https://team.example.com" in error.text()
    form.try_save()  # knowingly: mine
    assert form.result() == QDialog.DialogCode.Accepted
    store = open_store(window.context.workspace.store.path)  # type: ignore[union-attr]
    with store.session() as session:
        assert account_service.account_draft(session, row.id).website == "https://mine.example.es"
    store.close()


def test_reassigning_an_account_hands_over_its_owners_open_work_and_undoes(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, dialogs: FakeDialogs
) -> None:
    import sqlalchemy as sa

    from workbench.domain.enums import ActionStatus, Team
    from workbench.store.database import open_store
    from workbench.store.models import Account, ActionItem, Colleague

    store = open_store(sample_db_path)
    with store.transaction() as session:
        account = session.scalars(
            sa.select(Account).where(Account.owner_id.is_not(None)).order_by(Account.id)
        ).first()
        assert account is not None
        old, name, account_id = account.owner_id, account.name, account.id
        other = session.scalar(
            sa.select(Colleague.id).where(Colleague.id != old, Colleague.active).limit(1)
        )
        for title, owner, status in (
            ("Send the renewal terms", old, ActionStatus.OPEN),
            ("Quarterly review deck", old, ActionStatus.IN_PROGRESS),
            ("Fix the invoice", other, ActionStatus.OPEN),  # owed by someone else: stays
        ):
            session.add(
                ActionItem(
                    account_id=account_id, title=title, owner_colleague_id=owner, status=status
                )
            )
        session.add(ActionItem(account_id=account_id, title="Brief", owner_team=Team.MARKETING))
    store.close()

    def owners() -> tuple[object, list[tuple[str, object]]]:
        check = open_store(sample_db_path)
        with check.session() as session:
            owner = session.scalar(sa.select(Account.owner_id).where(Account.id == account_id))
            items = session.execute(
                sa.select(ActionItem.title, ActionItem.owner_colleague_id)
                .where(ActionItem.account_id == account_id, ActionItem.status != ActionStatus.DONE)
                .order_by(ActionItem.title)
            ).all()
        check.close()
        return owner, [tuple(item) for item in items]

    before = owners()
    window = make_window(sample_db_path)
    view: PortfolioView = window.pages[0].view  # type: ignore[attr-defined]
    view.select_account(account_id)
    dialogs.choices.append(0)  # the first colleague offered (never the current owner)
    view.detail.reassign_button.click()
    asked = dialogs.messages[-1]
    assert asked[0] == "choose_item" and asked[1] == f"Reassign {name}"
    owner, items = owners()
    assert owner not in (old, None)
    moved = dict(items)
    assert moved["Send the renewal terms"] == moved["Quarterly review deck"] == owner
    assert moved["Fix the invoice"] == other and moved["Brief"] is None
    assert view.model.row_at(view.model.row_of(account_id)).owner_id == owner
    window.context.undo_stack.undo()
    assert owners() == before
    window.context.undo_stack.redo()
    assert owners() == (owner, items)
