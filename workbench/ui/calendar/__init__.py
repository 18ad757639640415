"""Calendar tab: meetings, recurrence, time zones, minutes and iCalendar."""
