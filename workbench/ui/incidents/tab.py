"""Incidents tab (Registro de crisis): the incident table beside the chosen incident.

The table pages through SQL (50,000 incidents are never held at once); the
detail carries the workflow, timeline, playbook responses and compensations.
Response-time targets come from the settings (Targets… edits them), and the
compliance line under the table follows the filters' account.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import IncidentCategory, IncidentStatus, Severity, TimelineActor
from workbench.domain.incidents import ResponseCompliance, TargetKind
from workbench.domain.validation import ValidationError
from workbench.services import incidents
from workbench.services.accounts import account_choices
from workbench.services.changes import ChangeSet
from workbench.services.focus import Target
from workbench.services.incidents import IncidentDraft, IncidentFilter
from workbench.services.overview import my_colleague_id
from workbench.services.playbooks import apply_response
from workbench.services.portfolio import ACCOUNT_TABLES
from workbench.ui.common import paged_model
from workbench.ui.common.choices import searchable_choice
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.failures import failure_text
from workbench.ui.common.form import parse_decimal
from workbench.ui.common.formatting import format_percent
from workbench.ui.common.problems import ProblemDisplay, problem_text, save_cancel, with_error
from workbench.ui.context import AppContext
from workbench.ui.incidents.detail import IncidentDetailPanel
from workbench.ui.incidents.playbook_panel import interface_language
from workbench.ui.incidents.table import IncidentFilterBar, IncidentTableModel
from workbench.ui.incidents.targets import TargetsDialog, load_targets, save_targets
from workbench.ui.operations import Operations

if TYPE_CHECKING:  # the services' argument; the tab never opens one itself
    from workbench.ui.operations import Session


@dataclass(frozen=True)
class _Loaded:
    filt: IncidentFilter
    fetch: Callable[[int, int], list[incidents.IncidentRow]]
    total: int
    first: list[incidents.IncidentRow]


class NewIncidentDialog(QDialog):
    def __init__(
        self, accounts: list[tuple[int, str]], account_id: int | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newIncidentDialog")
        self.setWindowTitle(self.tr("Log an incident"))
        self.setMinimumWidth(480)
        #: Creates the incident from the dialog; raises ValidationError to keep it open.
        self.on_save: Callable[[NewIncidentDialog], None] | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.problems = ProblemDisplay(self)
        self.account = searchable_choice(self, "newIncidentAccount", accounts, account_id)
        self.title = QLineEdit(self)
        self.title.setObjectName("newIncidentTitle")
        self.category = QComboBox(self)
        self.category.setObjectName("newIncidentCategory")
        for category in IncidentCategory:
            self.category.addItem(enum_label(category), category.value)
        self.severity = QComboBox(self)
        self.severity.setObjectName("newIncidentSeverity")
        for severity in Severity:
            self.severity.addItem(f"{int(severity)} · {enum_label(severity)}", int(severity))
        self.severity.setCurrentIndex(1)
        for label, widget, field in (
            (self.tr("Account *"), self.account, "account_id"),
            (self.tr("Title *"), self.title, "title"),
            (self.tr("Category"), self.category, "category"),
            (self.tr("Severity"), self.severity, "severity"),
        ):
            holder, error = with_error(self, widget, field)
            self.problems.labels[field] = error
            form.addRow(label, holder)
        layout.addLayout(form)
        layout.addWidget(self.problems.general)
        layout.addWidget(save_cancel(self, self.try_save))

    def draft(self, now: datetime, owner: int | None) -> IncidentDraft:
        data = self.account.currentData()
        return IncidentDraft(
            account_id=None if data is None else int(data),
            title=self.title.text(),
            category=IncidentCategory(self.category.currentData()),
            severity=Severity(int(self.severity.currentData())),
            reported_at=now,
            owner_id=owner,
        )

    def try_save(self) -> None:
        """Hand the incident to the tab, which closes the dialog once it is stored or shows
        why it was refused (:meth:`refused`)."""
        assert self.on_save is not None
        self.on_save(self)

    def refused(self, error: ValidationError) -> None:
        self.problems.show(error.problems)


class IncidentsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsTab")
        self.context = context
        self.operations = Operations(context)
        self.targets = load_targets(context)
        self.new_dialog: NewIncidentDialog | None = None
        self.targets_dialog: TargetsDialog | None = None
        self.incident_id: int | None = None
        #: How many times the table was filled (benchmarks wait on it).
        self.loads = 0
        layout = QVBoxLayout(self)
        self.filters = IncidentFilterBar(self)
        layout.addWidget(self.filters)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = IncidentTableModel(self)
        self.table = QTableView(left)
        self.table.setObjectName("incidentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (2, 150), (3, 120), (4, 90), (5, 75), (6, 110), (7, 95)):
            self.table.setColumnWidth(column, width)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.summary = QLabel(left)
        self.summary.setObjectName("incidentSummary")
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Log incident…"), left)
        self.new_button.setObjectName("newIncident")
        self.targets_button = QPushButton(self.tr("Targets…"), left)
        self.targets_button.setObjectName("incidentTargets")
        self.period_report_button = QPushButton(self.tr("Period report…"), left)
        self.period_report_button.setObjectName("incidentPeriodReport")
        self.period_report_button.setToolTip(
            self.tr("The incidents of a period, for the account chosen above or for all")
        )
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.period_report_button)
        bottom.addWidget(self.targets_button)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)
        self.detail = IncidentDetailPanel(splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 560])
        layout.addWidget(splitter, 1)

        self.filters.sig_changed.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.new_button.clicked.connect(self.new_incident)
        self.targets_button.clicked.connect(self.edit_targets)
        self.period_report_button.clicked.connect(self.period_report)
        self.detail.sig_status.connect(self.change_status)
        self.detail.sig_save.connect(self.save)
        self.detail.sig_event.connect(self.add_event)
        self.detail.sig_compensation.connect(self.add_compensation)
        self.detail.sig_playbook.connect(self.apply_playbook)
        self.detail.sig_report.connect(self.report)
        context.events.sig_data_changed.connect(self.on_data_changed)

    # --- the table --------------------------------------------------------------------------
    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ACCOUNT_TABLES):
            self.operations.query(account_choices, on_done=self.filters.set_accounts)
        if changes.touches(*incidents.WRITES):
            self.reload()

    def reload(self) -> None:
        """Count, fetch the first page and the compliance figures in the background; later
        pages come as the user scrolls. A load overtaken by a newer filter is dropped."""
        if self.context.workspace.store is None:
            return
        filt = self.filters.current()
        now = self.context.clock.now()
        targets = self.targets = load_targets(self.context)  # the database's, as changed
        operations = self.operations

        def page(session: Session, offset: int, limit: int) -> list[incidents.IncidentRow]:
            return incidents.list_incidents(
                session, filt, now=now, targets=targets, offset=offset, limit=limit
            )

        def fetch(offset: int, limit: int) -> list[incidents.IncidentRow]:
            # Later pages, as the user scrolls: one page, read while the view asks for it.
            return operations.read_now(partial(page, offset=offset, limit=limit)) or []

        def work(session: Session) -> _Loaded:
            total = incidents.count_incidents(session, filt)
            first = page(session, 0, paged_model.PAGE) if total else []
            return _Loaded(filt, fetch, total, first)

        def compliance(session: Session) -> tuple[IncidentFilter, ResponseCompliance]:
            found = incidents.compliance_for(
                session,
                period_start=now - timedelta(days=90),
                period_end=now,
                now=now,
                targets=targets,
                account_id=filt.account_id,
            )
            return filt, found

        # The table first; the compliance line, which reads every incident of the quarter,
        # follows in its own task.
        operations.query(work, on_done=self._on_loaded, on_failed=self._on_failed)
        operations.query(compliance, on_done=self._on_compliance, on_failed=self._on_failed)

    def _on_compliance(self, loaded: tuple[IncidentFilter, ResponseCompliance]) -> None:
        filt, found = loaded
        if filt == self.filters.current():
            self._summarise(self.model.total, found)

    def _on_loaded(self, loaded: _Loaded) -> None:
        if loaded.filt != self.filters.current():
            return
        self.model.load(loaded.fetch, loaded.total, loaded.first)
        self.loads += 1
        self._select_shown()

    def _select_shown(self) -> None:
        if self.incident_id is not None:
            for row, found in enumerate(self.model.rows):
                if found.incident_id == self.incident_id:
                    self.table.selectRow(row)
                    break

    def _on_failed(self, error: Exception) -> None:
        self.context.dialogs.error(
            self.tr("Incidents"),
            self.tr("The incidents could not be loaded: {error}").format(error=failure_text(error)),
        )

    def _summarise(self, total: int, found: ResponseCompliance) -> None:
        parts = []
        for kind, label in (
            (TargetKind.ACKNOWLEDGE, self.tr("acknowledged on time")),
            (TargetKind.RESOLVE, self.tr("resolved on time")),
        ):
            compliance = found.of(kind)
            ratio = compliance.ratio
            share = "—" if ratio is None else format_percent(ratio)
            parts.append(f"{share} {label} ({compliance.met}/{compliance.subject})")
        self.summary.setText(
            self.tr("{count} incidents. Last 90 days: {compliance}.").format(
                count=total, compliance="; ".join(parts)
            )
        )

    def _on_row(self, current: object, _previous: object) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.show_incident(self.model.incident_at(index.row()).incident_id)

    def open_target(self, target: Target) -> None:
        """Show the incident the focus list points at, whatever the filters show."""

        def gone(error: Exception) -> None:
            if isinstance(error, LookupError):
                self.context.dialogs.inform(
                    self.tr("Incidents"), self.tr("That incident no longer exists.")
                )
            else:
                self._on_failed(error)

        self.show_incident(target.record_id, on_failed=gone)

    def show_incident(
        self, incident_id: int, on_failed: Callable[[Exception], None] | None = None
    ) -> None:
        if self.context.workspace.store is None:
            return
        self.incident_id = incident_id

        def loaded(detail: incidents.IncidentDetail) -> None:
            if self.incident_id == incident_id:  # not overtaken by another pick
                self.detail.show_incident(detail)

        self.operations.query(
            partial(incidents.load_incident, incident_id=incident_id),
            on_done=loaded,
            on_failed=on_failed or self._on_failed,
        )

    # --- changes ----------------------------------------------------------------------------
    def _run(
        self,
        step: Callable[[Session, int], tuple[object, ChangeSet]],
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Carry out one change to the shown incident, then show it again (and *on_done*);
        a refusal is shown and nothing is written. Its change set names the incident's
        account, so the Portfolio refreshes just that row and its detail."""
        incident_id = self.incident_id
        if self.context.workspace.store is None or incident_id is None:
            return

        def done(_result: object) -> None:
            self.show_incident(incident_id)
            if on_done is not None:
                on_done()

        self.operations.change(
            lambda session: step(session, incident_id), on_done=done, on_failed=self._refused
        )

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, ValidationError):
            self.context.dialogs.error(self.tr("Incident"), failure_text(error))
            return
        self.detail.show_problems(error.problems)
        self.context.dialogs.warn(
            self.tr("Incident"), "\n".join(problem_text(p) for p in error.problems)
        )

    def change_status(self, status: IncidentStatus) -> None:
        self._run(partial(incidents.change_status, target=status, at=self.context.clock.now()))

    def save(self, draft: IncidentDraft) -> None:
        self._run(partial(incidents.update_incident, draft=draft))

    def add_event(self, actor: TimelineActor, text: str, client: bool) -> None:
        now = self.context.clock.now()

        def step(session: Session, incident_id: int) -> tuple[int, ChangeSet]:
            colleague = None
            if actor is TimelineActor.ACCOUNT_MANAGER:
                colleague = my_colleague_id(session)
            return incidents.add_event(
                session, incident_id, actor, text, now, colleague, None, client
            )

        self._run(step, self.detail.event_text.clear)

    def add_compensation(self, form: object, amount_text: str, note: str) -> None:
        try:
            amount = parse_decimal(amount_text)
        except ValueError:
            self.detail.compensation_error.setText(
                self.tr("“{text}” is not an amount.").format(text=amount_text)
            )
            return
        today = self.context.clock.today()

        def step(session: Session, incident_id: int) -> tuple[int, ChangeSet]:
            return incidents.add_compensation(
                session,
                incident_id,
                form,  # type: ignore[arg-type]
                amount,
                today,
                note or None,
            )

        def cleared() -> None:
            self.detail.amount.clear()
            self.detail.note.clear()

        self._run(step, cleared)

    def apply_playbook(self, key: str) -> None:
        language = interface_language()
        today, now = self.context.clock.today(), self.context.clock.now()

        def step(session: Session, incident_id: int) -> tuple[list[int], ChangeSet]:
            return apply_response(session, incident_id, key, today=today, language=language, at=now)

        # Then the action items it created.
        self._run(step, lambda: self.detail.tabs.setCurrentIndex(4))

    # --- creating, targets, report -------------------------------------------------------------
    def new_incident(self) -> None:
        def read(session: Session) -> tuple[list[tuple[int, str]], int | None]:
            return account_choices(session), my_colleague_id(session)

        self.operations.query(read, on_done=self._open_new_dialog)

    def _open_new_dialog(self, choices: tuple[list[tuple[int, str]], int | None]) -> None:
        accounts, owner = choices
        dialog = NewIncidentDialog(accounts, self.filters.account.currentData(), self)

        def create(form: NewIncidentDialog) -> None:
            draft = form.draft(self.context.clock.now(), owner)

            def created(incident_id: int) -> None:
                form.accept()
                self.incident_id = incident_id
                self._select_shown()
                self.show_incident(incident_id)

            def refused(error: Exception) -> None:
                if isinstance(error, ValidationError):
                    form.refused(error)
                else:
                    self._refused(error)

            self.operations.change(
                partial(incidents.create_incident, draft=draft), on_done=created, on_failed=refused
            )

        dialog.on_save = create
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.new_dialog = dialog
        dialog.open()

    def edit_targets(self) -> None:
        dialog = TargetsDialog(self.targets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._targets_chosen)
        self.targets_dialog = dialog
        dialog.open()

    def _targets_chosen(self) -> None:
        assert self.targets_dialog is not None
        self.targets = self.targets_dialog.targets()
        save_targets(self.context, self.targets)
        self.reload()

    def period_report(self) -> None:
        from workbench.ui.incidents.report import export_period_report

        export_period_report(self.context, self.filters.account.currentData(), self)

    def report(self) -> None:
        from workbench.ui.incidents.report import export_report

        if self.incident_id is not None:
            export_report(self.context, [self.incident_id], self)
