"""The three steps of File → Import data…: the file, its columns, the preview.

Pages only show and collect; :class:`~workbench.ui.data_import.dialog.ImportDialog`
reads, plans and writes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.countries import currency_of
from workbench.io.delimited import DelimitedTable
from workbench.io.xlsx_table import XLSX
from workbench.services.import_fields import FIELDS, KINDS
from workbench.services.import_plan import DUPLICATE_ACTIONS, Action, ImportOptions, ImportPlan
from workbench.ui.common.choices import ChoiceModel, searchable_choice
from workbench.ui.common.problems import error_label
from workbench.ui.data_import.labels import (
    DELIMITERS,
    ENCODINGS,
    delimiter_name,
    encoding_name,
    kind_title,
    line_ending_name,
)
from workbench.ui.data_import.models import (
    ChoiceDelegate,
    FileRowsModel,
    MappingModel,
    PreviewModel,
    is_choosable,
)

DEFAULT_COUNTRY = "ES"
#: Fields read as numbers, dates and the like: short values, narrow preview columns.
_NARROW = frozenset(
    {"decimal", "int", "date", "datetime", "bool", "quarter", "country", "currency"}
)


def _table_view(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
    rows.hide()
    return view


def country_choices() -> list[tuple[str, str]]:
    """Every country with a currency, as "Spain (ES)", by name."""
    found: dict[str, str] = {}
    for country in QLocale.Country:
        code = QLocale.territoryToCode(country)
        if len(code) == 2 and code not in found and currency_of(code):
            found[code] = f"{QLocale.territoryToString(country)} ({code})"
    return sorted(found.items(), key=lambda item: item[1])


def default_country() -> str:
    """The system's country, if it is one, else Spain."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if len(code) == 2 and currency_of(code) else DEFAULT_COUNTRY


