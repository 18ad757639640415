"""File → Back up now / Restore from a backup (or from a whole-database archive), and the
automatic backups.

Automatic backups go to ``backups/`` beside the database, every
:data:`DEFAULT_EVERY_MINUTES` minutes (setting ``backup/everyMinutes``; 0 turns them
off) and when the window closes — each time only if the database changed since the
newest one. Older ones are thinned out to one a day, a week and a month.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from workbench.services import archive, backup
from workbench.services.changes import ChangeSet
from workbench.services.progress import Progress
from workbench.ui.common.formatting import format_local_datetime
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext

SETTINGS_EVERY_MINUTES = "backup/everyMinutes"
DEFAULT_EVERY_MINUTES = 30
_FILTER = "Account Workbench backup (*.sqlite *.db);;All files (*)"
_RESTORE_FILTER = "Account Workbench backup or archive (*.sqlite *.db *.zip);;All files (*)"


def needs_backup(db_path: Path) -> bool:
    """Whether the database changed since its newest automatic backup."""
    folder = backup.backups_folder(db_path)
    newest = max(
        (p.stat().st_mtime for p in folder.glob(f"{db_path.stem}.auto.*.sqlite")), default=0.0
    )
    changed = max(
        (p.stat().st_mtime for p in (db_path, Path(f"{db_path}-wal")) if p.exists()),
        default=0.0,
    )
    return changed > newest


class BackupActions(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.setObjectName("backupNowAction")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.restore)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.automatic)
        minutes = context.settings.value(SETTINGS_EVERY_MINUTES, DEFAULT_EVERY_MINUTES)
        try:
            every = int(str(minutes))
        except ValueError:
            every = DEFAULT_EVERY_MINUTES
        if every > 0:
            self.timer.start(every * 60_000)

    def _db_path(self) -> Path | None:
        store = self.context.workspace.store
        return None if store is None else store.path

    # --- automatic ----------------------------------------------------------------------------
    def automatic(self) -> None:
        path = self._db_path()
        if path is None or not needs_backup(path):
            return
        self.context.tasks.run(
            lambda _progress: backup.automatic_backup(path),
            on_finished=lambda written: None,
            on_failed=self._automatic_failed,
        )

    def _automatic_failed(self, error: Exception) -> None:
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("The automatic backup failed: {error}").format(
                error=error.translated() if isinstance(error, backup.BackupError) else error
            ),
            10_000,
        )

    def after_close(self, path: Path | None) -> None:
        """The window closed the database at *path*: one last backup if anything changed
        (after closing, so the backup holds every write; quick, on this thread)."""
        if path is not None and needs_backup(path):
            # The window is closing: a failure here is tried again at the next start.
            with suppress(backup.BackupError):
                backup.automatic_backup(path)

    # --- by hand ------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        path = self._db_path()
        if path is None:
            return
        stamp = datetime.now().strftime("%Y-%m-%d %H%M")
        suggested = backup.backups_folder(path) / f"{path.stem} {stamp}.sqlite"
        target = self.context.dialogs.choose_save_file(self.tr("Back up now"), suggested, _FILTER)
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        ProgressRun(self.context, self.window).start(
            self.tr("Back up now"),
            self.tr("Writing the backup…"),
            lambda _progress: backup.write_backup(path, target),
            on_finished=lambda written: self.context.dialogs.inform(
                self.tr("Back up now"),
                self.tr("The database is backed up to {file}.").format(file=written),
            ),
            on_failed=partial(self._failed, self.tr("Back up now")),
            on_cancelled=lambda: None,
        )

    def restore(self) -> None:
        path = self._db_path()
        if path is None:
            return
        chosen = self.context.dialogs.choose_open_file(
            self.tr("Restore from a backup"), backup.backups_folder(path), _RESTORE_FILTER
        )
        if chosen is not None:
            self.restore_file(chosen)

    def restore_file(self, chosen: Path) -> None:
        """Put *chosen* (a backup, or a whole-database archive) in place of the database,
        once it is checked and the user agrees."""
        path = self._db_path()
        if path is None:
            return
        title = self.tr("Restore from a backup")
        try:
            accounts = _accounts_in(chosen)
        except backup.BackupError as error:
            self.context.dialogs.error(
                title,
                self.tr("{file} cannot be restored: {error}\n\nNothing was changed.").format(
                    file=chosen.name, error=error.translated()
                ),
            )
            return
        written = datetime.fromtimestamp(chosen.stat().st_mtime).astimezone()
        if not self.context.dialogs.confirm(
            title,
            self.tr(
                "Replace the database with {file} ({accounts} accounts, written {when})?\n\n"
                "The database as it is now is kept in the backups folder."
            ).format(file=chosen.name, accounts=accounts, when=format_local_datetime(written)),
        ):
            return
        self.context.tasks.cancel_all()
        self.context.workspace.close()
        ProgressRun(self.context, self.window).start(
            title,
            self.tr("Restoring {file}…").format(file=chosen.name),
            partial(_restore, chosen, path),
            on_finished=partial(self._restored, path),
            on_failed=partial(self._restore_failed, path),
            on_cancelled=partial(self._reopen, path),
            maximum=3,
        )

    def _reopen(self, path: Path) -> None:
        if not self.context.workspace.open(path):
            self.context.events.sig_data_changed.emit(ChangeSet.all())

    def _restored(self, path: Path, kept: Path | None) -> None:
        self._reopen(path)
        text = self.tr("The backup is restored.")
        if kept is not None:
            text += "\n\n" + self.tr("The database as it was is kept in {file}.").format(file=kept)
        self.context.dialogs.inform(self.tr("Restore from a backup"), text)

    def _restore_failed(self, path: Path, error: Exception) -> None:
        self._reopen(path)
        self._failed(self.tr("Restore from a backup"), error)

    def _failed(self, title: str, error: Exception) -> None:
        reason = error.translated() if isinstance(error, backup.BackupError) else str(error)
        self.context.dialogs.error(
            title, self.tr("{error}\n\nNothing was changed.").format(error=reason)
        )


def _accounts_in(chosen: Path) -> int:
    """How many accounts *chosen* holds, once checked; raises ``BackupError`` if refused."""
    if archive.is_archive(chosen):
        return archive.read_archive_manifest(chosen).tables.get("accounts", 0)
    return backup.verify_backup(chosen).accounts


def _restore(chosen: Path, path: Path, progress: Progress) -> Path | None:
    if archive.is_archive(chosen):
        return archive.restore_archive(chosen, path, progress)
    return backup.restore_backup(chosen, path, progress)
