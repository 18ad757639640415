"""A background task behind a window-modal progress dialog with a Cancel button.

The dialog appears only if the task takes more than a moment, follows the
task's progress, cancels it on request and closes whatever the outcome. What runs
here (imports, exports, backups, restores) writes unless the caller says otherwise,
so closing the window while it runs asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.services.progress import Progress
from workbench.ui.context import AppContext


class ProgressRun(QObject):
    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self._dialog: QProgressDialog | None = None

    def start(
        self,
        title: str,
        label: str,
        work: Callable[[Progress], Any],
        *,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_cancelled: Callable[[], None],
        maximum: int = 0,
        writes: bool = True,
    ) -> None:
        dialog = QProgressDialog(
            label,
            QCoreApplication.translate("ProgressRun", "Cancel"),
            0,
            maximum,
            self.parent_widget,
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self._dialog = dialog

        def finished(result: Any) -> None:
            self._close()
            on_finished(result)

        def failed(error: Exception) -> None:
            self._close()
            on_failed(error)

        def cancelled() -> None:
            self._close()
            on_cancelled()

        handle = self.context.tasks.run(
            work,
            on_finished=finished,
            on_failed=failed,
            on_cancelled=cancelled,
            on_progress=self._progress,
            writes=writes,
        )
        if self._dialog is not None:  # a synchronous run has already closed it
            self._dialog.canceled.connect(handle.cancel)

    def _progress(self, done: int, total: int, _message: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
