"""The team in the window, against the real server: joining from a solo book, the status
bar's indicator, edits that wait offline and go out when the server returns, a
colleague's edit shown in place, and a sync that never blocks the window.

The windows run their tasks on the real thread pool (a sync is a background task: run
inline, a test could not see the window stay free meanwhile).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QTreeWidget
from sqlalchemy.orm import Session

from tests.server.cluster import PostgresCluster, as_superuser
from tests.server.conftest import (
    DIRECTOR,
    RunningServer,
    init_server,
    new_account,
    password_for,
    start_server,
    workbench,
)
from tests.server.laptops import (
    TODAY,
    add_account,
    add_user,
    edit,
    hand_work,
    new_colleague,
    new_laptop,
    sync,
)
from tests.ui.conftest import POOL_TIMEOUT_MS, TEST_CLOCK
from tests.ui.fakes import FakeDialogs
from workbench.app import build_main_window
from workbench.domain.enums import Team
from workbench.heap import freeze_start_up_objects
from workbench.services.accounts import account_draft, update_account
from workbench.services.changes import ChangeSet
from workbench.store.database import open_store
from workbench.store.models import Account, Contact
from workbench.ui.common.formatting import format_date
from workbench.ui.main_window import MainWindow
from workbench.ui.operations import Operations
from workbench.ui.team.team_sync import SyncState
from workbench.ui.team_login_dialog import TeamLogin

WAIT_MS = 60_000


@pytest.fixture
def open_window(
    qtbot, tmp_path: Path
) -> Iterator[Callable[[Path], tuple[MainWindow, FakeDialogs]]]:  # type: ignore[no-untyped-def]
    """A shown window on a book, on the real thread pool, with scripted dialogs."""
    windows: list[MainWindow] = []

    def make(path: Path) -> tuple[MainWindow, FakeDialogs]:
        dialogs = FakeDialogs()
        settings = QSettings(str(tmp_path / f"{path.stem}.ini"), QSettings.Format.IniFormat)
        window = build_main_window(
            path, settings=settings, dialogs=dialogs, synchronous_tasks=False, clock=TEST_CLOCK
        )
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window, dialogs

    yield make
    for window in windows:
        tasks = window.context.tasks
        tasks.cancel_all(POOL_TIMEOUT_MS)
        assert tasks.wait_for_all(POOL_TIMEOUT_MS), "a task outlived its test"
        qtbot.waitUntil(lambda tasks=tasks: not tasks.busy, timeout=POOL_TIMEOUT_MS)
        window.close()
        window.context.workspace.close()
        window.deleteLater()


def _indicator(window: MainWindow) -> str:
    from PySide6.QtWidgets import QToolButton

    button = window.findChild(QToolButton, "syncStatus")
    assert button is not None
    return button.text() if button.isVisible() else ""


def _join(
    qtbot, window: MainWindow, dialogs: FakeDialogs, server: RunningServer, user: str = DIRECTOR
) -> None:  # type: ignore[no-untyped-def]
    """*window* joins the team as *user*, and its first sync ends."""
    dialogs.team_logins = [TeamLogin(server.url, user, password_for(user))]
    action = window.team_actions.join_action
    qtbot.waitUntil(action.isEnabled, timeout=WAIT_MS)  # the book's status read
    action.trigger()
    qtbot.waitUntil(lambda: _indicator(window).startswith("Synced"), timeout=WAIT_MS)


def _renaming(old: str, new: str) -> Callable[[Session], tuple[None, ChangeSet]]:
    def write(session: Session) -> tuple[None, ChangeSet]:
        account_id = session.scalar(sa.select(Account.id).where(Account.name == old))
        assert account_id is not None
        draft = replace(account_draft(session, account_id), name=new)
        update_account(session, account_id, draft, TODAY)
        return None, ChangeSet.of("accounts", accounts=(account_id,))

    return write


def _book_of(path: Path, *accounts: str) -> Path:
    """A laptop's book at *path* with *accounts* in it."""
    new_laptop(path)
    for name in accounts:
        add_account(path, name)
    return path


