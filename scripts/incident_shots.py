"""Screenshots of the incident log: on a copy of the sample, the most severe open incident
gets a playbook response chosen, then its timeline and playbook are shown.

``python scripts/incident_shots.py SAMPLE.sqlite OUT_DIR``
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    from workbench.app import build_main_window
    from workbench.domain.incidents import ResponseTargets
    from workbench.services import incidents
    from workbench.services.playbooks import apply_response, load_playbooks
    from workbench.store.database import open_store

    now = datetime(2026, 11, 26, 9, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "incidents.sqlite"
        shutil.copy(source, db)
        store = open_store(db)
        with store.session() as session:
            first = incidents.list_incidents(
                session,
                incidents.IncidentFilter(open_only=True),
                now=now,
                targets=ResponseTargets(),
                limit=1,
            )[0]
        response = load_playbooks("en")[first.category].responses[0]
        with store.transaction() as session:
            apply_response(
                session,
                first.incident_id,
                response.key,
                today=date(2026, 11, 26),
                language="en",
                at=now,
            )
        store.close()
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db, settings=settings, synchronous_tasks=True)
        window.resize(1366, 768)
        tab = next(p for p in window.pages if p.objectName() == "incidentsTab")
        window.tabs.setCurrentWidget(tab)
        window.show()
        app.processEvents()
        tab.table.selectRow(0)  # type: ignore[attr-defined]
        for index, name in ((1, "timeline"), (2, "playbook"), (4, "actions")):
            tab.detail.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            app.processEvents()
            window.grab().save(str(out / f"incident-{name}-1366x768.png"))
        window.context.workspace.close()
    print(f"saved incident screenshots in {out}")


if __name__ == "__main__":
    main()
