"""Ctrl+K: one box that finds accounts, contacts, meetings, proposals, incidents and notes.

Searching runs in the background a moment after the last keystroke; a result that
arrives for text the user has since changed is dropped. Up/Down move through the
results, Enter (or a double-click) opens the chosen one in its tab.
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.search import MARK_END, MARK_START, SearchHit, search
from workbench.ui.common.failures import failure_text
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations

DEBOUNCE_MS = 150
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2

KIND_LABELS = {
    "account": QT_TRANSLATE_NOOP("GlobalSearch", "Account"),
    "contact": QT_TRANSLATE_NOOP("GlobalSearch", "Contact"),
    "meeting": QT_TRANSLATE_NOOP("GlobalSearch", "Meeting"),
    "proposal": QT_TRANSLATE_NOOP("GlobalSearch", "Proposal"),
    "incident": QT_TRANSLATE_NOOP("GlobalSearch", "Incident"),
    "note": QT_TRANSLATE_NOOP("GlobalSearch", "Note"),
}


def hit_html(hit: SearchHit) -> str:
    """Two lines: what and whose, then where it matched with the words in bold."""
    kind = QCoreApplication.translate("GlobalSearch", KIND_LABELS.get(hit.kind, hit.kind))
    whose = f" — {escape(hit.account_name)}" if hit.account_name and hit.kind != "account" else ""
    snippet = escape(hit.snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
    return (
        f"<span style='color:#155e75'>{escape(kind)}</span> &nbsp;<b>{escape(hit.title)}</b>"
        f"{whose}<br><span style='color:#475569'>{snippet}</span>"
    )


class _HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (the matched words in bold)."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(option.rect.width() - 8, 100))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class GlobalSearch(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = Operations(context)
        self.setObjectName("globalSearch")
        self.setWindowTitle(self.tr("Find anything"))
        self.box = QLineEdit(self)
        self.box.setObjectName("globalSearchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(
            self.tr("Accounts, contacts, meetings, proposals, incidents, notes…")
        )
        self.results = QListWidget(self)
        self.results.setObjectName("globalSearchResults")
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.status = QLabel(self)
        self.status.setObjectName("globalSearchStatus")
        self.status.setStyleSheet("color: #64748b;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(640, 460)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(self.open_item)
        self.box.returnPressed.connect(self.open_current)

    def open_search(self) -> None:
        self.box.selectAll()
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # which cannot raise windows
            self.raise_()
            self.activateWindow()
        self.box.setFocus()

    # --- searching ----------------------------------------------------------------------------
    def run_search(self) -> None:
        typed = self.box.text()
        if self.context.workspace.store is None or not typed.strip():
            self.show_hits(typed, [])
            return
        self.operations.query(
            lambda session: search(session, typed),
            on_done=partial(self.show_hits, typed),
            on_failed=lambda error: self.status.setText(failure_text(error)),
        )

    def show_hits(self, typed: str, hits: list[SearchHit]) -> None:
        if typed != self.box.text():
            return  # the user typed on; the newer search is on its way
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self.results)
            item.setData(HTML_ROLE, hit_html(hit))
            item.setData(TARGET_ROLE, hit.target)
            item.setToolTip(hit.title)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("Enter opens the selected result."))
        elif typed.strip():
            self.status.setText(self.tr("Nothing found for “{text}”.").format(text=typed.strip()))
        else:
            self.status.setText("")

    # --- opening ------------------------------------------------------------------------------
    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.open_item(item)

    def open_item(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target is None:
            return
        self.hide()
        self.context.events.sig_open_record.emit(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
