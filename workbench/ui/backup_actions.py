"""File → Back up now / Restore from a backup (or from a whole-database archive), and the
automatic backups.

Automatic backups go to ``backups/`` beside the database, every
:data:`DEFAULT_EVERY_MINUTES` minutes (setting ``backup/everyMinutes``; 0 turns them
off) and when the window closes — each time only if the database changed since the
newest one. Older ones are thinned out to one a day, a week and a month.

File → Off-laptop backup folder… chooses a second folder (a USB drive, a synced
folder): the newest automatic backup is copied there too whenever it is reachable
(:mod:`workbench.services.offsite_backup`), and the status bar says when the last copy
there is older than a week, or there is none yet. The folder is a setting of the
database (it decides what is kept safe, and an older version's is adopted when a
database opens); how often to back up and when the last copy went there are this
computer's preferences (:mod:`workbench.ui.preferences`).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from workbench.i18n import translated
from workbench.services import archive, backup, offsite_backup
from workbench.services.changes import ChangeSet
from workbench.services.progress import Progress
from workbench.services.settings import SettingRefused, check_settings
from workbench.store.cipher import CipherRefusal, Passphrase, connect_file, is_encrypted
from workbench.store.failures import describe_failure
from workbench.ui.common.failures import failure_text
from workbench.ui.common.formatting import format_local_datetime
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.figure_settings import adopt_retired_settings, change_settings, current_settings
from workbench.ui.preferences import backup_every_minutes, offsite_last_copy, set_offsite_last_copy

#: The status bar's warning: amber, as a reminder rather than an error.
_WARNING_STYLE = "color: #b45309;"
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


@dataclass(frozen=True)
class OffsiteOutcome:
    """What a round of automatic backing up found off the laptop."""

    folder: Path
    #: The newest copy there (``None``: none, or the folder not reachable now).
    newest: datetime | None
    #: Why the copy failed, if it did (the drive full, pulled out mid-copy).
    error: OSError | None = None


def _back_up_and_copy(
    path: Path, folder: Path | None, back_up: bool = True, passphrase: Passphrase | None = None
) -> OffsiteOutcome | None:
    """The automatic backup (if *back_up* and the database changed), then the copy off
    the laptop."""
    if back_up and needs_backup(path):
        backup.automatic_backup(path, passphrase=passphrase)
    if folder is None:
        return None
    try:
        offsite_backup.copy_newest(path, folder)
    except OSError as error:
        return OffsiteOutcome(folder, offsite_backup.newest_copy(folder, path.stem), error)
    return OffsiteOutcome(folder, offsite_backup.newest_copy(folder, path.stem))


class OffsiteFolderDialog(QDialog):
    """The second backup folder: typed or chosen, or left empty for none."""

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offsiteFolderDialog")
        self.setWindowTitle(self.tr("Off-laptop backup folder"))
        explanation = QLabel(
            self.tr(
                "Automatic backups are copied to this folder as well whenever it is "
                "reachable: a USB drive when it is plugged in, or a folder that is synced "
                "elsewhere. Leave it empty for no copy."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.edit = QLineEdit("" if folder is None else str(folder), self)
        self.edit.setObjectName("offsiteFolderEdit")
        self.edit.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def folder(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


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
        self.offsite_action = QAction(self.tr("Off-laptop backup &folder…"), self)
        self.offsite_action.setObjectName("offsiteBackupAction")
        self.offsite_action.triggered.connect(self.choose_offsite_folder)
        self.offsite_label = QLabel(window)
        self.offsite_label.setObjectName("offsiteBackupWarning")
        self.offsite_label.setStyleSheet(_WARNING_STYLE)
        self.offsite_label.hide()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar) and isinstance(bar := status_bar(), QStatusBar):
            bar.addPermanentWidget(self.offsite_label)
        # The folder is the database's setting: an older version's, kept in QSettings, is
        # adopted first (by whichever database opens first), then the copy goes there.
        context.events.sig_database_opened.connect(
            lambda _store: adopt_retired_settings(context, then=self.copy_offsite)
        )
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.automatic)
        every = backup_every_minutes(context.settings)
        if every > 0:
            self.timer.start(every * 60_000)

    def _db_path(self) -> Path | None:
        store = self.context.workspace.store
        return None if store is None else store.path

    def _passphrase(self) -> Passphrase | None:
        """The open database's passphrase: its backups are encrypted with it."""
        store = self.context.workspace.store
        return None if store is None else store.passphrase

    # --- automatic ----------------------------------------------------------------------------
    def automatic(self, back_up: bool = True) -> None:
        """Back up if the database changed, copy the newest backup off the laptop if a
        folder is chosen and reachable, and say how old the copy there is."""
        path = self._db_path()
        folder = self.offsite_folder()
        if path is None or (folder is None and not (back_up and needs_backup(path))):
            self._show_offsite(None)
            return
        passphrase = self._passphrase()
        self.context.tasks.run(
            lambda _progress: _back_up_and_copy(path, folder, back_up, passphrase),
            on_finished=self._show_offsite,
            on_failed=self._automatic_failed,
            # No question on close: the close waits for it and backs up again itself,
            # and the next start copies off the laptop what this copy did not.
            writes=False,
        )

    def copy_offsite(self) -> None:
        """Only the copy off the laptop and its status (a database was opened, the folder
        changed): no new backup."""
        self.automatic(back_up=False)

    # --- off the laptop -------------------------------------------------------------------------
    def offsite_folder(self) -> Path | None:
        """The open database's off-laptop backup folder, if it has one."""
        value = current_settings(self.context).offsite_folder
        return Path(value) if value else None

    def choose_offsite_folder(self) -> None:
        dialog = OffsiteFolderDialog(self.offsite_folder(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_offsite_folder(dialog.folder())

    def set_offsite_folder(self, folder: Path | None) -> None:
        """Copy the automatic backups to *folder* from now on (``None``: nowhere)."""
        if folder == self.offsite_folder() or self.context.workspace.store is None:
            return
        chosen = current_settings(self.context).replace(
            offsite_folder=None if folder is None else str(folder)
        )
        try:
            check_settings(chosen)
        except SettingRefused as refusal:
            self.context.dialogs.error(self.tr("Off-laptop backup folder"), translated(refusal))
            return

        def changed(_settings: object) -> None:
            # Another folder: its copies are its own.
            set_offsite_last_copy(self.context.settings, None)
            self.automatic()  # the first copy now, not at the next timer

        change_settings(
            self.context, chosen, self.tr("Change the off-laptop backup folder"), on_done=changed
        )

    def _last_copy(self, found: datetime | None) -> datetime | None:
        """The newest copy known: *found* there now, or remembered from when it was."""
        remembered = offsite_last_copy(self.context.settings)
        newest = max((t for t in (found, remembered) if t is not None), default=None)
        if newest is not None and newest != remembered:
            set_offsite_last_copy(self.context.settings, newest)
        return newest

    def _show_offsite(self, outcome: OffsiteOutcome | None) -> None:
        label = self.offsite_label
        folder = self.offsite_folder()
        if folder is None or (outcome is not None and outcome.folder != folder):
            label.hide()
            return
        last = self._last_copy(None if outcome is None else outcome.newest)
        now = self.context.clock.now().astimezone(UTC)
        if outcome is not None and outcome.error is not None:
            label.setText(
                self.tr("The backup could not be copied to {folder}: {error}").format(
                    folder=folder, error=outcome.error.strerror or outcome.error
                )
            )
        elif last is None:
            label.setText(
                self.tr("No backup has been copied to {folder} yet.").format(folder=folder)
            )
        elif offsite_backup.is_stale(last, now):
            days = (now - last).days
            label.setText(
                self.tr("The last backup copy in {folder} is %n day(s) old.", "", days).format(
                    folder=folder
                )
            )
        else:
            label.hide()
            return
        label.setToolTip(self.tr("File → Off-laptop backup folder… chooses where copies go."))
        label.show()

    def _automatic_failed(self, error: Exception) -> None:
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("The automatic backup failed: {error}").format(
                error=translated(error) if isinstance(error, backup.BackupError) else error
            ),
            10_000,
        )

    def after_close(self, path: Path | None, passphrase: Passphrase | None = None) -> None:
        """The window closed the database at *path*: one last backup if anything changed
        (after closing, so the backup holds every write; quick, on this thread)."""
        if path is not None and needs_backup(path):
            # The window is closing: a failure here is tried again at the next start.
            with suppress(backup.BackupError):
                backup.automatic_backup(path, passphrase=passphrase)
        # No copy off the laptop here: a slow USB drive or a stalled network folder would
        # hold the closing window; the next start copies this backup there in the background.

    # --- by hand ------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        path = self._db_path()
        if path is None:
            return
        passphrase = self._passphrase()
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
            lambda _progress: backup.write_backup(path, target, passphrase),
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
        passphrase = self._passphrase()
        try:
            backup_passphrase = self._backup_passphrase(chosen, passphrase)
        except _Cancelled:
            return
        try:
            accounts = _accounts_in(chosen, backup_passphrase)
        except backup.BackupError as error:
            self.context.dialogs.error(
                title,
                self.tr("{file} cannot be restored: {error}\n\nNothing was changed.").format(
                    file=chosen.name, error=translated(error)
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
            partial(_restore, chosen, path, passphrase, backup_passphrase),
            on_finished=partial(self._restored, path),
            on_failed=partial(self._restore_failed, path),
            on_cancelled=partial(self._reopen, path),
            maximum=3,
        )

    def _backup_passphrase(self, chosen: Path, passphrase: Passphrase | None) -> Passphrase | None:
        """The passphrase that opens *chosen*: none for a plain file, the database's own if
        it fits, else asked (:class:`_Cancelled` when the user gives up)."""
        if archive.is_archive(chosen) or not is_encrypted(chosen):
            return passphrase
        candidate, wrong = passphrase, False
        while True:
            if candidate is not None:
                try:
                    connect_file(chosen, candidate, read_only=True).close()
                    return candidate
                except CipherRefusal:
                    wrong = True
            answer = self.context.dialogs.ask_passphrase(chosen, wrong=wrong)
            if answer is None:
                raise _Cancelled
            candidate = answer.passphrase

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
        reason = failure_text(error)
        if describe_failure(error) is None:  # those sentences already say what was kept
            reason = self.tr("{error}\n\nNothing was changed.").format(error=reason)
        self.context.dialogs.error(title, reason)


class _Cancelled(Exception):
    """The user cancelled a question: nothing to do."""


def _accounts_in(chosen: Path, passphrase: Passphrase | None) -> int:
    """How many accounts *chosen* holds, once checked; raises ``BackupError`` if refused."""
    if archive.is_archive(chosen):
        return archive.read_archive_manifest(chosen).tables.get("accounts", 0)
    return backup.verify_backup(chosen, passphrase).accounts


def _restore(
    chosen: Path,
    path: Path,
    passphrase: Passphrase | None,
    backup_passphrase: Passphrase | None,
    progress: Progress,
) -> Path | None:
    if archive.is_archive(chosen):
        return archive.restore_archive(chosen, path, progress, passphrase=passphrase)
    return backup.restore_backup(
        chosen, path, progress, passphrase=passphrase, backup_passphrase=backup_passphrase
    )
