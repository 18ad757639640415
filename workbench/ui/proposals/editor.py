"""The proposal editor (objectName ``proposalEditor``): one version's content, autosaved.

Every change makes a new :class:`ProposalContent` and goes on the editor's own
undo stack (typing in a section merges into one step). A change is written to
the database two seconds after the last edit, when the editor loses focus, and
before another proposal is opened. While a draft is being edited a marker sits
in the settings; if the application dies, the next start finds it, reopens the
proposal and says that the last autosaved state was restored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import ProposalStatus
from workbench.domain.validation import Problem, ValidationError
from workbench.services import proposals
from workbench.services.catalog import ProductRow, list_products
from workbench.services.proposals import ProposalContent, ProposalState, RoiDraft
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.problems import problem_text
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.preferences import SETTINGS_PROPOSAL_EDITING as EDITING_KEY
from workbench.ui.proposals.lines_page import LinesPage
from workbench.ui.proposals.plan_page import PlanPage
from workbench.ui.proposals.roi_page import RoiPage
from workbench.ui.proposals.sections_page import SectionsPage

if TYPE_CHECKING:  # the services' argument; the editor never opens one itself
    from workbench.services.changes import ChangeSet
    from workbench.ui.operations import Session

AUTOSAVE_MS = 2000


class ContentCommand(QUndoCommand):
    """Swap the editor's content between *before* and *after*; typing merges into one step."""

    def __init__(
        self,
        editor: ProposalEditor,
        text: str,
        before: ProposalContent,
        after: ProposalContent,
        merge: int,
    ) -> None:
        super().__init__(text)
        self.editor, self.before, self.after, self.merge = editor, before, after, merge
        self._first = True

    def id(self) -> int:
        return self.merge

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ContentCommand) or other.merge != self.merge or self.merge < 0:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the page already shows it
            self._first = False
            self.editor.take(self.after, refresh=False)
            return
        self.editor.take(self.after)

    def undo(self) -> None:
        self.editor.take(self.before)


