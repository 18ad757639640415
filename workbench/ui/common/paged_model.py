"""A table model that fetches its rows a page at a time, as the view scrolls.

For tables too big to hold whole (50,000 incidents): the filter and the sort
run in SQL, the model asks for the first page, and Qt's ``fetchMore`` brings
the next page when the user scrolls near the end. ``data()`` stays a list
look-up; formatting is done once per row when its page arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex

#: Rows fetched per page.
PAGE = 200


class PagedTableModel(QAbstractTableModel):
    """Rows come from ``fetch(offset, limit)``; ``cells(row)`` gives a row's texts once."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], tuple[str, ...]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self._cells = cells
        self._fetch: Callable[[int, int], Sequence[Any]] | None = None
        self.rows: list[Any] = []
        self.texts: list[tuple[str, ...]] = []
        self.total = 0
        self._fetching = False

    def load(
        self,
        fetch: Callable[[int, int], Sequence[Any]],
        total: int,
        first: Sequence[Any] | None = None,
    ) -> None:
        """Start over with a new query: *total* rows match; *first* is the first page when
        it was fetched already (in the background), else it is fetched now."""
        self.beginResetModel()
        self._fetch, self.total = fetch, total
        first = list(first) if first is not None else list(fetch(0, PAGE)) if total else []
        self.rows, self.texts = first, [self._cells(row) for row in first]
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._fetching
            and self._fetch is not None
            and len(self.rows) < self.total
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        # The view may ask for more while rows are being inserted: one page at a time.
        self._fetching = True
        try:
            more = list(self._fetch(len(self.rows), PAGE))
            if not more:
                self.total = len(self.rows)
                return
            start = len(self.rows)
            texts = [self._cells(row) for row in more]
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self.rows += more
            self.texts += texts
            self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[index.row()][index.column()]
        return self.style(self.rows[index.row()], index.column(), role)

    def style(self, row: Any, column: int, role: int) -> Any:
        """Colours, fonts and alignment of a cell; subclasses decide."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
