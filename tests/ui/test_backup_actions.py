"""File → Back up now / Restore from a backup, as a user drives them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.dumps import dump
from tests.ui.fakes import FakeDialogs
from workbench.io.delimited import ReadProblem
from workbench.services.archive import is_archive, write_archive
from workbench.services.backup import verify_backup
from workbench.services.data_import import read_file
from workbench.store.models import Account
from workbench.ui.backup_actions import needs_backup
from workbench.ui.main_window import MainWindow


def _accounts(window: MainWindow) -> int:
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Account)) or 0


def test_back_up_then_restore_from_the_file_menu(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    menu = [a.objectName() for a in window.findChild(type(window.menuBar()), None).actions()]
    assert menu  # the menu bar exists
    target = tmp_path / "before-cleanup.sqlite"
    dialogs.files.append(target)
    window.backup_actions.backup_action.trigger()
    assert verify_backup(target).accounts == 40
    assert any(kind == "info" and str(target) in text for kind, _t, text in dialogs.messages)

    store = window.context.workspace.store
    assert store is not None
    with store.transaction() as session:
        session.execute(Account.__table__.delete().where(Account.id <= 10))
    assert _accounts(window) == 30

    dialogs.files.append(target)
    dialogs.confirm_answers.append(True)
    window.backup_actions.restore_action.trigger()
    assert _accounts(window) == 40
    portfolio = window.page("portfolioTab")
    assert portfolio.view.model.rowCount() == 40  # type: ignore[union-attr]
    assert any("kept in" in text for kind, _t, text in dialogs.messages if kind == "info")
    kept = list((sample_db_path.parent / "backups").glob("*before-restore*"))
    assert len(kept) == 1 and verify_backup(kept[0]).accounts == 30


def test_a_damaged_backup_is_refused_before_anything_changes(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    bad = tmp_path / "damaged.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialogs.files.append(bad)
    window.backup_actions.restore_action.trigger()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error" and "Nothing was changed" in text
    assert not dialogs.confirm_answers and _accounts(window) == 40
    assert window.context.workspace.store is not None


def test_closing_the_window_backs_up_a_changed_database_once(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    folder = sample_db_path.parent / "backups"
    with closing(sqlite3.connect(sample_db_path)) as db:
        db.execute("UPDATE accounts SET name = name || '.' WHERE id = 1")
        db.commit()
    assert needs_backup(sample_db_path)
    window.close()
    automatic = list(folder.glob("*.auto.*.sqlite"))
    assert len(automatic) == 1 and verify_backup(automatic[0]).accounts == 40
    assert not needs_backup(sample_db_path)


def test_export_data_from_the_file_menu_writes_typed_excel(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    dialog = window.export_data()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("incidents"))
    dialogs.files.append(tmp_path / "incidents")  # no suffix: the format's is added
    dialog.accept()
    written = tmp_path / "incidents.xlsx"
    sheet = openpyxl.load_workbook(written).active
    assert sheet.max_row > 1 and sheet["A2"].data_type == "n"
    assert any(kind == "info" and "incidents.xlsx" in text for kind, _t, text in dialogs.messages)


def test_the_whole_database_goes_to_an_archive_and_comes_back_through_import(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    before = dump(sample_db_path)
    dialog = window.export_data()
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("archive"))
    assert not dialog.kind.isEnabled()
    dialogs.files.append(tmp_path / "book")
    dialog.accept()
    archive = tmp_path / "book.zip"
    assert is_archive(archive)
    assert any(kind == "info" and "book.zip" in text for kind, _t, text in dialogs.messages)

    store = window.context.workspace.store
    assert store is not None
    with store.transaction() as session:
        session.execute(Account.__table__.delete().where(Account.id <= 10))
    assert _accounts(window) == 30

    dialogs.files.append(archive)
    dialogs.confirm_answers.append(True)
    assert window.import_data() is None  # an archive is restored, not imported row by row
    confirm = next(text for kind, _t, text in dialogs.messages if kind == "confirm")
    assert "book.zip (40 accounts" in confirm
    assert _accounts(window) == 40
    assert dump(sample_db_path) == before


def test_an_archive_is_not_read_as_a_table(sample_db_path: Path, tmp_path: Path) -> None:
    archive = tmp_path / "book.zip"
    write_archive(sample_db_path, archive)
    with pytest.raises(ReadProblem, match="whole-database archive"):
        read_file(archive)
