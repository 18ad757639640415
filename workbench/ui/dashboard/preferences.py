"""The Dashboard's settings: health-score weights, when a customer counts as quiet, and the
reporting currency with its exchange rates. They change figures, so they live in the
database (:mod:`workbench.services.settings`) and every command computes with them too;
this is their dialog and the glue that reads and changes them.

The dialog refuses all-zero weights and non-positive rates with a message, and stores
nothing until everything is valid; a saved change is one step of Edit > Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.exchange import ExchangeRates
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.i18n import translated
from workbench.services.settings import (
    SettingRefused,
    Settings,
    check_rates,
    check_settings,
    typed_rate,
)
from workbench.ui.common.problems import save_cancel
from workbench.ui.context import AppContext
from workbench.ui.figure_settings import change_settings, current_settings
from workbench.ui.tasks import TaskHandle

FACTOR_LABELS = {
    "nps": QT_TRANSLATE_NOOP("preferences", "NPS"),
    "revenue_trend": QT_TRANSLATE_NOOP("preferences", "Revenue trend"),
    "kpi_compliance": QT_TRANSLATE_NOOP("preferences", "Agreed-KPI compliance"),
    "incidents": QT_TRANSLATE_NOOP("preferences", "Open incidents"),
    "last_contact": QT_TRANSLATE_NOOP("preferences", "Days since last contact"),
    "renewal": QT_TRANSLATE_NOOP("preferences", "Renewal proximity"),
}

#: The Dashboard's settings are the database's (weights, quiet days, rates, and more).
DashboardPreferences = Settings


def load_preferences(context: AppContext) -> Settings:
    """The open database's settings (the defaults while none is open)."""
    return current_settings(context)


def save_preferences(context: AppContext, preferences: Settings) -> TaskHandle | None:
    """Store *preferences* in the database as one undoable change."""
    return change_settings(
        context,
        preferences,
        QCoreApplication.translate("preferences", "Change the Dashboard settings"),
    )


class PreferencesDialog(QDialog):
    """Weights of the health score, the quiet threshold, and the reporting currency."""

    def __init__(self, preferences: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = preferences
        self.setObjectName("dashboardPreferences")
        self.setWindowTitle(self.tr("Dashboard settings"))
        self.weights: dict[str, QSpinBox] = {}
        health = QGroupBox(self.tr("Health score weights"), self)
        form = QFormLayout(health)
        for key, label in FACTOR_LABELS.items():
            spin = QSpinBox(health)
            spin.setObjectName(f"weight_{key}")
            spin.setRange(0, 100)
            spin.setValue(preferences.weights.get(key, 0))
            spin.valueChanged.connect(self._explain)
            self.weights[key] = spin
            form.addRow(QCoreApplication.translate("preferences", label), spin)
        self.share = QLabel(health)
        self.share.setWordWrap(True)
        form.addRow(self.share)

        self.quiet = QSpinBox(self)
        self.quiet.setObjectName("quietDays")
        self.quiet.setRange(1, 3650)
        self.quiet.setValue(preferences.quiet_days)
        self.quiet.setSuffix(self.tr(" days"))

        money = QGroupBox(self.tr("Reporting currency"), self)
        self.currency = QComboBox(money)
        self.currency.setObjectName("reportingCurrency")
        self.rates = QTableWidget(0, 2, money)
        self.rates.setObjectName("exchangeRates")
        self.rates.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Value in EUR")])
        self.rates.horizontalHeader().setStretchLastSection(True)
        self.rates.verticalHeader().hide()
        for currency, rate in sorted(preferences.rates.rates.items()):
            row = self.rates.rowCount()
            self.rates.insertRow(row)
            self.rates.setItem(row, 0, QTableWidgetItem(currency))
            self.rates.setItem(row, 1, QTableWidgetItem(str(rate)))
            self.currency.addItem(currency)
        self.currency.setCurrentText(preferences.rates.reporting)
        money_layout = QVBoxLayout(money)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Show portfolio totals in"), money))
        chooser.addWidget(self.currency)
        chooser.addStretch(1)
        money_layout.addLayout(chooser)
        money_layout.addWidget(self.rates)
        note = QLabel(
            self.tr(
                "Each account keeps its own currency; only the Dashboard's totals are "
                "converted, with these rates."
            ),
            money,
        )
        note.setWordWrap(True)
        money_layout.addWidget(note)

        self.problem = QLabel(self)
        self.problem.setObjectName("preferencesProblem")
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(health)
        quiet_row = QFormLayout()
        quiet_row.addRow(self.tr("A customer is quiet after"), self.quiet)
        layout.addLayout(quiet_row)
        layout.addWidget(money, 1)
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel(self, self.try_accept))
        self._explain()
        self.resize(460, 640)

    def _explain(self) -> None:
        total = sum(spin.value() for spin in self.weights.values())
        if total == 0:
            self.share.setText(self.tr("At least one factor needs a weight."))
            return
        largest = max(self.weights, key=lambda key: self.weights[key].value())
        share = round(100 * self.weights[largest].value() / total)
        self.share.setText(
            self.tr(
                "Weights are relative; {factor} counts for {share}% of the score. A factor "
                "without data gives its weight to the others."
            ).format(
                factor=QCoreApplication.translate("preferences", FACTOR_LABELS[largest]),
                share=share,
            )
        )

    def preferences(self) -> Settings | None:
        """The edited settings, or ``None`` (with the problem shown) when one is invalid."""
        rates = {}
        for row in range(self.rates.rowCount()):
            currency_item, rate_item = self.rates.item(row, 0), self.rates.item(row, 1)
            currency = currency_item.text().strip().upper() if currency_item else ""
            rates[currency] = typed_rate(rate_item.text() if rate_item else "")
        weights = {key: spin.value() for key, spin in self.weights.items()}
        currency = self.currency.currentText()
        try:
            check_settings(self.original.replace(weights=weights, quiet_days=self.quiet.value()))
            check_rates(currency, rates)
        except SettingRefused as refusal:
            self._refuse(translated(refusal))
            return None
        return self.original.replace(
            weights=weights, quiet_days=self.quiet.value(), rates=ExchangeRates(currency, rates)
        )

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def try_accept(self) -> None:
        if self.preferences() is not None:
            self.accept()
