"""Export the proposal on screen to PDF or DOCX, in the proposal's language.

The document and its charts are prepared in the background; the PDF is then
painted on the UI thread (Qt's text layout wants it there), the DOCX written
in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.charts.proposal_images import render_charts
from workbench.io.proposal_docx import export_docx
from workbench.io.proposal_record import ProposalDocument
from workbench.services.progress import Progress
from workbench.services.proposal_document import load_document
from workbench.services.proposals import ProposalState
from workbench.ui.common.failures import failure_text
from workbench.ui.context import AppContext
from workbench.ui.dialogs import file_stem
from workbench.ui.reports.proposal_html import export_pdf


def export_proposal(context: AppContext, state: ProposalState, kind: str, parent: QWidget) -> None:
    store = context.workspace.store
    if store is None:
        return
    dialogs = context.dialogs
    title = QCoreApplication.translate("ProposalExport", "Export proposal")
    stem = file_stem(state.content.title, "proposal")
    suggested = Path.home() / f"{stem} v{state.version.number}.{kind}"
    name_filter = (
        QCoreApplication.translate("ProposalExport", "PDF documents (*.pdf)")
        if kind == "pdf"
        else QCoreApplication.translate("ProposalExport", "Word documents (*.docx)")
    )
    path = dialogs.choose_save_file(title, suggested, name_filter)
    if path is None:
        return
    if path.suffix.lower() != f".{kind}":
        path = path.with_suffix(f".{kind}")
    proposal_id, number = state.proposal_id, state.version.number

    def work(progress: Progress) -> tuple[ProposalDocument, dict[str, bytes]]:
        document = load_document(store, proposal_id, number)
        charts = render_charts(document)
        if kind == "docx":
            export_docx(document, path, charts)
        return document, charts

    def done(result: tuple[ProposalDocument, dict[str, bytes]]) -> None:
        document, charts = result
        try:
            if kind == "pdf":
                pages = export_pdf(document, path, charts)
                text = QCoreApplication.translate(
                    "ProposalExport", "{name} written ({pages} pages)."
                ).format(name=path.name, pages=pages)
            else:
                text = QCoreApplication.translate("ProposalExport", "{name} written.").format(
                    name=path.name
                )
        except OSError as error:
            failed(error)
            return
        dialogs.inform(title, text)

    def failed(error: Exception) -> None:
        reason = failure_text(error)
        dialogs.error(
            title,
            QCoreApplication.translate(
                "ProposalExport", "{name} could not be written: {error}"
            ).format(name=path.name, error=reason),
        )

    context.tasks.run(work, on_finished=done, on_failed=failed)
