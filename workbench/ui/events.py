"""The application-wide signals, so tabs react to changes without importing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    sig_data_changed = Signal(object)
    """Emitted with a ``ChangeSet`` after a use case committed; each tab decides to reload."""

    sig_database_opened = Signal(object)
    """Emitted with the ``Store`` just opened (or ``None`` when none could be opened)."""

    sig_open_record = Signal(object)
    """Emitted with a ``services.focus.Target``: show that record in its tab."""

    sig_show_accounts = Signal(object)
    """Emitted with a ``PortfolioQuery`` (a drill-down): show those accounts in the Portfolio."""
