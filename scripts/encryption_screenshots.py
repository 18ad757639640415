"""Screenshots for encryption at rest and the refused restore (issue 14).

``python scripts/encryption_screenshots.py [OUT_DIR]`` (default ``docs/screenshots``) writes

- ``passphrase-dialog-en.png`` and ``passphrase-dialog-es.png``: the dialog that asks an
  encrypted database's passphrase, in English and in Spanish (re-run after translating:
  the Spanish one shows whatever ``resources/translations/workbench_es.qm`` holds);
- ``restore-refused-1366x768.png``: the window at 1366×768 with the error of a restore
  refused because another Account Workbench window has the database open — a real
  second window, started as its own process on the same file;
- ``offsite-backup-warning-1366x768.png``: the status bar when the last copy in the
  off-laptop folder (an unplugged USB drive) is twelve days old.

Everything happens in a temporary folder (the sample portfolio, settings, a backup);
nothing of the user's is read or written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)


def _sample(folder: Path) -> Path:
    from workbench.services.sample_portfolio import generate_sample_portfolio
    from workbench.store.database import open_store

    path = folder / "workbench.sqlite"
    store = open_store(path)
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=40, seed=1, as_of=date(2026, 11, 26))
    store.close()
    return path


def passphrase_dialog(app: QApplication, language: str, out: Path) -> None:
    """The open-passphrase dialog, a few characters typed, with the keyring offered."""
    from workbench.ui.language import install_language
    from workbench.ui.passphrase_dialog import PassphraseDialog

    install_language(app, language)
    dialog = PassphraseDialog(Path("workbench.sqlite"), keyring=True)
    dialog.passphrase.setText("correct horse")
    dialog.show()
    app.processEvents()
    _framed(dialog).save(str(out))
    dialog.close()
    install_language(app, "en")
    print(f"saved {out}")


class _Recorded:
    """Stands in for the message boxes of the restore, keeping its error to draw later."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []


def restore_refused(app: QApplication, folder: Path, out: Path) -> None:
    from workbench.app import build_main_window
    from workbench.services import backup
    from workbench.store.file_lock import describe_holders
    from workbench.ui.dialogs import DialogService

    database = _sample(folder)
    chosen = backup.write_backup(
        database, backup.backups_folder(database) / "workbench 2026-11-25.sqlite"
    )
    recorded = _Recorded()

    class Dialogs(DialogService):
        def confirm(self, title: str, text: str) -> bool:
            return True

        def error(self, title: str, text: str) -> None:
            recorded.errors.append((title, text))

    home = folder / "other-home"
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    other_window = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(database)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while describe_holders(database) == "another program":
            if time.monotonic() > deadline or other_window.poll() is not None:
                raise SystemExit("the second window did not open the database")
            time.sleep(0.2)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(
            database, settings=settings, dialogs=Dialogs(), synchronous_tasks=True
        )
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.backup_actions.restore_file(chosen)
    finally:
        other_window.kill()
        other_window.wait()
    if not recorded.errors:
        raise SystemExit("the restore was not refused")
    app.processEvents()
    title, text = recorded.errors[-1]
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=window)
    box.setModal(False)
    box.show()
    app.processEvents()
    _save_with(window, box, out)
    box.close()
    window.context.workspace.close()
    window.close()
    print(f"saved {out}: {text!r}")


def offsite_warning(app: QApplication, folder: Path, out: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from workbench.app import build_main_window
    from workbench.ui.preferences import SETTINGS_OFFSITE_FOLDER, SETTINGS_OFFSITE_LAST_COPY

    database = _sample(folder)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_OFFSITE_FOLDER, "/media/ana/USB-BACKUP")  # not plugged in
    last = datetime.now(UTC) - timedelta(days=12, hours=3)
    settings.setValue(SETTINGS_OFFSITE_LAST_COPY, last.isoformat())
    window = build_main_window(database, settings=settings, synchronous_tasks=True)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    window.grab().save(str(out))
    window.context.workspace.close()
    window.close()
    print(f"saved {out}")


def _framed(widget: QWidget) -> QPixmap:
    """*widget* with a plain title bar holding its window title (the offscreen platform
    draws no window decorations, and the title says which dialog it is)."""
    inner = widget.grab()
    bar = 30
    framed = QPixmap(inner.width() + 2, inner.height() + bar + 1)
    framed.fill(QColor("#9ca3af"))
    painter = QPainter(framed)
    painter.fillRect(QRect(1, 1, inner.width(), bar - 1), QColor("#e5e7eb"))
    painter.setPen(QColor("#111827"))
    font = widget.font()
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(
        QRect(1, 1, inner.width(), bar - 1), Qt.AlignmentFlag.AlignCenter, widget.windowTitle()
    )
    painter.drawPixmap(1, bar, inner)
    painter.end()
    return framed


def _save_with(window: QWidget, box: QWidget, out: Path) -> None:
    """The window with *box* drawn over its middle, as a window manager would place it."""
    shot = window.grab()
    picture = _framed(box)
    painter = QPainter(shot)
    painter.drawPixmap(
        QPoint((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 3),
        picture,
    )
    painter.end()
    shot.save(str(out))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from workbench.app import apply_look, ensure_font

    ensure_font()
    apply_look(app)
    passphrase_dialog(app, "en", out / "passphrase-dialog-en.png")
    passphrase_dialog(app, "es", out / "passphrase-dialog-es.png")
    with tempfile.TemporaryDirectory() as folder:
        restore_refused(app, Path(folder), out / "restore-refused-1366x768.png")
    with tempfile.TemporaryDirectory() as folder:
        offsite_warning(app, Path(folder), out / "offsite-backup-warning-1366x768.png")


if __name__ == "__main__":
    main()
