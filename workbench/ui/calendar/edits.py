"""Every change made from the Calendar tab, as an undoable command (see ``ui/edits``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workbench.services import account_records as records
from workbench.services import meetings
from workbench.services.changes import ChangeSet
from workbench.services.meetings import MeetingDraft
from workbench.ui.edits import StoreEdits

if TYPE_CHECKING:  # the services' argument; the window never makes one itself
    from workbench.ui.operations import Session


class CalendarEdits(StoreEdits):
    """Meetings, their occurrences and the action items their minutes produce."""

    def _state_change(
        self, text: str, meeting_id: int, change: Callable[[Session], tuple[Any, ChangeSet]]
    ) -> None:
        """Apply *change* to a meeting; undo and redo swap its whole state back and forth."""
        self._swap(
            text,
            lambda s: meetings.meeting_state(s, meeting_id),
            change,
            meetings.put_meeting_state,
        )

    def create_meeting(self, draft: MeetingDraft) -> int:
        return self._create(
            QCoreApplication.translate("CalendarEdits", "Plan meeting {title}").format(
                title=draft.title.strip()
            ),
            lambda s: meetings.create_meeting(s, draft),
            meetings.delete_meeting,
            meetings.restore_meeting,
        )

    def update_meeting(self, meeting_id: int, draft: MeetingDraft) -> None:
        self._state_change(
            QCoreApplication.translate("CalendarEdits", "Edit meeting {title}").format(
                title=draft.title.strip()
            ),
            meeting_id,
            lambda s: meetings.update_meeting(s, meeting_id, draft),
        )

    def update_occurrence(
        self, meeting_id: int, original_start: datetime, draft: MeetingDraft
    ) -> None:
        self._state_change(
            QCoreApplication.translate("CalendarEdits", "Edit one occurrence of {title}").format(
                title=draft.title.strip()
            ),
            meeting_id,
            lambda s: meetings.update_occurrence(s, meeting_id, original_start, draft),
        )

    def cancel_occurrence(
        self, meeting_id: int, original_start: datetime, title: str, account_id: int
    ) -> None:
        self._state_change(
            QCoreApplication.translate("CalendarEdits", "Cancel one occurrence of {title}").format(
                title=title
            ),
            meeting_id,
            lambda s: meetings.cancel_occurrence(s, meeting_id, original_start),
        )

    def delete_meeting(self, meeting_id: int, title: str, account_id: int) -> None:
        self._delete(
            QCoreApplication.translate("CalendarEdits", "Delete meeting {title}").format(
                title=title
            ),
            lambda s: meetings.delete_meeting(s, meeting_id),
            meetings.restore_meeting,
        )

    def add_action_item(self, meeting_id: int, account_id: int, values: dict[str, Any]) -> int:
        kind = records.KINDS["action_items"]
        return self._create(
            QCoreApplication.translate("CalendarEdits", "Add action item {title}").format(
                title=str(values.get("title", "")).strip()
            ),
            lambda s: meetings.add_action_item(s, meeting_id, account_id, values),
            lambda s, item_id: records.delete_record(s, kind, item_id),
            records.restore_records,
        )
