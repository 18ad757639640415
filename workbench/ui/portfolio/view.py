"""The Portfolio view: filters over the accounts table, and the selected account's detail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.io.table_export import Cell, write_csv, write_xlsx
from workbench.services import accounts as account_service
from workbench.services.account_records import FieldKind, colleague_choices
from workbench.services.changes import ChangeSet
from workbench.services.colleagues import owner_entries
from workbench.services.overview import my_colleague_id
from workbench.services.portfolio import (
    PORTFOLIO_TABLES,
    PortfolioQuery,
    PortfolioRow,
    add_figures,
    filter_rows,
    load_portfolio,
    merge_full_load,
    sort_rows,
)
from workbench.services.progress import Progress
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.failures import failure_text
from workbench.ui.common.form import RecordForm
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations
from workbench.ui.portfolio.detail import AccountDetail
from workbench.ui.portfolio.edits import PortfolioEdits
from workbench.ui.portfolio.filter_bar import FilterBar
from workbench.ui.portfolio.table_model import COLUMNS, WHO_COLUMNS, PortfolioTableModel

if TYPE_CHECKING:  # the services' argument; the window never makes one itself
    from workbench.ui.operations import Session

from workbench.ui.preferences import SETTINGS_HEADER, SETTINGS_SPLITTER

DEFAULT_WIDTHS = {
    "name": 240,
    "sector": 110,
    "tier": 80,
    "status": 80,
    "owner": 130,
    "country": 60,
    "currency": 65,
    "annual_revenue": 130,
    "growth": 95,
    "nps": 80,
    "health": 150,
    "next_meeting": 130,
    "next_renewal": 95,
    "open_incidents": 90,
}


def _load(
    now: datetime, session: Session, progress: Progress
) -> tuple[int | None, list[PortfolioRow]]:
    """Who "me" is, and who the accounts are (their figures come next)."""
    me = my_colleague_id(session)
    rows = load_portfolio(session, now=now, progress=progress, with_figures=False)
    # In the table's first order already: sorting them again on the UI thread is one pass.
    return me, sort_rows(rows, "name")


def _add_figures(
    now: datetime, rows: Sequence[PortfolioRow], session: Session, progress: Progress
) -> list[PortfolioRow]:
    return add_figures(session, rows, now=now, progress=progress)


def export_cell(row: PortfolioRow, key: str) -> Cell:
    """A typed value for spreadsheets: numbers as numbers, dates as dates."""
    values: dict[str, Cell] = {
        "name": row.name,
        "sector": enum_label(row.sector),
        "tier": enum_label(row.tier),
        "status": enum_label(row.status),
        "owner": row.owner,
        "country": row.country,
        "currency": row.currency,
        "annual_revenue": row.annual_revenue,
        "growth": None if row.growth is None else round(row.growth * 100, 1),
        "nps": None if row.nps is None else row.nps.rounded,
        "health": row.health.score,
        "next_meeting": row.next_meeting.astimezone() if row.next_meeting else None,
        "next_renewal": row.next_renewal,
        "open_incidents": row.open_incidents,
    }
    return values[key]


class PortfolioView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = Operations(context)
        self.edits = PortfolioEdits(context)
        self.all_rows: list[PortfolioRow] = []
        self.loading = False
        #: Counts full reloads, so the next meetings of an older load are not applied.
        self._generation = 0

        self.filters = FilterBar(context.settings, self)
        self.count = QLabel(self)
        self.count.setObjectName("portfolioCount")
        self.new_button = QPushButton(self.tr("New account…"), self)
        self.new_button.setObjectName("newAccountButton")
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("exportButton")
        export_menu = QMenu(self.export_button)
        self.export_csv = export_menu.addAction(self.tr("Visible rows to CSV…"))
        self.export_xlsx = export_menu.addAction(self.tr("Visible rows to Excel…"))
        self.export_button.setMenu(export_menu)

        self.model = PortfolioTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("portfolioTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measured row by row
        vertical.setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for index, column in enumerate(COLUMNS):
            header.resizeSection(index, DEFAULT_WIDTHS[column.key])
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

        self.detail = AccountDetail(context, self.edits, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("portfolioSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        actions = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.export_button)
        actions.addLayout(buttons)
        actions.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addSpacing(12)
        top.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._restore_layout()
        self.filters.sig_query_changed.connect(self.apply_query)
        self.filters.sig_save_view.connect(self.save_view)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionMoved.connect(self._save_layout)
        header.sectionResized.connect(self._save_layout)
        self.splitter.splitterMoved.connect(self._save_layout)
        self.new_button.clicked.connect(self.new_account)
        self.export_csv.triggered.connect(partial(self.export, "csv"))
        self.export_xlsx.triggered.connect(partial(self.export, "xlsx"))
        self.detail.sig_edit_account.connect(self.edit_account)
        self.detail.sig_archive_account.connect(self.toggle_archive)
        self.detail.sig_reassign_account.connect(self.reassign_account)
        self.detail.sig_delete_account.connect(self.delete_account)
        context.events.sig_data_changed.connect(self.on_data_changed)
        self._selected_id: int | None = None

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        if self.context.workspace.store is None:
            self.show_rows([])
            return
        self.loading = True  # until the rows are shown (inline, with a synchronous runner)
        self.count.setText(self.tr("Loading…"))
        self._generation += 1
        now = datetime.now(UTC)
        self.operations.long_query(
            partial(_load, now),
            on_done=partial(self._rows_loaded, self._generation, now),
            on_failed=self._load_failed,
        )

    def _rows_loaded(
        self, generation: int, now: datetime, loaded: tuple[int | None, list[PortfolioRow]]
    ) -> None:
        """Show who the accounts are at once, then load their figures in the background."""
        if generation != self._generation:
            return  # a newer reload is on its way
        me, rows = loaded
        self.filters.set_me(me)
        self.show_rows(rows)
        self.operations.long_query(
            partial(_add_figures, now, self.all_rows),
            on_done=partial(self._figures_loaded, generation, self.all_rows),
            on_failed=self._load_failed,
        )

    def _figures_loaded(
        self, generation: int, before: Sequence[PortfolioRow], loaded: Sequence[PortfolioRow]
    ) -> None:
        if generation != self._generation:
            return
        self.all_rows = merge_full_load(self.all_rows, loaded, before)
        shown = self.detail.row
        if shown is not None and not shown.figures_known:
            self.detail.update_row(next((r for r in self.all_rows if r.id == shown.id), shown))
        header = self.table.horizontalHeader()
        order = COLUMNS[max(header.sortIndicatorSection(), 0)].key
        query = self.filters.query()
        if order in WHO_COLUMNS and not query.bands:
            # Neither the order nor which rows match changes: repaint the cells only.
            self.model.refresh_rows({row.id: row for row in self.all_rows})
            total = sum(1 for r in self.all_rows if r.archived == query.archived)
            self.count.setText(
                self.tr("{shown} of {total} accounts").format(
                    shown=self.model.rowCount(), total=total
                )
            )
        else:
            self.apply_query(query)

    def show_rows(self, rows: Sequence[PortfolioRow]) -> None:
        self.loading = False
        self.all_rows = list(rows)
        self.filters.set_countries(sorted({r.country for r in rows}))
        owners = {r.owner_id: r.owner for r in rows if r.owner_id is not None and r.owner}
        entries = self.operations.read_now(lambda session: owner_entries(session, owners))
        self.filters.set_owners(entries or [])
        self.apply_query(self.filters.query())

    def _load_failed(self, error: Exception) -> None:
        self.loading = False
        self.count.setText("")
        self.context.dialogs.error(
            self.tr("Portfolio"),
            self.tr("The accounts could not be loaded.\n\n{error}").format(
                error=failure_text(error)
            ),
        )

    def on_data_changed(self, changes: ChangeSet) -> None:
        if self.context.workspace.store is None or not changes.touches(*PORTFOLIO_TABLES):
            return
        if changes.everything or not changes.account_ids:
            self.reload()
            return
        only = changes.account_ids
        self.operations.query(
            lambda session: load_portfolio(session, only=only),
            on_done=partial(self._accounts_reloaded, self._generation, only),
        )

    def _accounts_reloaded(
        self, generation: int, changed: frozenset[int], rows: Sequence[PortfolioRow]
    ) -> None:
        """The rows of the accounts a change named, read again: put them in place."""
        if generation != self._generation:
            return  # a full reload since reads them all
        fresh = {row.id: row for row in rows}
        kept = [
            fresh.pop(row.id, row)
            for row in self.all_rows
            if row.id in fresh or row.id not in changed
        ]
        self.all_rows = kept + list(fresh.values())
        self.apply_query(self.filters.query())
        if self.detail.row is not None and self.detail.row.id in changed:
            current = next((r for r in self.all_rows if r.id == self.detail.row.id), None)
            self.detail.show_account(current)

    # --- filtering and sorting ------------------------------------------------------------
    def apply_query(self, query: PortfolioQuery) -> None:
        rows = filter_rows(self.all_rows, query)
        header = self.table.horizontalHeader()
        key = (
            COLUMNS[header.sortIndicatorSection()].key
            if header.sortIndicatorSection() >= 0
            else "name"
        )
        rows = sort_rows(rows, key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        self.model.set_rows(rows)
        total = sum(1 for r in self.all_rows if r.archived == query.archived)
        count = self.tr("{shown} of {total} accounts").format(shown=len(rows), total=total)
        if any(not r.figures_known for r in self.all_rows):
            count += " · " + self.tr("figures loading…")
        self.count.setText(count)

    # --- selection ------------------------------------------------------------------------
    def _remember_selection(self) -> None:
        self._selected_id = self.selected_id()

    def _restore_selection(self) -> None:
        row = None if self._selected_id is None else self.model.row_of(self._selected_id)
        if row is None:
            self.detail.show_account(None)
            return
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_account(self, account_id: int) -> bool:
        row = self.model.row_of(account_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def reveal_account(self, account_id: int) -> bool:
        """Select the account, clearing the filters (or showing the archive) if they hide it."""
        if self.select_account(account_id):
            return True
        row = next((r for r in self.all_rows if r.id == account_id), None)
        if row is None:
            return False
        self.filters.show_all(archived=row.archived)
        found = self.select_account(account_id)
        if found:
            self.table.scrollTo(self.model.index(self.model.row_of(account_id) or 0, 0))
        return found

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        current = self.model.row_at(rows[0].row()) if rows else None
        if current is None or self.detail.row is None or current != self.detail.row:
            self.detail.show_account(current)

    # --- columns --------------------------------------------------------------------------
    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for index in range(len(COLUMNS)):
            action = QAction(str(self.model.headerData(index, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setEnabled(index != 0)  # the account name always stays
            action.setData(index)
            action.toggled.connect(partial(self.set_column_visible, index))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(position))

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(index, not visible)
        self._save_layout()

    def visible_columns(self) -> list[int]:
        header = self.table.horizontalHeader()
        ordered = sorted(range(len(COLUMNS)), key=header.visualIndex)
        return [index for index in ordered if not header.isSectionHidden(index)]

    def _save_layout(self, *_args: Any) -> None:
        self.context.settings.setValue(SETTINGS_HEADER, self.table.horizontalHeader().saveState())
        self.context.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())

    def _restore_layout(self) -> None:
        header_state = self.context.settings.value(SETTINGS_HEADER)
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            self.table.horizontalHeader().restoreState(header_state)
        splitter_state = self.context.settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
            self.splitter.restoreState(splitter_state)
        else:
            self.splitter.setSizes([330, 370])

    # --- export ---------------------------------------------------------------------------
    def export(self, file_format: str) -> Path | None:
        suffix = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}[file_format]
        target = self.context.dialogs.choose_save_file(
            self.tr("Export accounts"),
            Path.home() / f"accounts-{date.today().isoformat()}.{file_format}",
            suffix,
        )
        if target is None:
            return None
        if target.suffix.lower() != f".{file_format}":
            target = target.with_suffix(f".{file_format}")
        columns = self.visible_columns()
        headers = [str(self.model.headerData(i, Qt.Orientation.Horizontal)) for i in columns]
        rows = ([export_cell(row, COLUMNS[i].key) for i in columns] for row in self.model.rows())
        writer = write_csv if file_format == "csv" else write_xlsx
        try:
            count = writer(target, headers, rows)
        except OSError as error:
            self.context.dialogs.error(self.tr("Export failed"), str(error))
            return None
        self.context.dialogs.inform(
            self.tr("Export finished"),
            self.tr("{count} accounts written to {path}.").format(count=count, path=target),
        )
        return target

    # --- account actions ------------------------------------------------------------------
    def save_view(self) -> None:
        name = self.context.dialogs.ask_text(self.tr("Save view"), self.tr("Name of this view:"))
        if name:
            self.filters.save_view(name)

    def _references(self) -> dict[FieldKind, list[tuple[Any, str]]]:
        found = self.operations.read_now(
            lambda session: {
                FieldKind.ACCOUNT: account_service.account_choices(session),
                FieldKind.COLLEAGUE: colleague_choices(session),
            }
        )
        return found or {}

    def _open_account_form(self, title: str, values: dict[str, Any], save: Any) -> RecordForm:
        form = RecordForm(
            title, account_service.ACCOUNT_FIELDS, values, save, self._references(), self
        )
        form.open()
        return form

    def new_account(self) -> RecordForm | None:
        if self.context.workspace.store is None:
            return None
        defaults = {"country": "ES", "time_zone": "Europe/Madrid", "currency": "EUR"}

        def save(values: dict[str, Any]) -> None:
            account_id = self.edits.create_account(account_service.draft_from_values(values))
            self.select_account(account_id)

        return self._open_account_form(self.tr("New account"), defaults, save)

    def edit_account(self, account_id: int) -> RecordForm | None:
        # The form opens with the stored values: a small read, made now.
        draft = self.operations.read_now(
            lambda session: account_service.account_draft(session, account_id)
        )
        if draft is None:
            return None
        values = vars(draft).copy()
        opened = [draft]  # what the form stands on: the account as stored when it opened

        def save(new: dict[str, Any]) -> None:
            try:
                self.edits.update_account(
                    account_id, account_service.draft_from_values(new), since=opened[0]
                )
            except account_service.ChangedMeanwhile as changed:
                # Said in the form; saving again keeps the user's values, knowingly.
                opened[0] = changed.current
                raise

        return self._open_account_form(self.tr("Edit account"), values, save)

    def reassign_account(self, account_id: int) -> None:
        """Choose the colleague who takes the account over, with its open work."""
        row = next((r for r in self.all_rows if r.id == account_id), None)
        colleagues = self.operations.read_now(colleague_choices)
        if row is None or colleagues is None:
            return
        others = [(cid, name) for cid, name in colleagues if cid != row.owner_id]
        if not others:
            self.context.dialogs.inform(
                self.tr("Reassign {name}").format(name=row.name),
                self.tr("There is no other colleague to hand it to: add one first."),
            )
            return
        chosen = self.context.dialogs.choose_item(
            self.tr("Reassign {name}").format(name=row.name),
            self.tr("Who takes {name} over? Its owner's open action items go with it.").format(
                name=row.name
            ),
            [name for _cid, name in others],
        )
        if chosen is not None:
            owner_id, owner = others[chosen]
            self.edits.reassign_account(account_id, row.name, owner_id, owner)

    def toggle_archive(self, account_id: int) -> None:
        row = next((r for r in self.all_rows if r.id == account_id), None)
        if row is not None:
            self.edits.set_archived(account_id, row.name, not row.archived)

    def delete_account(self, account_id: int) -> None:
        row = next((r for r in self.all_rows if r.id == account_id), None)
        if row is None:
            return
        # The question names what goes with the account, so it waits for the count.
        summary = self.operations.read_now(
            lambda session: account_service.deleted_with(session, account_id)
        )
        if summary is None:
            return
        goes = ", ".join(
            f"{count} {table.replace('_', ' ')}" for table, count in sorted(summary.items())
        )
        text = self.tr("Delete {name}?").format(name=row.name)
        if goes:
            text += "\n\n" + self.tr("This also deletes: {records}.").format(records=goes)
        text += "\n\n" + self.tr("You can undo it with Ctrl+Z until you close the window.")
        if self.context.dialogs.confirm(self.tr("Delete account"), text):
            self.edits.delete_account(account_id, row.name)
