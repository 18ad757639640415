"""The health score's words in the interface language: band names and factor reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from workbench.domain.health import BAND_LABELS, Band, Factor, reason_text


def band_label(band: Band) -> str:
    return QCoreApplication.translate("health", BAND_LABELS[band])


def factor_reason(factor: Factor) -> str:
    """Why a factor scored as it did, e.g. "NPS 40 from 12 responses", its numbers in the
    interface locale's style ("Revenue -3,0 % …" in Spanish)."""
    template = QCoreApplication.translate("health", factor.reason)
    return reason_text(template, factor.params, QLocale().decimalPoint())
