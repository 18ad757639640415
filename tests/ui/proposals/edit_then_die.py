"""Run by the crash-recovery test: edit a proposal, let autosave run, then wait to be killed.

``python -m tests.ui.proposals.edit_then_die DB SETTINGS PROPOSAL_ID TITLE``
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def main() -> None:
    db, settings_path, proposal_id, title = sys.argv[1:5]
    app = QApplication([])
    from workbench.app import build_main_window

    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    window = build_main_window(db, settings=settings, synchronous_tasks=True)
    tab = next(p for p in window.pages if p.objectName() == "proposalsTab")
    editor = tab.editor  # type: ignore[attr-defined]
    editor.open(int(proposal_id))
    editor.title.setText(title)
    editor.title.editingFinished.emit()
    deadline = time.monotonic() + 10
    while editor.dirty and time.monotonic() < deadline:  # the autosave timer, for real
        app.processEvents()
        time.sleep(0.05)
    print("autosaved" if not editor.dirty else "not saved", flush=True)
    editor.title.setText(title + " (typed after the last autosave)")
    editor.title.editingFinished.emit()
    time.sleep(120)  # killed here, with an edit not yet autosaved


if __name__ == "__main__":
    main()
