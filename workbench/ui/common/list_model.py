"""A read-only table over a list held whole: the rows shown again at once, headers
translated in the model's context, and what a cell shows for a role given by a function."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    def __init__(
        self,
        headers: Sequence[object],
        context: str,
        cell: Callable[[_Row, int, int], Any],
        parent: QObject | None = None,
    ) -> None:
        """*headers* are marked for translation in *context*; *cell*(row, column, role) is
        what a cell shows for a role (``None``: nothing)."""
        super().__init__(parent)
        self.headers = tuple(headers)
        self.context = context
        self._cell = cell
        self.rows: list[_Row] = []

    def show(self, rows: Sequence[_Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, str(self.headers[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._cell(self.rows[index.row()], index.column(), role)
