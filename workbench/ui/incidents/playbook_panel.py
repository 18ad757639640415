"""The playbook for the incident's category: the seed's response options, one to choose."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import IncidentCategory
from workbench.services.playbooks import Playbook, PlaybookResponse, load_playbooks
from workbench.ui.common.enum_labels import enum_label


def interface_language() -> str:
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


class PlaybookPanel(QScrollArea):
    sig_apply = Signal(str)
    """The key of the response the user chose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playbookPanel")
        self.setWidgetResizable(True)
        self.buttons: dict[str, QPushButton] = {}
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self.setWidget(self._body)

    def show_playbook(
        self, category: IncidentCategory, chosen: str | None, read_only: bool
    ) -> None:
        for index in reversed(range(self._layout.count())):
            item = self._layout.takeAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        playbook = load_playbooks(interface_language()).get(category)
        if playbook is None:
            self._layout.addWidget(QLabel(self.tr("No playbook for this category."), self._body))
            self._layout.addStretch(1)
            return
        self._layout.addWidget(self._intro(playbook))
        for response in playbook.responses:
            self._layout.addWidget(self._response(response, chosen, read_only))
        self._layout.addStretch(1)

    def _intro(self, playbook: Playbook) -> QLabel:
        e = html.escape
        label = QLabel(
            f"<p><b>{e(enum_label(playbook.category))}</b></p>"
            f"<p>{e(playbook.situation)}</p><p><i>{e(playbook.challenge)}</i></p>",
            self._body,
        )
        label.setWordWrap(True)
        return label

    def _response(self, response: PlaybookResponse, chosen: str | None, read_only: bool) -> QFrame:
        e = html.escape
        frame = QFrame(self._body)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        is_chosen = response.key == chosen
        if is_chosen:
            frame.setObjectName("chosenResponse")
            frame.setStyleSheet("#chosenResponse { border: 2px solid #15803d; }")
        layout = QVBoxLayout(frame)
        steps = "".join(
            f"<li>{e(step.text)} <span style='color:gray'>— {e(enum_label(step.team))}, "
            + e(self.tr("within {days} days").format(days=step.due_days))
            + "</span></li>"
            for step in response.steps
        )
        chosen_mark = e(self.tr("chosen"))
        outcome, skills, lesson = (
            e(self.tr("Expected outcome")),
            e(self.tr("Skills")),
            e(self.tr("Key lesson")),
        )
        text = QLabel(
            f"<p><b>{e(response.title)}</b>"
            + (f" — <b style='color:#15803d'>{chosen_mark}</b>" if is_chosen else "")
            + f"</p><ol>{steps}</ol>"
            + f"<p><b>{outcome}:</b> {e(response.expected_outcome)}</p>"
            + f"<p><b>{skills}:</b> {e(', '.join(response.skills))}</p>"
            + f"<p><b>{lesson}:</b> {e(response.key_lesson)}</p>",
            frame,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        button = QPushButton(self.tr("Apply this response: add its steps as action items"), frame)
        button.setObjectName(f"apply_{response.key}")
        button.setEnabled(not read_only and not is_chosen)
        button.clicked.connect(partial(self._apply, response.key))
        layout.addWidget(button)
        self.buttons[response.key] = button
        return frame

    def _apply(self, key: str, *_checked: object) -> None:
        self.sig_apply.emit(key)
