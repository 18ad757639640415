"""Screenshots of the team in the window (issue 18), in English and Spanish.

``python scripts/team_screenshots.py [OUT_DIR]`` (default ``docs/screenshots``) writes, for
``en`` and ``es``:

- ``team-window-{lang}-1366x768.png``: the window at 1366×768 on a book in a team, offline
  with 12 changes waiting;
- ``team-status-{lang}.png``: the status bar's indicator in each of its states, one strip
  under the other (synced, syncing, offline with changes waiting, conflicts, sign in);
- ``team-join-dialog-{lang}.png``: File → Join a team server…;
- ``team-conflicts-{lang}.png``: the conflicts dialog with two conflicts;
- ``team-by-manager-{lang}.png``: the Dashboard by account manager (Rachel Moore, a
  junior, under her mentor Elena Vidal);
- ``team-dashboard-{lang}-1366x768.png``: the Dashboard, its focus list with an action item
  a colleague handed me, and the "waiting on" view;
- ``team-history-{lang}-1366x768.png``: an account's History with a conflict as it arose
  and as it was settled;
- ``team-colleagues-{lang}.png``: Edit → Colleagues…, with a junior's mentor;
- ``team-owner-filter-{lang}-1366x768.png``: the Portfolio filtered on a mentor: her
  accounts and her junior's;
- ``team-not-taken-{lang}.png``: the warning after a sync that could not send an edit (its
  account reassigned meanwhile) nor take one of the team's changes;
- ``team-sign-in-held-{lang}.png``: the warning when the server holds back sign-ins after
  too many wrong passwords.

The book is the sample portfolio in a temporary folder, marked as in a team (no server
is needed to draw the states); nothing of the user's is read or written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _book_in_a_team(folder: Path) -> Path:
    """The sample portfolio, as a laptop that synced 2 minutes ago and has made 12
    changes since."""
    from sqlalchemy import func, select

    from workbench.services.conflict_history import log_conflicts
    from workbench.services.sample_portfolio import generate_sample_portfolio
    from workbench.services.sync import set_state
    from workbench.store.database import open_store
    from workbench.store.models import Account, FieldChange

    path = folder / "workbench.sqlite"
    store = open_store(path)
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=40, seed=1, as_of=date(2026, 11, 26))
    with store.transaction() as session:
        pushed = session.scalar(select(func.coalesce(func.max(FieldChange.id), 0)))
        set_state(session, "server", "https://equipo.example.com:8765")
        set_state(session, "user", "Elena Vidal")
        set_state(session, "joined", True)
        set_state(session, "cursor", 1)
        set_state(session, "pushed_through", pushed)
        set_state(session, "synced_at", (NOW - timedelta(minutes=2)).isoformat())
    with store.session() as session:
        sol = session.get(Account, 1)
        rioja = session.get(Account, 2)
        assert sol is not None and rioja is not None
        listed = [
            _listed(1, str(sol.uid), sol.name, "description", "Renewal in March",
                    "Renewal moved to April", "Renewal in March, with the new SLA"),
            _listed(2, str(rioja.uid), rioja.name, "tier", "standard", "key", "strategic"),
        ]  # fmt: skip
    with store.transaction() as session:
        set_state(session, "conflicts", listed)
        _handed_and_mentored(session)
        settled = {
            **listed[0],
            "id": 7,
            "account": listed[0]["record"],
            "field": "website",
            "theirs": "https://hotel-sol.example",
            "yours": "https://www.hotel-sol.example",
            "resolved_at": (NOW - timedelta(minutes=30)).isoformat(),
            "resolved_by": "Elena Vidal",
            "resolution": {"take": "mine", "value": "https://www.hotel-sol.example"},
        }
        log_conflicts(session, [{**listed[0], "account": listed[0]["record"]}, settled])
    for account_id in range(1, 13):  # 12 changes made since, one at a time
        with store.transaction() as session:
            account = session.get(Account, account_id)
            assert account is not None
            account.description = f"Reviewed on the train ({account_id})"
    store.close()
    return path


def _handed_and_mentored(session: object) -> None:
    """Rachel Moore is Elena's junior; Jorge Ruiz (operations) hands Elena a task due in
    two days and owes her one on her account."""
    from sqlalchemy import select

    from workbench.domain.enums import ActionStatus, Team
    from workbench.services.colleagues import set_mentor
    from workbench.store.models import Account, ActionItem, Colleague

    ids = dict(session.execute(select(Colleague.name, Colleague.id)).all())  # type: ignore[attr-defined]
    set_mentor(session, ids["Rachel Moore"], ids["Elena Vidal"])  # type: ignore[arg-type]
    jorge = Colleague(name="Jorge Ruiz", team=Team.OPERATIONS)
    session.add(jorge)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    theirs = session.scalar(  # type: ignore[attr-defined]
        select(Account.id).where(Account.owner_id != ids["Elena Vidal"]).limit(1)
    )
    for title, account, owner, days in (
        ("Send the pallet forecast to Jorge", theirs, ids["Elena Vidal"], 2),
        ("Confirm the new delivery slots", 1, jorge.id, 1),
    ):
        session.add(  # type: ignore[attr-defined]
            ActionItem(
                account_id=account,
                title=title,
                owner_colleague_id=owner,
                due_on=NOW.date() + timedelta(days=days),
                status=ActionStatus.OPEN,
            )
        )


def _listed(
    number: int, uid: str, label: str, field: str, base: str, theirs: str, yours: str
) -> dict[str, object]:
    """A conflict as the server lists it."""
    return {
        "id": number, "table": "accounts", "record": uid, "label": label, "field": field,
        "base": base, "theirs": theirs, "theirs_by": "Jorge Ruiz",
        "theirs_at": (NOW - timedelta(hours=3)).isoformat(), "yours": yours,
        "yours_by": "Elena Vidal", "yours_at": (NOW - timedelta(hours=1)).isoformat(),
    }  # fmt: skip


def _strip(window: object) -> QPixmap:
    bar = window.statusBar()  # type: ignore[attr-defined]
    image = bar.grab()
    return image.copy(QRect(image.width() * 2 // 3, 0, image.width() // 3, image.height()))


def _warning(
    app: QApplication, parent: object, title: str, text: str, out: Path, name: str
) -> None:
    """The warning box the window's dialogs show (``DialogService.warn``), drawn."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)  # type: ignore[arg-type]
    box.show()
    app.processEvents()
    box.grab().save(str(out / name))
    box.close()


