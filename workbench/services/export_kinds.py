"""The kinds of record an entity export writes, and their titles: apart from
:mod:`workbench.services.entity_export`, so that the command line lists them without
importing SQLAlchemy and the models (a third of a second of every command's start-up)."""

from __future__ import annotations

from workbench.domain.validation import QT_TRANSLATE_NOOP

KIND_TITLES = {
    "accounts": QT_TRANSLATE_NOOP("export", "Accounts"),
    "contacts": QT_TRANSLATE_NOOP("export", "Contacts"),
    "opportunities": QT_TRANSLATE_NOOP("export", "Opportunities"),
    "contracts": QT_TRANSLATE_NOOP("export", "Contracts"),
    "incidents": QT_TRANSLATE_NOOP("export", "Incidents"),
    "meetings": QT_TRANSLATE_NOOP("export", "Meetings"),
    "action_items": QT_TRANSLATE_NOOP("export", "Action items"),
    "revenue": QT_TRANSLATE_NOOP("export", "Revenue by quarter"),
    "surveys": QT_TRANSLATE_NOOP("export", "Survey responses"),
}
KINDS = tuple(KIND_TITLES)
