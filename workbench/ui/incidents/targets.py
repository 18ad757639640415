"""Response-time targets per severity: kept in the database's settings (every command
computes compliance with them too) and edited in a small dialog, one undoable change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from workbench.services.settings import MAX_TARGET
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.problems import save_cancel
from workbench.ui.context import AppContext
from workbench.ui.figure_settings import change_settings, current_settings
from workbench.ui.tasks import TaskHandle


def load_targets(context: AppContext) -> ResponseTargets:
    """The open database's targets (the product's defaults while none is open)."""
    return current_settings(context).targets


def save_targets(context: AppContext, targets: ResponseTargets) -> TaskHandle | None:
    """Store *targets* in the database as one undoable change."""
    return change_settings(
        context,
        current_settings(context).replace(targets=targets),
        QCoreApplication.translate("TargetsDialog", "Change the response-time targets"),
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
                amount.setRange(1, MAX_TARGET)  # a target of 0 is always missed
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
