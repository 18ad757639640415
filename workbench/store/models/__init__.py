"""All mapped tables; importing this package registers every model on ``Base.metadata``."""

from __future__ import annotations

from workbench.store.history import install as _install_history
from workbench.store.models.accounts import (
    Account,
    AccountShare,
    Colleague,
    Contact,
    MarketNote,
)
from workbench.store.models.activity import ActionItem, Interaction
from workbench.store.models.base import Base
from workbench.store.models.calendar import Meeting, MeetingAttendee, MeetingException
from workbench.store.models.commercial import (
    AccountBudget,
    Contract,
    Opportunity,
    Product,
    RevenueRecord,
)
from workbench.store.models.history import FieldChange, Operation
from workbench.store.models.imports import ImportChange, ImportRun
from workbench.store.models.incidents import (
    Compensation,
    Incident,
    IncidentEvent,
    IncidentStatusChange,
    IncidentTeam,
)
from workbench.store.models.kpis import AgreedKpi, HealthSnapshot, KpiMeasurement, SurveyResponse
from workbench.store.models.proposals import (
    Proposal,
    ProposalLineItem,
    ProposalPhase,
    ProposalRoi,
    ProposalSection,
    ProposalVersion,
)
from workbench.store.models.settings import Setting
from workbench.store.models.sync import SyncRecord, SyncState
from workbench.store.search_index import install as _install_search_index

# create_all makes the full-text index and its triggers too, as migration 0004 does.
_install_search_index(Base.metadata)
# And the field history's triggers, as every migration's end does (store.history).
_install_history(Base.metadata)

__all__ = [
    "Account",
    "AccountBudget",
    "AccountShare",
    "ActionItem",
    "AgreedKpi",
    "Base",
    "Colleague",
    "Compensation",
    "Contact",
    "Contract",
    "FieldChange",
    "HealthSnapshot",
    "ImportChange",
    "ImportRun",
    "Incident",
    "IncidentEvent",
    "IncidentStatusChange",
    "IncidentTeam",
    "Interaction",
    "KpiMeasurement",
    "MarketNote",
    "Meeting",
    "MeetingAttendee",
    "MeetingException",
    "Operation",
    "Opportunity",
    "Product",
    "Proposal",
    "ProposalLineItem",
    "ProposalPhase",
    "ProposalRoi",
    "ProposalSection",
    "ProposalVersion",
    "RevenueRecord",
    "Setting",
    "SurveyResponse",
    "SyncRecord",
    "SyncState",
]
