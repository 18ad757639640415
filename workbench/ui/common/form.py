"""A dialog that edits one record, built from the record's field specs.

Problems found by the service are shown under the fields they concern, in the
user's language; the dialog stays open and nothing is written until they are fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.validation import Problem, ValidationError
from workbench.services.account_records import FieldKind, FieldSpec
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import decimal_places, format_decimal
from workbench.ui.common.problems import ProblemDisplay, save_cancel, with_error

#: What an empty optional date field holds (shown as "no date").
NO_DATE = QDate(1900, 1, 1)


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal:
    """A number typed the way the user's locale writes it ("1.234,5" in Spanish)."""
    locale = locale or QLocale()
    cleaned = (
        text.strip().replace("\u00a0", "").replace(" ", "").replace(locale.groupSeparator(), "")
    )
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


class RecordForm(QDialog):
    """Edit *values* of the fields in *specs*; ``save`` is called with the typed values
    and raises ``ValidationError`` to keep the dialog open with the problems shown."""

    def __init__(
        self,
        title: str,
        specs: tuple[FieldSpec, ...],
        values: dict[str, Any],
        save: Callable[[dict[str, Any]], None],
        references: dict[FieldKind, list[tuple[Any, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._specs = specs
        self._save = save
        self._editors: dict[str, QWidget] = {}
        self.problems = ProblemDisplay(self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = self._editor(spec, values.get(spec.name), references)
            editor.setObjectName(f"field_{spec.name}")
            holder, error = with_error(self, editor, spec.name)
            label = QCoreApplication.translate("fields", spec.label) + (
                " *" if spec.required else ""
            )
            form.addRow(label, holder)
            self._editors[spec.name] = editor
            self.problems.labels[spec.name] = error
        layout.addLayout(form)
        layout.addWidget(self.problems.general)
        layout.addWidget(save_cancel(self, self.try_save))

    # --- editors -----------------------------------------------------------------------
    def _editor(
        self, spec: FieldSpec, value: Any, references: dict[FieldKind, list[tuple[Any, str]]]
    ) -> QWidget:
        kind = spec.kind
        if kind is FieldKind.LONG_TEXT:
            text_edit = QPlainTextEdit(self)
            text_edit.setPlainText(value or "")
            text_edit.setFixedHeight(90)
            return text_edit
        if kind is FieldKind.BOOL:
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if kind is FieldKind.CHOICE and spec.choices is not None:
            return self._combo([(m, enum_label(m)) for m in spec.choices], value, not spec.required)
        if kind in (FieldKind.CONTACT, FieldKind.COLLEAGUE, FieldKind.QUARTER):
            return self._combo(references.get(kind, []), value, not spec.required)
        if kind is FieldKind.DATE:
            date_edit = QDateEdit(self)
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            if not spec.required:
                # An optional date can stay empty: its lowest value reads "no date".
                date_edit.setMinimumDate(NO_DATE)
                date_edit.setSpecialValueText(self.tr("no date"))
                if value is None:
                    date_edit.setDate(NO_DATE)
                    return date_edit
            day = value or date.today()
            date_edit.setDate(QDate(day.year, day.month, day.day))
            return date_edit
        if kind is FieldKind.DATETIME:
            moment_edit = QDateTimeEdit(self)
            moment_edit.setCalendarPopup(True)
            moment = (value or datetime.now(UTC)).astimezone()
            moment_edit.setDateTime(
                QDateTime(
                    QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
                )
            )
            return moment_edit
        if kind is FieldKind.INTEGER:
            spin = QSpinBox(self)
            spin.setRange(int(spec.minimum or 0), int(spec.maximum or 1_000_000))
            spin.setValue(int(value or 0))
            return spin
        line = QLineEdit(self)
        if kind in (FieldKind.MONEY, FieldKind.DECIMAL) and value is not None:
            line.setText(
                format_decimal(value, 2 if kind is FieldKind.MONEY else decimal_places(value))
            )
        elif value is not None:
            line.setText(str(value))
        return line

    def _combo(self, options: list[tuple[Any, str]], value: Any, optional: bool) -> QComboBox:
        combo = QComboBox(self)
        if optional:
            combo.addItem("—", None)
        for data, text in options:
            combo.addItem(text, data)
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))
        return combo

    # --- reading and saving ------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The typed values; raises ValidationError for text that is not a number."""
        result: dict[str, Any] = {}
        problems: list[Problem] = []
        for spec in self._specs:
            editor = self._editors[spec.name]
            if isinstance(editor, QPlainTextEdit):
                result[spec.name] = editor.toPlainText()
            elif isinstance(editor, QCheckBox):
                result[spec.name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                result[spec.name] = editor.currentData()
            elif isinstance(editor, QDateTimeEdit) and not isinstance(editor, QDateEdit):
                local: Any = editor.dateTime().toPython()  # naive, in the user's time zone
                result[spec.name] = local.astimezone(UTC)
            elif isinstance(editor, QDateEdit):
                chosen = editor.date()
                result[spec.name] = None if chosen == NO_DATE else chosen.toPython()
            elif isinstance(editor, QSpinBox):
                result[spec.name] = editor.value()
            elif isinstance(editor, QLineEdit):
                text = editor.text().strip()
                if spec.kind in (FieldKind.MONEY, FieldKind.DECIMAL) and text:
                    try:
                        result[spec.name] = parse_decimal(text)
                    except ValueError:
                        problems.append(
                            Problem(
                                spec.name, "Not a number: {text}", {"text": text}, context="form"
                            )
                        )
                else:
                    result[spec.name] = text or None
        if problems:
            raise ValidationError(problems)
        return result

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.problems.show(problems)
        first = next((self._editors[p.field] for p in problems if p.field in self._editors), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_save(self) -> None:
        try:
            self._save(self.values())
        except ValidationError as error:
            self.show_problems(error.problems)
            return
        self.accept()
