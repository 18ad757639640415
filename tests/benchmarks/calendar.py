"""Calendar figures: switching months and views, opening a meeting, importing .ics.

Prints figures, asserts nothing. ``python -m tests.benchmarks.calendar [DB]``:
without DB it builds the issue's size — 5,000 meetings of which about 300 are
recurring series — in a temporary folder; with DB (e.g. the 10,000-account
stress database, 27,999 meetings of which 9,333 series) it measures that one.

Each figure is the median of several steps (tasks run inline, so a step is the
read, the expansion, the models and the paint), next to raw SQLite reading the
same rows on a plain connection: the meetings and exceptions touching the
range on screen (one-off meetings in it, every series begun before its end,
exceptions generated in it or moved into it). The ratio is what the Python
around those rows costs.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

AS_OF = date(2026, 11, 26)
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "ics"
TARGET_MEETINGS = 5_000


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def build(path: Path) -> None:
    """A sample portfolio with ~300 series, topped up with one-off meetings to 5,000."""
    from workbench.domain.enums import MeetingKind, MeetingMode
    from workbench.services.sample_portfolio import generate_sample_portfolio
    from workbench.store.bulk import bulk_insert
    from workbench.store.database import open_store
    from workbench.store.models import Account, Meeting
    from workbench.store.models.base import new_uid

    store = open_store(path)
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=330, seed=1, as_of=AS_OF)
    with store.session() as session:
        accounts = list(session.execute(select(Account.id, Account.time_zone)))
        have = session.scalar(select(func.count()).select_from(Meeting)) or 0
    rng = random.Random(7)
    rows = []
    start = datetime(2025, 12, 1, tzinfo=UTC)
    for _ in range(TARGET_MEETINGS - have):
        account_id, zone = rng.choice(accounts)
        begins = start + timedelta(days=rng.randint(0, 365), hours=rng.randint(7, 18))
        rows.append(
            {
                "account_id": account_id,
                "title": rng.choice(["Call", "Visit", "Workshop", "Follow-up"]),
                "kind": MeetingKind.OTHER.value,
                "mode": MeetingMode.VIRTUAL.value,
                "starts_at": begins,
                "ends_at": begins + timedelta(hours=1),
                "time_zone": zone,
                "ical_uid": new_uid(),
                "created_at": start,
                "updated_at": start,
            }
        )
    with store.engine.begin() as connection:
        bulk_insert(connection, Meeting.__table__, rows)  # type: ignore[arg-type]
    store.close()


_COLUMNS = (
    "m.id, m.account_id, m.title, m.kind, m.mode, m.location, m.link, m.starts_at,"
    " m.ends_at, m.time_zone, m.rrule, length(m.minutes) > 0, m.all_day, a.name, a.time_zone"
)
_TOUCHING = (
    f"SELECT {_COLUMNS} FROM meetings m JOIN accounts a ON a.id = m.account_id"
    " WHERE m.rrule IS NULL AND m.starts_at < :end AND m.starts_at >= :week_before"
    " AND m.ends_at > :start",
    f"SELECT {_COLUMNS} FROM meetings m JOIN accounts a ON a.id = m.account_id"
    " WHERE m.rrule IS NOT NULL AND m.starts_at < :end",
    "SELECT meeting_id, original_start, cancelled, starts_at, ends_at, title, location, minutes"
    " FROM meeting_exceptions WHERE (original_start >= :year_before AND original_start < :end)"
    " OR (starts_at < :end AND ends_at > :start)",
)


def raw_touching(db: Path, windows: list[tuple[datetime, datetime]], runs: int = 3) -> float:
    """Median ms for raw SQLite to read the meetings and exceptions touching each window."""
    connection = sqlite3.connect(db)

    def text(moment: datetime) -> str:
        return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

    figures = []
    try:
        for start, end in windows:
            values = {
                "start": text(start),
                "end": text(end),
                "week_before": text(start - timedelta(days=7)),
                "year_before": text(start - timedelta(days=366)),
            }
            for _ in range(runs):
                started = time.perf_counter()
                for sql in _TOUCHING:
                    connection.execute(sql, values).fetchall()
                figures.append(time.perf_counter() - started)
    finally:
        connection.close()
    return statistics.median(figures)


def _figure(name: str, steps: list[float], raw: float | None = None) -> None:
    median = statistics.median(steps)
    versus = "" if raw is None else f"; raw SQLite {_ms(raw)}, ratio {median / raw:.1f}×"
    print(f"{name}: median {_ms(median)}, worst {_ms(max(steps))}, {len(steps)} runs{versus}")


def measure(db: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from workbench.app import build_main_window
    from workbench.heap import freeze_start_up_objects
    from workbench.services.calendar_import import import_ics
    from workbench.services.changes import ChangeSet
    from workbench.store.models import Meeting
    from workbench.ui.calendar.period import ViewMode
    from workbench.ui.calendar.tab import CalendarTab
    from workbench.ui.clock import Clock

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        clock = Clock(fixed=datetime(2026, 11, 26, 9, tzinfo=UTC))
        window = build_main_window(db, settings=settings, synchronous_tasks=True, clock=clock)
        window.resize(1366, 768)
        window.show()
        freeze_start_up_objects()  # as the application does once shown
        tab = next(p for p in window.pages if isinstance(p, CalendarTab))
        window.tabs.setCurrentWidget(tab)
        app.processEvents()
        store = window.context.workspace.store
        assert store is not None
        with store.session() as session:
            total = session.scalar(select(func.count()).select_from(Meeting))
            series = session.scalar(select(func.count()).where(Meeting.rrule.is_not(None)))
        print(f"database: {total:,} meetings, {series:,} recurring series")

        def timed(action: object) -> float:
            started = time.perf_counter()
            action()  # type: ignore[operator]
            app.processEvents()
            tab.view.current_table().viewport().repaint()
            return time.perf_counter() - started

        def on_screen() -> tuple[datetime, datetime]:
            return tab.view.period.utc_window(tab.zone)

        for mode in ViewMode:
            tab.view.set_mode(mode)
            app.processEvents()
            steps, windows = [], []
            for move in [tab.view.go_next] * 6 + [tab.view.go_previous] * 6:
                steps.append(timed(move))
                windows.append(on_screen())
            _figure(
                f"{mode.name.lower()} view, next/previous (loaded and painted)",
                steps,
                raw_touching(db, windows),
            )
        switches, windows = [], []
        for mode in list(ViewMode) * 3:
            switches.append(timed(lambda m=mode: tab.view.set_mode(m)))
            windows.append(on_screen())
        _figure("switch between month/week/agenda", switches, raw_touching(db, windows))
        # A change to the meetings: the month and the next seven days read again (only
        # the calendar's part; other tabs that show meetings reload too).
        tab.view.set_mode(ViewMode.MONTH)
        app.processEvents()
        changed = [timed(lambda: tab.on_data_changed(ChangeSet.of("meetings"))) for _ in range(5)]
        _figure(
            "after a change to meetings, the month and next 7 days read again (series too)",
            changed,
            raw_touching(db, [on_screen()]),
        )
        tab.view.set_mode(ViewMode.MONTH)
        tab.view.go_today()
        app.processEvents()
        occurrences = [
            o
            for r in range(6)
            for c in range(7)
            for o in (tab.view.month_model.index(r, c).data(0x0101) or [])
        ]
        opens = []
        for occurrence in occurrences[:20]:
            opens.append(timed(lambda o=occurrence: tab.show_occurrence(o)))
        print(
            f"open a meeting's detail: median {_ms(statistics.median(opens))}, "
            f"worst {_ms(max(opens))}"
        )
        dialog_opens = []
        for occurrence in [o for o in occurrences if not o.recurring][:5]:

            def open_dialog(o: object = occurrence) -> None:
                tab.edit_occurrence(o)  # type: ignore[arg-type]
                assert tab.meeting_dialog is not None
                tab.meeting_dialog.repaint()

            dialog_opens.append(timed(open_dialog))
            assert tab.meeting_dialog is not None
            tab.meeting_dialog.reject()
        if dialog_opens:
            print(f"open the meeting dialog: median {_ms(statistics.median(dialog_opens))}")
        window.context.workspace.close()

    largest = max(CORPUS.glob("*.ics"), key=lambda p: p.stat().st_size)
    from workbench.store.database import open_store

    copy = Path(tempfile.mkdtemp()) / "import.sqlite"
    copy.write_bytes(db.read_bytes())
    target = open_store(copy)
    started = time.perf_counter()
    report = import_ics(target, largest.read_bytes(), default_zone="Europe/Madrid", account_id=1)
    elapsed = time.perf_counter() - started
    print(
        f"import {largest.name} ({largest.stat().st_size / 1024:.0f} KiB): {_ms(elapsed)}, "
        f"{report.created} meetings created, {report.skipped} skipped"
    )
    target.close()


def main() -> None:
    if len(sys.argv) > 1:
        measure(Path(sys.argv[1]))
        return
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "calendar.sqlite"
        started = time.perf_counter()
        build(db)
        print(f"built the calendar database in {time.perf_counter() - started:.1f} s")
        measure(db)


if __name__ == "__main__":
    main()
