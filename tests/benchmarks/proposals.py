"""Proposal figures on a database: listing, opening the editor, an edit, the autosave, exports.

Prints figures, asserts nothing. ``python -m tests.benchmarks.proposals DB`` (for instance
the 10,000-account stress database from ``workbench demo --accounts 10000``).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def measure(db: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from workbench.app import build_main_window
    from workbench.charts.proposal_images import render_charts
    from workbench.io.proposal_docx import docx_bytes
    from workbench.services import proposals
    from workbench.services.proposal_document import load_document
    from workbench.ui.reports.proposal_html import export_pdf

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db, settings=settings)
        window.resize(1366, 768)
        window.show()
        tab = next(p for p in window.pages if p.objectName() == "proposalsTab")
        window.tabs.setCurrentWidget(tab)
        app.processEvents()
        store = window.context.workspace.store
        assert store is not None
        started = time.perf_counter()
        with store.session() as session:
            rows = proposals.list_proposals(session)
        print(
            f"list {len(rows):,} proposals with totals (background): "
            f"{_ms(time.perf_counter() - started)}"
        )
        window.context.tasks.wait_for_all()
        app.processEvents()
        shows = []
        for _ in range(3):
            started = time.perf_counter()
            tab.list.model.set_rows(rows, date.today())  # type: ignore[attr-defined]
            app.processEvents()
            shows.append(time.perf_counter() - started)
        print(f"show the list (UI thread): median {_ms(statistics.median(shows))}")
        editor = tab.editor  # type: ignore[attr-defined]
        opens = []
        for row in rows[:: max(1, len(rows) // 5)][:5]:
            started = time.perf_counter()
            editor.open(row.proposal_id)
            app.processEvents()
            opens.append(time.perf_counter() - started)
        print(f"open a proposal in the editor: median {_ms(statistics.median(opens))}")
        draft = next(r for r in rows if r.status.value == "draft")
        editor.open(draft.proposal_id)
        editor.tabs.setCurrentIndex(1)
        app.processEvents()
        model = editor.lines.model
        edits = []
        for quantity in ("3", "4", "5", "6", "7"):
            started = time.perf_counter()
            model.setData(model.index(0, 1), quantity)
            app.processEvents()
            edits.append(time.perf_counter() - started)
        print(
            "edit a quantity (totals and budget fit redrawn): "
            f"median {_ms(statistics.median(edits))}"
        )
        started = time.perf_counter()
        editor.save_now()
        app.processEvents()
        print(f"autosave on the UI thread: {_ms(time.perf_counter() - started)}")
        window.context.tasks.wait_for_all()
        started = time.perf_counter()
        document = load_document(store, draft.proposal_id)
        charts = render_charts(document)
        prepared = time.perf_counter() - started
        started = time.perf_counter()
        pages = export_pdf(document, Path(scratch) / "p.pdf", charts)
        pdf = time.perf_counter() - started
        started = time.perf_counter()
        size = len(docx_bytes(document, charts))
        docx = time.perf_counter() - started
        print(
            f"export: document and charts {_ms(prepared)} (background), PDF {pages} pages "
            f"{_ms(pdf)}, DOCX {size / 1024:.0f} KiB {_ms(docx)}"
        )
        window.context.workspace.close()


if __name__ == "__main__":
    measure(Path(sys.argv[1]))
