"""Client report figures: gathering one account's quarter, and writing it as PPTX and XLSX.

Prints figures, asserts nothing. ``python -m tests.benchmarks.client_report DB`` (for
instance the 10,000-account stress database from ``workbench demo --accounts 10000``;
the sample is anchored to 2026-11-26, so the report is as of that day, for 2026 Q3).
The database is opened as it is (migrated if it is older): measure a copy.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select

from workbench.charts.report_images import render_charts
from workbench.domain.period import Quarter
from workbench.services.client_report import client_report
from workbench.services.report_files import report_bytes, report_labels
from workbench.store.database import open_store
from workbench.store.models import Account

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
PERIOD = Quarter(2026, 3)
SAMPLES = 10


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def measure(db: Path) -> None:
    store = open_store(db)
    try:
        with store.session() as session:
            count = session.scalar(select(func.count()).select_from(Account)) or 0
            ids = session.scalars(select(Account.id).order_by(Account.id)).all()
            picked = ids[:: max(1, len(ids) // SAMPLES)][:SAMPLES]
            client_report(session, picked[0], PERIOD, now=NOW)  # warm the caches
            times = []
            for account_id in picked:
                started = time.perf_counter()
                report = client_report(session, account_id, PERIOD, now=NOW)
                times.append(time.perf_counter() - started)
        print(
            f"gather one account's report ({count:,} accounts, {len(picked)} accounts): "
            f"median {_ms(statistics.median(times))}, max {_ms(max(times))}"
        )
        labels = report_labels()
        started = time.perf_counter()
        render_charts(report, labels)
        first = time.perf_counter() - started
        started = time.perf_counter()
        render_charts(report, labels)
        print(
            f"draw the three charts: {_ms(time.perf_counter() - started)} "
            f"(first time, with Matplotlib's import: {_ms(first)})"
        )
        with tempfile.TemporaryDirectory() as scratch:
            for fmt in ("pptx", "xlsx"):
                runs = []
                size = 0
                for _ in range(3):
                    started = time.perf_counter()
                    data = report_bytes(report, fmt, render_charts=render_charts)  # type: ignore[arg-type]
                    (Path(scratch) / f"r.{fmt}").write_bytes(data)
                    runs.append(time.perf_counter() - started)
                    size = len(data)
                print(
                    f"write the {fmt.upper()} ({size / 1024:.0f} KiB): "
                    f"median {_ms(statistics.median(runs))}"
                )
    finally:
        store.close()


if __name__ == "__main__":
    measure(Path(sys.argv[1]))
