"""An incident report to PDF from the window: for the client (only what they saw) or internal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.services.incident_report import IncidentReport, load_incident_report
from workbench.services.progress import Progress
from workbench.ui.context import AppContext
from workbench.ui.reports.incident_html import export_incident_report


def export_report(context: AppContext, incident_ids: list[int], parent: QWidget) -> None:
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
        Path.home() / f"incident-{'-'.join(str(i) for i in incident_ids[:3])}.pdf",
        QCoreApplication.translate("IncidentExport", "PDF documents (*.pdf)"),
    )
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    internal = choice == 0

    def work(progress: Progress) -> IncidentReport:
        return load_incident_report(store, incident_ids=incident_ids, include_internal=internal)

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
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        dialogs.error(
            title,
            QCoreApplication.translate(
                "IncidentExport", "{name} could not be written: {error}"
            ).format(name=path.name, error=reason),
        )

    context.tasks.run(work, on_finished=done, on_failed=failed)
