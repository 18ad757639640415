"""File → Import data… and File → Undo last import…: bringing CRM exports in, and back out."""

from __future__ import annotations

from workbench.ui.data_import.dialog import ImportDialog, start_import
from workbench.ui.data_import.undo import start_undo

__all__ = ["ImportDialog", "start_import", "start_undo"]
