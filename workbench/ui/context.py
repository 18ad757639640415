"""The collaborators every tab receives in its constructor (no global registry)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from workbench.ui.clock import Clock
from workbench.ui.dialogs import DialogService
from workbench.ui.events import AppEvents
from workbench.ui.tasks import TaskRunner
from workbench.ui.workspace import Workspace


@dataclass(frozen=True)
class AppContext:
    events: AppEvents
    tasks: TaskRunner
    dialogs: DialogService
    settings: QSettings
    workspace: Workspace
    #: One undo history for the whole window: Ctrl+Z undoes the last edit, whatever the tab.
    undo_stack: QUndoStack
    #: Now, today and the user's zone (fixed in tests).
    clock: Clock = field(default_factory=Clock)
