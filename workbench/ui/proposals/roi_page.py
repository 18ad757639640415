"""The ROI analysis: investment, yearly benefit, horizon and rate → ROI, payback, NPV, IRR."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.charts.proposal import draw_cash_flow
from workbench.domain.roi import RoiInputs, RoiResult, analyse
from workbench.domain.validation import ValidationError
from workbench.services.proposals import RoiDraft
from workbench.ui.common.form import parse_decimal
from workbench.ui.common.formatting import decimal_places, format_decimal, format_money
from workbench.ui.common.problems import ProblemDisplay, with_error
from workbench.ui.proposals.charts import ChartCanvas, chart_labels


def _text(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(value, decimal_places(value))


class RoiPage(QWidget):
    sig_changed = Signal(object)
    """The new ``RoiDraft`` (or ``None`` when cleared); only readable inputs are sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalRoi")
        self.currency = "EUR"
        self.total = Decimal(0)
        self._loading = False
        layout = QHBoxLayout(self)
        inputs = QWidget(self)
        form = QFormLayout(inputs)
        self.problems = ProblemDisplay(self)
        self.use_total = QCheckBox(self.tr("The proposal total"), self)
        self.use_total.setObjectName("roiUseTotal")
        self.investment = QLineEdit(self)
        self.investment.setObjectName("roiInvestment")
        self.benefit = QLineEdit(self)
        self.benefit.setObjectName("roiBenefit")
        self.horizon = QSpinBox(self)
        self.horizon.setObjectName("roiHorizon")
        self.horizon.setRange(1, 50)
        self.horizon.setSuffix(self.tr(" years"))
        self.rate = QLineEdit(self)
        self.rate.setObjectName("roiRate")
        rows = (
            (self.tr("Investment"), self.investment, "investment"),
            (self.tr("Expected yearly benefit or saving"), self.benefit, "annual_benefit"),
            (self.tr("Horizon"), self.horizon, "horizon_years"),
            (self.tr("Discount rate %"), self.rate, "discount_rate_pct"),
        )
        form.addRow("", self.use_total)
        for label, editor, field in rows:
            holder, error = with_error(self, editor, field)
            self.problems.labels[field] = error
            form.addRow(label, holder)
        form.addRow(self.problems.general)
        self.results = QLabel(self)
        self.results.setObjectName("roiResults")
        self.results.setWordWrap(True)
        form.addRow(self.results)
        layout.addWidget(inputs, 2)
        self.chart = ChartCanvas("cashFlowChart", self)
        right = QVBoxLayout()
        right.addWidget(self.chart)
        layout.addLayout(right, 3)
        for edit in (self.investment, self.benefit, self.rate):
            edit.editingFinished.connect(self._on_edited)
        self.horizon.valueChanged.connect(self._on_edited)
        self.use_total.toggled.connect(self._on_use_total)

    # --- showing --------------------------------------------------------------------------
    def show_roi(
        self, roi: RoiDraft | None, currency: str, total: Decimal, read_only: bool
    ) -> None:
        self._loading = True
        self.currency, self.total = currency, total
        draft = roi or RoiDraft(Decimal(0), 3, Decimal(8))
        self.use_total.setChecked(draft.investment is None)
        self.investment.setText(_text(total if draft.investment is None else draft.investment))
        self.investment.setEnabled(draft.investment is not None and not read_only)
        self.benefit.setText(_text(draft.annual_benefit))
        self.horizon.setValue(draft.horizon_years)
        self.rate.setText(_text(draft.discount_rate_pct))
        for widget in (self.use_total, self.benefit, self.horizon, self.rate):
            widget.setEnabled(not read_only)
        self._loading = False
        self.problems.show(())
        self._show_result(draft)

    def _show_result(self, draft: RoiDraft) -> None:
        investment = self.total if draft.investment is None else draft.investment
        try:
            result = analyse(
                RoiInputs(
                    investment, draft.annual_benefit, draft.horizon_years, draft.discount_rate_pct
                )
            )
        except ValidationError as error:
            self.problems.show(error.problems)
            self.results.setText("")
            return
        self.results.setText(self._describe(investment, result))
        flows = list(result.flows) if draft.annual_benefit > 0 else []
        self.chart.draw_with(
            partial(draw_cash_flow, flows=flows, labels=chart_labels(), currency=self.currency)
        )

    def _describe(self, investment: Decimal, result: RoiResult) -> str:
        money = self.currency
        dash = "—"
        roi = dash if result.roi_pct is None else f"{format_decimal(result.roi_pct, 1)} %"
        irr = dash if result.irr_pct is None else f"{format_decimal(result.irr_pct, 1)} %"
        payback = (
            self.tr("not within the horizon")
            if result.payback_years is None or not result.pays_back
            else self.tr("{years} years").format(years=format_decimal(result.payback_years, 1))
        )
        return (
            "<table cellpadding='3'>"
            + "".join(
                f"<tr><td>{label}</td><td align='right'><b>{value}</b></td></tr>"
                for label, value in (
                    (self.tr("Investment"), format_money(investment, money)),
                    (
                        self.tr("Net benefit over the horizon"),
                        format_money(result.net_benefit, money),
                    ),
                    (self.tr("ROI"), roi),
                    (self.tr("Payback"), payback),
                    (self.tr("NPV"), format_money(result.npv.quantize(Decimal("0.01")), money)),
                    (self.tr("IRR"), irr),
                )
            )
            + "</table>"
        )

    # --- editing --------------------------------------------------------------------------
    def _on_use_total(self, checked: bool) -> None:
        self.investment.setEnabled(not checked)
        if checked:
            self.investment.setText(_text(self.total))
        self._on_edited()

    def _on_edited(self) -> None:
        if self._loading:
            return
        try:
            investment = (
                None if self.use_total.isChecked() else parse_decimal(self.investment.text() or "0")
            )
            benefit = parse_decimal(self.benefit.text() or "0")
            rate = parse_decimal(self.rate.text() or "0")
        except ValueError as error:
            self.problems.general.setText(
                self.tr("“{text}” is not a number.").format(text=error.args[0])
            )
            self.problems.general.show()
            return
        draft = RoiDraft(benefit, self.horizon.value(), rate, investment)
        self.problems.show(())
        self._show_result(draft)
        self.sig_changed.emit(draft)
