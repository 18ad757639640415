"""File → Import a Workbench database…: the rows of another database come into an empty
one through Operations, and every tab hears that everything changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from tests.ui.fakes import FakeDialogs
from workbench.services.changes import ChangeSet
from workbench.store.models import Account
from workbench.ui.main_window import MainWindow


def test_importing_a_database_into_an_empty_one_fills_every_tab(
    make_window: Callable[[Path], MainWindow],
    db_path: Path,
    sample_db_path: Path,
    dialogs: FakeDialogs,
) -> None:
    window = make_window(db_path)
    announced: list[ChangeSet] = []
    window.context.events.sig_data_changed.connect(announced.append)
    dialogs.files.append(sample_db_path)
    window.database_actions.import_database()
    assert dialogs.messages[-1][0] == "info", dialogs.messages
    assert "Imported 40 accounts" in dialogs.messages[-1][2]
    assert announced == [ChangeSet.all()]
    with window.context.workspace.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 40
    assert len(window.pages[0].view.all_rows) == 40  # type: ignore[attr-defined]
