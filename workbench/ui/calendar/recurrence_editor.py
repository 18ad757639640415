"""The "Repeat" part of the meeting dialog: weekly on chosen days or monthly, until when.

It edits a :class:`~workbench.domain.recurrence.Pattern`; a rule from an imported
file that the pattern cannot express is kept as it is and shown read-only.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.recurrence import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_COUNT,
    Frequency,
    MonthlyBy,
    Pattern,
    nth_of_month,
)


class RecurrenceEditor(QWidget):
    sig_changed = Signal()

    NONE, WEEKLY, MONTHLY, CUSTOM = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recurrenceEditor")
        self._custom_rule: str | None = None
        self._first = datetime(2000, 1, 3, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.frequency = QComboBox(self)
        self.frequency.setObjectName("repeatFrequency")
        self.frequency.addItems([self.tr("Does not repeat"), self.tr("Weekly"), self.tr("Monthly")])
        self.every_label = QLabel(self.tr("every"), self)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("repeatInterval")
        self.interval.setRange(1, 52)
        self.unit = QLabel(self)
        top.addWidget(self.frequency)
        top.addWidget(self.every_label)
        top.addWidget(self.interval)
        top.addWidget(self.unit)
        top.addStretch(1)
        layout.addLayout(top)

        self.weekdays_row = QWidget(self)
        days = QHBoxLayout(self.weekdays_row)
        days.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for day in range(7):
            box = QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            box.setObjectName(f"repeatDay{day}")
            box.toggled.connect(self.sig_changed)
            days.addWidget(box)
            self.weekday_boxes.append(box)
        days.addStretch(1)
        layout.addWidget(self.weekdays_row)

        self.monthly_row = QWidget(self)
        monthly = QHBoxLayout(self.monthly_row)
        monthly.setContentsMargins(0, 0, 0, 0)
        self.by_date = QRadioButton(self)
        self.by_date.setObjectName("repeatByDate")
        self.by_weekday = QRadioButton(self)
        self.by_weekday.setObjectName("repeatByWeekday")
        self.by_date.setChecked(True)
        monthly.addWidget(self.by_date)
        monthly.addWidget(self.by_weekday)
        monthly.addStretch(1)
        layout.addWidget(self.monthly_row)

        self.ends_row = QWidget(self)
        ends = QHBoxLayout(self.ends_row)
        ends.setContentsMargins(0, 0, 0, 0)
        self.never = QRadioButton(self.tr("No end"), self)
        self.never.setObjectName("repeatNever")
        self.until_radio = QRadioButton(self.tr("Until"), self)
        self.until_radio.setObjectName("repeatUntil")
        self.until = QDateEdit(self)
        self.until.setObjectName("repeatUntilDate")
        self.until.setCalendarPopup(True)
        # The years a repeat may end in, as the import and the services accept them.
        self.until.setDateRange(QDate(EARLIEST_YEAR, 1, 1), QDate(LATEST_YEAR, 12, 31))
        self.count_radio = QRadioButton(self.tr("Times"), self)
        self.count_radio.setObjectName("repeatCount")
        self.count = QSpinBox(self)
        self.count.setObjectName("repeatCountValue")
        self.count.setRange(1, min(999, MAX_COUNT))
        self.count.setValue(10)
        self._ends = QButtonGroup(self)
        for button in (self.never, self.until_radio, self.count_radio):
            self._ends.addButton(button)
        self.never.setChecked(True)
        for widget in (self.never, self.until_radio, self.until, self.count_radio, self.count):
            ends.addWidget(widget)
        ends.addStretch(1)
        layout.addWidget(self.ends_row)

        self.custom_label = QLabel(self)
        self.custom_label.setObjectName("repeatCustom")
        self.custom_label.setWordWrap(True)
        layout.addWidget(self.custom_label)

        self.frequency.currentIndexChanged.connect(self._update)
        self.interval.valueChanged.connect(self._update)
        for signal in (
            self.by_date.toggled,
            self.never.toggled,
            self.until_radio.toggled,
            self.count_radio.toggled,
            self.until.dateChanged,
            self.count.valueChanged,
        ):
            signal.connect(self.sig_changed)
        self._update()

    # --- state ------------------------------------------------------------------------------
    def set_first_start(self, first: datetime) -> None:
        """The series' first start (wall-clock, meeting zone): labels follow its day."""
        self._first = first
        day = first.date()
        self.by_date.setText(self.tr("On day {day}").format(day=day.day))
        ordinal = {
            1: self.tr("first"),
            2: self.tr("second"),
            3: self.tr("third"),
            4: self.tr("fourth"),
            -1: self.tr("last"),
        }[nth_of_month(day)]
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        self.by_weekday.setText(
            self.tr("On the {ordinal} {weekday}").format(ordinal=ordinal, weekday=weekday)
        )
        if not any(box.isChecked() for box in self.weekday_boxes):
            self.weekday_boxes[day.weekday()].setChecked(True)
        if self.until.date() < QDate(day.year, day.month, day.day):
            self.until.setDate(QDate(day.year, day.month, day.day).addMonths(3))

    def set_rule(self, rule: str | None, zone_name: str) -> None:
        self._custom_rule = None
        if not rule:
            self.frequency.setCurrentIndex(self.NONE)
            return
        pattern = Pattern.from_rule(rule, zone_name)
        if pattern is None:
            self._custom_rule = rule
            self.custom_label.setText(
                self.tr("Repeats by a rule from another calendar, kept as it is: {rule}").format(
                    rule=rule
                )
            )
            if self.frequency.count() == self.CUSTOM:
                self.frequency.addItem(self.tr("Other rule"))
            self.frequency.setCurrentIndex(self.CUSTOM)
            return
        weekly = pattern.frequency is Frequency.WEEKLY
        self.frequency.setCurrentIndex(self.WEEKLY if weekly else self.MONTHLY)
        self.interval.setValue(pattern.interval)
        for day, box in enumerate(self.weekday_boxes):
            box.setChecked(day in pattern.weekdays)
        (self.by_weekday if pattern.monthly_by is MonthlyBy.WEEKDAY else self.by_date).setChecked(
            True
        )
        if pattern.until is not None:
            self.until_radio.setChecked(True)
            self.until.setDate(QDate(pattern.until.year, pattern.until.month, pattern.until.day))
        elif pattern.count is not None:
            self.count_radio.setChecked(True)
            self.count.setValue(pattern.count)
        else:
            self.never.setChecked(True)

    def pattern(self) -> Pattern | None:
        index = self.frequency.currentIndex()
        if index in (self.NONE, self.CUSTOM):
            return None
        until: date | None = None
        if self.until_radio.isChecked():
            picked = self.until.date()
            until = date(picked.year(), picked.month(), picked.day())
        return Pattern(
            Frequency.WEEKLY if index == self.WEEKLY else Frequency.MONTHLY,
            self.interval.value(),
            tuple(day for day, box in enumerate(self.weekday_boxes) if box.isChecked()),
            MonthlyBy.WEEKDAY if self.by_weekday.isChecked() else MonthlyBy.DATE,
            until,
            self.count.value() if self.count_radio.isChecked() else None,
        )

    def rule(self, first_local: datetime) -> str | None:
        """The RRULE for a series starting at *first_local* (aware), ``None`` for no repeat."""
        if self.frequency.currentIndex() == self.CUSTOM:
            return self._custom_rule
        pattern = self.pattern()
        return pattern.to_rule(first_local) if pattern is not None else None

    def _update(self) -> None:
        index = self.frequency.currentIndex()
        repeating = index in (self.WEEKLY, self.MONTHLY)
        for widget in (self.every_label, self.interval, self.unit, self.ends_row):
            widget.setVisible(repeating)
        self.weekdays_row.setVisible(index == self.WEEKLY)
        self.monthly_row.setVisible(index == self.MONTHLY)
        self.custom_label.setVisible(index == self.CUSTOM)
        if index == self.WEEKLY:
            self.unit.setText(self.tr("week(s)", "", self.interval.value()))
        elif index == self.MONTHLY:
            self.unit.setText(self.tr("month(s)", "", self.interval.value()))
        self.sig_changed.emit()
