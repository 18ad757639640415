"""The phased implementation plan: phases with dates and amounts, and their Gantt chart."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.charts.proposal import PhaseBar, draw_phases
from workbench.services.proposals import PhaseDraft
from workbench.ui.common.formatting import format_money
from workbench.ui.proposals.charts import ChartCanvas, chart_labels
from workbench.ui.proposals.draft_table import Column, DraftTableModel, Kind


class PlanPage(QWidget):
    sig_changed = Signal(tuple)
    """The new tuple of phases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalPlan")
        self.today = date.today()
        self.model = DraftTableModel(
            [
                Column("name", self.tr("Phase"), Kind.TEXT),
                Column("starts_on", self.tr("Starts"), Kind.DATE),
                Column("ends_on", self.tr("Ends"), Kind.DATE),
                Column("amount", self.tr("Amount"), Kind.MONEY),
                Column("deliverables", self.tr("Deliverables"), Kind.TEXT),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self)
        self.table.setObjectName("phases")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Add phase"), self)
        self.add.setObjectName("addPhase")
        self.remove = QPushButton(self.tr("Remove phase"), self)
        self.remove.setObjectName("removePhase")
        self.difference = QLabel(self)
        self.difference.setObjectName("phasesDifference")
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.difference)
        layout.addLayout(buttons)
        self.chart = ChartCanvas("phasesChart", self)
        layout.addWidget(self.chart, 1)
        self.model.sig_rows_changed.connect(self.sig_changed)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)

    def show_phases(
        self,
        phases: tuple[PhaseDraft, ...],
        currency: str,
        total: Decimal,
        read_only: bool,
        flagged: set[int],
    ) -> None:
        self.model.set_rows(phases, currency, read_only)
        self.model.set_flagged(flagged)
        self.add.setEnabled(not read_only)
        self.remove.setEnabled(not read_only)
        planned = sum((p.amount for p in phases), Decimal(0))
        if not phases:
            self.difference.setText("")
        elif planned == total:
            self.difference.setText(self.tr("The phases add up to the total."))
            self.difference.setStyleSheet("color: #15803d;")
        else:
            self.difference.setText(
                self.tr(
                    "The phases add up to {planned}: {difference} from the total {total}."
                ).format(
                    planned=format_money(planned, currency),
                    difference=format_money(planned - total, currency),
                    total=format_money(total, currency),
                )
            )
            self.difference.setStyleSheet("color: #b91c1c;")
        bars = [
            PhaseBar(p.name, p.starts_on, p.ends_on, p.amount)
            for p in phases
            if p.ends_on >= p.starts_on
        ]
        self.chart.draw_with(
            partial(
                draw_phases, phases=bars, labels=chart_labels(), currency=currency, today=self.today
            )
        )

    def _add(self) -> None:
        rows = self.model.rows
        start = rows[-1].ends_on + timedelta(days=1) if rows else self.today
        phase = PhaseDraft(
            self.tr("Phase {number}").format(number=len(rows) + 1),
            start,
            start + timedelta(days=29),
            Decimal(0),
        )
        self.sig_changed.emit((*rows, phase))

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = index.row()
            self.sig_changed.emit(self.model.rows[:row] + self.model.rows[row + 1 :])
