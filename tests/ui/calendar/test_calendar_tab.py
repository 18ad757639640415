"""The Calendar tab as a user drives it: views, navigation, planning, editing, reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from tests.ui.fakes import FakeDialogs
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.services.calendar import OccurrenceView
from workbench.store.models import ActionItem, Meeting, MeetingException
from workbench.ui.calendar.models import (
    DAY_ROLE,
    OCCURRENCES_ROLE,
    AgendaModel,
    MonthModel,
    WeekModel,
)
from workbench.ui.calendar.period import Period, ViewMode
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.calendar.upcoming import MeetingReminders
from workbench.ui.main_window import MainWindow

MADRID = ZoneInfo("Europe/Madrid")
CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "ics"


def _count(window: MainWindow, model: type) -> int:
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _all_occurrences(model: MonthModel | WeekModel) -> list[OccurrenceView]:
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            found += model.index(row, column).data(OCCURRENCES_ROLE) or []
    return found


def test_view_models_pass_the_model_tester(tab: CalendarTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert _all_occurrences(tab.view.month_model), "the sample has meetings this month"
    for mode in ViewMode:
        tab.view.set_mode(mode)
    qtmodeltester.check(tab.view.month_model)
    qtmodeltester.check(tab.view.week_model)
    qtmodeltester.check(tab.view.agenda_model)
    assert tab.view.agenda_model.rowCount() > 0


def test_month_view_marks_today_and_shows_meetings_in_local_time(tab: CalendarTab) -> None:
    view = tab.view
    assert view.objectName() == "calendarView"
    assert view.period.mode is ViewMode.MONTH
    assert view.title.text() == "November 2026"
    today = view.month_model.index_of(date(2026, 11, 26))
    assert today.data(0x0104)  # TODAY_ROLE
    for occurrence in _all_occurrences(view.month_model):
        # Every meeting sits in the cell of its start day in the user's zone.
        index = view.month_model.index_of(occurrence.starts_at.astimezone(MADRID).date())
        assert occurrence in index.data(OCCURRENCES_ROLE)


def test_navigation_by_buttons_and_modes(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.view
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "December 2026"
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "October 2026"
    qtbot.mouseClick(view.mode_buttons.button(int(ViewMode.WEEK)), Qt.MouseButton.LeftButton)
    assert view.week_table.parent() is view.stack.currentWidget()  # under the all-day band
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.period == Period.around(ViewMode.WEEK, date(2026, 11, 26))
    assert "Week 48" in view.title.text()
    week_occurrences = _all_occurrences(view.week_model)
    assert all(
        view.period.first <= o.starts_at.astimezone(MADRID).date() <= view.period.last
        for o in week_occurrences
    )
    view.set_mode(ViewMode.AGENDA)
    assert view.stack.currentIndex() == int(ViewMode.AGENDA)
    model = view.agenda_model
    # By the day each is shown on (an all-day event's own day), whole days first, then start.
    order = [
        (model.index(r, 0).data(DAY_ROLE), not o.all_day, o.starts_at)
        for r, o in ((r, model.occurrence_at(r)) for r in range(model.rowCount()))
    ]
    assert order == sorted(order)


def test_a_late_load_for_another_period_is_dropped(tab: CalendarTab) -> None:
    view = tab.view
    before = _all_occurrences(view.month_model)
    old = view.period.step(-1)
    view.show_occurrences(old, [])
    assert _all_occurrences(view.month_model) == before


def test_upcoming_lists_the_next_seven_days(tab: CalendarTab) -> None:
    now = datetime(2026, 11, 26, 8, tzinfo=UTC)
    upcoming = tab.upcoming.occurrences
    assert upcoming
    timed = [o for o in upcoming if not o.all_day]
    assert all(now - timedelta(hours=4) < o.starts_at < now + timedelta(days=7) for o in timed)
    # The sample's client visit began yesterday and lasts today: listed while it lasts.
    assert all(o.ends_at > now and o.starts_at < now + timedelta(days=7) for o in upcoming)
    assert tab.upcoming.count() == len(upcoming)


def _plan_meeting(tab: CalendarTab, dialogs: FakeDialogs, title: str, repeat: int) -> None:
    tab.new_meeting_at(datetime(2026, 11, 30, 10, 0))
    dialog = tab.meeting_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText(title)
    dialog.kind.setCurrentIndex(dialog.kind.findData(MeetingKind.NEGOTIATION.value))
    dialog.mode.setCurrentIndex(dialog.mode.findData(MeetingMode.VIRTUAL.value))
    dialog.link.setText("https://meet.example.com/renewal")
    dialog.ends.setDateTime(QDateTime(2026, 11, 30, 11, 30, 0))
    dialog.repeat.frequency.setCurrentIndex(repeat)
    if repeat:
        dialog.repeat.count_radio.setChecked(True)
        dialog.repeat.count.setValue(3)
    dialog.contacts.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.colleagues.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.agenda.setPlainText("Renewal terms")
    dialog.try_save()


def test_planning_a_weekly_meeting_through_the_dialog(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    before = _count(window, Meeting)
    _plan_meeting(tab, dialogs, "Renewal negotiation 2027", repeat=1)
    assert tab.meeting_dialog is not None and not tab.meeting_dialog.isVisible()
    assert _count(window, Meeting) == before + 1
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        meeting = session.scalars(
            select(Meeting).where(Meeting.title == "Renewal negotiation 2027")
        ).one()
        assert meeting.rrule == "FREQ=WEEKLY;BYDAY=MO;COUNT=3"
        assert meeting.time_zone == "Europe/Madrid"
        assert meeting.starts_at == datetime(2026, 11, 30, 9, tzinfo=UTC)
        assert meeting.ends_at - meeting.starts_at == timedelta(minutes=90)
        assert len(meeting.attendees) == 2
    tab.view.go_to(date(2026, 12, 1), ViewMode.MONTH)
    titles = [o.title for o in _all_occurrences(tab.view.month_model)]
    assert titles.count("Renewal negotiation 2027") == 3
    window.context.undo_stack.undo()
    assert _count(window, Meeting) == before
    window.context.undo_stack.redo()
    assert _count(window, Meeting) == before + 1


def test_a_meeting_ending_before_it_starts_is_refused_in_the_dialog(
    window: MainWindow, tab: CalendarTab
) -> None:
    before = _count(window, Meeting)
    tab.new_meeting_at(datetime(2026, 11, 30, 10, 0))
    dialog = tab.meeting_dialog
    assert dialog is not None
    dialog.title.setText("Backwards")
    dialog.ends.setDateTime(QDateTime(2026, 11, 30, 9, 0, 0))
    dialog.link.setText("not a link")
    dialog.try_save()
    assert dialog.isVisible()
    assert not dialog.problems.labels["ends_at"].isHidden()
    assert _count(window, Meeting) == before


def _series_occurrence(tab: CalendarTab) -> OccurrenceView:
    return next(o for o in _all_occurrences(tab.view.month_model) if o.recurring)


def test_editing_this_occurrence_only(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    occurrence = _series_occurrence(tab)
    dialogs.choices.append(0)  # "This occurrence"
    tab.edit_occurrence(occurrence)
    dialog = tab.meeting_dialog
    assert dialog is not None and dialog.windowTitle() == "Edit this occurrence only"
    assert not dialog.repeat.isEnabled() and not dialog.account.isEnabled()
    dialog.title.setText("Moved review")
    dialog.starts.setDateTime(dialog.starts.dateTime().addSecs(3600))
    dialog.minutes.setPlainText("Only this one moved.")
    dialog.try_save()
    assert not dialog.isVisible()
    found = [
        o for o in _all_occurrences(tab.view.month_model) if o.meeting_id == occurrence.meeting_id
    ]
    moved = [o for o in found if o.title == "Moved review"]
    assert len(moved) == 1 and moved[0].moved
    assert moved[0].starts_at == occurrence.starts_at + timedelta(hours=1)
    assert sum(o.title == occurrence.title for o in found) == len(found) - 1
    window.context.undo_stack.undo()
    found = [
        o for o in _all_occurrences(tab.view.month_model) if o.meeting_id == occurrence.meeting_id
    ]
    assert all(o.title == occurrence.title and not o.moved for o in found)


def test_editing_the_whole_series(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    occurrence = _series_occurrence(tab)
    dialogs.choices.append(1)  # "The whole series"
    tab.edit_occurrence(occurrence)
    dialog = tab.meeting_dialog
    assert dialog is not None and dialog.repeat.isEnabled()
    dialog.title.setText("Renamed series")
    dialog.try_save()
    found = [
        o for o in _all_occurrences(tab.view.month_model) if o.meeting_id == occurrence.meeting_id
    ]
    assert found and all(o.title == "Renamed series" for o in found)


def test_cancelling_one_occurrence_from_the_detail(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    occurrence = _series_occurrence(tab)
    tab.show_occurrence(occurrence)
    assert tab.detail.cancel_button.isEnabled()
    dialogs.confirm_answers.append(True)
    before = _count(window, MeetingException)
    tab.detail.cancel_button.click()
    assert _count(window, MeetingException) == before + 1
    keys = {o.key for o in _all_occurrences(tab.view.month_model)}
    assert occurrence.key not in keys


def test_detail_shows_times_in_three_zones_and_action_items_from_minutes(
    window: MainWindow, tab: CalendarTab
) -> None:
    occurrence = next(
        o for o in _all_occurrences(tab.view.month_model) if o.account_zone != "Europe/Madrid"
    )
    tab.show_occurrence(occurrence)
    text = tab.detail.text.text()
    assert "Europe/Madrid" in text and occurrence.account_zone in text
    assert occurrence.time_zone in text
    before = _count(window, ActionItem)
    tab.add_action_item()
    form = tab.action_form
    assert form is not None
    form._editors["title"].setText("Send the revised delivery plan")  # type: ignore[attr-defined]
    form.try_save()
    assert _count(window, ActionItem) == before + 1
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        item = session.scalars(
            select(ActionItem).where(ActionItem.title == "Send the revised delivery plan")
        ).one()
        assert item.meeting_id == occurrence.meeting_id
    assert "Send the revised delivery plan" in tab.detail.text.text()


def test_reminder_is_given_once_within_the_lead_time(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    soon = next(o for o in tab.upcoming.occurrences if not o.all_day)
    now = soon.starts_at - timedelta(minutes=5)
    reminders = MeetingReminders(MADRID, lambda: now, tab)
    said: list[str] = []
    reminders.sig_reminder.connect(said.append)
    reminders.watch([soon])
    reminders.check()
    assert len(said) == 1 and soon.title in said[0] and "5 min" in said[0]
    tab._on_reminder(said[0])
    assert soon.title in tab.window().statusBar().currentMessage()  # type: ignore[attr-defined]


def test_importing_a_corpus_file_from_the_window(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    before = _count(window, Meeting)
    dialogs.files.append(CORPUS / "caldav_weekly_count_two_exdates.ics")
    dialogs.choices.append(0)  # its attendee is no contact of ours: pick the first account
    tab.import_button.click()
    assert _count(window, Meeting) == before + 1
    kind, _title, text = dialogs.messages[-1]
    assert kind == "info" and "1 meetings added" in text


def test_a_refused_file_says_why_and_writes_nothing(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    before = _count(window, Meeting)
    dialogs.files.append(CORPUS / "broken_rrule_typo_untl.ics")
    tab.import_button.click()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning" and "UNTL" in text
    assert _count(window, Meeting) == before


def test_exporting_the_month_on_screen(
    tab: CalendarTab, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "november.ics"
    dialogs.files.append(target)
    tab.export_button.click()
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR") and b"BEGIN:VTIMEZONE" in data
    assert "written to november.ics" in dialogs.messages[-1][2]


def test_models_alone_with_hand_made_occurrences(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert QApplication.instance() is not None
    occurrence = OccurrenceView(
        meeting_id=1,
        original_start=datetime(2026, 3, 29, 7, tzinfo=UTC),
        starts_at=datetime(2026, 3, 29, 7, tzinfo=UTC),
        ends_at=datetime(2026, 3, 29, 9, tzinfo=UTC),
        title="Sunday after the change",
        account_id=1,
        account_name="Acme",
        account_zone="America/New_York",
        kind=MeetingKind.CRISIS,
        mode=MeetingMode.IN_PERSON,
        location="HQ",
        link=None,
        time_zone="Europe/Madrid",
        recurring=False,
    )
    for model_type, mode in (
        (MonthModel, ViewMode.MONTH),
        (WeekModel, ViewMode.WEEK),
        (AgendaModel, ViewMode.AGENDA),
    ):
        model = model_type(MADRID)
        model.show(Period.around(mode, date(2026, 3, 29)), [occurrence], date(2026, 3, 29))
        qtmodeltester.check(model)
    week = WeekModel(MADRID)
    week.show(Period.around(ViewMode.WEEK, date(2026, 3, 29)), [occurrence], date(2026, 3, 29))
    # 07:00 UTC on the day summer time starts is 09:00 in Madrid: Sunday's 09:00 row.
    assert week.index(9, 6).data(OCCURRENCES_ROLE) == [occurrence]
    assert week.index(10, 6).data(0x0008) is not None  # still busy at 10:00 (BackgroundRole)


def test_double_click_on_an_empty_week_slot_plans_a_meeting_there(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.window().show()
    view = tab.view
    view.go_to(date(2026, 11, 26), ViewMode.WEEK)
    model = view.week_model
    slot = next(
        model.index(row, column)
        for row in range(6, 20)
        for column in range(7)
        if not model.index(row, column).data(OCCURRENCES_ROLE)
    )
    day, hour = model.slot_at(slot)
    view.week_table.scrollTo(slot)
    rect = view.week_table.visualRect(slot)
    # A real double-click is a press and release, then the double-click event.
    qtbot.mouseClick(view.week_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.week_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.meeting_dialog
    assert dialog is not None and dialog.isVisible()
    starts = dialog.starts.dateTime()
    assert (starts.date().day(), starts.time().hour()) == (day.day, hour)
    assert dialog.zone.currentText() == "Europe/Madrid"


def test_choice_model_passes_the_model_tester_and_finds_rows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.common.choices import ChoiceModel

    model = ChoiceModel([(7, "Acme"), (3, "Globex")])
    qtmodeltester.check(model)
    assert model.row_of(3) == 1 and model.row_of(99) == -1
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == 3