def shots(app: QApplication, language: str, book: Path, folder: Path, out: Path) -> None:
    from tests.ui.fakes import FakeDialogs
    from workbench.app import build_main_window
    from workbench.services.sync import SyncReport
    from workbench.services.sync_client import SyncError
    from workbench.ui.clock import Clock
    from workbench.ui.language import SETTINGS_LANGUAGE, install_language
    from workbench.ui.team.team_sync import SyncState
    from workbench.ui.team_login_dialog import TeamLoginDialog

    install_language(app, language)
    settings = QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_LANGUAGE, language)
    window = build_main_window(
        book,
        settings=settings,
        dialogs=FakeDialogs(),
        synchronous_tasks=True,
        clock=Clock(ZoneInfo("Europe/Madrid"), fixed=NOW),
    )
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    team = window.team_actions.team
    strips = []
    listed = team.status.conflicts
    for state, conflicts in (
        (SyncState.SYNCED, 0),
        (SyncState.SYNCING, 0),
        (SyncState.OFFLINE, 0),
        (SyncState.SYNCED, listed),
        (SyncState.SIGNED_OUT, 0),
    ):
        team.status = replace(team.status, conflicts=conflicts)
        team.state = state
        team.sig_changed.emit()
        app.processEvents()
        strips.append(_strip(window))
    team.state = SyncState.OFFLINE
    team.sig_changed.emit()
    app.processEvents()
    window.grab().save(str(out / f"team-window-{language}-1366x768.png"))
    height = sum(strip.height() for strip in strips)
    sheet = QPixmap(strips[0].width(), height)
    painter = QPainter(sheet)
    top = 0
    for strip in strips:
        painter.drawPixmap(0, top, strip)
        top += strip.height()
    painter.end()
    sheet.save(str(out / f"team-status-{language}.png"))
    team.state = SyncState.SYNCED
    team.show_conflicts()
    app.processEvents()
    conflicts = team.conflicts_dialog
    assert conflicts is not None
    conflicts.resize(1000, 360)
    app.processEvents()
    conflicts.grab().save(str(out / f"team-conflicts-{language}.png"))
    conflicts.close()
    dashboard = window.page("dashboardTab")
    window.tabs.setCurrentWidget(dashboard)
    app.processEvents()
    managers = dashboard.by_manager()  # type: ignore[union-attr]
    app.processEvents()
    managers.grab().save(str(out / f"team-by-manager-{language}.png"))
    managers.close()
    window.grab().save(str(out / f"team-dashboard-{language}-1366x768.png"))
    portfolio = window.page("portfolioTab")
    window.tabs.setCurrentWidget(portfolio)
    app.processEvents()
    view = portfolio.view  # type: ignore[union-attr]
    view.select_account(1)
    view.detail.lists.setCurrentWidget(view.detail.history)
    app.processEvents()
    window.grab().save(str(out / f"team-history-{language}-1366x768.png"))
    owners = view.filters.owner
    owners.setCurrentIndex(1)  # the first owner: Elena Vidal, with her junior
    app.processEvents()
    window.grab().save(str(out / f"team-owner-filter-{language}-1366x768.png"))
    owners.setCurrentIndex(0)
    window.colleagues_action.action.trigger()
    colleagues = window.colleagues_action.dialog
    assert colleagues is not None
    colleagues.table.selectRow([r.name for r in colleagues.model.rows].index("Rachel Moore"))
    app.processEvents()
    colleagues.grab().save(str(out / f"team-colleagues-{language}.png"))
    colleagues.close()
    report = SyncReport(
        forbidden=["You may not change this accounts record."],
        kept_out=["contacts 01a21526-e400-7400-83a4-6506f7460104 (UNIQUE constraint failed)"],
    )
    _warning(app, window, team.tr("Team sync"), "\n".join(team.refusal_lines(report)), out,
             f"team-not-taken-{language}.png")  # fmt: skip
    held = SyncError("Too many failed logins.", 429, code="rate_limited", retry_after=840)
    _warning(app, window, team.tr("Join a team server"), team.refusal_text(held), out,
             f"team-sign-in-held-{language}.png")  # fmt: skip
    dialog = TeamLoginDialog(joining=True, keyring=True)
    dialog.server_edit.setText("https://equipo.example.com:8765")
    dialog.user_edit.setText("Elena Vidal")
    dialog.password_edit.setText("correct horse")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / f"team-join-dialog-{language}.png"))
    dialog.close()
    window.close()
    window.context.workspace.close()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            os.environ[variable] = str(folder / "home")
        book = _book_in_a_team(folder)
        for language in ("en", "es"):
            shots(app, language, book, folder, out)  # type: ignore[arg-type]
    print(f"written to {out}")


if __name__ == "__main__":
    main()
