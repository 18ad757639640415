"""Account Workbench: the whole book of key accounts on the laptop, offline-first."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Account Workbench"
ORG_NAME = "AccountWorkbench"
