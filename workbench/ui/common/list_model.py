"""A read-only table over a list held whole: the rows shown again at once, headers
translated in the model's context. Subclasses say what a cell shows (:meth:`cell`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

_Row = TypeVar("_Row")
_Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[_Row]):
    #: The column headers, marked for translation in :attr:`CONTEXT`.
    HEADERS: Sequence[object] = ()
    CONTEXT = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []

    def show(self, rows: Sequence[_Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: _Row, column: int, role: int) -> Any:
        raise NotImplementedError
