"""Screenshots of the account detail's History page, in English and Spanish, at a normal
(1366×768) and a large (1920×1080) window.

``python scripts/history_shots.py OUT_FOLDER``: builds a 40-account sample in a scratch
folder, changes its first account the way a user would over a few days (tier, website, a
contact's e-mail, a contact deleted, one added), opens the window on it and saves
``history_{en,es}_{1366,1920}.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _sample(folder: Path) -> Path:
    from sqlalchemy import select, update

    from workbench.domain.enums import Tier
    from workbench.services.sample_portfolio import generate_sample_portfolio
    from workbench.store.database import open_store
    from workbench.store.models import Account, Contact

    path = folder / "sample.sqlite"
    store = open_store(path)
    with store.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=40, seed=1, as_of=date(2026, 11, 26))
    store.author = "Elena Vidal"
    with store.session() as session:
        account = session.scalars(select(Account).order_by(Account.name).limit(1)).one()
        contacts = session.scalars(
            select(Contact).where(Contact.account_id == account.id).order_by(Contact.id)
        ).all()
    with store.transaction() as session:
        session.execute(
            update(Account)
            .where(Account.id == account.id)
            .values(tier=Tier.STRATEGIC if account.tier != Tier.STRATEGIC else Tier.KEY)
        )
    with store.transaction() as session:
        session.execute(
            update(Account)
            .where(Account.id == account.id)
            .values(website="https://www.example.com/nueva")
        )
    store.author = "Jorge Martín"
    with store.transaction() as session:
        session.execute(
            update(Contact)
            .where(Contact.id == contacts[0].id)
            .values(email="direccion.compras@example.com")
        )
    with store.transaction() as session:
        session.delete(session.get(Contact, contacts[-1].id))
    with store.transaction() as session:
        session.add(
            Contact(
                account_id=account.id,
                first_name="Lucía",
                last_name="Ferrer",
                email="lucia.ferrer@example.com",
                job_title="Directora de operaciones",
            )
        )
    store.close()
    return path


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from workbench.app import build_main_window
    from workbench.ui.language import SETTINGS_LANGUAGE, install_language

    folder = Path(tempfile.mkdtemp())
    database = _sample(folder)
    for language in ("en", "es"):
        install_language(app, language)
        for width, height in ((1366, 768), (1920, 1080)):
            settings = QSettings(str(folder / f"{language}{width}.ini"), QSettings.Format.IniFormat)
            settings.setValue(SETTINGS_LANGUAGE, language)
            window = build_main_window(database, settings=settings, synchronous_tasks=True)
            window.resize(width, height)
            window.show()
            view = window.pages[0].view  # type: ignore[attr-defined]
            view.table.sortByColumn(0, view.table.horizontalHeader().sortIndicatorOrder())
            view.table.selectRow(0)
            detail = view.detail
            detail.lists.setCurrentWidget(detail.history)
            QTest.qWait(600)  # the charts are drawn a moment after the selection
            target = out / f"history_{language}_{width}.png"
            window.grab().save(str(target))
            print(f"saved {target}")
            window.close()
            window.context.workspace.close()


if __name__ == "__main__":
    main()
