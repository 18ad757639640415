"""The account detail's History page: what changed in the selected account, newest first,
read when the page is shown and again after a change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

from PySide6.QtCore import Qt

from tests.services.test_accounts_and_records import draft
from workbench.domain.enums import ChangeKind, ChangeSource, Tier
from workbench.services.accounts import account_draft
from workbench.services.conflict_history import ConflictEvent
from workbench.services.history import HistoryEntry
from workbench.ui.main_window import MainWindow
from workbench.ui.portfolio.history_page import HistoryModel


def _texts(model: HistoryModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_history_page_shows_the_selected_accounts_changes(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(sample_db_path)
    window.resize(1366, 768)
    window.show()
    view = window.pages[0].view  # type: ignore[attr-defined]
    store = window.context.workspace.store
    store.author = "Elena Vidal"
    view.table.selectRow(0)
    detail = view.detail
    page = detail.history
    detail.lists.setCurrentWidget(page)
    assert page.empty.isVisible() and not page.table.isVisible()  # the sample has no history
    account_id = detail.row.id
    with store.session() as session:
        before = account_draft(session, account_id)
    tier = Tier.KEY if before.tier != Tier.KEY else Tier.STANDARD
    view.edits.update_account(account_id, draft(**{**vars(before), "tier": tier}))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    texts = _texts(page.model, 0)
    assert texts[1:3] == ["Elena Vidal", "Edit"]
    assert texts[3] == f"Tier: {before.tier.value.capitalize()} → {tier.value.capitalize()}"
    assert page.table.isVisible() and not page.empty.isVisible()
    # Another account selected: its own (empty) history, not this one's.
    view.table.selectRow(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    window.grab().save(str(sample_db_path.parent / "history.png"))


def test_the_history_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = HistoryModel()
    entry = HistoryEntry(
        id=1,
        at=datetime(2026, 3, 12, 10, 42, tzinfo=UTC),
        author="Elena Vidal",
        source=ChangeSource.FORM,
        kind=ChangeKind.UPDATE,
        table="contacts",
        record_uid=uuid4(),
        record_name="Ana Ruiz",
        field="email",
        old="ana@old.example",
        new="ana@new.example",
    )
    created = [
        replace(entry, id=2, kind=ChangeKind.CREATE, field=field, old=None, new=value)
        for field, value in (("last_name", "Ruiz"), ("first_name", "Ana"))
    ]
    model.show([entry, *created])
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # a record created is one line, its fields in column order
    assert (
        model.index(0, 3).data() == "Contact Ana Ruiz · E-mail: ana@old.example → ana@new.example"
    )
    assert (
        model.index(1, 3).data() == "Contact Ana Ruiz · Created: First name: Ana · Last name: Ruiz"
    )
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Change"


def test_conflicts_take_their_place_in_the_history_by_time(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = HistoryModel()
    edit = HistoryEntry(
        id=1,
        at=datetime(2026, 3, 12, 10, 42, tzinfo=UTC),
        author="Elena Vidal",
        source=ChangeSource.SYNC,
        kind=ChangeKind.UPDATE,
        table="accounts",
        record_uid=uuid4(),
        record_name="Hotel Sol",
        field="name",
        old="Hotel Sol (B)",
        new="Hotel Sol (A)",
    )
    arose = ConflictEvent(
        at=datetime(2026, 3, 12, 10, 41, tzinfo=UTC),
        who="Elena Vidal",
        settled=False,
        table="accounts",
        record=str(uuid4()),
        label="Hotel Sol",
        field="name",
        yours="Hotel Sol (B)",
        yours_by="Elena Vidal",
        theirs="Hotel Sol (A)",
        theirs_by="Jorge Ruiz",
    )
    settled = replace(
        arose,
        at=datetime(2026, 3, 13, 9, 0, tzinfo=UTC),
        who="Jorge Ruiz",
        settled=True,
        take="mine",
        value="Hotel Sol (B)",
    )
    deleted = replace(arose, table="contacts", label="Ana Ruiz", field="*", yours=None, theirs={})
    model.show([edit], [arose, settled, deleted])
    qtmodeltester.check(model)
    assert [_texts(model, row)[1:] for row in range(model.rowCount())] == [
        ["Jorge Ruiz", "Conflict settled", "Name: settled for Elena Vidal's Hotel Sol (B)"],
        ["Elena Vidal", "Sync", "Name: Hotel Sol (B) → Hotel Sol (A)"],
        [
            "Elena Vidal",
            "Conflict",
            "Name: Hotel Sol (B) clashed with Jorge Ruiz's Hotel Sol (A), which the team kept",
        ],
        [
            "Elena Vidal",
            "Conflict",
            "Contact Ana Ruiz · deleted while Jorge Ruiz edited it; the team kept the record",
        ],
    ]
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
