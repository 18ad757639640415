"""The meeting dialog accepts only what the services accept: years, repeat counts, rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from sqlalchemy import select, text

from tests.io.ics_helpers import add_account
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.services import meetings
from workbench.services.meetings import MeetingDraft
from workbench.store.database import Store
from workbench.store.models import Meeting
from workbench.ui.calendar.meeting_dialog import MeetingDialog, Scope


def _dialog(store: Store, qtbot, draft: MeetingDraft, meeting_id: int | None) -> MeetingDialog:  # type: ignore[no-untyped-def]
    def save(changed: MeetingDraft) -> None:
        with store.transaction() as session:
            if meeting_id is None:
                meetings.create_meeting(session, changed)
            else:
                meetings.update_meeting(session, meeting_id, changed)

    dialog = MeetingDialog(
        draft,
        Scope.NEW if meeting_id is None else Scope.SERIES,
        [(draft.account_id or 0, "Acme")],
        lambda _account: {"contacts": [], "colleagues": []},
        lambda _account: "Europe/Madrid",
        ZoneInfo("Europe/Madrid"),
        save,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _draft(account_id: int, rule: str | None = None) -> MeetingDraft:
    return MeetingDraft(
        account_id=account_id,
        title="Steering",
        kind=MeetingKind.REVIEW,
        mode=MeetingMode.IN_PERSON,
        starts_local=datetime(2026, 3, 2, 10, 0),
        ends_local=datetime(2026, 3, 2, 11, 0),
        time_zone="Europe/Madrid",
        rule=rule,
    )


def test_dates_and_counts_stop_at_the_limits_the_services_accept(store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(store, qtbot, _draft(add_account(store)), None)
    for edit in (dialog.starts, dialog.ends):
        edit.setDateTime(QDateTime(QDate(1, 1, 1), QTime(9, 0)))
        assert edit.dateTime().date().year() == 1900
        edit.setDateTime(QDateTime(QDate(9999, 1, 1), QTime(9, 0)))
        assert edit.dateTime().date().year() == 2200
    dialog.repeat.until.setDate(QDate(9999, 1, 1))
    assert dialog.repeat.until.date().year() == 2200
    dialog.repeat.count.setValue(100_000_000)
    assert dialog.repeat.count.value() <= 1000


def test_a_stored_rule_past_the_limits_is_refused_next_to_the_repeat_field(
    store: Store,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    account_id = add_account(store)
    with store.transaction() as session:
        meeting_id, _ = meetings.create_meeting(session, _draft(account_id))
    with store.transaction() as session:  # written by an older version, or by hand
        session.execute(
            text("UPDATE meetings SET rrule = 'FREQ=SECONDLY' WHERE id = :id"), {"id": meeting_id}
        )
    with store.session() as session:
        detail = meetings.load_meeting(session, meeting_id)
    dialog = _dialog(store, qtbot, detail.draft, meeting_id)
    dialog.title.setText("Steering committee")
    dialog.try_save()
    assert dialog.isVisible()
    label = dialog.problems.labels["rule"]
    assert not label.isHidden() and "at most daily" in label.text()
    with store.session() as session:
        assert session.scalar(select(Meeting.title).where(Meeting.id == meeting_id)) == "Steering"
    # Choosing a weekly repeat in the editor replaces it and saves.
    dialog.repeat.frequency.setCurrentIndex(dialog.repeat.WEEKLY)
    dialog.try_save()
    assert not dialog.isVisible()
    with store.session() as session:
        stored = session.get_one(Meeting, meeting_id)
        assert stored.rrule == "FREQ=WEEKLY;BYDAY=MO"
        assert stored.starts_at == datetime(2026, 3, 2, 9, tzinfo=UTC)
        assert stored.ends_at - stored.starts_at == timedelta(hours=1)
