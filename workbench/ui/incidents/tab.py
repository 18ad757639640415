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
from sqlalchemy.exc import NoResultFound

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
from workbench.services.progress import Progress
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


@dataclass(frozen=True)
class _Loaded:
    filt: IncidentFilter
    fetch: Callable[[int, int], list[incidents.IncidentRow]]
    total: int
    first: list[incidents.IncidentRow]


CHANGES = ChangeSet.of(
    "incidents", "incident_events", "incident_status_changes", "compensations", "action_items"
)


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
        try:
            assert self.on_save is not None
            self.on_save(self)
        except ValidationError as error:
            self.problems.show(error.problems)
            return
        self.accept()


class IncidentsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsTab")
        self.context = context
        self.targets = load_targets(context.settings)
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
        if changes.everything or changes.touches("accounts"):
            store = self.context.workspace.store
            if store is not None:
                with store.session() as session:
                    self.filters.set_accounts(account_choices(session))
        if changes.everything or changes.touches(*CHANGES.tables):
            self.reload()

    def reload(self) -> None:
        """Count, fetch the first page and the compliance figures in the background; later
        pages come as the user scrolls. A load overtaken by a newer filter is dropped."""
        store = self.context.workspace.store
        if store is None:
            return
        filt = self.filters.current()
        now = self.context.clock.now()
        targets = self.targets

        def fetch(offset: int, limit: int) -> list[incidents.IncidentRow]:
            with store.session() as session:
                return incidents.list_incidents(
                    session, filt, now=now, targets=targets, offset=offset, limit=limit
                )

        def work(progress: Progress) -> _Loaded:
            with store.session() as session:
                total = incidents.count_incidents(session, filt)
            first = fetch(0, paged_model.PAGE) if total else []
            return _Loaded(filt, fetch, total, first)

        def compliance(progress: Progress) -> tuple[IncidentFilter, ResponseCompliance]:
            with store.session() as session:
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
        self.context.tasks.run(
            work, on_finished=self._on_loaded, on_failed=self._on_failed, writes=False
        )
        self.context.tasks.run(
            compliance, on_finished=self._on_compliance, on_failed=self._on_failed, writes=False
        )

    def _on_compliance(self, loaded: tuple[IncidentFilter, ResponseCompliance]) -> None:
        filt, found = loaded
        if filt == self.filters.current():
            self._summarise(self.model.total, found)

    def _on_loaded(self, loaded: _Loaded) -> None:
        if loaded.filt != self.filters.current():
            return
        self.model.load(loaded.fetch, loaded.total, loaded.first)
        self.loads += 1
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
        try:
            self.show_incident(target.record_id)
        except NoResultFound:
            self.context.dialogs.inform(
                self.tr("Incidents"), self.tr("That incident no longer exists.")
            )

    def show_incident(self, incident_id: int) -> None:
        store = self.context.workspace.store
        if store is None:
            return
        self.incident_id = incident_id
        with store.session() as session:
            detail = incidents.load_incident(session, incident_id)
        self.detail.show_incident(detail)

    # --- changes ----------------------------------------------------------------------------
    def _run(self, step: object, *args: object) -> bool:
        """Carry out one change to the shown incident; problems are shown, nothing written."""
        store = self.context.workspace.store
        if store is None or self.incident_id is None:
            return False
        try:
            with store.transaction() as session:
                step(session, self.incident_id, *args)  # type: ignore[operator]
        except ValidationError as error:
            self.detail.show_problems(error.problems)
            self.context.dialogs.warn(
                self.tr("Incident"), "\n".join(problem_text(p) for p in error.problems)
            )
            return False
        shown = self.detail.detail
        account = shown.draft.account_id if shown is not None else None
        # Naming the account lets the Portfolio refresh just that row and its detail.
        self.context.events.sig_data_changed.emit(
            ChangeSet.of(*CHANGES.tables, accounts=(account,) if account else ())
        )
        self.show_incident(self.incident_id)
        return True

    def change_status(self, status: IncidentStatus) -> None:
        self._run(incidents.change_status, status, self.context.clock.now())

    def save(self, draft: IncidentDraft) -> None:
        self._run(incidents.update_incident, draft)

    def add_event(self, actor: TimelineActor, text: str, client: bool) -> None:
        store = self.context.workspace.store
        colleague = None
        if store is not None and actor is TimelineActor.ACCOUNT_MANAGER:
            with store.session() as session:
                colleague = my_colleague_id(session)
        if self._run(
            incidents.add_event, actor, text, self.context.clock.now(), colleague, None, client
        ):
            self.detail.event_text.clear()

    def add_compensation(self, form: object, amount_text: str, note: str) -> None:
        try:
            amount = parse_decimal(amount_text)
        except ValueError:
            self.detail.compensation_error.setText(
                self.tr("“{text}” is not an amount.").format(text=amount_text)
            )
            return
        if self._run(
            incidents.add_compensation, form, amount, self.context.clock.today(), note or None
        ):
            self.detail.amount.clear()
            self.detail.note.clear()

    def apply_playbook(self, key: str) -> None:
        def step(session: object, incident_id: int) -> None:
            apply_response(
                session,  # type: ignore[arg-type]
                incident_id,
                key,
                today=self.context.clock.today(),
                language=interface_language(),
                at=self.context.clock.now(),
            )

        if self._run(step):
            self.detail.tabs.setCurrentIndex(4)  # the action items it created

    # --- creating, targets, report -------------------------------------------------------------
    def new_incident(self) -> None:
        store = self.context.workspace.store
        if store is None:
            return
        with store.session() as session:
            accounts = account_choices(session)
            owner = my_colleague_id(session)
        dialog = NewIncidentDialog(accounts, self.filters.account.currentData(), self)

        def create(form: NewIncidentDialog) -> None:
            with store.transaction() as session:
                incident_id = incidents.create_incident(
                    session, form.draft(self.context.clock.now(), owner)
                )
            self.incident_id = incident_id
            self.context.events.sig_data_changed.emit(CHANGES)
            self.show_incident(incident_id)

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
        save_targets(self.context.settings, self.targets)
        self.reload()

    def period_report(self) -> None:
        from workbench.ui.incidents.report import export_period_report

        export_period_report(self.context, self.filters.account.currentData(), self)

    def report(self) -> None:
        from workbench.ui.incidents.report import export_report

        if self.incident_id is not None:
            export_report(self.context, [self.incident_id], self)
