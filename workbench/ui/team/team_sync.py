"""Syncing with the team server without waiting: in the background every few minutes
(:data:`~workbench.ui.preferences.SETTINGS_SYNC_MINUTES`), a few seconds after a change
made here, and on demand (File → Sync now, Ctrl+Shift+Y, or a click on the indicator).

A sync runs on the task runner and never blocks the window; it only ever adds to the
book, each step committed on its own, so closing the window cancels it without a
question (the next sync resumes where it stopped). What it brought is announced as a
change set, like a local edit, so every tab shows it in place. Being offline is the
normal case on a train: the indicator says how many changes wait, and the next sync
sends them.

The password comes from the OS keyring ("remember on this computer") or from the user
once per session; it is never written anywhere else.
"""

from __future__ import annotations

import socket
from enum import Enum
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from workbench.domain.record_labels import field_label
from workbench.services import passphrases
from workbench.services.changes import ChangeSet
from workbench.services.sync import SyncReport
from workbench.services.sync_client import MISMATCH, SyncError
from workbench.services.team_sync import (
    Credentials,
    OpenConflict,
    TeamStatus,
    TeamSyncOutcome,
    leave_team,
    open_conflicts,
    resolve_conflict,
    sync_with_team,
    team_status,
)
from workbench.ui.common.failures import failure_text
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.preferences import sync_every_minutes
from workbench.ui.team.conflicts_dialog import ConflictsDialog
from workbench.ui.team_login_dialog import TeamLogin

# After a change made here, the sync waits this long for the next one (a form's edits
#: come in bursts) before it sends them.
AFTER_CHANGE_MS = 5_000
#: The server's own words shown for at most this many changes of each kind not taken.
_DETAILS_SHOWN = 5


class SyncState(Enum):
    SOLO = "solo"  # not in a team: no indicator
    SYNCED = "synced"
    SYNCING = "syncing"
    OFFLINE = "offline"  # the server cannot be reached: changes wait
    SIGNED_OUT = "signed_out"  # no password this session: a click signs in
    FAILED = "failed"  # the server refused (the message says why)


