"""Incident figures: counting, the list's first page with and without filters, opening one.

Prints figures, asserts nothing. ``python -m tests.benchmarks.incidents [DB]``:
without DB it builds the issue's size — 50,000 incidents with 500,000 timeline
lines, their status changes, teams and some compensations, over a 2,000-account
sample portfolio — in a temporary folder; with DB it measures that one (and
builds it first if the file does not exist, to keep it for later runs).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select

_T = TypeVar("_T")

AS_OF = date(2026, 11, 26)
ACCOUNTS = 2_000
TARGET_INCIDENTS = 50_000
TARGET_EVENTS = 500_000
#: Rows handed to one ``bulk_insert`` call, to keep memory flat.
BATCH = 50_000

EVENT_LINES = (
    "Client reported the problem by phone.",
    "Acknowledged to the client; escalated to operations.",
    "Operations confirmed the root cause.",
    "Workaround proposed to the client.",
    "Client asked for an update.",
    "Status update e-mailed to the client.",
    "Internal review with support and finance.",
    "Fix deployed; monitoring.",
    "Client confirmed the fix.",
)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def build(path: Path) -> None:
    """The sample portfolio, topped up with incidents and timeline lines to the issue's size."""
    from workbench.domain.enums import (
        CompensationForm,
        IncidentCategory,
        IncidentStatus,
        Severity,
        Team,
        TimelineActor,
    )
    from workbench.services.sample_portfolio import generate_sample_portfolio
    from workbench.services.sample_vocabulary import INCIDENT_TITLES
    from workbench.store.bulk import bulk_insert
    from workbench.store.database import open_store
    from workbench.store.models import (
        Account,
        Colleague,
        Compensation,
        Contact,
        Incident,
        IncidentEvent,
        IncidentStatusChange,
        IncidentTeam,
    )

    store = open_store(path)
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=ACCOUNTS, seed=1, as_of=AS_OF)
    with store.session() as session:
        accounts = list(session.scalars(select(Account.id)))
        contacts: dict[int, list[int]] = defaultdict(list)
        for contact_id, account_id in session.execute(select(Contact.id, Contact.account_id)):
            contacts[account_id].append(contact_id)
        colleagues = list(session.scalars(select(Colleague.id)))
        me = session.scalar(select(Colleague.id).where(Colleague.is_me.is_(True)))
        next_id = (session.scalar(select(func.max(Incident.id))) or 0) + 1
        have = session.scalar(select(func.count()).select_from(Incident)) or 0
        have_events = session.scalar(select(func.count()).select_from(IncidentEvent)) or 0

    rng = random.Random(11)
    now = datetime.combine(AS_OF, datetime.min.time(), UTC)
    count = TARGET_INCIDENTS - have
    # Timeline lines per incident: ~10 each, varied, summing exactly to the target.
    needed = TARGET_EVENTS - have_events
    per_incident = [needed // count + (1 if i < needed % count else 0) for i in range(count)]
    for i in range(count):
        moved = rng.randint(0, per_incident[i] - 1)
        per_incident[i] -= moved
        per_incident[rng.randrange(count)] += moved
    categories = list(IncidentCategory)
    severities = list(Severity)
    forms = list(CompensationForm)
    teams = [Team.OPERATIONS, Team.SUPPORT, Team.SALES, Team.FINANCE]
    incidents: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    team_rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    compensations: list[dict[str, Any]] = []
    for offset in range(count):
        incident_id = next_id + offset
        account_id = rng.choice(accounts)
        category = rng.choice(categories)
        reported = now - timedelta(minutes=rng.randint(60, 60 * 24 * 730))
        open_now = rng.random() < 0.25
        stages = [IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED, IncidentStatus.MITIGATING]
        if open_now:
            stages = stages[: rng.randint(1, 3)]
        else:
            stages += [IncidentStatus.RESOLVED, IncidentStatus.CLOSED]
        times = [reported]
        for _ in stages[1:]:
            times.append(min(times[-1] + timedelta(minutes=rng.randint(30, 72 * 60)), now))
        stage = dict(zip(stages, times, strict=True))
        incidents.append(
            {
                "id": incident_id,
                "account_id": account_id,
                "title": rng.choice(INCIDENT_TITLES[category]["en"])
                if category in INCIDENT_TITLES
                else "Incident",
                "description": "Generated for the incident benchmark.",
                "category": category.value,
                "severity": rng.choices(severities, weights=(10, 25, 40, 25))[0].value,
                "status": stages[-1].value,
                "owner_id": me,
                "reported_at": reported,
                "acknowledged_at": stage.get(IncidentStatus.ACKNOWLEDGED),
                "resolved_at": stage.get(IncidentStatus.RESOLVED),
                "closed_at": stage.get(IncidentStatus.CLOSED),
                "root_cause": None if open_now else "Carrier capacity at peak season.",
                "resolution": None if open_now else "Re-routed through a second carrier.",
                "created_at": reported,
                "updated_at": times[-1],
            }
        )
        changes.extend(
            {"incident_id": incident_id, "status": status.value, "changed_at": when}
            for status, when in stage.items()
        )
        team_rows.extend(
            {"incident_id": incident_id, "team": team.value}
            for team in rng.sample(teams, rng.randint(1, 2))
        )
        span = max((times[-1] if not open_now else now) - reported, timedelta(minutes=1))
        people: list[int | None] = list(contacts.get(account_id, ())) or [None]
        moments = sorted(reported + span * rng.random() for _ in range(per_incident[offset]))
        for moment in moments:
            actor = rng.choice(
                (TimelineActor.ACCOUNT_MANAGER, TimelineActor.COLLEAGUE, TimelineActor.CLIENT)
            )
            events.append(
                {
                    "incident_id": incident_id,
                    "occurred_at": moment,
                    "actor": actor.value,
                    "colleague_id": None
                    if actor is TimelineActor.CLIENT
                    else me
                    if actor is TimelineActor.ACCOUNT_MANAGER
                    else rng.choice(colleagues),
                    "contact_id": rng.choice(people) if actor is TimelineActor.CLIENT else None,
                    "description": rng.choice(EVENT_LINES),
                    "client_communication": actor is not TimelineActor.COLLEAGUE,
                }
            )
        if not open_now and rng.random() < 0.1:
            compensations.append(
                {
                    "incident_id": incident_id,
                    "form": rng.choice(forms).value,
                    "amount": Decimal(rng.randint(100, 50_000)),
                    "granted_on": times[-1].date(),
                    "note": None,
                }
            )
    with store.engine.begin() as connection:
        for table, rows in (
            (Incident.__table__, incidents),
            (IncidentStatusChange.__table__, changes),
            (IncidentTeam.__table__, team_rows),
            (IncidentEvent.__table__, events),
            (Compensation.__table__, compensations),
        ):
            for batch in _batches(rows):
                bulk_insert(connection, table, batch)  # type: ignore[arg-type]
        connection.exec_driver_sql("ANALYZE")
    store.close()


def _timed(action: Callable[[], _T], runs: int = 5) -> tuple[float, float, _T]:
    """Median and worst of *runs* calls (after one warm-up), and the last result."""
    result = action()
    figures = []
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        figures.append(time.perf_counter() - started)
    return statistics.median(figures), max(figures), result


def measure(db: Path) -> None:
    from workbench.domain.enums import Severity
    from workbench.domain.incidents import ResponseTargets
    from workbench.services import incidents as service
    from workbench.store.database import open_store
    from workbench.store.models import Incident, IncidentEvent

    store = open_store(db)
    now = datetime.combine(AS_OF, datetime.min.time(), UTC) + timedelta(hours=9)
    targets = ResponseTargets()
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(Incident)) or 0
        events = session.scalar(select(func.count()).select_from(IncidentEvent)) or 0
        print(f"database: {total:,} incidents, {events:,} timeline lines")
        account_id = session.scalar(
            select(Incident.account_id)
            .group_by(Incident.account_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        ids = list(
            session.scalars(select(Incident.id).order_by(Incident.reported_at.desc()).limit(5))
        )
    filters = {
        "no filter": service.IncidentFilter(),
        "open only": service.IncidentFilter(open_only=True),
        "severity critical": service.IncidentFilter(severities=frozenset({Severity.CRITICAL})),
        f"account {account_id}": service.IncidentFilter(account_id=account_id),
    }
    for name, chosen in filters.items():
        with store.session() as session:

            def count(f: Any = chosen) -> int:
                return service.count_incidents(session, f)

            def page(f: Any = chosen) -> list[Any]:
                return service.list_incidents(session, f, now=now, targets=targets)

            median, worst, matched = _timed(count)
            print(f"count_incidents, {name}: median {_ms(median)}, worst {_ms(worst)}", end="")
            print(f" ({matched:,} match)")
            median, worst, rows = _timed(page)
            print(
                f"list_incidents, first page, {name}: median {_ms(median)}, "
                f"worst {_ms(worst)} ({len(rows)} rows)"
            )
    opens = []
    with store.session() as session:
        for incident_id in ids:
            started = time.perf_counter()
            service.load_incident(session, incident_id)
            opens.append(time.perf_counter() - started)
    print(
        f"load_incident on {len(opens)} incidents: median {_ms(statistics.median(opens))}, "
        f"worst {_ms(max(opens))}"
    )
    store.close()


def measure_window(db: Path) -> None:
    """What the user waits for in the Incidents tab: the tab shown with its first page, a
    filter changed, an incident opened (background loads included: tasks run inline)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from workbench.app import build_main_window

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db, settings=settings)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        tab = next(p for p in window.pages if p.objectName() == "incidentsTab")
        window.context.tasks.wait_for_all()
        app.processEvents()

        def until_filled(before: int) -> None:
            # The table fills in the background: wait for it as the user does.
            while tab.loads == before:  # type: ignore[attr-defined]
                app.processEvents()
                time.sleep(0.001)
            tab.table.viewport().repaint()  # type: ignore[attr-defined]

        started = time.perf_counter()
        before = tab.loads  # type: ignore[attr-defined]
        window.tabs.setCurrentWidget(tab)
        tab.reload()  # type: ignore[attr-defined]
        until_filled(before)
        print(f"window: show the tab with its first page: {_ms(time.perf_counter() - started)}")
        filters = tab.filters  # type: ignore[attr-defined]
        changes = []
        for index in (1, 2, 0, 3, 0):
            window.context.tasks.wait_for_all()
            app.processEvents()
            started = time.perf_counter()
            before = tab.loads  # type: ignore[attr-defined]
            filters.severity.setCurrentIndex(index)
            until_filled(before)
            changes.append(time.perf_counter() - started)
        window.context.tasks.wait_for_all()
        app.processEvents()
        started = time.perf_counter()
        before = tab.loads  # type: ignore[attr-defined]
        filters.open_only.setChecked(False)
        until_filled(before)
        changes.append(time.perf_counter() - started)
        print(
            f"window: change a filter: median {_ms(statistics.median(changes))}, "
            f"worst {_ms(max(changes))}"
        )
        opens = []
        for row in (0, 5, 50, 150):
            started = time.perf_counter()
            tab.table.selectRow(row)  # type: ignore[attr-defined]
            app.processEvents()
            opens.append(time.perf_counter() - started)
        print(
            f"window: open an incident: median {_ms(statistics.median(opens))}, "
            f"worst {_ms(max(opens))}"
        )
        started = time.perf_counter()
        model = tab.model  # type: ignore[attr-defined]
        model.fetchMore()
        print(f"window: scroll to the next page of 200: {_ms(time.perf_counter() - started)}")
        window.context.tasks.wait_for_all()
        window.context.workspace.close()


def main() -> None:
    if len(sys.argv) > 1:
        db = Path(sys.argv[1])
        if not db.exists():
            started = time.perf_counter()
            build(db)
            print(f"built the incident database in {time.perf_counter() - started:.1f} s")
        measure(db)
        measure_window(db)
        return
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "incidents.sqlite"
        started = time.perf_counter()
        build(db)
        print(f"built the incident database in {time.perf_counter() - started:.1f} s")
        measure(db)
        measure_window(db)


if __name__ == "__main__":
    main()
