"""A clear page for a tab whose screens arrive in a later release: what it will do, and
what the open database already holds for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(12)
        heading = QLabel(title, self)
        heading.setObjectName("pageHeading")
        self._promise = QLabel(promise, self)
        self._promise.setWordWrap(True)
        self._promise.setObjectName("pageText")
        self._facts = QLabel(self)
        self._facts.setObjectName("pageFacts")
        self._facts.setWordWrap(True)
        self._facts.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (heading, self._promise, self._facts):
            widget.setMaximumWidth(960)  # long lines are hard to read on a wide screen
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_facts(self, text: str) -> None:
        self._facts.setText(text)

    def facts(self) -> str:
        return self._facts.text()
