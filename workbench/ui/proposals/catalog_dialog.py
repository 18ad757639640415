"""Our product and service catalog: add, change and retire what proposals quote."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.validation import QT_TRANSLATE_NOOP, Problem, ValidationError
from workbench.services.catalog import (
    ProductDraft,
    ProductRow,
    list_products,
    save_product,
    set_retired,
)
from workbench.ui.common.form import parse_decimal
from workbench.ui.common.formatting import decimal_places, format_decimal, format_money
from workbench.ui.common.problems import ProblemDisplay, save_cancel, with_error
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations


class ProductForm(QDialog):
    """One product's fields; Save checks them with the service and keeps the dialog open."""

    def __init__(self, draft: ProductDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productForm")
        self.setWindowTitle(self.tr("Product"))
        self.result_draft: ProductDraft | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.problems = ProblemDisplay(self)
        self.fields: dict[str, QLineEdit] = {}
        for name, label, value in (
            ("code", self.tr("Code *"), draft.code),
            ("name", self.tr("Name *"), draft.name),
            ("unit", self.tr("Unit"), draft.unit),
            (
                "unit_price",
                self.tr("Unit price *"),
                format_decimal(draft.unit_price, decimal_places(draft.unit_price)),
            ),
            ("currency", self.tr("Currency *"), draft.currency),
            (
                "tax_rate",
                self.tr("Tax %"),
                format_decimal(draft.tax_rate, decimal_places(draft.tax_rate)),
            ),
            ("description", self.tr("Description"), draft.description),
        ):
            edit = QLineEdit(value, self)
            edit.setObjectName(f"product_{name}")
            holder, error = with_error(self, edit, name)
            self.problems.labels[name] = error
            form.addRow(label, holder)
            self.fields[name] = edit
        layout.addLayout(form)
        layout.addWidget(self.problems.general)
        layout.addWidget(save_cancel(self, self.try_accept))
        #: Called with the typed draft; raises ValidationError to keep the form open.
        self.save: Callable[[ProductDraft], None] | None = None

    def draft(self) -> ProductDraft:
        problems: list[Problem] = []
        numbers: dict[str, Decimal] = {}
        for name in ("unit_price", "tax_rate"):
            try:
                numbers[name] = parse_decimal(self.fields[name].text() or "0")
            except ValueError:
                problems.append(Problem(name, QT_TRANSLATE_NOOP("validation", "Not a number.")))
        if problems:
            raise ValidationError(problems)
        text = {name: edit.text() for name, edit in self.fields.items()}
        return ProductDraft(
            text["code"],
            text["name"],
            numbers["unit_price"],
            text["currency"].strip().upper(),
            text["unit"],
            numbers["tax_rate"],
            text["description"],
        )

    def try_accept(self) -> None:
        try:
            draft = self.draft()
            if self.save is not None:
                self.save(draft)
        except ValidationError as error:
            self.problems.show(error.problems)
            return
        self.result_draft = draft
        self.accept()


class CatalogDialog(QDialog):
    def __init__(self, context: AppContext, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogDialog")
        self.setWindowTitle(self.tr("Product and service catalog"))
        self.resize(640, 420)
        self.context = context
        self.currency = currency
        self.rows: list[ProductRow] = []
        self.form: ProductForm | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("catalogList")
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("Add…"), self)
        self.add.setObjectName("catalogAdd")
        self.edit = QPushButton(self.tr("Change…"), self)
        self.edit.setObjectName("catalogEdit")
        self.retire = QPushButton(self.tr("Retire / bring back"), self)
        self.retire.setObjectName("catalogRetire")
        for button in (self.add, self.edit, self.retire):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.retire.clicked.connect(self._retire)
        self.reload()

    def reload(self) -> None:
        Operations(self.context).query(
            partial(list_products, include_retired=True), on_done=self._show_rows
        )

    def _show_rows(self, rows: list[ProductRow]) -> None:
        self.rows = rows
        self.list.clear()
        for row in self.rows:
            draft = row.draft
            price = format_money(draft.unit_price, draft.currency)
            text = f"{draft.code} · {draft.name} · {price} / {draft.unit}"
            if row.retired:
                text += " · " + self.tr("retired")
            QListWidgetItem(text, self.list)

    def _open_form(self, draft: ProductDraft, product_id: int | None) -> None:
        def save(changed: ProductDraft) -> None:
            # Now, not in the background: the form stays open on a refusal.
            Operations(self.context).change_now(
                partial(save_product, draft=changed, product_id=product_id)
            )
            self.reload()

        form = ProductForm(draft, self)
        form.save = save
        self.form = form
        form.open()

    def _add(self) -> None:
        self._open_form(ProductDraft("", "", Decimal(0), self.currency), None)

    def _current(self) -> ProductRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _edit(self) -> None:
        current = self._current()
        if current is not None:
            self._open_form(current.draft, current.id)

    def _retire(self) -> None:
        current = self._current()
        if current is None:
            return
        Operations(self.context).change(
            partial(set_retired, product_id=current.id, retired=not current.retired),
            on_done=lambda _result: self.reload(),
        )
