"""The first view on an empty database: load the sample portfolio or bring in data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    sig_load_sample = Signal()
    """The user asked for the sample portfolio."""
    sig_restore_backup = Signal()
    """The user wants to bring in a Workbench database or backup file."""
    sig_open_database = Signal()
    """The user wants to open another database file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(760)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 32, 36, 32)
        layout.setSpacing(14)
        heading = QLabel(self.tr("Your book of accounts starts here"), card)
        heading.setObjectName("pageHeading")
        text = QLabel(
            self.tr(
                "This database is empty. Explore Account Workbench with a realistic sample "
                "portfolio — 40 accounts across eight sectors and twelve countries, with "
                "contacts, meetings, revenue, NPS surveys, incidents and proposals — or bring "
                "in your own data."
            ),
            card,
        )
        text.setWordWrap(True)
        text.setObjectName("pageText")
        self.status = QLabel(card)
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.load_sample_button = QPushButton(self.tr("Load sample portfolio"), card)
        self.load_sample_button.setObjectName("loadSampleButton")
        self.load_sample_button.setDefault(True)
        self.restore_button = QPushButton(self.tr("Import a Workbench database…"), card)
        self.restore_button.setObjectName("restoreButton")
        self.open_button = QPushButton(self.tr("Open another database…"), card)
        self.open_button.setObjectName("openDatabaseButton")
        # One row per choice: the button, and a line saying what it does.
        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(10)
        explanations = (
            self.tr("40 realistic accounts to explore every tab; delete the file when done."),
            self.tr("Bring in the accounts of another Account Workbench database or backup file."),
            self.tr("Work on another database file."),
        )
        buttons = (self.load_sample_button, self.restore_button, self.open_button)
        for row, (button, explanation) in enumerate(zip(buttons, explanations, strict=True)):
            label = QLabel(explanation, card)
            label.setWordWrap(True)
            label.setObjectName("choiceText")
            choices.addWidget(button, row, 0)
            choices.addWidget(label, row, 1)
        choices.setColumnStretch(1, 1)
        for widget in (heading, text, self.status):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(choices)
        # Centred with stretches, not an alignment flag: an aligned widget gets its size
        # hint only, and the word-wrapped text would be clipped instead of growing.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 4)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.load_sample_button.clicked.connect(self.sig_load_sample)
        self.restore_button.clicked.connect(self.sig_restore_backup)
        self.open_button.clicked.connect(self.sig_open_database)

    def show_problem(self, text: str) -> None:
        """Say why the expected database could not be opened (too new, not ours…)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        has_store = not text
        self.load_sample_button.setEnabled(has_store)
        self.restore_button.setEnabled(has_store)
