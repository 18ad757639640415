"""Showing a refused form: a red line under each field at fault, the rest at the bottom.

Shared by every editing dialog, so they all look and behave the same when the
service says no.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workbench.domain.validation import Problem
from workbench.ui.common.enum_labels import enum_label


def problem_text(problem: Problem) -> str:
    """A problem in the interface language, its domain values (a status…) named in it too."""
    params = {
        name: enum_label(value).lower() if isinstance(value, Enum) else value
        for name, value in problem.params.items()
    }
    return QCoreApplication.translate(problem.context, problem.message).format(**params)


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden red label for the problems of field *name* (objectName ``error_<name>``)."""
    label = QLabel(parent)
    label.setObjectName(f"error_{name}")
    label.setStyleSheet("color: #b91c1c;")
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(parent: QWidget, editor: QWidget, name: str) -> tuple[QWidget, QLabel]:
    """*editor* with its error label under it, in one widget for a form row."""
    holder = QWidget(parent)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(editor)
    error = error_label(holder, name)
    column.addWidget(error)
    return holder, error


class ProblemDisplay:
    """The error labels of one dialog, by field, and the general one for the rest."""

    def __init__(self, dialog: QWidget) -> None:
        self.labels: dict[str, QLabel] = {}
        self.general = error_label(dialog, "general")
        self.general.setObjectName("generalError")

    def show(self, problems: tuple[Problem, ...]) -> None:
        for label in self.labels.values():
            label.hide()
        general: list[str] = []
        for problem in problems:
            shown = self.labels.get(problem.field)
            if shown is None:
                general.append(problem_text(problem))
                continue
            shown.setText(problem_text(problem))
            shown.show()
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))


def save_cancel(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons
