"""Screenshots of File → Import data…: the Columns step for a file nobody recognises, and
the preview of a file with refused rows and probable duplicates (in English, filtered to
the rows with problems; and in Spanish).

``python scripts/import_shots.py SAMPLE.sqlite OUT_DIR [CORPUS_DIR]``

The sample is copied first; nothing is imported. CORPUS_DIR defaults to the shared
CSV corpus beside the repository (``../shared/corpus/csv``). With
``IMPORT_SHOTS_FILE_STEP=1`` the first step is saved too, for review.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

SIZE = (1366, 768)
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "csv"


def _deals(db: Path, target: Path) -> Path:
    """Opportunities of the sample's accounts: most new, some probably stored already, some
    with the mistakes real files have."""
    with closing(sqlite3.connect(db)) as connection:
        accounts = [r[0] for r in connection.execute("SELECT name FROM accounts ORDER BY id")]
        stored = connection.execute(
            "SELECT a.name, o.name FROM opportunities o JOIN accounts a ON a.id = o.account_id "
            "ORDER BY o.id LIMIT 3"
        ).fetchall()
    products = ("Managed SOC", "Cloud migration", "Data platform", "Support renewal")
    rows = [["Account", "Name", "Amount", "Expected close"]]
    for number in range(14):
        account = accounts[number % len(accounts)]
        product = products[number % len(products)]
        rows.append(
            [account, f"{product} {2027 + number % 2}", f"{(number + 2) * 7_500}", "2027-03-31"]
        )
    for account, name in stored:
        rows.append([account, name, "48000", "2027-02-28"])
    rows += [
        [accounts[1], "Security audit", "12500", "31/02/2027"],
        [accounts[2], "Licence true-up", "-3200", "2027-04-30"],
        [accounts[3], "", "9000", "2027-05-31"],
        ["Globex Corporation", "Network refresh", "64000", "2027-06-30"],
        [accounts[4], "Training days", "12,5k", "2027-06-30"],
        [accounts[5], "Maintenance 2027", "8000", "2027-13-01"],
        [accounts[6], "Hardware refresh", "-15000", "2027-03-31"],
        ["Initech", "Office migration", "22000", "2027-09-30"],
        [accounts[7], "Consulting days", "TBD", "2027-03-31"],
        [accounts[8], "", "", ""],
        [accounts[9], "Backup as a service", "18000", "next quarter"],
    ]
    with target.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return target


def _shot(app: QApplication, window: object, dialog: object, out: Path) -> None:
    """The window, dimmed, with the dialog over its middle (offscreen windows have no
    frames, so the dialog gets a border)."""
    app.processEvents()
    shot = window.grab()  # type: ignore[attr-defined]
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(15, 23, 42, 90))
    top_left = QPoint(
        (SIZE[0] - dialog.width()) // 2,  # type: ignore[attr-defined]
        (SIZE[1] - dialog.height()) // 2,  # type: ignore[attr-defined]
    )
    picture = dialog.grab()  # type: ignore[attr-defined]
    painter.drawPixmap(top_left, picture)
    painter.setPen(QColor("#475569"))
    painter.drawRect(QRect(top_left, picture.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    shot.save(str(out))
    print(f"saved {out}")


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    corpus = Path(sys.argv[3]) if len(sys.argv) > 3 else DEFAULT_CORPUS
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from workbench.app import build_main_window
    from workbench.ui.data_import.models import MappingModel

    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "sample.sqlite"
        shutil.copy(source, db)
        deals = _deals(db, Path(scratch) / "deals-2027.csv")
        for language in ("en", "es"):
            settings = QSettings(str(Path(scratch) / f"{language}.ini"), QSettings.Format.IniFormat)
            settings.setValue("ui/language", language)
            window = build_main_window(db, settings=settings, synchronous_tasks=True)
            window.resize(*SIZE)
            window.show()
            if language == "en":
                dialog = window.import_data(corpus / "es_utf8_all_fields_quoted_accents.csv")
                assert dialog is not None
                if os.environ.get("IMPORT_SHOTS_FILE_STEP"):  # for reviewing the first step
                    _shot(app, window, dialog, out / "import-file-1366x768.png")
                dialog.next_button.click()
                model = dialog.mapping_page.model
                for header, key in (
                    ("NOMBREUE", "name"),
                    ("UECODIGO", "external_id"),
                    ("DESCRIPCIONPROGRAMA", "description"),
                ):
                    row = model.headers().index(header)
                    model.setData(model.index(row, MappingModel.FIELD), key)
                _shot(app, window, dialog, out / "import-mapping-1366x768.png")
                dialog.reject()
            dialog = window.import_data(deals)
            assert dialog is not None
            kinds = dialog.file_page.kind
            kinds.setCurrentIndex(kinds.findData("opportunities"))
            dialog.next_button.click()
            dialog.next_button.click()
            if language == "en":
                dialog.preview_page.only_problems.setChecked(True)
                _shot(app, window, dialog, out / "import-preview-errors-1366x768.png")
            else:
                _shot(app, window, dialog, out / "import-preview-es-1366x768.png")
            dialog.reject()
            window.context.workspace.close()
            window.close()


if __name__ == "__main__":
    main()
