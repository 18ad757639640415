"""Response-time targets per severity, kept in the settings and edited in a small dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import Severity
from workbench.domain.incidents import (
    DurationUnit,
    ResponseTarget,
    ResponseTargets,
    ResponseTime,
    TargetKind,
)
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.problems import save_cancel

_KEY = "incidents/targets/{severity}/{kind}"


def load_targets(settings: QSettings) -> ResponseTargets:
    """The targets in the settings; the product's defaults where none (or a bad one) is set."""
    defaults = ResponseTargets()
    found = {}
    for severity in Severity:
        times = {}
        for kind in TargetKind:
            fallback = defaults.for_severity(severity).within(kind)
            text = settings.value(_KEY.format(severity=int(severity), kind=kind.value))
            times[kind] = _parse(text, fallback)
        found[severity] = ResponseTarget(times[TargetKind.ACKNOWLEDGE], times[TargetKind.RESOLVE])
    return ResponseTargets(found)


def _parse(text: object, fallback: ResponseTime) -> ResponseTime:
    if not isinstance(text, str):
        return fallback
    amount, _, unit = text.partition(" ")
    try:
        return ResponseTime(int(amount), DurationUnit(unit))
    except ValueError:
        return fallback


def save_targets(settings: QSettings, targets: ResponseTargets) -> None:
    for severity in Severity:
        for kind in TargetKind:
            time = targets.for_severity(severity).within(kind)
            settings.setValue(
                _KEY.format(severity=int(severity), kind=kind.value),
                f"{time.amount} {time.unit.value}",
            )


class TargetsDialog(QDialog):
    """One row per severity: acknowledge within…, resolve within…."""

    def __init__(self, targets: ResponseTargets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("responseTargets")
        self.setWindowTitle(self.tr("Response-time targets"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Acknowledge within"), self), 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Resolve within"), self), 0, 3, 1, 2)
        units = (
            (DurationUnit.HOURS, self.tr("hours")),
            (DurationUnit.DAYS, self.tr("days")),
            (DurationUnit.BUSINESS_DAYS, self.tr("business days")),
        )
        self.editors: dict[tuple[Severity, TargetKind], tuple[QSpinBox, QComboBox]] = {}
        for row, severity in enumerate(Severity, start=1):
            grid.addWidget(QLabel(enum_label(severity), self), row, 0)
            for column, kind in ((1, TargetKind.ACKNOWLEDGE), (3, TargetKind.RESOLVE)):
                time = targets.for_severity(severity).within(kind)
                amount = QSpinBox(self)
                amount.setObjectName(f"target_{int(severity)}_{kind.value}_amount")
                amount.setRange(0, 999)
                amount.setValue(time.amount)
                unit = QComboBox(self)
                unit.setObjectName(f"target_{int(severity)}_{kind.value}_unit")
                for value, label in units:
                    unit.addItem(label, value.value)
                unit.setCurrentIndex(unit.findData(time.unit.value))
                grid.addWidget(amount, row, column)
                grid.addWidget(unit, row, column + 1)
                self.editors[(severity, kind)] = (amount, unit)
        layout.addLayout(grid)
        layout.addWidget(save_cancel(self, self.accept))

    def targets(self) -> ResponseTargets:
        def time(severity: Severity, kind: TargetKind) -> ResponseTime:
            amount, unit = self.editors[(severity, kind)]
            return ResponseTime(amount.value(), DurationUnit(unit.currentData()))

        return ResponseTargets(
            {
                s: ResponseTarget(time(s, TargetKind.ACKNOWLEDGE), time(s, TargetKind.RESOLVE))
                for s in Severity
            }
        )
