"""File → Encrypt database… / Change passphrase… / Remove encryption….

Each rewrites the whole database into a new file and swaps it in
(:mod:`workbench.services.encryption`), which needs the database for itself: the window
cancels its tasks and closes the database (releasing its own hold), rewrites it in the
background with progress, and opens it again — with the new passphrase when the rewrite
was made, as it was when it failed or was refused (another program has it open, say).

After encrypting, the copies already in ``backups/`` are still readable by anyone: they
are listed, and removed only if the user agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from workbench.services.changes import ChangeSet
from workbench.services.encryption import (
    Rewritten,
    change_passphrase,
    encrypt_database,
    plain_backups,
    remove_encryption,
    remove_files,
)
from workbench.services.passphrases import (
    forget_passphrase,
    remember_passphrase,
    remembered_passphrase,
)
from workbench.services.progress import Cancelled, Progress
from workbench.store.cipher import CipherRefusal, Passphrase, connect_file
from workbench.store.database import Store
from workbench.ui.common.failures import failure_text
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.figure_settings import current_settings
from workbench.ui.passphrase_dialog import PassphraseAnswer

#: How many plain backups are named one by one before "and N more".
_LISTED_BACKUPS = 10


class _FinalStepKept(Progress):
    """Relays *outer*'s progress and cancellation, except at the last step: once the new
    file is in place the work is done, and a late Cancel must not say otherwise."""

    def __init__(self, outer: Progress) -> None:
        super().__init__(outer.on_progress)
        self._outer = outer

    def advance(self, done: int, total: int, message: str = "") -> None:
        if self._outer.cancelled and done < total:
            raise Cancelled
        if self.on_progress is not None:
            self.on_progress(done, total, message)


def _run_rewrite(rewrite: Callable[[Progress], Rewritten], progress: Progress) -> Rewritten:
    return rewrite(_FinalStepKept(progress))


class EncryptionActions(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.encrypt_action = QAction(self.tr("En&crypt database…"), self)
        self.encrypt_action.setObjectName("encryptDatabaseAction")
        self.encrypt_action.triggered.connect(self.encrypt)
        self.change_action = QAction(self.tr("C&hange passphrase…"), self)
        self.change_action.setObjectName("changePassphraseAction")
        self.change_action.triggered.connect(self.change)
        self.remove_action = QAction(self.tr("Remo&ve encryption…"), self)
        self.remove_action.setObjectName("removeEncryptionAction")
        self.remove_action.triggered.connect(self.remove)
        context.events.sig_database_opened.connect(self.show_state)
        self.show_state(context.workspace.store)

    @property
    def actions(self) -> tuple[QAction, QAction, QAction]:
        return (self.encrypt_action, self.change_action, self.remove_action)

    def show_state(self, store: Store | None) -> None:
        """Offer what fits the open database: encrypting a plain one, the rest for an
        encrypted one; nothing while none is open."""
        encrypted = store is not None and store.encrypted
        self.encrypt_action.setEnabled(store is not None and not encrypted)
        self.change_action.setEnabled(encrypted)
        self.remove_action.setEnabled(encrypted)

    # --- the three use cases ------------------------------------------------------------------
    def encrypt(self) -> None:
        store = self.context.workspace.store
        if store is None or store.encrypted:
            return
        path, title = store.path, self.tr("Encrypt database")
        answer = self.context.dialogs.ask_passphrase(path, new=True)
        if answer is None or not self.context.dialogs.confirm(
            title,
            self.tr(
                "Encrypt {file} now?\n\n"
                "The whole database is rewritten, encrypted with the passphrase you chose, "
                "and the window reopens it when done. From then on it opens only with that "
                "passphrase: if it is lost, nobody — not even you — can read the database "
                "again. Backups made from now on are encrypted with it too."
            ).format(file=path.name),
        ):
            return
        self._rewrite(
            title,
            self.tr("Encrypting {file}…").format(file=path.name),
            path,
            partial(encrypt_database, path, answer.passphrase),
            before=None,
            after=answer,
        )

    def change(self) -> None:
        store = self.context.workspace.store
        if store is None or not store.encrypted:
            return
        path, title = store.path, self.tr("Change passphrase")
        answer = self.context.dialogs.ask_passphrase(path, new=True)
        if answer is None or not self.context.dialogs.confirm(
            title,
            self.tr(
                "Encrypt {file} with the new passphrase?\n\n"
                "The whole database is rewritten and the window reopens it when done. "
                "Backups made before keep the previous passphrase: restoring one of them "
                "will ask for it."
            ).format(file=path.name),
        ):
            return
        old = store.passphrase
        assert old is not None  # an encrypted store was opened with its passphrase
        self._rewrite(
            title,
            self.tr("Encrypting {file} with the new passphrase…").format(file=path.name),
            path,
            partial(change_passphrase, path, old, answer.passphrase),
            before=old,
            after=answer,
        )

    def remove(self) -> None:
        store = self.context.workspace.store
        if store is None or not store.encrypted or store.passphrase is None:
            return
        path, title = store.path, self.tr("Remove encryption")
        if not self.context.dialogs.confirm(
            title,
            self.tr(
                "Remove the encryption of {file}?\n\n"
                "The database will be a plain file again: anyone who gets hold of this "
                "computer, or of a copy of the file, can read every account, contact and "
                "contract in it without a passphrase. Backups made from now on are not "
                "encrypted either."
            ).format(file=path.name),
        ):
            return
        self._rewrite(
            title,
            self.tr("Removing the encryption of {file}…").format(file=path.name),
            path,
            partial(remove_encryption, path, store.passphrase),
            before=store.passphrase,
            after=None,
        )

    # --- the rewrite, shared ----------------------------------------------------------------------
    def _rewrite(
        self,
        title: str,
        label: str,
        path: Path,
        rewrite: Callable[[Progress], Rewritten],
        *,
        before: Passphrase | None,
        after: PassphraseAnswer | None,
    ) -> None:
        """Close the database, run *rewrite* in the background, reopen the database."""
        for action in self.actions:
            action.setEnabled(False)
        self.context.tasks.cancel_all()
        self.context.workspace.close()  # the window's own hold on the file goes with it
        ProgressRun(self.context, self.window).start(
            title,
            label,
            partial(_run_rewrite, rewrite),
            on_finished=partial(self._rewritten, title, path, before, after),
            on_failed=partial(self._failed, title, path, before, after),
            on_cancelled=partial(self._cancelled, title, path, before, after),
            maximum=4,
        )

    def _rewritten(
        self,
        title: str,
        path: Path,
        before: Passphrase | None,
        after: PassphraseAnswer | None,
        rewritten: Rewritten,
    ) -> None:
        self._remember(path, before, after)
        if not self._reopen(path, before, after):
            return
        dialogs = self.context.dialogs
        if after is None:
            dialogs.inform(
                title,
                self.tr("{file} is no longer encrypted.").format(file=path.name),
            )
        elif before is not None:
            dialogs.inform(
                title,
                self.tr("{file} is now encrypted with the new passphrase.").format(file=path.name),
            )
        else:
            dialogs.inform(title, self.tr("{file} is now encrypted.").format(file=path.name))
            offsite = current_settings(self.context).offsite_folder
            elsewhere = (Path(offsite),) if isinstance(offsite, str) and offsite else ()
            self._offer_removing(title, plain_backups(path, elsewhere))

    def _remember(
        self, path: Path, before: Passphrase | None, after: PassphraseAnswer | None
    ) -> None:
        """The keyring follows the database: the new passphrase replaces a remembered old
        one (or is remembered on request); none is kept for a plain database."""
        was_remembered = before is not None and remembered_passphrase(path) is not None
        if after is None or was_remembered:
            forget_passphrase(path)
        if after is not None and (after.remember or was_remembered):
            remember_passphrase(path, after.passphrase.text)

    def _offer_removing(self, title: str, plain: tuple[Path, ...]) -> None:
        if not plain:
            return
        folders = {p.parent for p in plain}
        shown = (lambda p: p.name) if len(folders) == 1 else str
        names = "\n".join(f"• {shown(p)}" for p in plain[:_LISTED_BACKUPS])
        if len(plain) > _LISTED_BACKUPS:
            names += "\n" + self.tr("… and %n more", "", len(plain) - _LISTED_BACKUPS)
        folder = plain[0].parent if len(folders) == 1 else ", ".join(sorted(map(str, folders)))
        dialogs = self.context.dialogs
        if not dialogs.confirm(
            title,
            self.tr(
                "These %n copies in {folder} are not encrypted: anyone can read them.\n\n"
                "{names}\n\nRemove them now? The encrypted database and the backups made "
                "from now on are not affected.",
                "",
                len(plain),
            ).format(folder=folder, names=names),
        ):
            dialogs.inform(
                title,
                self.tr(
                    "The plain copies were kept in {folder}. Remove them by hand when you "
                    "no longer need them."
                ).format(folder=folder),
            )
            return
        try:
            removed = remove_files(plain)
        except OSError as error:
            dialogs.error(title, failure_text(error))
            return
        dialogs.inform(title, self.tr("%n plain copies removed.", "", removed))

    def _failed(
        self,
        title: str,
        path: Path,
        before: Passphrase | None,
        after: PassphraseAnswer | None,
        error: Exception,
    ) -> None:
        self._reopen(path, before, after)
        self.context.dialogs.error(
            title,
            self.tr("{error}\n\nThe database was left as it was.").format(
                error=failure_text(error)
            ),
        )

    def _cancelled(
        self, title: str, path: Path, before: Passphrase | None, after: PassphraseAnswer | None
    ) -> None:
        if self._reopen(path, before, after):
            self.context.dialogs.inform(
                title, self.tr("Cancelled: the database was left as it was.")
            )

    def _reopen(
        self, path: Path, before: Passphrase | None, after: PassphraseAnswer | None
    ) -> bool:
        """Open *path* again with whichever passphrase opens it now: the new one once the
        rewrite is in place, the old one if it never was."""
        passphrase = _opening(path, [None if after is None else after.passphrase, before])
        workspace = self.context.workspace
        if workspace.open(path, passphrase):
            return True
        self.context.events.sig_data_changed.emit(ChangeSet.all())
        self.context.dialogs.error(
            self.tr("Cannot open database"), workspace.open_error or str(path)
        )
        return False


def _opening(path: Path, candidates: list[Passphrase | None]) -> Passphrase | None:
    """The first of *candidates* that opens *path* (``None`` for a plain file)."""
    for candidate in candidates:
        try:
            connect_file(path, candidate, read_only=True).close()
        except CipherRefusal:
            continue
        except Exception:  # the file's own trouble: opening it says what
            return candidate
        return candidate
    return None
