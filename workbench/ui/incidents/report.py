"""Incident reports to PDF from the window: one incident, or a period's incidents (of one
account or of the whole portfolio), for internal teams or — without internal notes — the client.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.services.incident_report import IncidentReport, load_incident_report
from workbench.services.progress import Progress
from workbench.store.database import Store
from workbench.ui.common.failures import failure_text
from workbench.ui.context import AppContext
from workbench.ui.reports.incident_html import export_incident_report

#: The periods offered for a period report, in days back from today.
PERIODS = (30, 90, 365)


def export_report(context: AppContext, incident_ids: list[int], parent: QWidget) -> None:
    """One incident (or a few chosen ones)."""
    name = f"incident-{'-'.join(str(i) for i in incident_ids[:3])}.pdf"

    def load(store: Store, internal: bool) -> IncidentReport:
        return load_incident_report(store, incident_ids=incident_ids, include_internal=internal)

    _export(context, name, load)


def export_period_report(context: AppContext, account_id: int | None, parent: QWidget) -> None:
    """The incidents of the last 30, 90 or 365 days, for *account_id* or the whole portfolio."""
    dialogs = context.dialogs
    choice = dialogs.choose_item(
        QCoreApplication.translate("IncidentExport", "Incident report"),
        QCoreApplication.translate("IncidentExport", "Which period?"),
        [
            QCoreApplication.translate("IncidentExport", "The last 30 days"),
            QCoreApplication.translate("IncidentExport", "The last 90 days"),
            QCoreApplication.translate("IncidentExport", "The last 12 months"),
        ],
    )
    if choice is None:
        return
    today = context.clock.today()
    period = (today - timedelta(days=PERIODS[choice]), today)

    def load(store: Store, internal: bool) -> IncidentReport:
        return load_incident_report(
            store, account_id=account_id, period=period, include_internal=internal
        )

    _export(context, f"incidents-{period[0]:%Y%m%d}-{period[1]:%Y%m%d}.pdf", load)


def _export(context: AppContext, name: str, load: Callable[[Store, bool], IncidentReport]) -> None:
    store = context.workspace.store
    if store is None:
        return
    dialogs = context.dialogs
    title = QCoreApplication.translate("IncidentExport", "Incident report")
    choice = dialogs.choose(
        title,
        QCoreApplication.translate(
            "IncidentExport",
            "Who is the report for? The client's copy leaves out internal notes and timeline "
            "lines that were not communications with them.",
        ),
        [
            QCoreApplication.translate("IncidentExport", "Internal teams"),
            QCoreApplication.translate("IncidentExport", "The client"),
        ],
    )
    if choice is None:
        return
    path = dialogs.choose_save_file(
        title,
        Path.home() / name,
        QCoreApplication.translate("IncidentExport", "PDF documents (*.pdf)"),
    )
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    internal = choice == 0

    def work(progress: Progress) -> IncidentReport:
        return load(store, internal)

    def done(report: IncidentReport) -> None:
        try:
            pages = export_incident_report(report, path)
        except OSError as error:
            failed(error)
            return
        dialogs.inform(
            title,
            QCoreApplication.translate("IncidentExport", "{name} written ({pages} pages).").format(
                name=path.name, pages=pages
            ),
        )

    def failed(error: Exception) -> None:
        reason = failure_text(error)
        dialogs.error(
            title,
            QCoreApplication.translate(
                "IncidentExport", "{name} could not be written: {error}"
            ).format(name=path.name, error=reason),
        )

    # The task only reads; the PDF is written afterwards, on this thread.
    context.tasks.run(work, on_finished=done, on_failed=failed, writes=False)
