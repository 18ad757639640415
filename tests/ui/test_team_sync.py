"""The team in the window without a server running: the indicator's states, signing in,
an unreachable server (offline: changes wait), leaving the team, the login dialog's
checks. Against the real server: ``tests/server/test_team_window.py``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView

from tests.server.laptops import draft
from tests.ui.fakes import FakeDialogs
from workbench.domain.enums import ChangeSource
from workbench.services.accounts import create_account
from workbench.services.sync import set_state, state
from workbench.store.database import open_store
from workbench.store.models import Account
from workbench.ui.main_window import MainWindow
from workbench.ui.team.team_sync import SyncState
from workbench.ui.team_login_dialog import TeamLogin, TeamLoginDialog

#: Nothing listens there: a connection is refused at once, as on a train without Wi-Fi.
NOWHERE = "http://127.0.0.1:9"


def _book(path: Path, *, in_team: bool, made_here: int = 0) -> Path:
    store = open_store(path)
    if in_team:
        with store.transaction(ChangeSource.SYNC) as session:
            set_state(session, "server", NOWHERE)
            set_state(session, "user", "Elena Vidal")
            set_state(session, "joined", True)
            set_state(session, "cursor", 4)
            # Two minutes before the tests' clock (2026-11-26 08:00 UTC).
            set_state(session, "synced_at", "2026-11-26T07:58:00+00:00")
    for index in range(made_here):
        with store.transaction() as session:
            create_account(session, draft(f"Account {index}"), date(2026, 11, 26))
    store.close()
    return path


def _text(window: MainWindow) -> str:
    indicator = window.team_actions.indicator
    return indicator.text() if not indicator.isHidden() else ""


def test_a_solo_book_shows_no_indicator_and_offers_to_join(
    make_window: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = make_window(_book(tmp_path / "solo.sqlite", in_team=False))
    actions = window.team_actions
    assert _text(window) == ""
    assert actions.join_action.isEnabled()
    assert not actions.sync_action.isEnabled() and not actions.leave_action.isEnabled()
    assert actions.sync_action.shortcut().toString() == "Ctrl+Shift+Y"


def test_the_indicator_says_when_the_book_last_synced_and_what_waits(
    make_window: Callable[[Path], MainWindow], tmp_path: Path
) -> None:
    window = make_window(_book(tmp_path / "team.sqlite", in_team=True, made_here=2))
    assert _text(window) == "Synced 2 min ago · 2 changes waiting"
    assert "Team server: http://127.0.0.1:9, as Elena Vidal" in (
        window.team_actions.indicator.toolTip()
    )
    assert window.team_actions.sync_action.isEnabled()
    assert not window.team_actions.join_action.isEnabled()


def test_syncing_without_a_password_asks_for_one_and_cancelling_says_sign_in(
    make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = make_window(_book(tmp_path / "team.sqlite", in_team=True))
    dialogs.team_logins = [None]  # the user cancels
    window.team_actions.indicator.click()
    assert dialogs.messages[-1] == ("team_login", "sign in", NOWHERE)
    window.team_actions.team.sync_in_background()  # the timer's, with no password known
    assert window.team_actions.team.state is SyncState.SIGNED_OUT
    assert _text(window) == "Sign in to sync"


def test_an_unreachable_server_leaves_the_changes_waiting_and_says_offline(
    make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = make_window(_book(tmp_path / "team.sqlite", in_team=True, made_here=3))
    dialogs.team_logins = [TeamLogin(NOWHERE, "Elena Vidal", "secret")]
    window.team_actions.sync_action.trigger()
    team = window.team_actions.team
    assert team.state is SyncState.OFFLINE
    assert _text(window) == "Offline — 3 changes waiting"
    assert "cannot be reached" in window.team_actions.indicator.toolTip()
    assert "secret" not in window.team_actions.indicator.toolTip()
    # The password stays for the session: the next try asks nothing.
    asked = len(dialogs.messages)
    window.team_actions.sync_action.trigger()
    assert len(dialogs.messages) == asked and team.state is SyncState.OFFLINE


def test_leaving_the_team_keeps_the_book_and_offers_to_join_again(
    make_window: Callable[[Path], MainWindow], dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = make_window(_book(tmp_path / "team.sqlite", in_team=True, made_here=1))
    dialogs.confirm_answers = [False, True]
    window.team_actions.leave_action.trigger()  # thought better of it
    assert _text(window).startswith("Synced")
    window.team_actions.leave_action.trigger()
    assert "Changes not sent yet (1) stay here only" in dialogs.messages[-1][2]
    assert _text(window) == ""
    assert window.team_actions.join_action.isEnabled()
    page = window.page("portfolioTab")
    assert page is not None and page.view.model.rowCount() == 1  # type: ignore[attr-defined]


def test_the_login_dialog_accepts_only_an_address_a_user_and_a_password(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TeamLoginDialog(joining=True, keyring=False)
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.remember_box.isEnabled()  # no keyring here: said, not offered
    dialog.server_edit.setText("team.example.com")
    ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "https://" in dialog.problem.text()
    dialog.server_edit.setText("https://team.example.com/")
    dialog.user_edit.setText("  Elena Vidal ")
    ok.click()
    assert dialog.problem.text() == "Give your password."
    dialog.password_edit.setText("correct horse")
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answer == TeamLogin("https://team.example.com", "Elena Vidal", "correct horse")


def _conflicted_book(path: Path) -> Path:
    """A book in a team whose last sync listed two conflicts on its one account."""
    _book(path, in_team=True, made_here=1)
    store = open_store(path)
    with store.session() as session:
        uid = str(session.scalar(sa.select(Account.uid)))
    listed = [
        {
            "id": 7, "table": "accounts", "record": uid, "label": "Account 0",
            "field": "description", "base": "Old", "theirs": "Theirs", "theirs_by": "Jorge Ruiz",
            "theirs_at": "2026-11-25T16:00:00+00:00", "yours": "Mine", "yours_by": "Elena Vidal",
            "yours_at": "2026-11-25T17:00:00+00:00",
        },
        {
            "id": 8, "table": "accounts", "record": uid, "label": "Account 0", "field": "tier",
            "base": "standard", "theirs": "key", "theirs_by": "Jorge Ruiz",
            "theirs_at": "2026-11-25T16:00:00+00:00", "yours": "strategic",
            "yours_by": "Elena Vidal", "yours_at": "2026-11-25T17:00:00+00:00",
        },
    ]  # fmt: skip
    with store.transaction(ChangeSource.SYNC) as session:
        set_state(session, "conflicts", listed)
    store.close()
    return path


def test_the_conflicts_dialog_lists_both_values_and_settles_offline(
    qtmodeltester,  # type: ignore[no-untyped-def]
    make_window: Callable[[Path], MainWindow],
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(_conflicted_book(tmp_path / "team.sqlite"))
    team = window.team_actions.team
    assert _text(window) == "2 conflicts"
    window.team_actions.indicator.click()  # with conflicts waiting: the dialog
    dialog = team.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableView, "conflictList")
    assert table is not None
    qtmodeltester.check(dialog.model)
    row = [dialog.model.index(0, column).data() for column in range(5)]
    assert row[0] == "Account: Account 0" and row[1] == "Description" and row[2] == "Old"
    assert row[3].startswith("Theirs (Jorge Ruiz, ") and row[4].startswith("Mine (")
    assert dialog.model.index(1, 3).data().startswith("Key (")  # a choice, in words

    dialog.mine_button.click()  # offline: stored, waiting for the next sync
    assert [c.id for c in dialog.model.conflicts] == [8]
    assert team.status.conflicts == 1
    assert _text(window) == "Sign in to sync"  # it would send it now: no password yet
    dialogs.texts = [None]
    dialog.edit_button.click()  # asked for the value, cancelled: nothing settled
    assert [c.id for c in dialog.model.conflicts] == [8]
    dialog.theirs_button.click()
    assert dialog.model.conflicts == [] and dialog.empty.isVisible()
    store = open_store(tmp_path / "team.sqlite")
    with store.session() as session:
        waiting = state(session, "resolutions")
    store.close()
    assert waiting == {"7": {"take": "mine", "value": None}, "8": {"take": "theirs", "value": None}}
