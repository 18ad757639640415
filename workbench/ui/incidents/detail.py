"""One incident: its record, status workflow, timeline, playbook, compensation and actions.

The panel shows an :class:`IncidentDetail` and says what the user asked for
through signals; the tab carries each request out in a transaction and shows
the incident again.
"""

from __future__ import annotations

import html
from dataclasses import replace
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import (
    CompensationForm,
    IncidentCategory,
    IncidentStatus,
    Severity,
    Team,
    TimelineActor,
)
from workbench.domain.incidents import allowed_targets, is_reopening
from workbench.services.incidents import IncidentDetail
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import format_date, format_local_datetime, format_money
from workbench.ui.common.problems import ProblemDisplay, with_error
from workbench.ui.incidents.playbook_panel import PlaybookPanel

#: The teams an incident can involve (the account manager is always involved).
TEAMS = (Team.OPERATIONS, Team.SUPPORT, Team.SALES, Team.MARKETING, Team.FINANCE)


class IncidentDetailPanel(QWidget):
    sig_status = Signal(object)
    """The ``IncidentStatus`` to move to."""
    sig_save = Signal(object)
    """The edited ``IncidentDraft``."""
    sig_event = Signal(object, str, bool)
    """(actor, description, client communication) for a new timeline line."""
    sig_compensation = Signal(object, str, str)
    """(form, amount as typed, note)."""
    sig_playbook = Signal(str)
    sig_report = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDetail")
        self.detail: IncidentDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self)
        self.header.setObjectName("incidentHeader")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.workflow = QHBoxLayout()
        self.status_buttons: dict[IncidentStatus, QPushButton] = {}
        labels = {
            IncidentStatus.ACKNOWLEDGED: self.tr("Acknowledge"),
            IncidentStatus.MITIGATING: self.tr("Start mitigating"),
            IncidentStatus.RESOLVED: self.tr("Resolve"),
            IncidentStatus.CLOSED: self.tr("Close"),
            IncidentStatus.OPEN: self.tr("Reopen"),
        }
        for status, text in labels.items():
            button = QPushButton(text, self)
            button.setObjectName(f"status_{status.value}")
            button.clicked.connect(partial(self._status, status))
            self.workflow.addWidget(button)
            self.status_buttons[status] = button
        self.workflow.addStretch(1)
        self.report_button = QPushButton(self.tr("Report PDF…"), self)
        self.report_button.setObjectName("incidentReport")
        self.report_button.clicked.connect(self.sig_report)
        self.workflow.addWidget(self.report_button)
        layout.addLayout(self.workflow)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("incidentPages")
        record = QScrollArea(self)
        record.setWidgetResizable(True)
        record.setWidget(self._record_page())
        self.tabs.addTab(record, self.tr("Record"))
        self.tabs.addTab(self._timeline_page(), self.tr("Timeline"))
        self.playbook = PlaybookPanel(self)
        self.playbook.sig_apply.connect(self.sig_playbook)
        self.tabs.addTab(self.playbook, self.tr("Playbook"))
        self.tabs.addTab(self._compensation_page(), self.tr("Compensation"))
        self.action_list = QListWidget(self)
        self.action_list.setObjectName("incidentActions")
        self.tabs.addTab(self.action_list, self.tr("Action items"))
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # --- pages --------------------------------------------------------------------------
    def _record_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.problems = ProblemDisplay(page)
        self.title = QLineEdit(page)
        self.title.setObjectName("incidentTitle")
        self.category = QComboBox(page)
        self.category.setObjectName("incidentCategory")
        for category in IncidentCategory:
            self.category.addItem(enum_label(category), category.value)
        self.severity = QComboBox(page)
        self.severity.setObjectName("incidentSeverity")
        for severity in Severity:
            self.severity.addItem(f"{int(severity)} · {enum_label(severity)}", int(severity))
        self.texts: dict[str, QPlainTextEdit] = {}
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("Title *"), self.title, "title"),
            (self.tr("Category"), self.category, "category"),
            (self.tr("Severity"), self.severity, "severity"),
        ]
        for name, label in (
            ("description", self.tr("Description")),
            ("client_impact", self.tr("Client impact")),
            ("root_cause", self.tr("Root cause")),
            ("resolution", self.tr("Resolution")),
            ("lessons_learned", self.tr("Lessons learned")),
        ):
            edit = QPlainTextEdit(page)
            edit.setObjectName(f"incident_{name}")
            edit.setMinimumHeight(48)
            edit.setMaximumHeight(70)
            self.texts[name] = edit
            rows.append((label, edit, name))
        for label, widget, field in rows:
            holder, error = with_error(page, widget, field)
            self.problems.labels[field] = error
            form.addRow(label, holder)
        teams = QHBoxLayout()
        self.team_boxes: dict[Team, QCheckBox] = {}
        for team in TEAMS:
            box = QCheckBox(enum_label(team), page)
            box.setObjectName(f"team_{team.value}")
            teams.addWidget(box)
            self.team_boxes[team] = box
        form.addRow(self.tr("Teams involved"), teams)
        form.addRow(self.problems.general)
        self.save_button = QPushButton(self.tr("Save"), page)
        self.save_button.setObjectName("incidentSave")
        self.save_button.clicked.connect(self._save)
        form.addRow(self.save_button)
        return page

    def _timeline_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.timeline = QListWidget(page)
        self.timeline.setObjectName("incidentTimeline")
        self.timeline.setWordWrap(True)
        layout.addWidget(self.timeline, 1)
        row = QHBoxLayout()
        self.actor = QComboBox(page)
        self.actor.setObjectName("eventActor")
        for actor in TimelineActor:
            self.actor.addItem(enum_label(actor), actor.value)
        self.event_text = QLineEdit(page)
        self.event_text.setObjectName("eventText")
        self.event_text.setPlaceholderText(self.tr("What was done or said"))
        self.client_message = QCheckBox(self.tr("Communication with the client"), page)
        self.client_message.setObjectName("eventClient")
        self.add_event = QPushButton(self.tr("Add to timeline"), page)
        self.add_event.setObjectName("addEvent")
        self.add_event.clicked.connect(self._event)
        for widget in (self.actor, self.event_text, self.client_message, self.add_event):
            row.addWidget(widget)
        row.setStretch(1, 1)
        layout.addLayout(row)
        return page

    def _compensation_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.compensations = QListWidget(page)
        self.compensations.setObjectName("compensations")
        layout.addWidget(self.compensations, 1)
        row = QHBoxLayout()
        self.form = QComboBox(page)
        self.form.setObjectName("compensationForm")
        for form in CompensationForm:
            self.form.addItem(enum_label(form), form.value)
        self.amount = QLineEdit(page)
        self.amount.setObjectName("compensationAmount")
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.note = QLineEdit(page)
        self.note.setObjectName("compensationNote")
        self.note.setPlaceholderText(self.tr("Note"))
        self.add_compensation = QPushButton(self.tr("Grant"), page)
        self.add_compensation.setObjectName("addCompensation")
        self.add_compensation.clicked.connect(self._compensation)
        for widget in (self.form, self.amount, self.note, self.add_compensation):
            row.addWidget(widget)
        layout.addLayout(row)
        self.compensation_error = QLabel(page)
        self.compensation_error.setObjectName("compensationError")
        self.compensation_error.setStyleSheet("color: #b91c1c;")
        layout.addWidget(self.compensation_error)
        return page

    # --- showing ------------------------------------------------------------------------
    def show_incident(self, detail: IncidentDetail) -> None:
        self.detail = detail
        self.setEnabled(True)
        draft = detail.draft
        e = html.escape
        times = [
            (self.tr("reported"), draft.reported_at),
            (self.tr("acknowledged"), detail.acknowledged_at),
            (self.tr("resolved"), detail.resolved_at),
            (self.tr("closed"), detail.closed_at),
        ]
        stamped = " · ".join(
            f"{e(label)} {e(format_local_datetime(when))}" for label, when in times if when
        )
        critical = draft.severity is Severity.CRITICAL and detail.status not in (
            IncidentStatus.RESOLVED,
            IncidentStatus.CLOSED,
        )
        colour = "#b91c1c" if critical else "inherit"
        self.header.setText(
            f"<h3 style='color:{colour}'>{e(draft.title)}</h3>"
            f"<p><b>{e(detail.account_name)}</b> · {e(enum_label(draft.severity))} · "
            f"{e(enum_label(draft.category))} · <b>{e(enum_label(detail.status))}</b>"
            + (f" · {e(detail.owner_name)}" if detail.owner_name else "")
            + f"</p><p style='color:gray'>{stamped}</p>"
        )
        allowed = set(allowed_targets(detail.status))
        for status, button in self.status_buttons.items():
            button.setVisible(
                status in allowed
                and not (
                    status is IncidentStatus.ACKNOWLEDGED and is_reopening(detail.status, status)
                )
            )
        self.title.setText(draft.title)
        self.category.setCurrentIndex(self.category.findData(draft.category.value))
        self.severity.setCurrentIndex(self.severity.findData(int(draft.severity)))
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(draft, name) or "")
        for team, box in self.team_boxes.items():
            box.setChecked(team in draft.teams)
        self.problems.show(())
        self.timeline.clear()
        for event in detail.events:
            who = event.who or enum_label(event.actor)
            mark = " ✉" if event.client_communication else ""
            QListWidgetItem(
                f"{format_local_datetime(event.occurred_at)} · {who}{mark}\n{event.description}",
                self.timeline,
            )
        self.compensations.clear()
        for compensation in detail.compensations:
            QListWidgetItem(
                f"{format_date(compensation.granted_on)} · {enum_label(compensation.form)} · "
                f"{format_money(compensation.amount, detail.currency)}"
                + (f" · {compensation.note}" if compensation.note else ""),
                self.compensations,
            )
        self.amount.setPlaceholderText(
            self.tr("Amount in {currency}").format(currency=detail.currency)
        )
        self.compensation_error.clear()
        self.action_list.clear()
        for item in detail.action_items:
            owner = item.owner_name or (enum_label(item.owner_team) if item.owner_team else "")
            due = format_date(item.due_on) if item.due_on else "—"
            QListWidgetItem(
                f"{item.title} — {owner}, {due} ({enum_label(item.status)})", self.action_list
            )
        self.playbook.show_playbook(draft.category, detail.playbook_response, read_only=False)

    def show_problems(self, problems: tuple) -> None:
        self.problems.show(problems)

    # --- requests -----------------------------------------------------------------------
    def _status(self, status: IncidentStatus, *_checked: object) -> None:
        self.sig_status.emit(status)

    def _save(self) -> None:
        if self.detail is None:
            return
        draft = replace(
            self.detail.draft,
            title=self.title.text(),
            category=IncidentCategory(self.category.currentData()),
            severity=Severity(int(self.severity.currentData())),
            teams=frozenset(t for t, box in self.team_boxes.items() if box.isChecked()),
            description=self.texts["description"].toPlainText(),
            client_impact=self.texts["client_impact"].toPlainText(),
            root_cause=self.texts["root_cause"].toPlainText(),
            resolution=self.texts["resolution"].toPlainText(),
            lessons_learned=self.texts["lessons_learned"].toPlainText(),
        )
        self.sig_save.emit(draft)

    def _event(self) -> None:
        self.sig_event.emit(
            TimelineActor(self.actor.currentData()),
            self.event_text.text(),
            self.client_message.isChecked(),
        )

    def _compensation(self) -> None:
        self.sig_compensation.emit(
            CompensationForm(self.form.currentData()), self.amount.text(), self.note.text()
        )
