"""Health reasons write their numbers in the interface language's style: "-3.0%" in
English, "-3,0 %" in Spanish (the window's tooltips and the client workbook alike)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication

from workbench.domain.health import HealthInputs, health_factors
from workbench.i18n import translate
from workbench.services.report_labels import factor_reason as report_reason
from workbench.ui.common.health_labels import factor_reason
from workbench.ui.language import install_language


def factors() -> dict[str, object]:
    inputs = HealthInputs(growth=Decimal("-0.03"), kpi_compliance=Decimal("0.755"))
    return {factor.key: factor for factor in health_factors(inputs)}


def test_reasons_in_english_are_unchanged(qapp: QApplication) -> None:
    install_language(qapp, "en")
    found = factors()
    assert factor_reason(found["revenue_trend"]) == "Revenue -3.0% on the previous quarter"  # type: ignore[arg-type]
    assert factor_reason(found["kpi_compliance"]).startswith("76% of agreed-KPI")  # type: ignore[arg-type]
    growth = found["revenue_trend"]
    in_report = report_reason(growth.reason, growth.params, translate)  # type: ignore[attr-defined]
    assert in_report == "Revenue -3.0% on the previous quarter"


def test_reasons_in_spanish_use_the_decimal_comma(qapp: QApplication) -> None:
    install_language(qapp, "es")
    try:
        found = factors()
        growth = found["revenue_trend"]
        expected = "Ingresos -3,0 % respecto al trimestre anterior"
        assert factor_reason(growth) == expected  # type: ignore[arg-type]
        in_report = report_reason(growth.reason, growth.params, translate)  # type: ignore[attr-defined]
        assert in_report == expected
        assert factor_reason(found["kpi_compliance"]).startswith("76 % de las mediciones")  # type: ignore[arg-type]
        rising = health_factors(HealthInputs(growth=Decimal("0.125")))[0]
        assert factor_reason(rising) == "Ingresos +12,5 % respecto al trimestre anterior"
    finally:
        install_language(qapp, "en")
