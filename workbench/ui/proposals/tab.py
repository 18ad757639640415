"""Proposals tab (Propuestas): the list of proposals beside the editor of the chosen one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import ProposalStatus
from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem, ValidationError
from workbench.services import proposals
from workbench.services.accounts import account_choices
from workbench.services.changes import ChangeSet
from workbench.services.focus import Target
from workbench.services.proposal_diff import diff
from workbench.services.proposals import ProposalContent, ProposalRow
from workbench.ui.common.choices import searchable_choice
from workbench.ui.common.failures import failure_text
from workbench.ui.common.problems import ProblemDisplay, save_cancel, with_error
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.proposals.catalog_dialog import CatalogDialog
from workbench.ui.proposals.compare_dialog import CompareDialog
from workbench.ui.proposals.editor import ProposalEditor
from workbench.ui.proposals.list_panel import ProposalListPanel

if TYPE_CHECKING:  # the services' argument; the tab never opens one itself
    from workbench.ui.operations import Session


@dataclass(frozen=True)
class _Filters:
    text: str
    statuses: list[ProposalStatus] | None


class NewProposalDialog(QDialog):
    """Which client, and a title; the sections start from the template in their language."""

    def __init__(
        self,
        accounts: list[tuple[int, str]],
        account_id: int | None,
        create: Callable[[int | None, str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.setObjectName("newProposalDialog")
        self.setWindowTitle(self.tr("New proposal"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.problems = ProblemDisplay(self)
        self.account = searchable_choice(self, "newProposalAccount", accounts, account_id)
        self.title = QLineEdit(self)
        self.title.setObjectName("newProposalTitle")
        for label, widget, field in (
            (self.tr("Account *"), self.account, "account_id"),
            (self.tr("Title *"), self.title, "title"),
        ):
            holder, error = with_error(self, widget, field)
            self.problems.labels[field] = error
            form.addRow(label, holder)
        layout.addLayout(form)
        layout.addWidget(self.problems.general)
        layout.addWidget(save_cancel(self, self.try_save))

    def try_save(self) -> None:
        """Hand the proposal to the tab, which closes the dialog once it is created or shows
        why it was refused (:meth:`refused`)."""
        data = self.account.currentData()
        self._create(None if data is None else int(data), self.title.text())

    def refused(self, error: ValidationError) -> None:
        self.problems.show(error.problems)


class ProposalsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsTab")
        self.context = context
        self.operations = Operations(context)
        self.new_dialog: NewProposalDialog | None = None
        self.catalog: CatalogDialog | None = None
        self.compare: CompareDialog | None = None
        self._recovered = False
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("proposalsSplitter")
        self.list = ProposalListPanel(splitter)
        self.editor = ProposalEditor(context, splitter)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 800])
        layout.addWidget(splitter)

        self.list.sig_filters_changed.connect(self.reload)
        self.list.sig_open.connect(self.open_proposal)
        self.list.sig_new.connect(self.new_proposal)
        self.list.sig_catalog.connect(self.open_catalog)
        self.editor.version.activated.connect(self._on_version_picked)
        self.editor.send_button.clicked.connect(self.send)
        self.editor.accept_button.clicked.connect(self._accepted)
        self.editor.reject_button.clicked.connect(self._rejected)
        self.editor.expire_button.clicked.connect(self._expired)
        self.editor.revise_button.clicked.connect(self.revise)
        self.editor.compare_button.clicked.connect(self.compare_versions)
        self.editor.pdf_button.clicked.connect(self._export_pdf)
        self.editor.docx_button.clicked.connect(self._export_docx)
        context.events.sig_data_changed.connect(self.on_data_changed)

    # --- the list ---------------------------------------------------------------------------
    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.everything:
            self.editor.state = None
            self.editor.setEnabled(False)
        if changes.touches(*proposals.LIST_READS):
            self.reload()

    def reload(self) -> None:
        if self.context.workspace.store is None:
            self.list.model.set_rows([], self.context.clock.today())
            return
        filters = _Filters(self.list.search.text(), self.list.statuses())

        def work(session: Session) -> tuple[_Filters, list[ProposalRow]]:
            rows = proposals.list_proposals(session, statuses=filters.statuses, text=filters.text)
            return filters, rows

        self.operations.query(work, on_done=self._on_loaded, on_failed=self._on_failed)

    def _on_loaded(self, loaded: tuple[_Filters, list[ProposalRow]]) -> None:
        filters, rows = loaded
        if filters != _Filters(self.list.search.text(), self.list.statuses()):
            return  # the user typed on; a newer load is coming
        shown = self.editor.state.proposal_id if self.editor.state else None
        self.list.table.selectionModel().blockSignals(True)
        self.list.model.set_rows(rows, self.context.clock.today())
        self.list.table.selectionModel().blockSignals(False)
        if shown is not None:
            self.list.select(shown)
        if not self._recovered:
            self._recovered = True
            self.editor.recover()
            if self.editor.state is not None:
                self.list.select(self.editor.state.proposal_id)

    def _on_failed(self, error: Exception) -> None:
        self.context.dialogs.error(
            self.tr("Proposals"),
            self.tr("The proposals could not be loaded: {error}").format(error=failure_text(error)),
        )

    def open_target(self, target: Target) -> None:
        """Show the proposal a search result points at."""
        self.list.select(target.record_id)
        self.open_proposal(target.record_id)

    def open_proposal(self, proposal_id: int) -> None:
        if self.editor.state is None or self.editor.state.proposal_id != proposal_id:
            self.editor.open(proposal_id)

    def _on_version_picked(self, index: int) -> None:
        state = self.editor.state
        if state is not None:
            self.editor.open(state.proposal_id, int(self.editor.version.itemData(index)))

    # --- creating ---------------------------------------------------------------------------
    def new_proposal(self) -> None:
        self.operations.query(account_choices, on_done=self._open_new_dialog)

    def _open_new_dialog(self, accounts: list[tuple[int, str]]) -> None:
        if not accounts:
            self.context.dialogs.inform(
                self.tr("New proposal"), self.tr("Add the client's account first.")
            )
            return
        current = self.editor.state.account_id if self.editor.state else None
        dialog = NewProposalDialog(accounts, current, self._create_from_dialog, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.new_dialog = dialog
        dialog.open()

    def _create_from_dialog(self, account_id: int | None, title: str) -> None:
        dialog = self.new_dialog
        assert dialog is not None
        self.create_proposal(account_id, title, on_created=dialog.accept, on_refused=dialog.refused)

    def create_proposal(
        self,
        account_id: int | None,
        title: str,
        *,
        on_created: Callable[[], None] | None = None,
        on_refused: Callable[[ValidationError], None] | None = None,
    ) -> None:
        """Create a proposal for *account_id* and open it (then *on_created*); a refusal
        goes to *on_refused*, nothing written."""

        def refused(error: Exception) -> None:
            if isinstance(error, ValidationError) and on_refused is not None:
                on_refused(error)
            else:
                self.context.dialogs.error(self.tr("New proposal"), failure_text(error))

        if account_id is None:
            problem = Problem(
                "account_id", QT_TRANSLATE_NOOP("validation", "Choose the client account.")
            )
            refused(ValidationError([problem]))
            return

        def created(proposal_id: int) -> None:
            if on_created is not None:
                on_created()
            self.editor.open(proposal_id)
            self.list.select(proposal_id)

        self.operations.change(
            partial(proposals.create_proposal, account_id=account_id, title=title),
            on_done=created,
            on_failed=refused,
        )

    def open_catalog(self) -> None:
        currency = self.editor.content.currency if self.editor.content else "EUR"
        self.catalog = CatalogDialog(self.context, currency, self)
        self.catalog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.catalog.finished.connect(self._catalog_closed)
        self.catalog.open()

    def _catalog_closed(self) -> None:
        state = self.editor.state
        if state is not None:
            self.editor.open(state.proposal_id, state.version.number)

    # --- workflow ---------------------------------------------------------------------------
    def send(self) -> None:
        state = self.editor.state
        if state is None or not self.context.dialogs.confirm(
            self.tr("Mark as sent"),
            self.tr(
                "Mark v{number} as sent to the client? It becomes read-only; any change after "
                "this starts v{next}."
            ).format(number=state.version.number, next=state.version.number + 1),
        ):
            return
        self.editor.run_step(
            partial(
                proposals.send, version_id=state.version.version_id, at=self.context.clock.now()
            )
        )

    def _decide(self, status: ProposalStatus) -> None:
        state = self.editor.state
        if state is not None:
            self.editor.run_step(
                partial(
                    proposals.decide,
                    version_id=state.version.version_id,
                    status=status,
                    at=self.context.clock.now(),
                )
            )

    def _accepted(self) -> None:
        self._decide(ProposalStatus.ACCEPTED)

    def _rejected(self) -> None:
        self._decide(ProposalStatus.REJECTED)

    def _expired(self) -> None:
        self._decide(ProposalStatus.EXPIRED)

    def revise(self) -> None:
        """Changing a sent proposal: a new draft version, the sent one kept as it was."""
        state = self.editor.state
        if state is not None:
            self.editor.run_step(
                partial(proposals.start_next_version, proposal_id=state.proposal_id)
            )

    def compare_versions(self) -> None:
        state = self.editor.state
        if state is None or len(state.versions) < 2:
            return
        number = state.version.number
        older, newer = (number - 1, number) if number > 1 else (1, 2)
        proposal_id = state.proposal_id

        def read(session: Session) -> tuple[ProposalContent, ProposalContent]:
            return (
                proposals.load_proposal(session, proposal_id, older).content,
                proposals.load_proposal(session, proposal_id, newer).content,
            )

        def show(contents: tuple[ProposalContent, ProposalContent]) -> None:
            self.compare = CompareDialog(older, newer, diff(*contents), self)
            self.compare.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.compare.open()

        self.operations.query(read, on_done=show)

    # --- export -----------------------------------------------------------------------------
    def _export(self, kind: str) -> None:
        from workbench.ui.proposals.export import export_proposal

        state = self.editor.state
        if state is not None and self.editor.save_now():
            export_proposal(self.context, state, kind, self)

    def _export_pdf(self) -> None:
        self._export("pdf")

    def _export_docx(self) -> None:
        self._export("docx")

    def show_for_screenshot(self, view: str | None) -> None:
        """The newest draft open on *view* (sections, lines, plan, roi), for documentation."""
        rows = self.list.model.rows
        draft = next((r for r in rows if r.status is ProposalStatus.DRAFT), None)
        if draft is None and rows:
            draft = rows[0]
        if draft is not None:
            self.list.select(draft.proposal_id)
            self.open_proposal(draft.proposal_id)
        pages = {"sections": 0, "lines": 1, "plan": 2, "roi": 3}
        self.editor.tabs.setCurrentIndex(pages.get(view or "sections", 0))

    def about_to_close(self) -> None:
        """The window closes normally: save, and no crash-recovery marker is left."""
        self.editor.close_proposal()
