"""Screenshot of the budget warning: on a copy of the sample, one EUR draft is pushed over
its client's budget for the quarter, then the editor is shown on its line items.

``python scripts/proposal_budget_shot.py SAMPLE.sqlite OUT.png [language]``
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select


def main() -> None:
    source, output = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    from workbench.app import build_main_window
    from workbench.domain.enums import ProposalStatus
    from workbench.services import proposals
    from workbench.store.database import open_store
    from workbench.store.models import Account, AccountBudget

    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "budget.sqlite"
        shutil.copy(source, db)
        store = open_store(db)
        with store.session() as session:
            rows = proposals.list_proposals(session, statuses=[ProposalStatus.DRAFT])
            chosen = next(
                r
                for r in rows
                if session.get_one(Account, r.account_id).currency == r.currency
                and session.scalar(
                    select(AccountBudget.id).where(
                        AccountBudget.account_id == r.account_id, AccountBudget.period == 20271
                    )
                )
            )
            state = proposals.load_proposal(session, chosen.proposal_id)
            fit = proposals.budget_fit(session, chosen.account_id, Decimal(0), date(2027, 2, 15))
        available = fit.available or Decimal(0)
        first = state.content.lines[0]
        # Enough of the first line to go about 12 % over what the client has left.
        quantity = (available * Decimal("1.12") / (first.unit_price * Decimal("1.21"))).quantize(
            Decimal(1)
        )
        content = replace(
            state.content,
            valid_until=date(2027, 2, 15),
            lines=(replace(first, quantity=max(quantity, Decimal(1))), *state.content.lines[1:]),
        )
        with store.transaction() as session:
            proposals.save_content(session, state.version.version_id, content)
        store.close()
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        if len(sys.argv) > 3:
            settings.setValue("ui/language", sys.argv[3])
        window = build_main_window(db, settings=settings, synchronous_tasks=True)
        window.resize(1366, 768)
        tab = next(p for p in window.pages if p.objectName() == "proposalsTab")
        window.tabs.setCurrentWidget(tab)
        window.show()
        app.processEvents()
        tab.list.select(chosen.proposal_id)  # type: ignore[attr-defined]
        tab.editor.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        app.processEvents()
        window.grab().save(str(output))
        window.context.workspace.close()
    print(f"saved {output}")


if __name__ == "__main__":
    main()
