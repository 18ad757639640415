"""The import dialog's item models: the file's first rows, the column mapping, the plan.

Each model holds plain data and formats in ``data()`` only what the view shows,
so a plan of 100,000 rows is a list of indexes, not 100,000 widgets. A cell whose
value can be chosen offers its choices through :data:`CHOICES_ROLE`, which
:class:`ChoiceDelegate` turns into a combo box.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workbench.io.delimited import DelimitedTable
from workbench.services.import_fields import FIELDS, Field
from workbench.services.import_layouts import Mapping
from workbench.services.import_plan import DUPLICATE_ACTIONS, Action, ImportPlan, PlannedRow
from workbench.ui.common.elide import cell_text
from workbench.ui.data_import.labels import (
    action_label,
    field_label,
    import_text,
    match_text,
    note_text,
    one_line,
    value_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
#: ``[(value, label), …]`` a cell may be set to (for :class:`ChoiceDelegate`).
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
#: Rows of the file looked at for a column's examples.
SAMPLE_ROWS = 500
#: Rows of the file shown as read, to check the encoding and the delimiter by eye.
FIRST_ROWS = 50
#: Fields shown in the preview: the first few the file fills, long or technical ones left out.
PREVIEW_FIELDS = 4
_NOT_PREVIEWED = frozenset({"deleted", "external_id", "parent", "description"})

REFUSED_BACKGROUND = QBrush(QColor("#fdecec"))
CHOICE_BACKGROUND = QBrush(QColor("#fef6d8"))
REFUSED_TEXT = QBrush(QColor("#b91c1c"))
QUIET_TEXT = QBrush(QColor("#64748b"))
WARNING_TEXT = QBrush(QColor("#b91c1c"))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


BOLD = _bold()


class _TitledModel(QAbstractTableModel):
    """A table whose columns have titles and whose rows are numbered from 1."""

    numbered_rows = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: Sequence[str] = ()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = self._titles
            return titles[section] if 0 <= section < len(titles) else None
        return section + 1 if self.numbered_rows else None


class FileRowsModel(_TitledModel):
    """The first rows of the file, cell by cell, as they were read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[tuple[str, ...]] = ()

    def load(self, table: DelimitedTable | None) -> None:
        self.beginResetModel()
        self._titles = table.headers if table else ()
        self._rows = table.rows[:FIRST_ROWS] if table else ()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(cell_text(cell), 60)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell[:1000] or None
        return None


def column_samples(table: DelimitedTable, column: int, count: int = 3) -> list[str]:
    """Up to *count* different non-empty values of *column*, from the first rows."""
    found: list[str] = []
    for row in table.rows[:SAMPLE_ROWS]:
        cell = row[column].strip()
        if cell and cell not in found:
            found.append(cell)
            if len(found) == count:
                break
    return found


class MappingModel(_TitledModel):
    """One row per column of the file: its header, a few of its values, the field it fills."""

    HEADER, SAMPLES, FIELD = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._samples: list[list[str]] = []
        self._fields: tuple[Field, ...] = ()
        self._choices: list[tuple[str, str]] = []
        self._chosen: list[str] = []  # the field key of each column, "" when ignored
        self._titles = (self.tr("Column in the file"), self.tr("Examples"), self.tr("Fills"))

    # --- content -----------------------------------------------------------------------
    def load(self, table: DelimitedTable | None, kind: str, mapping: Mapping) -> None:
        """The columns of *table*, filling *kind*'s fields as *mapping* says."""
        self.beginResetModel()
        self._headers = table.headers if table else ()
        self._samples = (
            [column_samples(table, column) for column in range(len(table.headers))] if table else []
        )
        self._set_fields(kind, mapping)
        self.endResetModel()

    def set_kind(self, kind: str, mapping: Mapping) -> None:
        self.beginResetModel()
        self._set_fields(kind, mapping)
        self.endResetModel()

    def _set_fields(self, kind: str, mapping: Mapping) -> None:
        self._fields = FIELDS[kind]
        keys = {field.key for field in self._fields}
        self._choices = [("", self.tr("— ignore —"))]
        self._choices += [(field.key, field_label(field)) for field in self._fields]
        self._chosen = [
            mapping.get(header, "") if mapping.get(header, "") in keys else ""
            for header in self._headers
        ]

    def mapping(self) -> Mapping:
        return {header: key for header, key in zip(self._headers, self._chosen, strict=True) if key}

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def duplicated(self) -> dict[str, list[str]]:
        """Fields two or more columns fill, with those columns."""
        counts = Counter(key for key in self._chosen if key)
        twice: dict[str, list[str]] = {}
        for header, key in zip(self._headers, self._chosen, strict=True):
            if counts[key] > 1:
                twice.setdefault(key, []).append(header)
        return twice

    def label_of(self, key: str) -> str:
        return next((label for value, label in self._choices if value == key), key)

    # --- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.HEADER:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._headers[row]
            if role == Qt.ItemDataRole.FontRole and self._chosen[row]:
                return BOLD
            return None
        if column == self.SAMPLES:
            samples = self._samples[row]
            if role == Qt.ItemDataRole.DisplayRole:
                return "  ·  ".join(one_line(cell_text(sample), 60) for sample in samples)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(one_line(cell_text(sample), 200) for sample in samples) or None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QUIET_TEXT
            return None
        key = self._chosen[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label_of(key)
        if role == Qt.ItemDataRole.EditRole:
            return key
        if role == CHOICES_ROLE:
            return list(self._choices)
        twice = key and sum(1 for chosen in self._chosen if chosen == key) > 1
        if role == Qt.ItemDataRole.ForegroundRole:
            return WARNING_TEXT if twice else QUIET_TEXT if not key else None
        if role == Qt.ItemDataRole.ToolTipRole and twice:
            return self.tr("Another column fills this field too: keep only one.")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.FIELD
            or role != Qt.ItemDataRole.EditRole
            or value not in {key for key, _label in self._choices}
        ):
            return False
        if self._chosen[index.row()] != value:
            self._chosen[index.row()] = str(value)
            # Another row's duplicate warning may come or go with this one.
            last = len(self._chosen) - 1
            self.dataChanged.emit(self.index(0, self.FIELD), self.index(last, self.FIELD))
        return True