class ImportFilePage(QWidget):
    """Step 1: what was read and how, with the encoding and delimiter to override, and the
    kind of record the file holds."""

    sig_read_options_changed = Signal()
    """The user chose another encoding or delimiter: the file is read again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importFile")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("importFileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose another file…"), self)
        self.choose_button.setObjectName("importChooseFile")
        self.choose_button.setAutoDefault(False)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(self.tr("Detect"), None)
        for codec, name in ENCODINGS:
            self.encoding.addItem(name, codec)
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("importDelimiter")
        self.delimiter.addItem(self.tr("Detect"), None)
        for key, name in DELIMITERS:
            self.delimiter.addItem(QCoreApplication.translate("DataImport", name), key)
        for combo in (self.encoding, self.delimiter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _row: self.sig_read_options_changed.emit())
        self.detected = QLabel(self)
        self.detected.setObjectName("importDetected")
        self.layout_label = QLabel(self)
        self.layout_label.setObjectName("importLayout")
        self.layout_label.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        for kind in KINDS:
            self.kind.addItem(kind_title(kind), kind)
        self.problem = error_label(self, "read")
        self.problem.setObjectName("importReadProblem")
        self.rows_model = FileRowsModel(self)
        self.rows = _table_view(self, "importFileRows")
        self.rows.setModel(self.rows_model)
        self.rows.horizontalHeader().setDefaultSectionSize(150)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        read_row = QHBoxLayout()
        read_row.addWidget(self.encoding)
        read_row.addSpacing(16)
        read_row.addWidget(QLabel(self.tr("Delimiter"), self))
        read_row.addWidget(self.delimiter)
        read_row.addStretch(1)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Encoding"), read_row)
        form.addRow(self.tr("Read"), self.detected)
        form.addRow(self.tr("Layout"), self.layout_label)
        form.addRow(self.tr("Records"), kind_row)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(QLabel(self.tr("The first rows, as read:"), self))
        column.addWidget(self.rows, 1)

    def read_options(self) -> tuple[str | None, str | None]:
        return self.encoding.currentData(), self.delimiter.currentData()

    def show_table(self, path_text: str, table: DelimitedTable | None, layout: str) -> None:
        """What was read from the file (``None``: nothing could be)."""
        self.file_label.setText(path_text)
        self.rows_model.load(table)
        workbook = table is not None and table.encoding == XLSX
        for combo in (self.encoding, self.delimiter):
            combo.setEnabled(not workbook)
        if table is None:
            self.detected.setText("")
            self.layout_label.setText("")
            return
        self.problem.hide()
        if not workbook:
            self.encoding.setItemText(
                0, self.tr("Detect ({found})").format(found=encoding_name(table.encoding))
            )
            self.delimiter.setItemText(
                0, self.tr("Detect ({found})").format(found=delimiter_name(table.delimiter))
            )
        size = self.tr("{rows} rows × {columns} columns").format(
            rows=len(table.rows), columns=len(table.headers)
        )
        if workbook:
            text = self.tr("Excel workbook, {size}").format(size=size)
        else:
            text = self.tr("{encoding}, {delimiter}, line endings {ending}; {size}").format(
                encoding=encoding_name(table.encoding),
                delimiter=delimiter_name(table.delimiter).lower(),
                ending=line_ending_name(table.line_ending),
                size=size,
            )
        if table.ragged:
            text += "\n" + self.tr(
                "{count} rows have more or fewer fields than the header; the preview shows which."
            ).format(count=len(table.ragged))
        self.detected.setText(text)
        self.show_layout(layout)

    def show_layout(self, layout: str, remembered: bool = False, guessed: bool = False) -> None:
        """The layout recognised, if any; *guessed* when the columns are named like fields."""
        if remembered and layout:
            text = self.tr("Recognised: {layout}; the columns as you chose them last time")
        elif remembered:
            text = self.tr(
                "Not recognised; the columns as you chose them for this layout last time"
            )
        elif layout:
            text = self.tr("Recognised: {layout}")
        elif guessed:
            text = self.tr(
                "Not a known export, but its columns are named like fields: "
                "check them on the next page"
            )
        else:
            text = self.tr("Not recognised — choose what each column holds on the next page")
        self.layout_label.setText(text.format(layout=layout))

    def show_problem(self, path_text: str, text: str) -> None:
        self.show_table(path_text, None, "")
        self.problem.setText(text)
        self.problem.show()

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def choose_kind(self, kind: str) -> None:
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.blockSignals(False)


class ImportMappingPage(QWidget):
    """Step 2: the field each column fills, and what to do with what the file lacks."""

    sig_changed = Signal()
    """The mapping or an option changed: the problems are checked again."""

    def __init__(self, accounts: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMapping")
        intro = QLabel(
            self.tr(
                "Choose the field each column of the file fills. "
                "Columns left on “— ignore —” are not imported."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = MappingModel(self)
        self.table = _table_view(self, "importMappingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MappingModel.FIELD, ChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MappingModel.HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingModel.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MappingModel.HEADER, 260)
        header.resizeSection(MappingModel.FIELD, 260)
        self.model.modelReset.connect(self._open_editors)
        self.model.dataChanged.connect(lambda *_args: self.sig_changed.emit())

        no_account: list[tuple[Any, str]] = [(None, self.tr("— none: the file says —"))]
        self.account = searchable_choice(self, "importAccountForAll", no_account + accounts, None)
        self.account.currentIndexChanged.connect(lambda _row: self.sig_changed.emit())
        self.create_accounts = QCheckBox(self.tr("Create accounts that don't exist yet"), self)
        self.create_accounts.setObjectName("importCreateAccounts")
        self.create_accounts.toggled.connect(lambda _on: self._enable_options())
        self.country = searchable_choice(
            self, "importCountry", country_choices(), default_country()
        )
        self.on_duplicate = QComboBox(self)
        self.on_duplicate.setObjectName("importOnDuplicate")
        for action, text in zip(
            DUPLICATE_ACTIONS,
            (
                self.tr("Update the stored record"),
                self.tr("Skip the row"),
                self.tr("Create another record"),
            ),
            strict=True,
        ):
            self.on_duplicate.addItem(text, action.value)
        self.problem = error_label(self, "mapping")
        self.problem.setObjectName("importMappingProblem")

        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("When a record probably exists already"), self.on_duplicate)
        left.addRow(self.tr("Country when the file has none"), self.country)
        self.account_label = QLabel(self.tr("Account for every row"), self)
        right.addRow(self.account_label, self.account)
        right.addRow("", self.create_accounts)
        options = QGridLayout()
        options.addLayout(left, 0, 0)
        options.addLayout(right, 0, 1)
        options.setColumnStretch(0, 1)
        options.setColumnStretch(1, 1)
        options.setHorizontalSpacing(24)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addLayout(options)
        column.addWidget(self.problem)
        self.kind = "accounts"
        self.has_account = False

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, MappingModel.FIELD))

    def set_accounts(self, accounts: list[tuple[int, str]]) -> None:
        model = self.account.model()
        if isinstance(model, ChoiceModel):
            model.set_choices([(None, self.tr("— none: the file says —")), *accounts])
            self.account.setCurrentIndex(0)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._enable_options()

    def _enable_options(self) -> None:
        has_account = any(field.key == "account" for field in FIELDS[self.kind])
        self.has_account = has_account
        for widget in (self.account, self.account_label, self.create_accounts):
            widget.setEnabled(has_account)
            widget.setVisible(has_account)
        self.country.setEnabled(self.kind == "accounts" or self.create_accounts.isChecked())
        self.sig_changed.emit()

    def account_for_all(self) -> int | None:
        chosen = self.account.currentData() if self.has_account else None
        return None if chosen is None else int(chosen)

    def options(self) -> ImportOptions:
        country = self.country.currentData() or DEFAULT_COUNTRY
        return ImportOptions(
            on_duplicate=Action(self.on_duplicate.currentData()),
            country=str(country),
            account_for_all=self.account_for_all(),
            create_missing_accounts=(self.has_account and self.create_accounts.isChecked()),
        )

    def problems(self) -> list[str]:
        """Why the mapping cannot be used yet, if it cannot."""
        found = []
        for key, headers in self.model.duplicated().items():
            found.append(
                self.tr(
                    "“{field}” is filled by more than one column ({columns}): keep one."
                ).format(field=self.model.label_of(key), columns=", ".join(headers))
            )
        if self._updates_by_id():
            return found
        for key in self._missing_required():
            if key == "account":
                found.append(
                    self.tr(
                        "Choose the column that says each row's account, "
                        "or an account for every row."
                    )
                )
            else:
                found.append(
                    self.tr("Choose the column that holds “{field}”: every row needs it.").format(
                        field=self.model.label_of(key)
                    )
                )
        return found

    def hints(self) -> list[str]:
        """What the mapping leaves out without stopping the import: with ids mapped, rows
        naming stored records only update them, and need nothing else."""
        missing = self._missing_required() if self._updates_by_id() else []
        if not missing:
            return []
        return [
            self.tr(
                "No column for {fields}: only rows whose id is already stored can be imported "
                "(they are updated); the preview refuses the others."
            ).format(fields=", ".join(self.model.label_of(key) for key in missing))
        ]

    def _updates_by_id(self) -> bool:
        return "external_id" in self.model.mapping().values()

    def _missing_required(self) -> list[str]:
        mapped = set(self.model.mapping().values())
        missing = []
        for field in FIELDS[self.kind]:
            if not field.required or field.key in mapped:
                continue
            if field.key == "account" and self.account_for_all() is not None:
                continue
            missing.append(field.key)
        return missing

    def show_problems(self, problems: list[str]) -> None:
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))


class ImportPreviewPage(QWidget):
    """Step 3: what each row will become, and the problems of those that cannot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("importHint")
        self.hint.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"), self)
        self.only_problems.setObjectName("importOnlyProblems")
        self.only_problems.setToolTip(
            self.tr("Rows that are refused, changed on the way in or probably already stored")
        )
        self.model = PreviewModel(self)
        self.table = _table_view(self, "importPreviewTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PreviewModel.ACTION, ChoiceDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.model.modelReset.connect(self._size_columns)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.report_button = QPushButton(self.tr("Save problem report…"), self)
        self.report_button.setObjectName("importSaveReport")
        self.report_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.only_problems)
        top.addWidget(self.report_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.hint)
        column.addWidget(self.table, 1)

    def _size_columns(self) -> None:
        """Fixed widths: measuring the contents of 100,000 rows would freeze the window."""
        if self.model.plan is None:
            return
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        header.resizeSection(PreviewModel.ROW, metrics.horizontalAdvance("0000000") + 12)
        header.resizeSection(PreviewModel.ACTION, metrics.horizontalAdvance("W" * 9) + 16)
        narrow = metrics.horizontalAdvance("0000-00-00 00:00") + 16
        for column, field in enumerate(self.model.value_fields(), start=PreviewModel.ACTION + 1):
            header.resizeSection(column, narrow if field.reads in _NARROW else 180)
        header.setStretchLastSection(True)

    def show_plan(self, plan: ImportPlan) -> None:
        created, merged = plan.count(Action.CREATE), plan.count(Action.MERGE)
        skipped, refused = plan.count(Action.SKIP), plan.count(Action.REFUSE)
        self.counts.setText(
            self.tr("{new} new, {update} to update, {skip} skipped, {refused} refused").format(
                new=created, update=merged, skip=skipped, refused=refused
            )
        )
        choices = sum(1 for row in plan.rows if is_choosable(row))
        hints = []
        if choices:
            hints.append(
                self.tr(
                    "{count} rows are probably already stored (highlighted): double-click "
                    "“What happens” to choose Update, Skip or Create for each."
                ).format(count=choices)
            )
        if refused:
            hints.append(
                self.tr(
                    "Refused rows are not imported; the problem report lists why, "
                    "to fix the file and import it again."
                )
            )
        self.hint.setText(" ".join(hints))
        self.hint.setVisible(bool(hints))
        self.report_button.setEnabled(bool(plan.problem_rows()))
