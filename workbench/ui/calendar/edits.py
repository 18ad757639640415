"""Every change made from the Calendar tab, as an undoable command (see ``ui/common/undo``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from workbench.services import account_records as records
from workbench.services import meetings
from workbench.services.changes import ChangeSet
from workbench.services.meetings import MeetingDraft
from workbench.ui.common.undo import StoreEdits

_MEETING_TABLES = ("meetings", "meeting_attendees", "meeting_exceptions")


def _changes(account_id: int | None) -> ChangeSet:
    return ChangeSet.of(*_MEETING_TABLES, accounts=(account_id,) if account_id else ())


class CalendarEdits(StoreEdits):
    """Meetings, their occurrences and the action items their minutes produce."""

    def _push_state_change(
        self, text: str, meeting_id: int, account_id: int | None, change: Any
    ) -> None:
        """Apply *change* to a meeting; undo and redo swap its whole state back and forth."""
        before = self._apply(lambda s: meetings.meeting_state(s, meeting_id))

        def apply(session: Session) -> meetings.MeetingState:
            change(session)
            return meetings.meeting_state(session, meeting_id)

        after = self._apply(apply)
        self._push(
            text,
            lambda s: meetings.put_meeting_state(s, after),
            lambda s: meetings.put_meeting_state(s, before),
            _changes(account_id),
        )

    def create_meeting(self, draft: MeetingDraft) -> int:
        meeting_id: int = self._apply(lambda s: meetings.create_meeting(s, draft))
        self._push_created(
            QCoreApplication.translate("CalendarEdits", "Plan meeting {title}").format(
                title=draft.title.strip()
            ),
            lambda s: meetings.delete_meeting(s, meeting_id),
            meetings.restore_meeting,
            _changes(draft.account_id),
        )
        return meeting_id

    def update_meeting(self, meeting_id: int, draft: MeetingDraft) -> None:
        self._push_state_change(
            QCoreApplication.translate("CalendarEdits", "Edit meeting {title}").format(
                title=draft.title.strip()
            ),
            meeting_id,
            draft.account_id,
            lambda s: meetings.update_meeting(s, meeting_id, draft),
        )

    def update_occurrence(
        self, meeting_id: int, original_start: datetime, draft: MeetingDraft
    ) -> None:
        self._push_state_change(
            QCoreApplication.translate("CalendarEdits", "Edit one occurrence of {title}").format(
                title=draft.title.strip()
            ),
            meeting_id,
            draft.account_id,
            lambda s: meetings.update_occurrence(s, meeting_id, original_start, draft),
        )

    def cancel_occurrence(
        self, meeting_id: int, original_start: datetime, title: str, account_id: int
    ) -> None:
        self._push_state_change(
            QCoreApplication.translate("CalendarEdits", "Cancel one occurrence of {title}").format(
                title=title
            ),
            meeting_id,
            account_id,
            lambda s: meetings.cancel_occurrence(s, meeting_id, original_start),
        )

    def delete_meeting(self, meeting_id: int, title: str, account_id: int) -> None:
        self._push_deleted(
            QCoreApplication.translate("CalendarEdits", "Delete meeting {title}").format(
                title=title
            ),
            self._apply(lambda s: meetings.delete_meeting(s, meeting_id)),
            lambda s: meetings.delete_meeting(s, meeting_id),
            meetings.restore_meeting,
            _changes(account_id),
        )

    def add_action_item(self, meeting_id: int, account_id: int, values: dict[str, Any]) -> int:
        kind = records.KINDS["action_items"]
        item_id: int = self._apply(
            lambda s: meetings.add_action_item(s, meeting_id, account_id, values)
        )
        self._push_created(
            QCoreApplication.translate("CalendarEdits", "Add action item {title}").format(
                title=str(values.get("title", "")).strip()
            ),
            lambda s: records.delete_record(s, kind, item_id),
            records.restore_records,
            ChangeSet.of("action_items", accounts=(account_id,)),
        )
        return item_id
