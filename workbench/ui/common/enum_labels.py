"""What each domain enum value is called in the interface (translated in context "enums")."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from workbench.domain.enum_names import enum_source, fallback_name


def enum_label(value: Enum) -> str:
    """The translated name of *value*; unknown values fall back to a readable form."""
    source = enum_source(value)
    if source is None:
        return fallback_name(value)
    return QCoreApplication.translate("enums", source)
