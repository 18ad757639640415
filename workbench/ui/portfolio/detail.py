"""The selected account: profile, health and its reasons, KPI charts, and its lists."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.charts.account import ChartLabels
from workbench.domain.period import Quarter
from workbench.services import account_records as records
from workbench.services.account_charts import account_charts
from workbench.services.account_records import KINDS, FieldKind, RecordKind
from workbench.services.incidents import Profitability, account_profitability
from workbench.services.portfolio import PortfolioRow
from workbench.services.progress import Progress
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.failures import failure_text
from workbench.ui.common.form import RecordForm
from workbench.ui.common.formatting import format_money, format_percent
from workbench.ui.common.health_labels import band_label, factor_reason
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.portfolio.chart_picture import ChartPicture
from workbench.ui.portfolio.edits import PortfolioEdits
from workbench.ui.portfolio.history_page import HistoryPage
from workbench.ui.portfolio.records import RecordSection
from workbench.ui.portfolio.table_model import BAND_COLOURS, health_explanation

if TYPE_CHECKING:
    from workbench.charts.account_image import AccountChartImage
    from workbench.ui.operations import Session

log = logging.getLogger(__name__)
#: Charts are drawn this long after the last selection, so arrowing down the table
#: draws only where the user stops.
CHARTS_DELAY_MS = 60


def _set_style(label: QLabel, style: str) -> None:
    """Restyle only on a change: a style sheet set re-polishes the label, even the same one."""
    if label.styleSheet() != style:
        label.setStyleSheet(style)


def _chart_image(
    account_id: int,
    today: date,
    labels: ChartLabels,
    size: tuple[int, int, float],
    session: Session,
    progress: Progress,
) -> AccountChartImage:
    # Matplotlib loads here, on first use, in the background.
    from workbench.charts.account_image import render_account_charts

    charts = account_charts(session, account_id, today)
    progress.advance(1, 2)  # a newer selection may have cancelled this one
    return render_account_charts(charts, labels, *size)


@dataclass(frozen=True)
class _Lists:
    """What the detail shows below its header, read in one go."""

    money: Profitability
    names: dict[Any, str]
    records: dict[str, list[records.RecordView]]


def _lists(account_id: int, last: Quarter, session: Session) -> _Lists:
    money = account_profitability(session, account_id, last.shifted(-3), last)
    references = records.choices_for_account(session, account_id)
    names = {key: name for options in references.values() for key, name in options}
    return _Lists(
        money,
        names,
        {key: records.list_records(session, kind, account_id) for key, kind in KINDS.items()},
    )


class AccountDetail(QWidget):
    sig_edit_account = Signal(int)
    """The user asked to edit the account's profile."""
    sig_archive_account = Signal(int)
    sig_reassign_account = Signal(int)
    sig_delete_account = Signal(int)

    def __init__(
        self, context: AppContext, edits: PortfolioEdits, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDetail")
        self.context = context
        self.operations = Operations(context)
        self.edits = edits
        self.row: PortfolioRow | None = None
        self._charts_task: Any = None
        self._money: Profitability | None = None
        self._charts_timer = QTimer(self)
        self._charts_timer.setSingleShot(True)
        self._charts_timer.setInterval(CHARTS_DELAY_MS)
        self._charts_timer.timeout.connect(self._start_charts)

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile = QLabel(self)
        self.profile.setObjectName("detailProfile")
        self.profile.setWordWrap(True)
        self.health = QLabel(self)
        self.health.setObjectName("detailHealth")
        self.reasons = QLabel(self)
        self.reasons.setObjectName("detailReasons")
        self.reasons.setWordWrap(True)
        self.standing = QLabel(self)
        self.standing.setObjectName("detailIncidentsProfit")
        self.standing.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Client report…"), self)
        self.report_button.setObjectName("accountReportButton")
        self.report_button.setToolTip(
            self.tr("The quarter's KPIs, charts, incidents and next steps as PowerPoint or Excel.")
        )
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editAccountButton")
        self.reassign_button = QPushButton(self.tr("Reassign…"), self)
        self.reassign_button.setObjectName("reassignAccountButton")
        self.reassign_button.setToolTip(
            self.tr("Hand this account, with its owner's open action items, to a colleague.")
        )
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.setObjectName("archiveAccountButton")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteAccountButton")
        self.report_button.clicked.connect(self.client_report)
        self.edit_button.clicked.connect(self._edit_account)
        self.archive_button.clicked.connect(self._archive_account)
        self.reassign_button.clicked.connect(self._reassign_account)
        self.delete_button.clicked.connect(self._delete_account)
        self.empty = QLabel(self.tr("Select an account to see its detail."), self)
        self.empty.setObjectName("detailEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.sections: dict[str, RecordSection] = {}
        self.lists = QTabWidget(self)
        self.lists.setObjectName("detailLists")
        for kind in KINDS.values():
            section = RecordSection(kind, self.lists)
            section.sig_add.connect(self._add_record)
            section.sig_edit.connect(self._edit_record)
            section.sig_remove.connect(self._remove_record)
            self.sections[kind.key] = section
            self.lists.addTab(section, QCoreApplication.translate("records", kind.title))
        self.history = HistoryPage(context, self.lists)
        self.lists.addTab(self.history, self.tr("History"))

        header = QVBoxLayout()
        header.setSpacing(2)
        for widget in (self.title, self.profile, self.health, self.reasons, self.standing):
            header.addWidget(widget)
        buttons = QVBoxLayout()
        for button in (
            self.report_button,
            self.edit_button,
            self.reassign_button,
            self.archive_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(header, 1)
        top.addLayout(buttons)
        self.charts_view = ChartPicture(self)
        self.charts_view.sig_resized.connect(self.reload_charts)
        self.charts_row = QHBoxLayout()
        self.charts_row.addWidget(self.charts_view, 5)
        self.charts_row.addWidget(self.lists, 4)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addLayout(self.charts_row, 1)
        self.content = QWidget(self)
        self.content.setLayout(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        self.show_account(None)

    # --- showing -----------------------------------------------------------------------
    def show_account(self, row: PortfolioRow | None) -> None:
        if row is None or self.row is None or row.id != self.row.id:
            self.charts_view.show_image(None)  # never another account's charts under this name
        self.row = row
        self.empty.setVisible(row is None)
        self.content.setVisible(row is not None)
        self.history.show_account(None if row is None else row.id)
        if row is None:
            return
        self._show_header(row)
        self.reload_lists()
        self.reload_charts()

    def update_row(self, row: PortfolioRow) -> None:
        """Newer figures of the account shown (they came after its row): the header only."""
        self.row = row
        self._show_header(row)
        if self._money is not None:
            self._show_standing(self._money)

    def _show_header(self, row: PortfolioRow) -> None:
        self.title.setText(row.name)
        parts = [
            enum_label(row.sector),
            enum_label(row.tier),
            enum_label(row.status),
            f"{row.country} · {row.time_zone} · {row.currency}",
        ]
        if row.owner:
            parts.append(self.tr("Owner: {owner}").format(owner=row.owner))
        if row.parent_name:
            parts.append(self.tr("Part of {parent}").format(parent=row.parent_name))
        if row.archived:
            parts.append(self.tr("Archived"))
        self.profile.setText(" · ".join(parts))
        if not row.figures_known:
            self.health.setText(self.tr("Health: …"))
            _set_style(self.health, "")
        elif row.health.score is None or row.health.band is None:
            self.health.setText(self.tr("Health: —"))
            _set_style(self.health, "")
        else:
            band = band_label(row.health.band)
            self.health.setText(
                self.tr("Health: {score} · {band}").format(score=row.health.score, band=band)
            )
            _set_style(
                self.health, f"color: {BAND_COLOURS[row.health.band].name()}; font-weight: 600;"
            )
        explanation = health_explanation(row) if row.figures_known else ""
        weakest = sorted(row.health.factors, key=lambda f: f.value)[:2]
        self.reasons.setText(" · ".join(factor_reason(f) for f in weakest))
        self.health.setToolTip(explanation)
        self.reasons.setToolTip(explanation)
        self.archive_button.setText(self.tr("Restore") if row.archived else self.tr("Archive"))

    def reload_lists(self) -> None:
        """Read the account's standing and lists and show them, header and lists in one
        paint. Read here, on the UI thread: 6-12 ms for the largest account of the stress
        portfolio (``tests/benchmarks/portfolio.py``), where a read in the background came
        after a first paint, competing with it, and made a selection a fifth slower."""
        if self.row is None:
            return
        account_id = self.row.id
        last = Quarter.of(self.context.clock.today())  # the current one included
        try:
            lists = self.operations.read_now(partial(_lists, account_id, last))
        except Exception as error:  # any failure to read is shown (as in the background)
            self._lists_failed(error)
            return
        if lists is None:  # no database open
            return
        self._money = lists.money
        self._show_standing(lists.money)
        today = self.context.clock.today()
        for key, section in self.sections.items():
            section.show_records(lists.records[key], self.row.currency, lists.names, today)

    def _lists_failed(self, error: Exception) -> None:
        log.warning("the account's lists could not be read: %s", error)
        self.context.dialogs.error(
            self.tr("Portfolio"),
            self.tr("The account's lists could not be read.\n\n{error}").format(
                error=failure_text(error)
            ),
        )

    def _show_standing(self, money: Profitability) -> None:
        """Open incidents, and what the last four quarters earned after compensations."""
        row = self.row
        assert row is not None
        incidents = self.tr("Open incidents: {count} ({critical} critical)").format(
            count=row.open_incidents, critical=row.open_critical
        )
        if not row.figures_known:
            incidents = self.tr("Open incidents: …")
        margin = "—" if money.margin_pct is None else format_percent(money.margin_pct / 100, 1)
        profit = self.tr(
            "Last 4 quarters: revenue {revenue} − cost {cost} − compensations {compensations} "
            "= profit {profit} (margin {margin})"
        ).format(
            revenue=format_money(money.revenue, money.currency, whole=True),
            cost=format_money(money.cost, money.currency, whole=True),
            compensations=format_money(money.compensations, money.currency, whole=True),
            profit=format_money(money.profit, money.currency, whole=True),
            margin=margin,
        )
        self.standing.setText(f"{incidents} · {profit}")
        _set_style(self.standing, "color: #b91c1c;" if row.open_critical else "")

    def reload_charts(self) -> None:
        """Draw the charts in the background a moment from now (drawing takes 100-200 ms)."""
        if self.context.workspace.store is not None and self.row is not None:
            self._charts_timer.start()

    def _start_charts(self) -> None:
        if self.row is None:
            return
        if self._charts_task is not None:
            self._charts_task.cancel()  # superseded: its picture would be thrown away
        size = (self.charts_view.width(), self.charts_view.height())
        scale = self.charts_view.devicePixelRatioF()
        self._charts_task = self.operations.long_query(
            partial(_chart_image, self.row.id, date.today(), self._chart_labels(), (*size, scale)),
            on_done=partial(self._show_charts, self.row.id),
            on_failed=self._charts_failed,
        )

    def _show_charts(self, account_id: int, rendered: AccountChartImage) -> None:
        if self.row is not None and self.row.id == account_id:
            self.charts_view.show_image(rendered)

    def _charts_failed(self, error: Exception) -> None:
        log.warning("the account's charts could not be drawn: %s", error)
        self.charts_view.show_image(None)

    def _chart_labels(self) -> ChartLabels:
        return ChartLabels(
            revenue_title=self.tr("Revenue by quarter"),
            nps_title=self.tr("NPS by quarter"),
            kpi_title=self.tr("KPIs on target, 90 days"),
            no_revenue=self.tr("No revenue recorded yet"),
            no_nps=self.tr("No survey responses yet"),
            no_kpis=self.tr("No agreed KPI measured in the last 90 days"),
            growth=self.tr("Growth"),
        )

    # --- account actions ------------------------------------------------------------------
    def client_report(self) -> None:
        from workbench.domain.period import Quarter
        from workbench.ui.reports.client_report_dialog import start_client_report

        if self.row is not None:
            last = Quarter.of(self.context.clock.today()).previous()
            start_client_report(self.context, self, period=last, account_id=self.row.id)

    def _edit_account(self) -> None:
        if self.row is not None:
            self.sig_edit_account.emit(self.row.id)

    def _reassign_account(self) -> None:
        if self.row is not None:
            self.sig_reassign_account.emit(self.row.id)

    def _archive_account(self) -> None:
        if self.row is not None:
            self.sig_archive_account.emit(self.row.id)

    def _delete_account(self) -> None:
        if self.row is not None:
            self.sig_delete_account.emit(self.row.id)

    # --- record actions -----------------------------------------------------------------
    def _references(self) -> dict[FieldKind, list[tuple[Any, str]]]:
        assert self.row is not None
        account_id = self.row.id
        # The form's choices: a small read, made now, as the form opens with them.
        found: dict[FieldKind, list[tuple[Any, str]]] = dict(
            self.operations.read_now(
                lambda session: records.choices_for_account(session, account_id)
            )
            or {}
        )
        found[FieldKind.QUARTER] = records.quarter_choices(date.today())
        return found

    def _open_form(
        self, kind: RecordKind, title: str, values: dict[str, Any], save: Any
    ) -> RecordForm:
        form = RecordForm(title, kind.fields, values, save, self._references(), self)
        form.open()
        return form

    def _add_record(self, kind: RecordKind) -> RecordForm | None:
        if self.row is None:
            return None
        account_id = self.row.id
        list_title = QCoreApplication.translate("records", kind.title)
        return self._open_form(
            kind,
            self.tr("New entry — {list}").format(list=list_title),
            {},
            lambda values: self.edits.add_record(kind, account_id, values),
        )

    def _edit_record(self, kind: RecordKind, record_id: int) -> RecordForm | None:
        if self.row is None:
            return None
        account_id = self.row.id
        values = self.operations.read_now(
            lambda session: records.record_values(session, kind, record_id)
        )
        if values is None:
            return None
        list_title = QCoreApplication.translate("records", kind.title)
        return self._open_form(
            kind,
            self.tr("Edit — {list}").format(list=list_title),
            values,
            lambda new: self.edits.update_record(kind, account_id, record_id, new),
        )

    def _remove_record(self, kind: RecordKind, record_id: int) -> None:
        if self.row is None:
            return
        if self.context.dialogs.confirm(
            self.tr("Remove entry"), self.tr("Remove this entry? You can undo it with Ctrl+Z.")
        ):
            self.edits.delete_record(kind, self.row.id, record_id)
