"""What each domain enum value is called, as translatable sources (context "enums").

Pure data: the interface (:func:`workbench.ui.common.enum_labels.enum_label`) and the
documents (client reports) translate these same sources, so one translation serves both.
"""

from __future__ import annotations

from enum import Enum

from workbench.domain import enums as e
from workbench.domain.validation import QT_TRANSLATE_NOOP

# fmt: off
_LABELS: tuple[tuple[Enum, str], ...] = (
    (e.Sector.TECHNOLOGY, QT_TRANSLATE_NOOP("enums", "Technology")),
    (e.Sector.FINANCE, QT_TRANSLATE_NOOP("enums", "Finance")),
    (e.Sector.LOGISTICS, QT_TRANSLATE_NOOP("enums", "Logistics")),
    (e.Sector.CONSULTING, QT_TRANSLATE_NOOP("enums", "Consulting")),
    (e.Sector.MANUFACTURING, QT_TRANSLATE_NOOP("enums", "Manufacturing")),
    (e.Sector.TELECOM, QT_TRANSLATE_NOOP("enums", "Telecom")),
    (e.Sector.ADVERTISING, QT_TRANSLATE_NOOP("enums", "Advertising")),
    (e.Sector.PHARMA, QT_TRANSLATE_NOOP("enums", "Pharma")),
    (e.Sector.OTHER, QT_TRANSLATE_NOOP("enums", "Other")),
    (e.Tier.STRATEGIC, QT_TRANSLATE_NOOP("enums", "Strategic")),
    (e.Tier.KEY, QT_TRANSLATE_NOOP("enums", "Key")),
    (e.Tier.STANDARD, QT_TRANSLATE_NOOP("enums", "Standard")),
    (e.AccountStatus.PROSPECT, QT_TRANSLATE_NOOP("enums", "Prospect")),
    (e.AccountStatus.ACTIVE, QT_TRANSLATE_NOOP("enums", "Active")),
    (e.AccountStatus.AT_RISK, QT_TRANSLATE_NOOP("enums", "At risk")),
    (e.AccountStatus.CHURNED, QT_TRANSLATE_NOOP("enums", "Churned")),
    (e.Team.ACCOUNT_MANAGEMENT, QT_TRANSLATE_NOOP("enums", "Account management")),
    (e.Team.SALES, QT_TRANSLATE_NOOP("enums", "Sales")),
    (e.Team.MARKETING, QT_TRANSLATE_NOOP("enums", "Marketing")),
    (e.Team.OPERATIONS, QT_TRANSLATE_NOOP("enums", "Operations")),
    (e.Team.SUPPORT, QT_TRANSLATE_NOOP("enums", "Support")),
    (e.Team.FINANCE, QT_TRANSLATE_NOOP("enums", "Finance team")),
    (e.DecisionRole.DECISION_MAKER, QT_TRANSLATE_NOOP("enums", "Decision maker")),
    (e.DecisionRole.ECONOMIC_BUYER, QT_TRANSLATE_NOOP("enums", "Economic buyer")),
    (e.DecisionRole.INFLUENCER, QT_TRANSLATE_NOOP("enums", "Influencer")),
    (e.DecisionRole.CHAMPION, QT_TRANSLATE_NOOP("enums", "Champion")),
    (e.DecisionRole.USER, QT_TRANSLATE_NOOP("enums", "User")),
    (e.DecisionRole.GATEKEEPER, QT_TRANSLATE_NOOP("enums", "Gatekeeper")),
    (e.Channel.EMAIL, QT_TRANSLATE_NOOP("enums", "E-mail")),
    (e.Channel.PHONE, QT_TRANSLATE_NOOP("enums", "Phone")),
    (e.Channel.VIDEO, QT_TRANSLATE_NOOP("enums", "Video call")),
    (e.Channel.IN_PERSON, QT_TRANSLATE_NOOP("enums", "In person")),
    (e.Channel.CHAT, QT_TRANSLATE_NOOP("enums", "Chat")),
    (e.InteractionKind.CALL, QT_TRANSLATE_NOOP("enums", "Call")),
    (e.InteractionKind.EMAIL, QT_TRANSLATE_NOOP("enums", "E-mail")),
    (e.InteractionKind.VISIT, QT_TRANSLATE_NOOP("enums", "Visit")),
    (e.InteractionKind.VIDEO, QT_TRANSLATE_NOOP("enums", "Video call")),
    (e.OpportunityKind.NEW, QT_TRANSLATE_NOOP("enums", "New business")),
    (e.OpportunityKind.CROSS_SELL, QT_TRANSLATE_NOOP("enums", "Cross-sell")),
    (e.OpportunityKind.UPSELL, QT_TRANSLATE_NOOP("enums", "Upsell")),
    (e.OpportunityKind.RENEWAL, QT_TRANSLATE_NOOP("enums", "Renewal")),
    (e.OpportunityStage.PROSPECTING, QT_TRANSLATE_NOOP("enums", "Prospecting")),
    (e.OpportunityStage.QUALIFICATION, QT_TRANSLATE_NOOP("enums", "Qualification")),
    (e.OpportunityStage.PROPOSAL, QT_TRANSLATE_NOOP("enums", "Proposal")),
    (e.OpportunityStage.NEGOTIATION, QT_TRANSLATE_NOOP("enums", "Negotiation")),
    (e.OpportunityStage.CLOSED_WON, QT_TRANSLATE_NOOP("enums", "Won")),
    (e.OpportunityStage.CLOSED_LOST, QT_TRANSLATE_NOOP("enums", "Lost")),
    (e.RenewalStatus.NOT_DUE, QT_TRANSLATE_NOOP("enums", "Not due")),
    (e.RenewalStatus.IN_NEGOTIATION, QT_TRANSLATE_NOOP("enums", "In negotiation")),
    (e.RenewalStatus.RENEWED, QT_TRANSLATE_NOOP("enums", "Renewed")),
    (e.RenewalStatus.AUTO_RENEW, QT_TRANSLATE_NOOP("enums", "Renews automatically")),
    (e.RenewalStatus.NOT_RENEWING, QT_TRANSLATE_NOOP("enums", "Not renewing")),
    (e.KpiDirection.AT_LEAST, QT_TRANSLATE_NOOP("enums", "At least")),
    (e.KpiDirection.AT_MOST, QT_TRANSLATE_NOOP("enums", "At most")),
    (e.KpiFrequency.WEEKLY, QT_TRANSLATE_NOOP("enums", "Weekly")),
    (e.KpiFrequency.MONTHLY, QT_TRANSLATE_NOOP("enums", "Monthly")),
    (e.KpiFrequency.QUARTERLY, QT_TRANSLATE_NOOP("enums", "Quarterly")),
    (e.MarketNoteKind.COMPETITOR, QT_TRANSLATE_NOOP("enums", "Competitor")),
    (e.MarketNoteKind.MARKET_TREND, QT_TRANSLATE_NOOP("enums", "Market trend")),
    (e.MarketNoteKind.REGULATION, QT_TRANSLATE_NOOP("enums", "Regulation")),
    (e.ActionStatus.OPEN, QT_TRANSLATE_NOOP("enums", "Open")),
    (e.ActionStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("enums", "In progress")),
    (e.ActionStatus.DONE, QT_TRANSLATE_NOOP("enums", "Done")),
    (e.ActionStatus.CANCELLED, QT_TRANSLATE_NOOP("enums", "Cancelled")),
    (e.ChangeKind.CREATE, QT_TRANSLATE_NOOP("enums", "Created")),
    (e.ChangeKind.UPDATE, QT_TRANSLATE_NOOP("enums", "Changed")),
    (e.ChangeKind.DELETE, QT_TRANSLATE_NOOP("enums", "Deleted")),
    (e.ChangeSource.FORM, QT_TRANSLATE_NOOP("enums", "Edit")),
    (e.ChangeSource.IMPORT, QT_TRANSLATE_NOOP("enums", "Import")),
    (e.ChangeSource.UNDO, QT_TRANSLATE_NOOP("enums", "Undo")),
    (e.ChangeSource.RESTORE, QT_TRANSLATE_NOOP("enums", "Restore")),
    (e.ChangeSource.MERGE, QT_TRANSLATE_NOOP("enums", "Merge")),
    (e.ChangeSource.COMMAND, QT_TRANSLATE_NOOP("enums", "Command line")),
    (e.ChangeSource.SYNC, QT_TRANSLATE_NOOP("enums", "Sync")),
    (e.ChangeSource.SYSTEM, QT_TRANSLATE_NOOP("enums", "Automatic")),
    (e.Severity.CRITICAL, QT_TRANSLATE_NOOP("enums", "Critical")),
    (e.Severity.HIGH, QT_TRANSLATE_NOOP("enums", "High")),
    (e.Severity.MEDIUM, QT_TRANSLATE_NOOP("enums", "Medium")),
    (e.Severity.LOW, QT_TRANSLATE_NOOP("enums", "Low")),
    (e.IncidentStatus.OPEN, QT_TRANSLATE_NOOP("enums", "Open")),
    (e.IncidentStatus.ACKNOWLEDGED, QT_TRANSLATE_NOOP("enums", "Acknowledged")),
    (e.IncidentStatus.MITIGATING, QT_TRANSLATE_NOOP("enums", "Mitigating")),
    (e.IncidentStatus.RESOLVED, QT_TRANSLATE_NOOP("enums", "Resolved")),
    (e.IncidentStatus.CLOSED, QT_TRANSLATE_NOOP("enums", "Closed")),
    (e.ProposalStatus.DRAFT, QT_TRANSLATE_NOOP("enums", "Draft")),
    (e.ProposalStatus.SENT, QT_TRANSLATE_NOOP("enums", "Sent")),
    (e.ProposalStatus.ACCEPTED, QT_TRANSLATE_NOOP("enums", "Accepted")),
    (e.ProposalStatus.REJECTED, QT_TRANSLATE_NOOP("enums", "Rejected")),
    (e.ProposalStatus.EXPIRED, QT_TRANSLATE_NOOP("enums", "Expired")),
    (e.MeetingKind.REVIEW, QT_TRANSLATE_NOOP("enums", "Review")),
    (e.MeetingKind.QBR, QT_TRANSLATE_NOOP("enums", "QBR")),
    (e.MeetingKind.NEGOTIATION, QT_TRANSLATE_NOOP("enums", "Negotiation")),
    (e.MeetingKind.CRISIS, QT_TRANSLATE_NOOP("enums", "Crisis")),
    (e.MeetingKind.OTHER, QT_TRANSLATE_NOOP("enums", "Other")),
    (e.MeetingMode.IN_PERSON, QT_TRANSLATE_NOOP("enums", "In person")),
    (e.MeetingMode.VIRTUAL, QT_TRANSLATE_NOOP("enums", "Video call")),
    (e.AttendeeRole.REQUIRED, QT_TRANSLATE_NOOP("enums", "Required")),
    (e.AttendeeRole.OPTIONAL, QT_TRANSLATE_NOOP("enums", "Optional")),
    (e.IncidentCategory.DELIVERY_DELAY, QT_TRANSLATE_NOOP("enums", "Delivery delay")),
    (e.IncidentCategory.CONTRACTUAL_MISUNDERSTANDING, QT_TRANSLATE_NOOP("enums", "Contractual misunderstanding")),
    (e.IncidentCategory.COMMUNICATION_BREAKDOWN, QT_TRANSLATE_NOOP("enums", "Communication breakdown")),
    (e.IncidentCategory.REQUIREMENT_CHANGE, QT_TRANSLATE_NOOP("enums", "Requirement change")),
    (e.IncidentCategory.BUDGET_MISALIGNMENT, QT_TRANSLATE_NOOP("enums", "Budget misalignment")),
    (e.IncidentCategory.QUALITY, QT_TRANSLATE_NOOP("enums", "Quality")),
    (e.IncidentCategory.OTHER, QT_TRANSLATE_NOOP("enums", "Other")),
    (e.CompensationForm.DISCOUNT_NEXT_ORDER, QT_TRANSLATE_NOOP("enums", "Discount on next order")),
    (e.CompensationForm.FREE_SERVICE, QT_TRANSLATE_NOOP("enums", "Free service")),
    (e.CompensationForm.CREDIT_NOTE, QT_TRANSLATE_NOOP("enums", "Credit note")),
    (e.CompensationForm.PARTIAL_DELIVERY, QT_TRANSLATE_NOOP("enums", "Partial delivery")),
    (e.TimelineActor.ACCOUNT_MANAGER, QT_TRANSLATE_NOOP("enums", "Account manager")),
    (e.TimelineActor.COLLEAGUE, QT_TRANSLATE_NOOP("enums", "Colleague")),
    (e.TimelineActor.CLIENT, QT_TRANSLATE_NOOP("enums", "Client")),
    (e.SectionKind.EXECUTIVE_SUMMARY, QT_TRANSLATE_NOOP("enums", "Executive summary")),
    (e.SectionKind.CLIENT_NEEDS, QT_TRANSLATE_NOOP("enums", "Understanding of your needs")),
    (e.SectionKind.SOLUTION, QT_TRANSLATE_NOOP("enums", "Proposed solution")),
    (e.SectionKind.IMPLEMENTATION_PLAN, QT_TRANSLATE_NOOP("enums", "Implementation plan")),
    (e.SectionKind.COMMERCIAL_TERMS, QT_TRANSLATE_NOOP("enums", "Commercial terms")),
    (e.SectionKind.OTHER, QT_TRANSLATE_NOOP("enums", "Other section")),
)
# fmt: on


# Keyed by (enum class, value): StrEnum members equal their strings, so Sector.FINANCE
# and Team.FINANCE would otherwise be the same key.
ENUM_NAMES: dict[tuple[type, object], str] = {
    (type(member), member.value): label for member, label in _LABELS
}


def enum_source(value: Enum) -> str | None:
    """The untranslated name of *value* (``None`` for a value nobody named)."""
    return ENUM_NAMES.get((type(value), value.value))


def fallback_name(value: Enum) -> str:
    """A readable form for a value without a name: ``in_progress`` → "In progress"."""
    return str(value.value).replace("_", " ").capitalize()