def is_choosable(row: PlannedRow) -> bool:
    """Whether the user chooses what *row* becomes: a probable duplicate."""
    return row.match is not None and not row.match.same_record and not row.refused


class PreviewModel(_TitledModel):
    """The plan, a row per row of the file (or only those with problems or awaiting the
    user's choice): what happens to it, a few of its values and its problems. The action
    of a probable duplicate can be chosen (``setData``), which changes the plan."""

    numbered_rows = False  # the file's row number is a column

    ROW, ACTION = 0, 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._table: DelimitedTable | None = None
        self._accounts: dict[int, str] = {}
        self._fields: list[tuple[str, int]] = []  # field key, column in the file
        self._titles = [self.tr("Row"), self.tr("What happens"), self.tr("Problems")]
        self._shown: list[int] = []
        self.only_problems = False

    # --- content -----------------------------------------------------------------------
    def load(self, plan: ImportPlan, table: DelimitedTable, accounts: dict[int, str]) -> None:
        """*plan* of *table*; *accounts* names the accounts rows are linked to."""
        self.beginResetModel()
        self.plan, self._table, self._accounts = plan, table, accounts
        column_of = {key: table.headers.index(header) for header, key in plan.mapping.items()}
        self._fields = [
            (field.key, column_of[field.key])
            for field in FIELDS[plan.kind]
            if field.key in column_of and field.key not in _NOT_PREVIEWED
        ][:PREVIEW_FIELDS]
        labels = {field.key: import_text(field.label) for field in FIELDS[plan.kind]}
        self._titles = [
            self.tr("Row"),
            self.tr("What happens"),
            *(labels[key] for key, _column in self._fields),
            self.tr("Problems"),
        ]
        self._shown = self._filtered()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if self.plan is None:
            return []
        rows = self.plan.rows
        if not self.only_problems:
            return list(range(len(rows)))
        return [position for position, row in enumerate(rows) if row.notes or is_choosable(row)]

    def planned_row(self, row: int) -> PlannedRow:
        assert self.plan is not None
        return self.plan.rows[self._shown[row]]

    @property
    def problems_column(self) -> int:
        return len(self._titles) - 1

    # --- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.planned_row(index.row()), index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return (
                REFUSED_BACKGROUND
                if row.action == Action.REFUSE
                else CHOICE_BACKGROUND
                if is_choosable(row)
                else None
            )
        if column == self.ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(row.number)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if column == self.ACTION:
            return self._action_data(row, role)
        if column == self.problems_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return "; ".join(self._problems(row))
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(self._problems(row)) or None
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key, file_column = self._fields[column - 2]
            return self._value(row, key, file_column)
        return None

    def _action_data(self, row: PlannedRow, role: int) -> Any:
        choosable = is_choosable(row)
        if role == Qt.ItemDataRole.DisplayRole:
            label = action_label(row.action)
            return f"{label} ▾" if choosable else label
        if role == Qt.ItemDataRole.EditRole:
            return row.action.value
        if role == CHOICES_ROLE and choosable:
            return [(action.value, action_label(action)) for action in DUPLICATE_ACTIONS]
        if role == Qt.ItemDataRole.ToolTipRole and row.match is not None:
            return match_text(row.match)
        if role == Qt.ItemDataRole.ForegroundRole and row.action == Action.REFUSE:
            return REFUSED_TEXT
        return None

    def _problems(self, row: PlannedRow) -> list[str]:
        texts = [note_text(note) for note in row.notes]
        if is_choosable(row):
            assert row.match is not None
            texts.insert(0, match_text(row.match, hint=False))
        return texts

    def value_fields(self) -> list[Field]:
        """The fields shown between "What happens" and "Problems", in that order."""
        assert self.plan is not None
        fields = {field.key: field for field in FIELDS[self.plan.kind]}
        return [fields[key] for key, _column in self._fields]

    def _value(self, row: PlannedRow, key: str, file_column: int) -> str:
        values = row.values
        if key == "account":
            # A new account's id is only given while writing (and gone if that was cancelled).
            if row.new_account:
                return self.tr("{account} (new)").format(account=row.new_account)
            if "account_id" in values:
                account = values["account_id"]
                return self._accounts.get(account, f"#{account}")
        elif key in values:
            value = values[key]
            return value_text(cell_text(value) if isinstance(value, str) else value)
        assert self._table is not None
        return one_line(cell_text(self._table.rows[row.number - 1][file_column]))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACTION and is_choosable(self.planned_row(index.row())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ACTION or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.planned_row(index.row())
        try:
            action = Action(value)
        except ValueError:
            return False
        if action not in DUPLICATE_ACTIONS or not is_choosable(row):
            return False
        assert self.plan is not None
        self.plan.choose(row.number, action)
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell that offers choices (:data:`CHOICES_ROLE`) with a combo box, and
    commits as soon as another choice is picked."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if row != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(max(0, row))
                editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
