"""The database the window is working on, and switching to another one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.domain.validation import Refusal
from workbench.i18n import translated
from workbench.services.changes import ChangeSet
from workbench.services.passphrases import remember_passphrase, remembered_passphrase
from workbench.store.cipher import Passphrase, PassphraseNeeded, WrongPassphrase
from workbench.store.database import Store
from workbench.store.failures import describe_failure
from workbench.store.migrate import DatabaseOpenError
from workbench.ui.events import AppEvents
from workbench.ui.passphrase_dialog import PassphraseAnswer

log = logging.getLogger(__name__)


class Workspace(QObject):
    """Holds the open :class:`Store` (or the reason none is open) and announces switches."""

    sig_switched = Signal()
    """Another database was opened: undo history of the previous one no longer applies."""

    def __init__(
        self,
        events: AppEvents,
        opener: Callable[..., Store],
        ask_passphrase: Callable[..., PassphraseAnswer | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = events
        self._opener = opener
        self._ask_passphrase = ask_passphrase
        self.store: Store | None = None
        #: Why the last database could not be opened, for the window to show.
        self.open_error: str | None = None
        self.failed_path: Path | None = None

    def open(self, path: Path, passphrase: Passphrase | None = None) -> bool:
        """Open *path*; on failure keep the current database and remember why.

        An encrypted database is opened with *passphrase*, else the one remembered in the
        keyring, else the one the user types (asked again after a wrong one, until they
        cancel).
        """
        try:
            store = self._open_asking(path, passphrase)
        except (DatabaseOpenError, Refusal) as exc:
            message = translated(exc) if isinstance(exc, Refusal) else str(exc)
            return self._failed(path, message)
        except Exception as exc:
            failure = describe_failure(exc)
            if failure is None:
                raise
            return self._failed(path, translated(failure))
        if self.store is not None:
            self.store.close()
        self.store, self.open_error, self.failed_path = store, None, None
        self.sig_switched.emit()
        self.events.sig_database_opened.emit(store)
        self.events.sig_data_changed.emit(ChangeSet.all())
        return True

    def _open_asking(self, path: Path, passphrase: Passphrase | None) -> Store:
        remember = False
        tried_keyring = passphrase is not None
        while True:
            try:
                store = self._opener(path, passphrase=passphrase)
            except (PassphraseNeeded, WrongPassphrase) as exc:
                if not tried_keyring:
                    tried_keyring = True
                    remembered = remembered_passphrase(path)
                    if remembered:
                        passphrase = Passphrase(remembered)
                        continue
                answer = (
                    self._ask_passphrase(path, wrong=isinstance(exc, WrongPassphrase))
                    if self._ask_passphrase is not None
                    else None
                )
                if answer is None:
                    raise
                passphrase, remember = answer.passphrase, answer.remember
                continue
            if remember and passphrase is not None:
                remember_passphrase(path, passphrase.text)
            return store

    def _failed(self, path: Path, message: str) -> bool:
        log.warning("cannot open %s: %s", path, message)
        self.open_error, self.failed_path = message, path
        if self.store is None:
            self.events.sig_database_opened.emit(None)
        return False

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
