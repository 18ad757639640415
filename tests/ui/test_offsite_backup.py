"""File → Off-laptop backup folder… and the status bar's word about it (issue 14, Build 7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import TEST_CLOCK
from tests.ui.fakes import FakeDialogs
from workbench.app import build_main_window
from workbench.services.backup import automatic_backup, backups_folder
from workbench.store.models import Account
from workbench.ui.backup_actions import OffsiteFolderDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.preferences import SETTINGS_OFFSITE_FOLDER

NOW = TEST_CLOCK.now()


def _warning(window: MainWindow) -> QLabel:
    label = window.findChild(QLabel, "offsiteBackupWarning")
    assert isinstance(label, QLabel)
    return label


def _old_copy(folder: Path, stem: str, days: int) -> Path:
    """A copy made *days* before the test clock's now, as an earlier session left it."""
    stamp = (NOW - timedelta(days=days)).astimezone(UTC)  # backup names are in UTC
    copy = folder / f"{stem}.auto.{stamp:%Y%m%d-%H%M%S}.sqlite"
    copy.write_bytes(b"an old copy")
    return copy


def test_choosing_a_folder_copies_the_backup_there_at_once(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, tmp_path: Path
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    window = make_window(sample_db_path)
    assert window.backup_actions.offsite_action in window.menuBar().actions()[0].menu().actions()

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OffsiteFolderDialog)
        dialog.edit.setText(str(drive))
        dialog.accept()

    QTimer.singleShot(0, choose)
    window.backup_actions.offsite_action.trigger()
    copies = list(drive.iterdir())
    local = list(backups_folder(sample_db_path).glob("*.auto.*.sqlite"))
    assert [c.name for c in copies] == [b.name for b in local]
    assert copies[0].read_bytes() == local[0].read_bytes()
    assert not _warning(window).isVisibleTo(window)


def test_an_unplugged_drive_is_skipped_and_the_status_bar_says_no_copy_yet(
    make_window: Callable[[Path], MainWindow],
    settings: QSettings,
    sample_db_path: Path,
    tmp_path: Path,
) -> None:
    unplugged = tmp_path / "media" / "usb"
    settings.setValue(SETTINGS_OFFSITE_FOLDER, str(unplugged))
    window = make_window(sample_db_path)
    store = window.context.workspace.store
    assert store is not None
    with store.transaction() as session:
        session.execute(Account.__table__.delete().where(Account.id == 1))
    window.backup_actions.automatic()
    assert list(backups_folder(sample_db_path).glob("*.auto.*.sqlite"))  # backed up here
    assert not unplugged.parent.exists()  # the mount point is never made
    warning = _warning(window)
    assert warning.isVisibleTo(window)
    assert warning.text() == f"No backup has been copied to {unplugged} yet."
    assert window.context.dialogs.messages == []  # type: ignore[attr-defined]


def test_a_copy_older_than_a_week_is_shown_even_while_the_drive_is_unplugged(
    make_window: Callable[[Path], MainWindow],
    settings: QSettings,
    sample_db_path: Path,
    tmp_path: Path,
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    _old_copy(drive, sample_db_path.stem, days=10)
    settings.setValue(SETTINGS_OFFSITE_FOLDER, str(drive))
    window = make_window(sample_db_path)
    assert _warning(window).text() == f"The last backup copy in {drive} is 10 days old."
    window.close()

    drive.rename(tmp_path / "unplugged")  # the drive goes away; its age is remembered
    window = make_window(sample_db_path)
    assert _warning(window).isVisibleTo(window)
    assert _warning(window).text() == f"The last backup copy in {drive} is 10 days old."


def test_a_recent_copy_leaves_the_status_bar_quiet(
    make_window: Callable[[Path], MainWindow],
    settings: QSettings,
    sample_db_path: Path,
    tmp_path: Path,
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    _old_copy(drive, sample_db_path.stem, days=2)
    settings.setValue(SETTINGS_OFFSITE_FOLDER, str(drive))
    window = make_window(sample_db_path)
    assert not _warning(window).isVisibleTo(window)
    window.backup_actions.set_offsite_folder(None)
    assert settings.value(SETTINGS_OFFSITE_FOLDER) is None
    assert not _warning(window).isVisibleTo(window)


def test_the_copy_runs_on_the_thread_pool_and_then_updates_the_status_bar(
    qtbot, settings: QSettings, sample_db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    drive = tmp_path / "usb"
    drive.mkdir()
    automatic_backup(sample_db_path, NOW - timedelta(days=9))
    settings.setValue(SETTINGS_OFFSITE_FOLDER, str(drive))
    window = build_main_window(
        sample_db_path,
        settings=settings,
        dialogs=FakeDialogs(),
        synchronous_tasks=False,
        clock=TEST_CLOCK,
    )
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: _warning(window).isVisibleTo(window), timeout=10_000)
        assert _warning(window).text() == f"The last backup copy in {drive} is 9 days old."
        assert len(list(drive.glob("*.auto.*.sqlite"))) == 1
    finally:
        window.context.tasks.cancel_all()
        window.context.workspace.close()