def _joined(qtbot, open_window, server: RunningServer, book: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window on *book*, joined to the team as the director."""
    window, dialogs = open_window(book)
    _join(qtbot, window, dialogs, server)
    return window


def _rename_in_window(window: MainWindow, old: str, new: str) -> None:
    """An edit made in the window, through its operations layer, as a form makes it."""
    Operations(window.context).change_now(_renaming(old, new))


def _rename_on_laptop(db: Path, old: str, new: str) -> None:
    store = open_store(db)
    try:
        with store.transaction() as session:
            _renaming(old, new)(session)
    finally:
        store.close()


def _portfolio_names(window: MainWindow) -> set[str]:
    page = window.page("portfolioTab")
    model = page.view.model  # type: ignore[union-attr]
    return {
        str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }


def _history_lines(qtbot, window: MainWindow) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(From, Change) of each line of the History page of the Portfolio's first account,
    once it shows a settled conflict."""
    view = window.page("portfolioTab").view  # type: ignore[union-attr]
    view.table.selectRow(0)
    page = view.detail.history
    view.detail.lists.setCurrentWidget(page)
    model = page.model

    def lines() -> list[tuple[str, str]]:
        return [
            (model.index(row, 2).data(), model.index(row, 3).data())
            for row in range(model.rowCount())
        ]

    qtbot.waitUntil(lambda: any(line[0] == "Conflict settled" for line in lines()), timeout=WAIT_MS)
    return lines()


def _server_names(server: RunningServer) -> list[str]:
    engine = sa.create_engine(as_superuser(server.database_url))
    with engine.connect() as connection:
        names = list(
            connection.execute(sa.text("SELECT name FROM accounts ORDER BY name")).scalars()
        )
    engine.dispose()
    return names


def test_a_solo_book_joins_from_the_window_its_duplicates_matched_and_reported(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    sync(_book_of(tmp_path / "colleague.sqlite", "Hotel Sol"), server)
    window, dialogs = open_window(_book_of(tmp_path / "mine.sqlite", "Hotel Sol", "Bodegas Rioja"))
    assert _indicator(window) == ""  # a solo book: nothing to say
    assert not window.team_actions.sync_action.isEnabled()

    _join(qtbot, window, dialogs, server)

    report = next(text for kind, title, text in dialogs.messages if title == "Join a team server")
    assert "Matched: Hotel Sol was already the team's" in report
    assert _server_names(server) == ["Bodegas Rioja", "Hotel Sol"]  # not twice
    assert window.team_actions.sync_action.isEnabled()
    assert not window.team_actions.join_action.isEnabled()
    assert _indicator(window) == "Synced just now"


def test_a_wrong_password_at_joining_is_said_and_the_book_stays_solo(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    window, dialogs = open_window(_book_of(tmp_path / "mine.sqlite", "Hotel Sol"))
    action = window.team_actions.join_action
    qtbot.waitUntil(action.isEnabled, timeout=WAIT_MS)
    dialogs.team_logins = [TeamLogin(server.url, DIRECTOR, "not the password", remember=True)]
    action.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "warning" for m in dialogs.messages), timeout=WAIT_MS)
    warning = next(m for m in dialogs.messages if m[0] == "warning")
    assert warning[1:] == (
        "Join a team server",
        "The team server did not accept the user name or password: sign in again.",
    )
    qtbot.waitUntil(action.isEnabled, timeout=WAIT_MS)  # solo again, free to try again
    assert _indicator(window) == ""
    assert _server_names(server) == []


def _join_refused(qtbot, window: MainWindow, dialogs: FakeDialogs, login: TeamLogin) -> str:  # type: ignore[no-untyped-def]
    """The warning a join from the window ends with, the book left solo."""
    action = window.team_actions.join_action
    qtbot.waitUntil(action.isEnabled, timeout=WAIT_MS)
    dialogs.team_logins = [login]
    action.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "warning" for m in dialogs.messages), timeout=WAIT_MS)
    qtbot.waitUntil(action.isEnabled, timeout=WAIT_MS)  # solo again
    assert _indicator(window) == ""
    return str(next(m for m in dialogs.messages if m[0] == "warning")[2])


