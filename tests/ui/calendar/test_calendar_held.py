"""What the calendar tab keeps between loads: a view switch shows what a fresh read shows,
and any change drops what was kept."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pytest

from tests.ui.fakes import FakeDialogs
from workbench.services.calendar import OccurrenceView, occurrences_between
from workbench.ui.calendar.models import OCCURRENCES_ROLE
from workbench.ui.calendar.period import Period, ViewMode
from workbench.ui.calendar.tab import CalendarTab
from workbench.ui.main_window import MainWindow


def _shown(tab: CalendarTab) -> list[OccurrenceView]:
    view = tab.view
    if view.period.mode is ViewMode.AGENDA:
        model = view.agenda_model
        return [model.occurrence_at(r) for r in range(model.rowCount())]
    model = view.month_model if view.period.mode is ViewMode.MONTH else view.week_model
    found: list[OccurrenceView] = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            found += model.index(row, column).data(OCCURRENCES_ROLE) or []
    return found


def _read(tab: CalendarTab) -> list[OccurrenceView]:
    store = tab.store
    assert store is not None
    with store.session() as session:
        return occurrences_between(session, *tab.view.period.utc_window(tab.zone))


def test_switching_views_shows_what_a_fresh_read_shows(
    tab: CalendarTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[Sequence[OccurrenceView]] = []
    show = tab.view.show_occurrences

    def seen(period: Period, occurrences: Sequence[OccurrenceView]) -> None:
        given.append(occurrences)
        show(period, occurrences)

    monkeypatch.setattr(tab.view, "show_occurrences", seen)
    for mode in (ViewMode.WEEK, ViewMode.AGENDA, ViewMode.MONTH, ViewMode.AGENDA):
        tab.view.set_mode(mode)
        assert list(given[-1]) == _read(tab)
    # The same occurrences; the agenda orders them by the day each is shown on.
    assert sorted(_shown(tab), key=_identity) == sorted(_read(tab), key=_identity)


def _identity(occurrence: OccurrenceView) -> tuple[int, datetime]:
    return occurrence.meeting_id, occurrence.original_start


def test_a_change_drops_what_was_kept_for_every_view_and_period(
    window: MainWindow, tab: CalendarTab, dialogs: FakeDialogs
) -> None:
    occurrence = next(o for o in _shown(tab) if o.recurring)
    dialogs.choices.append(1)  # "The whole series"
    tab.edit_occurrence(occurrence)
    dialog = tab.meeting_dialog
    assert dialog is not None
    dialog.title.setText("Renamed series")
    dialog.try_save()

    def titles() -> set[str]:
        return {o.title for o in _shown(tab) if o.meeting_id == occurrence.meeting_id}

    assert titles() == {"Renamed series"}
    tab.view.set_mode(ViewMode.WEEK)  # from what the month read after the change
    tab.view.set_mode(ViewMode.AGENDA)
    assert titles() == {"Renamed series"}
    tab.view.set_mode(ViewMode.MONTH)
    tab.view.go_next()  # read again, with the series as kept since the change
    assert titles() == {"Renamed series"}
    window.context.undo_stack.undo()
    assert titles() == {occurrence.title}
    tab.view.go_previous()
    tab.view.set_mode(ViewMode.WEEK)
    assert titles() <= {occurrence.title}
