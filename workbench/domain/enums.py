"""The closed vocabularies of the domain.

Each enum's *value* is what the database stores (and what CHECK constraints
allow), so values never change once released; labels for the UI live in the UI.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Sector(StrEnum):
    TECHNOLOGY = "technology"
    FINANCE = "finance"
    LOGISTICS = "logistics"
    CONSULTING = "consulting"
    MANUFACTURING = "manufacturing"
    TELECOM = "telecom"
    ADVERTISING = "advertising"
    PHARMA = "pharma"
    OTHER = "other"


class Tier(StrEnum):
    STRATEGIC = "strategic"
    KEY = "key"
    STANDARD = "standard"


class AccountStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    AT_RISK = "at_risk"
    CHURNED = "churned"


class Team(StrEnum):
    """Internal teams an account manager coordinates with (the seed's list)."""

    ACCOUNT_MANAGEMENT = "account_management"
    SALES = "sales"
    MARKETING = "marketing"
    OPERATIONS = "operations"
    SUPPORT = "support"
    FINANCE = "finance"


class DecisionRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    INFLUENCER = "influencer"
    CHAMPION = "champion"
    USER = "user"
    GATEKEEPER = "gatekeeper"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"
    CHAT = "chat"


class InteractionKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    VIDEO = "video"


class MeetingKind(StrEnum):
    REVIEW = "review"
    QBR = "qbr"
    NEGOTIATION = "negotiation"
    CRISIS = "crisis"
    OTHER = "other"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


class AttendeeRole(StrEnum):
    REQUIRED = "required"
    OPTIONAL = "optional"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class OpportunityKind(StrEnum):
    NEW = "new"
    CROSS_SELL = "cross_sell"
    UPSELL = "upsell"
    RENEWAL = "renewal"


class OpportunityStage(StrEnum):
    PROSPECTING = "prospecting"
    QUALIFICATION = "qualification"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    CLOSED_WON = "closed_won"
    CLOSED_LOST = "closed_lost"


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


class SectionKind(StrEnum):
    EXECUTIVE_SUMMARY = "executive_summary"
    CLIENT_NEEDS = "client_needs"
    SOLUTION = "solution"
    IMPLEMENTATION_PLAN = "implementation_plan"
    COMMERCIAL_TERMS = "commercial_terms"
    OTHER = "other"


class RenewalStatus(StrEnum):
    NOT_DUE = "not_due"
    IN_NEGOTIATION = "in_negotiation"
    RENEWED = "renewed"
    AUTO_RENEW = "auto_renew"
    NOT_RENEWING = "not_renewing"


class KpiDirection(StrEnum):
    """Whether an agreed KPI is met by reaching its target from below or above."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class KpiFrequency(StrEnum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class Severity(IntEnum):
    CRITICAL = 1
    HIGH = 2
    MEDIUM = 3
    LOW = 4


class IncidentCategory(StrEnum):
    DELIVERY_DELAY = "delivery_delay"
    CONTRACTUAL_MISUNDERSTANDING = "contractual_misunderstanding"
    COMMUNICATION_BREAKDOWN = "communication_breakdown"
    REQUIREMENT_CHANGE = "requirement_change"
    BUDGET_MISALIGNMENT = "budget_misalignment"
    QUALITY = "quality"
    OTHER = "other"


class IncidentStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    MITIGATING = "mitigating"
    RESOLVED = "resolved"
    CLOSED = "closed"


class TimelineActor(StrEnum):
    ACCOUNT_MANAGER = "account_manager"
    COLLEAGUE = "colleague"
    CLIENT = "client"


class CompensationForm(StrEnum):
    DISCOUNT_NEXT_ORDER = "discount_next_order"
    FREE_SERVICE = "free_service"
    CREDIT_NOTE = "credit_note"
    PARTIAL_DELIVERY = "partial_delivery"


class MarketNoteKind(StrEnum):
    COMPETITOR = "competitor"
    MARKET_TREND = "market_trend"
    REGULATION = "regulation"


class ChangeKind(StrEnum):
    """What a change in the field history did to its record."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class ChangeSource(StrEnum):
    """Where a change in the field history came from."""

    FORM = "form"
    IMPORT = "import"
    UNDO = "undo"
    RESTORE = "restore"
    MERGE = "merge"
    COMMAND = "command"
    SYNC = "sync"
    SYSTEM = "system"