def test_a_sign_in_the_server_holds_back_is_said_in_the_interfaces_language(
    qtbot, qapp, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    """Five wrong passwords hold the name back for a while, the right one too; a disabled
    user is told to ask the director — each said in Spanish, not the server's English."""
    from workbench.ui.language import install_language

    with server.client() as client:
        for _ in range(5):
            wrong = {"user": DIRECTOR, "password": "not the password", "device": "x"}
            assert client.post("/api/login", json=wrong).status_code == 401
    add_user(server, "Jorge Ruiz", "manager")
    disabled = workbench(
        "server", "user", "disable", "Jorge Ruiz", "--database-url", server.database_url
    )
    assert disabled.returncode == 0, disabled.stderr
    window, dialogs = open_window(_book_of(tmp_path / "mine.sqlite", "Hotel Sol"))
    install_language(qapp, "es")  # after the window's own, from its settings
    try:
        said = _join_refused(
            qtbot, window, dialogs, TeamLogin(server.url, DIRECTOR, password_for(DIRECTOR))
        )
        # The server holds the name back for 15 minutes from the first failure.
        assert said in (
            "Demasiados inicios de sesión fallidos para este usuario: el servidor del equipo "
            f"te deja volver a intentarlo dentro de {minutes} minutos."
            for minutes in (14, 15)
        ), said
        dialogs.messages.clear()
        said = _join_refused(
            qtbot, window, dialogs, TeamLogin(server.url, "Jorge Ruiz", password_for("Jorge Ruiz"))
        )
        assert said == (
            "Tu usuario está desactivado en el servidor del equipo: pregunta a tu director."
        )
    finally:
        install_language(qapp, "en")
    assert _server_names(server) == []


def test_a_team_server_whose_database_is_down_is_said_and_the_edits_wait(
    qtbot, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    """The server answers but cannot work (its PostgreSQL stopped): the window says the
    server failed, in its own words, and the edit waits on the laptop."""
    cluster: PostgresCluster | None = PostgresCluster.start()  # of its own: stopped here
    assert cluster is not None
    server = None
    try:
        url = cluster.database("down")
        init_server(url)
        server = start_server(url, tmp_path / "server.log")
        window = _joined(qtbot, open_window, server, _book_of(tmp_path / "mine.sqlite", "Sol"))
        cluster.stop()
        cluster = None
        _rename_in_window(window, "Sol", "Sol Playa")
        window.team_actions.sync_action.trigger()
        team = window.team_actions.team
        qtbot.waitUntil(lambda: team.state is SyncState.FAILED, timeout=WAIT_MS)
        assert team.problem == (
            "The team server failed (error 500). Your changes wait on this computer and go "
            "out with the next sync."
        )
        assert "Sol Playa" in _portfolio_names(window)
        qtbot.waitUntil(lambda: team.status.waiting == 1, timeout=WAIT_MS)  # counted again
    finally:
        if server is not None:
            server.process.terminate()
            server.process.wait(timeout=10)
        if cluster is not None:
            cluster.stop()


def test_edits_made_offline_wait_and_go_out_when_the_server_returns(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    window = _joined(qtbot, open_window, server, _book_of(tmp_path / "mine.sqlite", "Hotel Sol"))
    port = int(server.url.rsplit(":", 1)[1])
    server.process.terminate()
    server.process.wait(timeout=10)

    _rename_in_window(window, "Hotel Sol", "Hotel Sol Playa")
    window.team_actions.sync_action.trigger()
    qtbot.waitUntil(lambda: window.team_actions.team.state is SyncState.OFFLINE, timeout=WAIT_MS)
    # The changes waiting are counted again in the background once the sync has failed.
    qtbot.waitUntil(lambda: _indicator(window) == "Offline — 1 change waiting", timeout=WAIT_MS)
    assert "Hotel Sol Playa" in _portfolio_names(window)  # working on, offline

    again = start_server(server.database_url, tmp_path / "again.log", port=port)
    try:
        window.team_actions.sync_action.trigger()
        qtbot.waitUntil(lambda: _indicator(window) == "Synced just now", timeout=WAIT_MS)
        assert _server_names(again) == ["Hotel Sol Playa"]
    finally:
        again.process.terminate()
        again.process.wait(timeout=10)


def test_a_colleagues_edit_shows_in_the_window_after_its_sync(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    colleague = _book_of(tmp_path / "colleague.sqlite", "Hotel Sol")
    sync(colleague, server)
    window = _joined(qtbot, open_window, server, _book_of(tmp_path / "mine.sqlite"))
    qtbot.waitUntil(lambda: "Hotel Sol" in _portfolio_names(window), timeout=WAIT_MS)

    _rename_on_laptop(colleague, "Hotel Sol", "Hotel Sol y Mar")
    sync(colleague, server)
    window.team_actions.sync_action.trigger()  # as Ctrl+Shift+Y does

    qtbot.waitUntil(lambda: "Hotel Sol y Mar" in _portfolio_names(window), timeout=WAIT_MS)
    assert "Hotel Sol" not in _portfolio_names(window)


@pytest.mark.alone  # a test process beside it on the cores blocks the window, not the sync
def test_a_sync_bringing_a_colleagues_new_accounts_never_blocks_the_window(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    """A colleague's 200 new accounts with 5 contacts each come down while a 10 ms timer
    ticks on the UI thread: the longest wait between two ticks is the longest the window
    was blocked, by the sync or by the tabs showing what it brought."""
    window = _joined(qtbot, open_window, server, _book_of(tmp_path / "mine.sqlite"))
    # As the application does once its window is shown (workbench.heap): a full garbage
    # collection otherwise walks this test process's every object — pytest's, every test
    # module's — on the UI thread, and how many there are decides when one falls here.
    freeze_start_up_objects()
    colleague = new_laptop(tmp_path / "colleague.sqlite")
    store = open_store(colleague)
    with store.transaction() as session:
        for index in range(200):
            account = new_account(f"Account {index:03}")
            session.add(account)
            session.flush()
            for person in range(5):
                session.add(Contact(account_id=account.id, first_name=f"P{person}", last_name="X"))
    store.close()
    sync(colleague, server)
    qtbot.waitUntil(lambda: not window.context.tasks.busy, timeout=WAIT_MS)
    team = window.team_actions.team
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)
    tick.timeout.connect(lambda: gaps.append(clock.restart() / 1000))
    clock.start()
    tick.start()
    started = time.perf_counter()
    window.team_actions.sync_action.trigger()
    qtbot.waitUntil(lambda: not team.syncing, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.context.tasks.busy, timeout=WAIT_MS)  # tabs shown
    took = time.perf_counter() - started
    tick.stop()
    assert team.state is SyncState.SYNCED
    assert "Account 199" in _portfolio_names(window)
    assert took > 0.5, "too little came down to tell"
    longest = max(gaps)
    assert longest <= 0.05 + 0.01, f"the window was blocked {longest * 1000:.0f} ms"


def test_two_windows_edit_one_field_the_conflict_is_settled_in_the_dialog_and_reaches_both(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    a = _joined(qtbot, open_window, server, _book_of(tmp_path / "a.sqlite", "Hotel Sol"))
    b = _joined(qtbot, open_window, server, _book_of(tmp_path / "b.sqlite"))
    qtbot.waitUntil(lambda: "Hotel Sol" in _portfolio_names(b), timeout=WAIT_MS)

    _rename_in_window(a, "Hotel Sol", "Hotel Sol (A)")
    a.team_actions.sync_action.trigger()
    qtbot.waitUntil(lambda: _indicator(a) == "Synced just now", timeout=WAIT_MS)
    _rename_in_window(b, "Hotel Sol", "Hotel Sol (B)")  # before B has A's name
    b.team_actions.sync_action.trigger()
    qtbot.waitUntil(lambda: _indicator(b) == "1 conflict", timeout=WAIT_MS)
    # The team's, until B chooses (shown once the Portfolio has read it again).
    qtbot.waitUntil(lambda: "Hotel Sol (A)" in _portfolio_names(b), timeout=WAIT_MS)

    team = b.team_actions.team
    b.team_actions.indicator.click()
    qtbot.waitUntil(lambda: team.conflicts_dialog is not None, timeout=WAIT_MS)
    dialog = team.conflicts_dialog
    assert dialog is not None and len(dialog.model.conflicts) == 1
    cells = [dialog.model.index(0, column).data() for column in range(5)]
    assert cells[1:3] == ["Name", "Hotel Sol"]
    assert cells[3].startswith(f"Hotel Sol (A) ({DIRECTOR}, ")
    assert cells[4].startswith("Hotel Sol (B) (")
    dialog.mine_button.click()
    qtbot.waitUntil(lambda: _indicator(b) == "Synced just now", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Hotel Sol (B)" in _portfolio_names(b), timeout=WAIT_MS)
    assert dialog.model.conflicts == []

    a.team_actions.sync_action.trigger()
    qtbot.waitUntil(lambda: "Hotel Sol (B)" in _portfolio_names(a), timeout=WAIT_MS)
    assert _server_names(server) == ["Hotel Sol (B)"]

    # Both Histories tell how it went: the conflict as it arose, then how it was settled.
    arose = (
        "Conflict",
        f"Name: Hotel Sol (B) clashed with {DIRECTOR}'s Hotel Sol (A), which the team kept",
    )
    settled = ("Conflict settled", f"Name: settled for {DIRECTOR}'s Hotel Sol (B)")
    for window in (a, b):
        lines = _history_lines(qtbot, window)
        assert lines.index(settled) < lines.index(arose), lines  # newest first


def test_the_director_sees_every_managers_accounts_a_manager_only_their_own(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    for manager in ("Jorge Ruiz", "Marta Sanz"):
        add_user(server, manager, "manager")
    book = new_laptop(tmp_path / "book.sqlite")
    add_account(book, "Hotel Sol", owner="Jorge Ruiz")
    add_account(book, "Bodegas Rioja", owner="Marta Sanz")
    sync(book, server)

    jorge, dialogs = open_window(new_laptop(tmp_path / "jorge.sqlite"))
    _join(qtbot, jorge, dialogs, server, "Jorge Ruiz")
    qtbot.waitUntil(lambda: "Hotel Sol" in _portfolio_names(jorge), timeout=WAIT_MS)
    assert "Bodegas Rioja" not in _portfolio_names(jorge)

    director = _joined(qtbot, open_window, server, _book_of(tmp_path / "director.sqlite"))
    qtbot.waitUntil(lambda: "Bodegas Rioja" in _portfolio_names(director), timeout=WAIT_MS)
    owners = director.findChild(QComboBox, "ownerFilter")
    assert [owners.itemText(i) for i in range(owners.count())] == [
        "All owners",
        "Jorge Ruiz",
        "Marta Sanz",
    ]
    owners.setCurrentIndex(2)
    assert "Hotel Sol" not in _portfolio_names(director)
    assert "Bodegas Rioja" in _portfolio_names(director)


def test_an_edit_the_team_no_longer_takes_is_said_not_silently_dropped(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    """Jorge renames his account offline while the director hands it to Marta: his sync
    cannot send the rename (403) and the account leaves his laptop — and the window says
    so, as the command line does, instead of letting the edit vanish."""
    for manager in ("Jorge Ruiz", "Marta Sanz"):
        add_user(server, manager, "manager")
    book = new_laptop(tmp_path / "book.sqlite")
    add_account(book, "Hotel Sol", owner="Jorge Ruiz")
    store = open_store(book)
    with store.transaction() as session:
        marta = new_colleague(session, "Marta Sanz")
    store.close()
    sync(book, server)
    jorge, dialogs = open_window(new_laptop(tmp_path / "jorge.sqlite"))
    _join(qtbot, jorge, dialogs, server, "Jorge Ruiz")
    qtbot.waitUntil(lambda: "Hotel Sol" in _portfolio_names(jorge), timeout=WAIT_MS)
    dialogs.messages.clear()

    edit(book, "Hotel Sol", owner_id=marta)
    sync(book, server)
    _rename_in_window(jorge, "Hotel Sol", "Hotel Sol Playa")
    jorge.team_actions.sync_action.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "warning" for m in dialogs.messages), timeout=WAIT_MS)
    title, text = next(m for m in dialogs.messages if m[0] == "warning")[1:]
    assert title == "Team sync"
    lines = str(text).splitlines()
    assert lines[0] == (
        "1 of your changes was not taken: what it changes is no longer yours on the team "
        "(an account reassigned or unshared meanwhile)."
    )
    assert lines[1].startswith("  • You may not change this accounts record")
    qtbot.waitUntil(lambda: "Hotel Sol Playa" not in _portfolio_names(jorge), timeout=WAIT_MS)
    assert "Hotel Sol" not in _portfolio_names(jorge)  # it left with the reassignment


def _entries(window: MainWindow, name: str) -> list[str]:
    """The lines under each group of the Dashboard's tree called *name*."""
    tree = window.findChild(QTreeWidget, name)
    assert tree is not None
    lines = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        assert group is not None
        lines += [f"{group.text(0)}: {group.child(i).text(0)}" for i in range(group.childCount())]
    return lines


def test_work_a_colleague_hands_me_reaches_my_focus_list_after_the_sync(
    qtbot, server: RunningServer, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    jorge, pablo = "Jorge Ruiz", "Pablo Núñez"
    add_user(server, jorge, "manager")
    add_user(server, pablo, "manager")
    book = new_laptop(tmp_path / "jorge.sqlite")
    add_account(book, "Hotel Sol", owner=jorge)
    store = open_store(book)
    with store.transaction() as session:
        new_colleague(session, pablo, Team.OPERATIONS)
    store.close()
    sync(book, server, jorge)

    window, dialogs = open_window(new_laptop(tmp_path / "pablo.sqlite"))
    _join(qtbot, window, dialogs, server, pablo)
    window.tabs.setCurrentWidget(window.page("dashboardTab"))
    assert "Hotel Sol" not in _portfolio_names(window)

    due = TEST_CLOCK.today() + timedelta(days=2)
    hand_work(book, "Hotel Sol", "Check the pallets", pablo, due)
    sync(book, server, jorge)
    window.team_actions.sync_action.trigger()  # as Ctrl+Shift+Y does

    day = format_date(due)
    mine = f"My action items due this week (1): Check the pallets — Hotel Sol, due {day}"
    qtbot.waitUntil(lambda: mine in _entries(window, "focusList"), timeout=WAIT_MS)
    owed = f"I owe (1): Pablo Núñez · Check the pallets — Hotel Sol, due {day}"
    qtbot.waitUntil(lambda: owed in _entries(window, "waitingOn"), timeout=WAIT_MS)
    # The Portfolio reloads on a task of its own, which may end after the Dashboard's.
    qtbot.waitUntil(lambda: "Hotel Sol" in _portfolio_names(window), timeout=WAIT_MS)
