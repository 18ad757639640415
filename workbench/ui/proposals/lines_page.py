"""Line items with their totals, and how the total fits the client's budget."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.pricing import ProposalTotals
from workbench.services.catalog import ProductRow
from workbench.services.proposals import BudgetFit, LineDraft
from workbench.ui.common.choices import ChoiceModel, use_choices
from workbench.ui.common.formatting import format_money
from workbench.ui.proposals.draft_table import Column, DraftTableModel, Kind


class LinesPage(QWidget):
    sig_changed = Signal(tuple)
    """The new tuple of line items."""
    sig_phase_it = Signal()
    sig_justify = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalLines")
        self.currency = "EUR"
        self.products: list[ProductRow] = []
        self.model = DraftTableModel(
            [
                Column("description", self.tr("Description"), Kind.TEXT),
                Column("quantity", self.tr("Qty"), Kind.DECIMAL),
                Column("unit", self.tr("Unit"), Kind.TEXT),
                Column("unit_price", self.tr("Unit price"), Kind.MONEY),
                Column("discount_pct", self.tr("Discount %"), Kind.DECIMAL),
                Column("tax_pct", self.tr("Tax %"), Kind.DECIMAL),
                Column("optional", self.tr("Optional"), Kind.CHECK),
                Column("amount", self.tr("Amount"), Kind.MONEY, compute=self._amount),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self)
        self.table.setObjectName("lineItems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.product = QComboBox(self)
        self.product.setObjectName("catalogProduct")
        self.product_model = ChoiceModel([], self.product)
        use_choices(self.product, self.product_model, 30)
        self.add_product = QPushButton(self.tr("Add from catalog"), self)
        self.add_product.setObjectName("addCatalogLine")
        self.add_free = QPushButton(self.tr("Add free line"), self)
        self.add_free.setObjectName("addFreeLine")
        self.remove = QPushButton(self.tr("Remove line"), self)
        self.remove.setObjectName("removeLine")
        for widget in (self.product, self.add_product, self.add_free, self.remove):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        bottom = QHBoxLayout()
        totals = QFormLayout()
        self.subtotal = QLabel(self)
        self.discount = QLabel(self)
        self.tax = QLabel(self)
        self.total = QLabel(self)
        self.total.setObjectName("proposalTotal")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.optional_total = QLabel(self)
        for label in (self.subtotal, self.discount, self.tax, self.total, self.optional_total):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        totals.addRow(self.tr("Subtotal"), self.subtotal)
        totals.addRow(self.tr("Discounts"), self.discount)
        totals.addRow(self.tr("Taxes"), self.tax)
        totals.addRow(self.tr("Total"), self.total)
        totals.addRow(self.tr("Optional lines (not in the total)"), self.optional_total)
        bottom.addLayout(totals, 1)

        self.budget = QFrame(self)
        self.budget.setObjectName("budgetFit")
        self.budget.setFrameShape(QFrame.Shape.StyledPanel)
        budget_layout = QVBoxLayout(self.budget)
        self.budget_text = QLabel(self.budget)
        self.budget_text.setObjectName("budgetText")
        self.budget_text.setWordWrap(True)
        budget_layout.addWidget(self.budget_text)
        responses = QHBoxLayout()
        self.reduce_scope = QPushButton(self.tr("Reduce scope: mark optional lines"), self.budget)
        self.reduce_scope.setObjectName("reduceScope")
        self.phase_it = QPushButton(self.tr("Phase it"), self.budget)
        self.phase_it.setObjectName("phaseIt")
        self.justify = QPushButton(self.tr("Justify with ROI"), self.budget)
        self.justify.setObjectName("justifyRoi")
        for button in (self.reduce_scope, self.phase_it, self.justify):
            responses.addWidget(button)
        budget_layout.addLayout(responses)
        bottom.addWidget(self.budget, 2)
        layout.addLayout(bottom)

        self.model.sig_rows_changed.connect(self.sig_changed)
        self.add_free.clicked.connect(self._add_free)
        self.add_product.clicked.connect(self._add_product)
        self.remove.clicked.connect(self._remove)
        self.reduce_scope.clicked.connect(self._reduce_scope)
        self.phase_it.clicked.connect(self.sig_phase_it)
        self.justify.clicked.connect(self.sig_justify)

    def _amount(self, line: LineDraft) -> str:
        return format_money(line.priced().amounts(self.currency).total, self.currency)

    # --- showing --------------------------------------------------------------------------
    def show_lines(
        self,
        lines: tuple[LineDraft, ...],
        currency: str,
        read_only: bool,
        products: list[ProductRow],
        flagged: set[int],
    ) -> None:
        self.currency = currency
        self.model.set_rows(lines, currency, read_only)
        self.model.set_flagged(flagged)
        self.products = [p for p in products if p.draft.currency == currency]
        self.product_model.set_choices(
            [
                (p.id, f"{p.draft.name} · {format_money(p.draft.unit_price, currency)}")
                for p in self.products
            ]
        )
        for widget in (self.product, self.add_product, self.add_free, self.remove):
            widget.setEnabled(not read_only)
        self.add_product.setEnabled(not read_only and bool(self.products))
        for button in (self.reduce_scope, self.phase_it, self.justify):
            button.setEnabled(not read_only)

    def show_totals(self, totals: ProposalTotals, fit: BudgetFit | None) -> None:
        money = self.currency
        self.subtotal.setText(format_money(totals.subtotal, money))
        sign = "−" if totals.discount else ""
        self.discount.setText(sign + format_money(totals.discount, money))
        self.tax.setText(format_money(totals.tax, money))
        self.total.setText(format_money(totals.total, money))
        self.optional_total.setText(format_money(totals.optional_total, money))
        if fit is None or fit.planned is None:
            self.budget_text.setText(
                self.tr("No budget is recorded for this client in {period}.").format(
                    period=fit.period_label if fit else ""
                )
            )
            self.budget.setStyleSheet("")
            self._responses(False)
            return
        if not fit.comparable:
            self.budget_text.setText(
                self.tr(
                    "The client's budget for {period} is in {budget}; this proposal is in "
                    "{proposal}, so the two are not compared."
                ).format(
                    period=fit.period_label,
                    budget=fit.budget_currency,
                    proposal=fit.proposal_currency,
                )
            )
            self.budget.setStyleSheet("")
            self._responses(False)
            return
        available = fit.available if fit.available is not None else Decimal(0)
        if fit.fits:
            self.budget_text.setText(
                self.tr(
                    "Fits the client's budget for {period}: {available} still available of "
                    "{planned} planned."
                ).format(
                    period=fit.period_label,
                    available=format_money(available, money),
                    planned=format_money(fit.planned, money),
                )
            )
            self.budget.setStyleSheet("#budgetFit { background: #ecfdf5; }")
            self._responses(False)
            return
        self.budget_text.setText(
            self.tr(
                "<b>Over budget by {excess}.</b> The client has {available} left of {planned} "
                "planned for {period}. Reduce the scope, phase the work over later periods, or "
                "justify the price with the ROI analysis."
            ).format(
                excess=format_money(fit.excess, money),
                available=format_money(available, money),
                planned=format_money(fit.planned, money),
                period=fit.period_label,
            )
        )
        self.budget.setStyleSheet("#budgetFit { background: #fef2f2; border: 1px solid #b91c1c; }")
        self._responses(True)

    def _responses(self, visible: bool) -> None:
        for button in (self.reduce_scope, self.phase_it, self.justify):
            button.setVisible(visible)

    # --- editing --------------------------------------------------------------------------
    def _add_free(self) -> None:
        line = LineDraft(self.tr("New line"), Decimal(1), Decimal(0))
        self.sig_changed.emit((*self.model.rows, line))
        self.table.setCurrentIndex(self.model.index(len(self.model.rows) - 1, 0))

    def _add_product(self) -> None:
        row = self.product.currentIndex()
        if not 0 <= row < len(self.products):
            return
        product = self.products[row]
        line = LineDraft(
            product.draft.name,
            Decimal(1),
            product.draft.unit_price,
            product.draft.unit,
            Decimal(0),
            product.draft.tax_rate,
            False,
            product.id,
        )
        self.sig_changed.emit((*self.model.rows, line))

    def _remove(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        if rows:
            self.sig_changed.emit(
                tuple(line for i, line in enumerate(self.model.rows) if i not in rows)
            )

    def _reduce_scope(self) -> None:
        """Mark the selected lines optional: offered, but out of the committed total."""
        from dataclasses import replace

        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            self.table.setFocus()
            self.budget_text.setText(
                self.budget_text.text()
                + "<br>"
                + self.tr("Select the lines the client can do without, then press again.")
            )
            return
        self.sig_changed.emit(
            tuple(
                replace(line, optional=True) if i in rows else line
                for i, line in enumerate(self.model.rows)
            )
        )