class ProposalEditor(QWidget):
    sig_saved = Signal()
    sig_problem = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalEditor")
        self.context = context
        self.operations = Operations(context)
        self.state: ProposalState | None = None
        self.content: ProposalContent | None = None
        self.dirty = False
        self.products: list[ProductRow] = []
        self.undo_stack = QUndoStack(self)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self)
        self.banner.setObjectName("recoveryBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff7ed; border: 1px solid #f59e0b; padding: 6px;")
        self.banner.hide()
        layout.addWidget(self.banner)

        header = QHBoxLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("proposalTitle")
        self.title.setPlaceholderText(self.tr("Proposal title"))
        self.account = QLabel(self)
        self.account.setObjectName("proposalAccount")
        self.currency = QLineEdit(self)
        self.currency.setObjectName("proposalCurrency")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        self.valid_until = QDateEdit(self)
        self.valid_until.setObjectName("proposalValidUntil")
        self.valid_until.setCalendarPopup(True)
        self.version = QComboBox(self)
        self.version.setObjectName("proposalVersion")
        header.addWidget(self.title, 3)
        header.addWidget(self.account, 2)
        header.addWidget(QLabel(self.tr("Currency"), self))
        header.addWidget(self.currency)
        header.addWidget(QLabel(self.tr("Valid until"), self))
        header.addWidget(self.valid_until)
        header.addWidget(self.version)
        layout.addLayout(header)

        actions = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("proposalStatus")
        self.send_button = self._button("sendProposal", self.tr("Mark as sent"))
        self.accept_button = self._button("acceptProposal", self.tr("Accepted"))
        self.reject_button = self._button("rejectProposal", self.tr("Rejected"))
        self.expire_button = self._button("expireProposal", self.tr("Expired"))
        self.revise_button = self._button("reviseProposal", self.tr("Change it (new version)"))
        self.compare_button = self._button("compareVersions", self.tr("Compare versions…"))
        self.pdf_button = self._button("exportPdf", self.tr("PDF…"))
        self.docx_button = self._button("exportDocx", self.tr("DOCX…"))
        self.undo_button = self._button("proposalUndo", self.tr("Undo"))
        self.redo_button = self._button("proposalRedo", self.tr("Redo"))
        self.saved = QLabel(self)
        self.saved.setObjectName("autosaveState")
        # Two rows, so the editor fits beside the list on a 1024-pixel screen: where the
        # proposal is in its life (and the next step), then the tools.
        actions.addWidget(self.status)
        for button in (
            self.send_button,
            self.accept_button,
            self.reject_button,
            self.expire_button,
            self.revise_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.saved)
        layout.addLayout(actions)
        tools = QHBoxLayout()
        for button in (self.compare_button, self.pdf_button, self.docx_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        layout.addLayout(tools)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("proposalPages")
        self.sections = SectionsPage(self)
        self.lines = LinesPage(self)
        self.plan = PlanPage(self)
        self.roi = RoiPage(self)
        self.tabs.addTab(self.sections, self.tr("Sections"))
        self.tabs.addTab(self.lines, self.tr("Line items and budget"))
        self.tabs.addTab(self.plan, self.tr("Phased plan"))
        self.tabs.addTab(self.roi, self.tr("ROI analysis"))
        layout.addWidget(self.tabs, 1)
        self.problems = QLabel(self)
        self.problems.setObjectName("proposalProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b91c1c;")
        self.problems.hide()
        layout.addWidget(self.problems)

        self.sections.sig_changed.connect(self._on_sections)
        self.lines.sig_changed.connect(self._on_lines)
        self.lines.model.sig_refused.connect(self._on_refused)
        self.plan.model.sig_refused.connect(self._on_refused)
        self.lines.sig_phase_it.connect(self._go_to_plan)
        self.lines.sig_justify.connect(self._go_to_roi)
        self.plan.sig_changed.connect(self._on_phases)
        self.roi.sig_changed.connect(self._on_roi)
        self.title.editingFinished.connect(self._on_header)
        self.currency.editingFinished.connect(self._on_header)
        self.valid_until.dateChanged.connect(self._on_header)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.setEnabled(False)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    # --- opening ----------------------------------------------------------------------------
    def open(self, proposal_id: int, number: int | None = None) -> None:
        """Show version *number* (the newest by default), saving the one on screen first."""
        self.save_now()

        def read(session: Session) -> tuple[ProposalState, list[ProductRow]]:
            return proposals.load_proposal(session, proposal_id, number), list_products(session)

        # Read now, not in the background: the editor shows a proposal or none, never a
        # half-opened one, and callers (recovery, the workflow) go on from what it shows.
        loaded = self.operations.read_now(read)
        if loaded is None:
            return
        state, self.products = loaded
        self.state, self.content = state, state.content
        self.undo_stack.clear()
        self.dirty = False
        self.banner.hide()
        self.setEnabled(True)
        self._show_all()
        self._mark_editing()

    def close_proposal(self) -> None:
        """Save and forget the marker: the proposal was closed on purpose."""
        self.save_now()
        self.context.settings.remove(EDITING_KEY)
        self.context.settings.sync()

    def _mark_editing(self) -> None:
        settings = self.context.settings
        store = self.context.workspace.store
        if self.state is None or self.state.read_only or store is None:
            settings.remove(EDITING_KEY)
        else:
            settings.setValue(EDITING_KEY, f"{store.path}|{self.state.proposal_id}")
        settings.sync()

    def recover(self) -> bool:
        """Reopen the draft that was being edited when the application died, if any."""
        self.context.settings.sync()  # written by the instance that died, not by this one
        marker = self.context.settings.value(EDITING_KEY)
        store = self.context.workspace.store
        if not isinstance(marker, str) or store is None:
            return False
        path, _, proposal_id = marker.rpartition("|")
        if path != str(store.path) or not proposal_id.isdigit():
            return False
        try:
            self.open(int(proposal_id))
        except LookupError:
            self.context.settings.remove(EDITING_KEY)
            return False
        assert self.state is not None
        saved = self.state.version.updated_at.astimezone(self.context.clock.zone)
        self.banner.setText(
            self.tr(
                "Account Workbench closed while you were editing this proposal. It has been "
                "restored as it was last autosaved, at {time} on {date}."
            ).format(
                time=saved.strftime("%H:%M:%S"),
                date=QLocale().toString(
                    QDate(saved.year, saved.month, saved.day), QLocale.FormatType.ShortFormat
                ),
            )
        )
        self.banner.show()
        return True

    # --- showing ----------------------------------------------------------------------------
    def _show_all(self) -> None:
        state, content = self.state, self.content
        if state is None or content is None:
            return
        read_only = state.read_only
        for widget in (self.title, self.currency, self.valid_until):
            widget.blockSignals(True)
        self.title.setText(content.title)
        self.title.setCursorPosition(0)
        self.currency.setText(content.currency)
        valid = content.valid_until or date.today()
        self.valid_until.setDate(QDate(valid.year, valid.month, valid.day))
        for widget in (self.title, self.currency, self.valid_until):
            widget.setEnabled(not read_only)
            widget.blockSignals(False)
        self.account.setText(state.account_name)
        self.version.blockSignals(True)
        self.version.clear()
        for info in state.versions:
            self.version.addItem(
                self.tr("v{number} · {status}").format(
                    number=info.number, status=enum_label(info.status)
                ),
                info.number,
            )
        self.version.setCurrentIndex(self.version.findData(state.version.number))
        self.version.blockSignals(False)
        self._show_status()
        self.sections.show_sections(content.sections, read_only)
        self._show_figures()

    def _show_status(self) -> None:
        state = self.state
        if state is None:
            return
        info = state.version
        status = info.status
        when = info.decided_at or info.sent_at
        text = enum_label(status)
        if when is not None:
            local = when.astimezone(self.context.clock.zone)
            text += " " + QLocale().toString(
                QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
            )
        if state.read_only and status is ProposalStatus.DRAFT:
            text += " " + self.tr("(an older version)")
        elif state.read_only:
            text += " · " + self.tr("read-only")
        self.status.setText(text)
        newest = not state.read_only or info.number == state.versions[-1].number
        self.send_button.setVisible(status is ProposalStatus.DRAFT and newest)
        for button in (self.accept_button, self.reject_button, self.expire_button):
            button.setVisible(status is ProposalStatus.SENT and newest)
        self.revise_button.setVisible(status is not ProposalStatus.DRAFT and newest)
        self.compare_button.setEnabled(len(state.versions) > 1)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())

    def _show_figures(self, problems: tuple[Problem, ...] = ()) -> None:
        """Everything computed from the content: totals, budget fit, phases, ROI."""
        state, content = self.state, self.content
        if state is None or content is None:
            return
        read_only = state.read_only
        totals = content.totals()
        fit = self.operations.read_now(
            partial(
                proposals.budget_fit,
                account_id=state.account_id,
                total=totals.total,
                on=content.valid_until or self.context.clock.today(),
                currency=content.currency,
            )
        )
        flagged_lines = {_row_of(p.field, "line") for p in problems} - {-1}
        flagged_phases = {_row_of(p.field, "phase") for p in problems} - {-1}
        self.lines.show_lines(
            content.lines, content.currency, read_only, self.products, flagged_lines
        )
        self.lines.show_totals(totals, fit)
        self.plan.today = self.context.clock.today()
        self.plan.show_phases(
            content.phases, content.currency, totals.total, read_only, flagged_phases
        )
        self.roi.show_roi(content.roi, content.currency, totals.total, read_only)

    # --- changing ---------------------------------------------------------------------------
    def change(self, after: ProposalContent, text: str, merge: int = -1) -> None:
        """Put a change on the undo stack; the page that made it already shows it."""
        if self.content is None or after == self.content or self.state is None:
            return
        if self.state.read_only:
            return
        self.undo_stack.push(ContentCommand(self, text, self.content, after, merge))

    def take(self, content: ProposalContent, refresh: bool = True) -> None:
        """Make *content* current (from the undo stack) and schedule the autosave."""
        self.content = content
        self.dirty = True
        self.saved.setText(self.tr("Editing…"))
        if refresh:
            self._show_all()
        else:
            self._show_figures()
        self.autosave.start()

    def _on_sections(self, sections: tuple, index: int) -> None:
        assert self.content is not None
        self.change(replace(self.content, sections=sections), self.tr("Edit text"), 100 + index)

    def _on_lines(self, lines: tuple) -> None:
        assert self.content is not None
        self.change(replace(self.content, lines=lines), self.tr("Edit line items"))
        self._show_figures()

    def _on_phases(self, phases: tuple) -> None:
        assert self.content is not None
        self.change(replace(self.content, phases=phases), self.tr("Edit the plan"))
        self._show_figures()

    def _on_roi(self, roi: RoiDraft | None) -> None:
        assert self.content is not None
        self.change(replace(self.content, roi=roi), self.tr("Edit the ROI analysis"), 50)

    def _on_header(self) -> None:
        if self.content is None:
            return
        picked = self.valid_until.date()
        after = replace(
            self.content,
            title=self.title.text(),
            currency=self.currency.text().strip().upper(),
            valid_until=date(picked.year(), picked.month(), picked.day()),
        )
        self.change(after, self.tr("Edit the proposal's details"))
        self._show_figures()

    def _on_refused(self, text: str) -> None:
        self.problems.setText(self.tr("“{text}” is not a number or a date.").format(text=text))
        self.problems.show()

    def _go_to_plan(self) -> None:
        self.tabs.setCurrentWidget(self.plan)

    def _go_to_roi(self) -> None:
        self.tabs.setCurrentWidget(self.roi)

    # --- saving -----------------------------------------------------------------------------
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if (
            old is not None
            and self.isAncestorOf(old)
            and (new is None or not self.isAncestorOf(new))
        ):
            self.save_now()

    def save_now(self) -> bool:
        """Write the content if it changed; ``False`` when it was refused (and why is shown)."""
        self.autosave.stop()
        self.sections.commit()
        if not self.dirty or self.state is None or self.content is None:
            return True
        if self.context.workspace.store is None:
            return True
        # Saved now, not in the background: opening another proposal, exporting and closing
        # go on only from a saved draft.
        try:
            self.operations.change_now(
                partial(
                    proposals.save_content,
                    version_id=self.state.version.version_id,
                    content=self.content,
                )
            )
        except ValidationError as error:
            self._show_problems(error.problems)
            self.saved.setText(self.tr("Not saved yet: see the problems below"))
            return False
        self.dirty = False
        self._show_problems(())
        now = datetime.now(UTC).astimezone(self.context.clock.zone)
        self.saved.setText(self.tr("Saved at {time}").format(time=now.strftime("%H:%M:%S")))
        self.sig_saved.emit()
        return True

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        lines = [f"{_where(p.field)}{problem_text(p)}" for p in problems]
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        self._show_figures(problems)

    # --- workflow ---------------------------------------------------------------------------
    def run_step(self, step: Callable[[Session], tuple[object, ChangeSet]]) -> None:
        """A workflow step (send, decide, new version) on the version on screen, then the
        proposal shown again."""
        if self.state is None or not self.save_now():
            return
        proposal_id = self.state.proposal_id
        self.operations.change(step, on_done=lambda _result: self.open(proposal_id))


def _row_of(field: str, part: str) -> int:
    pieces = field.split(".")
    if len(pieces) >= 2 and pieces[0] == part and pieces[1].isdigit():
        return int(pieces[1]) - 1
    return -1


def _where(field: str) -> str:
    """Which line, phase or part a problem is about, as a prefix for its message."""
    pieces = field.split(".")
    if pieces[0] == "line" and len(pieces) > 1:
        return QCoreApplication.translate("ProposalEditor", "Line {number}: ").format(
            number=pieces[1]
        )
    if pieces[0] == "phase" and len(pieces) > 1:
        return QCoreApplication.translate("ProposalEditor", "Phase {number}: ").format(
            number=pieces[1]
        )
    if pieces[0] == "roi":
        return QCoreApplication.translate("ProposalEditor", "ROI: ")
    return ""
