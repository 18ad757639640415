"""What the window's start does not pay for: Matplotlib is imported when a chart is first
drawn, not to paint the first window (it costs about half a second of a 1.5 s start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workbench.app import build_main_window
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
window = build_main_window(sys.argv[1], settings=settings, synchronous_tasks=True)
window.resize(1366, 768)
window.show()
window.repaint()
print(sorted(name for name in sys.modules if name.split(".")[0] == "matplotlib"))
window.close()
"""


def _last_line(probe: str, db: Path) -> str:
    """Run *probe* in a fresh interpreter on *db* (offscreen); its last line of output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(db)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_first_window_paints_without_importing_matplotlib(sample_db_path: Path) -> None:
    assert _last_line(PROBE, sample_db_path) == "[]"


FREEZE_PROBE = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workbench.app import run_gui
QTimer.singleShot(300, app.quit)
code = run_gui(sys.argv[1])
print(gc.get_freeze_count())
"""


def test_the_started_window_takes_its_objects_out_of_the_collectors_sight(
    sample_db_path: Path,
) -> None:
    """Full collections walked every start-up object (~330,000 at the stress size) and
    stopped the window for up to 800 ms; frozen once shown, they are not walked again."""
    assert int(_last_line(FREEZE_PROBE, sample_db_path)) > 100_000