class TeamSync(QObject):
    """The window's team: its status, and the syncs it runs."""

    sig_changed = Signal()
    """The status or the state changed: the indicator shows them again."""

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.operations = Operations(context)
        self.status = TeamStatus(in_team=False)
        self.state = SyncState.SOLO
        # Why the last sync failed, in the user's language.
        self.problem = ""
        self._passwords: dict[tuple[str, str], str] = {}  # this session's, never written
        self._to_remember: TeamLogin | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self._busy = False  # a sync (or the join) is running: no other starts
        self._again = False
        self._announcing = False
        self._every = QTimer(self)
        self._every.timeout.connect(self.sync_in_background)
        minutes = sync_every_minutes(context.settings)
        if minutes:
            self._every.start(minutes * 60_000)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.sync_in_background)
        context.events.sig_data_changed.connect(self._after_change)
        context.events.sig_database_opened.connect(lambda _store: self.refresh())
        self.refresh()

    # -- status ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the book's team status again (after a change, a database switch)."""
        self.operations.query(team_status, on_done=self._show)

    def _show(self, status: TeamStatus) -> None:
        self.status = status
        if status.server is None:
            self.state = SyncState.SOLO
        elif self.state is SyncState.SOLO:  # a book just opened (or joined): as it stands
            known = status.synced_at is not None or self._credentials() is not None
            self.state = SyncState.SYNCED if known else SyncState.SIGNED_OUT
        self.sig_changed.emit()

    def _after_change(self, _changes: ChangeSet) -> None:
        if self._announcing:
            return  # what a sync brought: nothing to send back
        self.refresh()
        if self.status.server is not None:
            self._soon.start()

    # -- syncing -----------------------------------------------------------------------
    def _credentials(self) -> Credentials | None:
        server, user = self.status.server, self.status.user
        if not server or not user:
            return None
        password = self._passwords.get((server, user))
        if password is None:
            # The keyring is asked once a session (a desktop keyring answers over D-Bus):
            # not again at every timed sync, on the UI thread.
            password = passphrases.remembered_team_password(server, user) or ""
            self._passwords[(server, user)] = password
        if not password:
            return None
        return Credentials(server, user, password, socket.gethostname())

    @property
    def syncing(self) -> bool:
        return self._busy

    def sync_in_background(self) -> None:
        """Sync now if this book is in a team and the password is known; else say so."""
        if self.status.server is None or self.context.workspace.store is None:
            return
        credentials = self._credentials()
        if credentials is None:
            self._set(SyncState.SIGNED_OUT)
            return
        self._start(credentials)

    def indicator_clicked(self) -> None:
        """The conflicts when there are some to settle; else sync now."""
        if self.state is SyncState.SYNCED and self.status.conflicts:
            self.show_conflicts()
        else:
            self.sync_now()

    def sync_now(self) -> None:
        """On demand: sync, signing in first if this session has no password."""
        if self.status.server is None:
            self.join()
            return
        if self._credentials() is None and not self._sign_in():
            return
        self.sync_in_background()

    def _sign_in(self) -> bool:
        login = self.context.dialogs.ask_team_login(
            self.status.server or "", self.status.user or "", joining=False
        )
        if login is None:
            return False
        self._keep(login)
        return True

    def _keep(self, login: TeamLogin) -> None:
        """The password for this session; into the keyring too (when asked) once the
        server has accepted it."""
        self._passwords[(login.server, login.user)] = login.password
        self._to_remember = login if login.remember else None

    def _start(self, credentials: Credentials) -> None:
        if self._busy:
            self._again = True  # one more when this one ends: a change came meanwhile
            return
        store = self.context.workspace.store
        if store is None:
            return
        self._busy = True
        self._set(SyncState.SYNCING)
        self.context.tasks.run(
            lambda progress: sync_with_team(store, credentials, progress),
            on_finished=self._synced,
            on_failed=self._failed,
            on_cancelled=self._ended,
            writes=False,  # each step commits on its own: the next sync resumes
        )

    def _synced(self, outcome: TeamSyncOutcome, *, say_refusals: bool = True) -> None:
        """A sync ended: the new status, what came down shown, and — when the server did
        not take some of this laptop's changes, or the laptop some of the team's — a
        warning that says so (*say_refusals*; a join says it in its own report)."""
        if say_refusals and (refusals := self.refusal_lines(outcome.report)):
            self.context.dialogs.warn(self.tr("Team sync"), "\n".join(refusals))
        self._ended()
        login, self._to_remember = self._to_remember, None
        if login is not None:
            passphrases.remember_team_password(login.server, login.user, login.password)
        self.status = outcome.status
        self.problem = ""
        self._set(SyncState.SYNCED)
        changes = outcome.changes()
        if changes is not None:
            self._announcing = True
            try:
                self.context.events.sig_data_changed.emit(changes)
            finally:
                self._announcing = False
        if self._again:
            self._again = False
            self.sync_in_background()

    def _failed(self, error: Exception) -> None:
        self._ended()
        self._again = False
        status = error.status if isinstance(error, SyncError) else -1
        if status is None:
            self.problem = self.tr(
                "The team server cannot be reached. Your changes wait on this computer and "
                "go out with the next sync."
            )
            self._set(SyncState.OFFLINE)
        elif status == 401:
            server, user = self.status.server or "", self.status.user or ""
            self._passwords.pop((server, user), None)
            passphrases.forget_team_password(server, user)  # a remembered one, now wrong
            self._to_remember = None
            self.problem = self.tr(
                "The team server did not accept the user name or password: sign in again."
            )
            self._set(SyncState.SIGNED_OUT)
        elif status == MISMATCH:
            self.problem = self.tr(
                "This program and the team server speak different versions of the sync "
                "protocol: update the older one, then sync again."
            )
            self._set(SyncState.FAILED)
        else:
            self.problem = self.refusal_text(error)
            self._set(SyncState.FAILED)
        self.refresh()  # the changes waiting, counted again

    def refusal_text(self, error: Exception) -> str:
        """What the server refused, said in the interface's language (its own message,
        in English, only where no better one is known)."""
        if not isinstance(error, SyncError) or error.status is None:
            return failure_text(error)
        if error.code == "rate_limited":
            wait = error.retry_after or 60
            if wait < 120:
                return self.tr(
                    "Too many failed sign-ins for this user: the team server lets you try "
                    "again in %n second(s).",
                    "",
                    wait,
                )
            return self.tr(
                "Too many failed sign-ins for this user: the team server lets you try again "
                "in %n minute(s).",
                "",
                -(-wait // 60),
            )
        if error.code == "disabled":
            return self.tr("Your user is disabled on the team server: ask your director.")
        if error.status >= 500:
            return self.tr(
                "The team server failed (error {status}). Your changes wait on this computer "
                "and go out with the next sync."
            ).format(status=error.status)
        return self.tr("The team server refused the sync: {reason}").format(reason=str(error))

    def _ended(self) -> None:
        self._busy = False

    def _set(self, state: SyncState) -> None:
        self.state = state
        self.sig_changed.emit()

    # -- conflicts ---------------------------------------------------------------------
    def show_conflicts(self) -> None:
        """The conflicts dialog, on the conflicts the last sync listed (offline too)."""
        self.operations.query(open_conflicts, on_done=self._conflicts_listed)

    def _conflicts_listed(self, conflicts: list[OpenConflict]) -> None:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
        self.conflicts_dialog = ConflictsDialog(conflicts, self._settle, self.parent_widget)
        self.conflicts_dialog.open()

    def _settle(self, conflict: OpenConflict, take: str) -> None:
        value: object = None
        if take == "value":
            value = self.context.dialogs.ask_text(
                self.tr("A new value"),
                self.tr("{field} of {record}, for the whole team:").format(
                    field=QCoreApplication.translate("fields", field_label(conflict.field)),
                    record=conflict.label,
                ),
                "" if conflict.yours is None else str(conflict.yours),
            )
            if value is None:
                return

        def settled(_none: None) -> None:
            if self.conflicts_dialog is not None:
                self.conflicts_dialog.settled(conflict)
            self.refresh()
            self.sync_in_background()  # the choice goes out now, when online

        self.operations.change(
            lambda session: resolve_conflict(session, conflict.id, take, value),
            on_done=settled,
        )

    # -- joining and leaving -----------------------------------------------------------
    def join(self) -> None:
        """File → Join a team server…: the first sync, with progress and cancel."""
        store = self.context.workspace.store
        if store is None or self._busy:
            return
        login = self.context.dialogs.ask_team_login(joining=True)
        if login is None:
            return
        self._keep(login)
        credentials = Credentials(login.server, login.user, login.password, socket.gethostname())
        self._busy = True
        self._set(SyncState.SYNCING)
        ProgressRun(self.context, self.parent_widget).start(
            self.tr("Join a team server"),
            self.tr("Joining the team at {server}…").format(server=login.server),
            lambda progress: sync_with_team(store, credentials, progress),
            on_finished=self._joined,
            on_failed=partial(self._join_failed, login),
            on_cancelled=self._join_cancelled,
            writes=False,
        )

    def refusal_lines(self, report: SyncReport) -> list[str]:
        """What of a sync was not taken, and why, in the interface's language (with the
        server's own words for each, as details)."""
        lines: list[str] = []
        for reasons, summary in (
            (
                report.forbidden,
                self.tr(
                    "%n of your changes were not taken: what they change is no longer yours "
                    "on the team (an account reassigned or unshared meanwhile).",
                    "",
                    len(report.forbidden),
                ),
            ),
            (
                report.refused,
                self.tr(
                    "%n of your changes broke a rule of the team's book and were not taken "
                    "(a name or code the team already uses, say).",
                    "",
                    len(report.refused),
                ),
            ),
            (
                report.kept_out,
                self.tr(
                    "%n of the team's changes were not taken here: they clash with records "
                    "of this computer.",
                    "",
                    len(report.kept_out),
                ),
            ),
        ):
            if reasons:
                lines += [""] if lines else []  # a blank line between kinds
                lines.append(summary)
                lines += [f"  • {reason}" for reason in reasons[:_DETAILS_SHOWN]]
                if len(reasons) > _DETAILS_SHOWN:
                    lines.append("  • …")
        return lines

    def _joined(self, outcome: TeamSyncOutcome) -> None:
        self._synced(outcome, say_refusals=False)
        joined = outcome.report.joined
        lines = [
            self.tr("This book is now in the team at {server}.").format(
                server=outcome.status.server
            ),
            self.tr("Sent: {up} · received: {down}.").format(
                up=outcome.report.pushed, down=outcome.report.pulled
            ),
        ]
        if joined is not None:
            for match in joined.matched:
                lines.append(
                    self.tr("Matched: {label} was already the team's ({reason}).").format(
                        label=match.label, reason=match.reason
                    )
                )
            for left_out in joined.left_out:
                lines.append(self.tr("Kept on this computer only: {what}").format(what=left_out))
        lines += self.refusal_lines(outcome.report)
        self.context.dialogs.inform(self.tr("Join a team server"), "\n".join(lines))

    def _join_failed(self, login: TeamLogin, error: Exception) -> None:
        # Joining asks again each time: nothing of this try is kept.
        self._passwords.pop((login.server, login.user), None)
        self._to_remember = None
        self._failed(error)
        self.context.dialogs.warn(self.tr("Join a team server"), self.problem)

    def _join_cancelled(self) -> None:
        self._ended()
        self._set(SyncState.SIGNED_OUT if self._credentials() is None else SyncState.SYNCED)
        self.refresh()

    def leave(self) -> None:
        """File → Leave the team server: this book stays here as a solo copy."""
        if self.status.server is None or self._busy:
            return
        if not self.context.dialogs.confirm(
            self.tr("Leave the team server"),
            self.tr(
                "This computer stops syncing with {server}. Every record stays here as your "
                "own copy; the team keeps its own. Changes not sent yet ({waiting}) stay "
                "here only. Leave the team?"
            ).format(server=self.status.server, waiting=self.status.waiting),
        ):
            return
        server, user = self.status.server, self.status.user or ""
        self._passwords.pop((server, user), None)
        passphrases.forget_team_password(server, user)
        self.operations.change(lambda session: leave_team(session), on_done=self._show)
