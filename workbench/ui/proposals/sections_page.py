"""The proposal's rich-text sections: a list of sections and the text of the chosen one.

Formatting is the supported subset (bold, italic, underline, headings, lists);
anything pasted from Word or a web page is cleaned to it on the way in.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.io.html_subset import clean_html, plain_to_html
from workbench.services.proposals import SectionDraft


class SectionTextEdit(QTextEdit):
    """A text editor that accepts pasted content only in the supported subset."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            self.textCursor().insertHtml(clean_html(source.html()))
        elif source.hasText():
            self.textCursor().insertHtml(plain_to_html(source.text()))


def body_of(editor: QTextEdit) -> str:
    """The editor's text as the subset's HTML (Qt's own HTML is full of styles)."""
    return clean_html(editor.toHtml())


class SectionsPage(QWidget):
    sig_changed = Signal(tuple, int)
    """(new sections, index of the section edited) — typing is debounced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalSections")
        self.sections: tuple[SectionDraft, ...] = ()
        self._current = -1
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("sectionList")
        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit(right)
        self.title.setObjectName("sectionTitle")
        toolbar = QHBoxLayout()
        self.tools: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("bold", "B", self.tr("Bold (Ctrl+B)")),
            ("italic", "I", self.tr("Italic (Ctrl+I)")),
            ("underline", "U", self.tr("Underline (Ctrl+U)")),
            ("heading", "H", self.tr("Heading")),
            ("bullets", "•", self.tr("Bulleted list")),
            ("numbers", "1.", self.tr("Numbered list")),
        ):
            button = QToolButton(right)
            button.setObjectName(f"format_{key}")
            button.setText(text)
            button.setToolTip(tip)
            toolbar.addWidget(button)
            self.tools[key] = button
        toolbar.addStretch(1)
        self.editor = SectionTextEdit(right)
        self.editor.setObjectName("sectionEditor")
        self.editor.setAcceptRichText(True)
        # The proposal editor keeps one undo history for everything, this text included.
        self.editor.setUndoRedoEnabled(False)
        column.addWidget(self.title)
        column.addLayout(toolbar)
        column.addWidget(self.editor, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([180, 600])
        layout.addWidget(splitter)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(600)
        self._typing.timeout.connect(self.commit)
        self.list.currentRowChanged.connect(self._on_row)
        self.editor.textChanged.connect(self._on_edited)
        self.title.textEdited.connect(self._on_edited)
        self.tools["bold"].clicked.connect(self._bold)
        self.tools["italic"].clicked.connect(self._italic)
        self.tools["underline"].clicked.connect(self._underline)
        self.tools["heading"].clicked.connect(self._heading)
        self.tools["bullets"].clicked.connect(self._bullets)
        self.tools["numbers"].clicked.connect(self._numbers)
        self.tools["bold"].setShortcut("Ctrl+B")
        self.tools["italic"].setShortcut("Ctrl+I")
        self.tools["underline"].setShortcut("Ctrl+U")

    # --- showing --------------------------------------------------------------------------
    def show_sections(self, sections: tuple[SectionDraft, ...], read_only: bool) -> None:
        """Show *sections*, keeping the chosen one (the undo of a text edit lands here too)."""
        self._typing.stop()
        self._loading = True
        keep = max(0, self._current)
        self.sections = sections
        self.list.clear()
        self.list.addItems([s.title for s in sections])
        self._current = -1
        if sections:
            self.list.setCurrentRow(min(keep, len(sections) - 1))
        self._show_current()
        # Read-only text stays black and selectable: a sent proposal is still read and copied.
        for tool in self.tools.values():
            tool.setEnabled(not read_only)
        self.editor.setReadOnly(read_only)
        self.title.setReadOnly(read_only)
        self._loading = False

    def _show_current(self) -> None:
        self._loading = True
        row = self.list.currentRow()
        self._current = row
        section = self.sections[row] if 0 <= row < len(self.sections) else None
        self.title.setText(section.title if section else "")
        position = self.editor.textCursor().position()
        self.editor.setHtml(section.body_html if section else "")
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)
        self._loading = False

    def _on_row(self, row: int) -> None:
        if self._loading:
            return
        self.commit()
        self._show_current()

    # --- editing --------------------------------------------------------------------------
    def _on_edited(self) -> None:
        if not self._loading:
            self._typing.start()

    def commit(self) -> None:
        """Hand the typed text over now (the editor calls this before saving)."""
        self._typing.stop()
        row = self._current
        if not 0 <= row < len(self.sections):
            return
        section = self.sections[row]
        changed = replace(section, title=self.title.text(), body_html=body_of(self.editor))
        if changed == section:
            return
        self.sections = (*self.sections[:row], changed, *self.sections[row + 1 :])
        item = self.list.item(row)
        if item is not None:
            item.setText(changed.title)
        self.sig_changed.emit(self.sections, row)

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.editor.textCursor()
        cursor.mergeCharFormat(fmt)
        self.editor.mergeCurrentCharFormat(fmt)
        self._on_edited()

    def _bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self._merge(fmt)

    def _underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.editor.fontUnderline())
        self._merge(fmt)

    def _heading(self) -> None:
        cursor = self.editor.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(0 if block.headingLevel() else 2)
        cursor.setBlockFormat(block)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if block.headingLevel() else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)
        self._on_edited()

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
        else:
            cursor.createList(style)
        self._on_edited()

    def _bullets(self) -> None:
        self._list(QTextListFormat.Style.ListDisc)

    def _numbers(self) -> None:
        self._list(QTextListFormat.Style.ListDecimal)
