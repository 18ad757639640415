"""All-day events on screen: a band over the week's hours, a bar on each day of the month,
a line in the agenda and the upcoming list, and the dialog's "All day" box."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from sqlalchemy import select

from tests.ui.calendar.conftest import open_calendar_tab
from tests.ui.fakes import FakeDialogs
from workbench.domain import all_day
from workbench.domain.enums import MeetingKind, MeetingMode
from workbench.services.changes import ChangeSet
from workbench.store.models import Account, Meeting
from workbench.ui.calendar.models import DAY_ROLE, OCCURRENCES_ROLE, day_text
from workbench.ui.calendar.period import ViewMode
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.main_window import MainWindow

ZONE = "Europe/Madrid"
VISIT = date(2026, 11, 24)  # Tuesday to Thursday of the sample's week


def _add_all_day(
    window: MainWindow,
    title: str,
    first: date,
    days: int,
    rule: str | None = None,
    zone: str = ZONE,
) -> int:
    store = window.context.workspace.store
    assert store is not None
    starts, ends = all_day.bounds(first, days, zone)
    with store.transaction() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.id)).first()
        meeting = Meeting(
            account_id=account_id,
            title=title,
            kind=MeetingKind.REVIEW,
            mode=MeetingMode.IN_PERSON,
            starts_at=starts,
            ends_at=ends,
            time_zone=zone,
            rrule=rule,
            all_day=True,
        )
        session.add(meeting)
        session.flush()
        return meeting.id


@pytest.fixture
def tab(window: MainWindow) -> CalendarTab:
    _add_all_day(window, "Client visit", VISIT, 3)
    _add_all_day(window, "Ana's birthday", date(2026, 11, 26), 1, "FREQ=YEARLY")
    page = open_calendar_tab(window)
    page.on_data_changed(ChangeSet.of("meetings"))  # written behind the window's back
    page.view.go_to(VISIT, ViewMode.MONTH)
    return page


def _titles(index) -> list[str]:  # type: ignore[no-untyped-def]
    return [o.title for o in index.data(OCCURRENCES_ROLE) or []]


def test_a_three_day_visit_is_on_each_of_its_days_in_the_month(tab: CalendarTab) -> None:
    model = tab.view.month_model
    for offset in range(3):
        assert "Client visit" in _titles(model.index_of(VISIT + timedelta(days=offset)))
    assert "Client visit" not in _titles(model.index_of(VISIT + timedelta(days=3)))
    assert "Client visit" not in _titles(model.index_of(VISIT - timedelta(days=1)))
    text = model.index_of(VISIT).data()
    assert "All day Client visit" in text


def test_the_week_shows_all_day_events_in_the_band_not_in_the_hours(
    tab: CalendarTab, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab.view.set_mode(ViewMode.WEEK)
    model = tab.view.week_model
    in_hours = [
        o.title
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for o in model.index(row, column).data(OCCURRENCES_ROLE) or []
    ]
    assert "Client visit" not in in_hours and "Ana's birthday" not in in_hours
    band = tab.view.all_day_band
    assert not band.isHidden()
    ours = ("Client visit", "Ana's birthday")  # beside the sample's own all-day events
    bars = {b.occurrence.title: (b.first, b.last) for b in band.bars if b.occurrence.title in ours}
    assert bars == {"Client visit": (1, 3), "Ana's birthday": (3, 3)}
    lanes = {b.occurrence.title: b.lane for b in band.bars}
    assert lanes["Client visit"] != lanes["Ana's birthday"]  # they share the Thursday
    qtmodeltester.check(model)
    qtmodeltester.check(tab.view.month_model)


def test_a_week_without_all_day_events_hides_the_band(tab: CalendarTab) -> None:
    tab.view.go_to(date(2026, 11, 2), ViewMode.WEEK)
    assert tab.view.all_day_band.isHidden()


def test_picking_a_bar_shows_the_event(tab: CalendarTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.view.set_mode(ViewMode.WEEK)
    tab.view.resize(1200, 700)
    tab.view.show()
    band = tab.view.all_day_band
    bar = next(b for b in band.bars if b.occurrence.title == "Client visit")
    with qtbot.waitSignal(tab.view.sig_day_selected) as picked:
        qtbot.mouseClick(band, Qt.MouseButton.LeftButton, pos=band._bar_rect(bar).center())
    assert picked.args[1][0].title == "Client visit"


def test_the_agenda_says_all_day(tab: CalendarTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab.view.set_mode(ViewMode.AGENDA)
    model = tab.view.agenda_model
    rows = [model.occurrence_at(r).title for r in range(model.rowCount())]
    row = rows.index("Client visit")
    assert model.index(row, 1).data() == "All day"
    assert model.index(row, 2).data() == "All day"
    qtmodeltester.check(model)


def test_the_agenda_lists_an_all_day_event_on_its_own_day_first(
    window: MainWindow, tab: CalendarTab
) -> None:
    # Tokyo's midnight is the afternoon before in Europe: by its start, the day would sit
    # among the 24th's meetings, labelled the 25th.
    day = VISIT + timedelta(days=1)
    _add_all_day(window, "Tokyo office day", day, 1, zone="Asia/Tokyo")
    tab.on_data_changed(ChangeSet.of("meetings"))
    tab.view.set_mode(ViewMode.AGENDA)
    model = tab.view.agenda_model
    days = [model.index(r, 0).data(DAY_ROLE) for r in range(model.rowCount())]
    assert days == sorted(days)
    titles = [model.occurrence_at(r).title for r in range(model.rowCount())]
    row = titles.index("Tokyo office day")
    assert days[row] == day and days[row - 1] < day  # first of its day, whole days first
    assert model.index(row, 0).data().endswith(day_text(day))


def test_the_dialog_turns_a_meeting_into_whole_days_and_back(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    tab.new_meeting_at(datetime(2026, 12, 2, 10, 0))
    dialog = tab.meeting_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText("Plant visit")
    dialog.all_day.setChecked(True)
    assert dialog.starts.displayFormat() == dialog.ends.displayFormat()
    assert "h" not in dialog.starts.displayFormat().lower()
    dialog.ends.setDateTime(QDateTime(QDate(2026, 12, 4), QTime(0, 0)))
    draft = dialog.draft()
    assert draft.all_day
    assert (draft.starts_local, draft.ends_local) == (datetime(2026, 12, 2), datetime(2026, 12, 5))
    dialog.all_day.setChecked(False)
    draft = dialog.draft()
    assert not draft.all_day
    assert (draft.starts_local, draft.ends_local) == (
        datetime(2026, 12, 2, 9),
        datetime(2026, 12, 2, 10),
    )
    dialog.all_day.setChecked(True)
    dialog.ends.setDateTime(QDateTime(QDate(2026, 12, 4), QTime(0, 0)))
    dialog.try_save()
    assert not dialog.isVisible()
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.title == "Plant visit")).one()
        assert meeting.all_day
        assert all_day.span(meeting.starts_at, meeting.ends_at, meeting.time_zone) == (
            date(2026, 12, 2),
            3,
        )
    # Opened again, the dialog shows the first and the last day.
    tab.view.go_to(date(2026, 12, 2), ViewMode.AGENDA)
    model = tab.view.agenda_model
    row = [model.occurrence_at(r).title for r in range(model.rowCount())].index("Plant visit")
    tab.edit_occurrence(model.occurrence_at(row))
    dialog = tab.meeting_dialog
    assert dialog is not None and dialog.all_day.isChecked()
    assert dialog.starts.date() == QDate(2026, 12, 2) and dialog.ends.date() == QDate(2026, 12, 4)
    dialog.reject()


def test_an_all_day_end_before_its_start_is_refused_in_the_dialog(
    window: MainWindow, tab: CalendarTab
) -> None:
    tab.new_meeting_at(datetime(2026, 12, 2, 10, 0))
    dialog = tab.meeting_dialog
    assert dialog is not None
    dialog.title.setText("Backwards visit")
    dialog.all_day.setChecked(True)
    dialog.ends.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(0, 0)))
    dialog.try_save()
    assert dialog.isVisible()
    assert not dialog.problems.labels["ends_at"].isHidden()


def test_upcoming_lists_an_all_day_event_without_a_time_and_never_reminds_of_it(
    tab: CalendarTab,
) -> None:
    texts = [tab.upcoming.item(i).text() for i in range(tab.upcoming.count())]
    birthday = next(t for t in texts if "Ana's birthday" in t)
    assert "All day" in birthday
    told: list[str] = []
    tab.reminders.sig_reminder.connect(told.append)
    tab.reminders.check()
    assert not any("birthday" in t for t in told)
