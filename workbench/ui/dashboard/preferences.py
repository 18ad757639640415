"""The Dashboard's settings: health-score weights, when a customer counts as quiet, and the
reporting currency with its exchange rates — kept in the user's settings.

Bad values in the settings file (hand-edited, or from an older version) fall back to
the defaults one by one; the dialog refuses all-zero weights and non-positive rates
with a message, and stores nothing until everything is valid.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QSettings
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

from workbench.domain.exchange import DEFAULT_EUR_RATES, ExchangeRates
from workbench.domain.health import DEFAULT_WEIGHTS
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.focus import DEFAULT_QUIET_DAYS
from workbench.ui.common.problems import save_cancel

_WEIGHTS = "health/weights"
_QUIET = "dashboard/quietDays"
_CURRENCY = "dashboard/currency"
_RATES = "dashboard/rates"

FACTOR_LABELS = {
    "nps": QT_TRANSLATE_NOOP("preferences", "NPS"),
    "revenue_trend": QT_TRANSLATE_NOOP("preferences", "Revenue trend"),
    "kpi_compliance": QT_TRANSLATE_NOOP("preferences", "Agreed-KPI compliance"),
    "incidents": QT_TRANSLATE_NOOP("preferences", "Open incidents"),
    "last_contact": QT_TRANSLATE_NOOP("preferences", "Days since last contact"),
    "renewal": QT_TRANSLATE_NOOP("preferences", "Renewal proximity"),
}


@dataclass(frozen=True)
class DashboardPreferences:
    weights: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    quiet_days: int = DEFAULT_QUIET_DAYS
    rates: ExchangeRates = field(default_factory=ExchangeRates)


def _json(settings: QSettings, key: str) -> object:
    raw = settings.value(key)
    try:
        return json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def load_preferences(settings: QSettings) -> DashboardPreferences:
    weights = dict(DEFAULT_WEIGHTS)
    stored = _json(settings, _WEIGHTS)
    if isinstance(stored, dict):
        for key, value in stored.items():
            if key in weights and isinstance(value, int) and 0 <= value <= 100:
                weights[key] = value
    if not any(weights.values()):
        weights = dict(DEFAULT_WEIGHTS)
    quiet = settings.value(_QUIET)
    try:
        quiet_days = int(str(quiet)) if quiet is not None else DEFAULT_QUIET_DAYS
    except ValueError:
        quiet_days = DEFAULT_QUIET_DAYS
    rates = dict(DEFAULT_EUR_RATES)
    stored = _json(settings, _RATES)
    if isinstance(stored, dict):
        for currency, text in stored.items():
            try:
                value = Decimal(str(text))
            except InvalidOperation:
                continue
            if isinstance(currency, str) and len(currency) == 3 and value > 0:
                rates[currency.upper()] = value
    currency = str(settings.value(_CURRENCY, "EUR"))
    if currency not in rates:
        currency = "EUR"
    return DashboardPreferences(
        weights, max(1, min(quiet_days, 3650)), ExchangeRates(currency, rates)
    )


def save_preferences(settings: QSettings, preferences: DashboardPreferences) -> None:
    settings.setValue(_WEIGHTS, json.dumps(preferences.weights))
    settings.setValue(_QUIET, preferences.quiet_days)
    settings.setValue(_CURRENCY, preferences.rates.reporting)
    settings.setValue(
        _RATES, json.dumps({c: str(r) for c, r in sorted(preferences.rates.rates.items())})
    )
    settings.sync()


class PreferencesDialog(QDialog):
    """Weights of the health score, the quiet threshold, and the reporting currency."""

    def __init__(self, preferences: DashboardPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def preferences(self) -> DashboardPreferences | None:
        """The edited preferences, or ``None`` (with the problem shown) when one is invalid."""
        weights = {key: spin.value() for key, spin in self.weights.items()}
        if not any(weights.values()):
            self._refuse(self.tr("At least one health factor needs a weight above 0."))
            return None
        rates: dict[str, Decimal] = {}
        for row in range(self.rates.rowCount()):
            currency_item, rate_item = self.rates.item(row, 0), self.rates.item(row, 1)
            currency = currency_item.text().strip().upper() if currency_item else ""
            text = rate_item.text().strip().replace(",", ".") if rate_item else ""
            try:
                rate = Decimal(text)
            except InvalidOperation:
                rate = Decimal(0)
            if not rate.is_finite() or rate <= 0:
                self._refuse(
                    self.tr("The rate for {currency} must be a number above 0.").format(
                        currency=currency
                    )
                )
                return None
            rates[currency] = rate
        return DashboardPreferences(
            weights, self.quiet.value(), ExchangeRates(self.currency.currentText(), rates)
        )

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def try_accept(self) -> None:
        if self.preferences() is not None:
            self.accept()
