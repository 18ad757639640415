"""What each domain enum value is called in the interface (translated in context "enums")."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from workbench.domain import enums as e
from workbench.domain.validation import QT_TRANSLATE_NOOP as N

# fmt: off
_LABELS: tuple[tuple[Enum, str], ...] = (
    (e.Sector.TECHNOLOGY, N("enums", "Technology")),
    (e.Sector.FINANCE, N("enums", "Finance")),
    (e.Sector.LOGISTICS, N("enums", "Logistics")),
    (e.Sector.CONSULTING, N("enums", "Consulting")),
    (e.Sector.MANUFACTURING, N("enums", "Manufacturing")),
    (e.Sector.TELECOM, N("enums", "Telecom")),
    (e.Sector.ADVERTISING, N("enums", "Advertising")),
    (e.Sector.PHARMA, N("enums", "Pharma")),
    (e.Sector.OTHER, N("enums", "Other")),
    (e.Tier.STRATEGIC, N("enums", "Strategic")),
    (e.Tier.KEY, N("enums", "Key")),
    (e.Tier.STANDARD, N("enums", "Standard")),
    (e.AccountStatus.PROSPECT, N("enums", "Prospect")),
    (e.AccountStatus.ACTIVE, N("enums", "Active")),
    (e.AccountStatus.AT_RISK, N("enums", "At risk")),
    (e.AccountStatus.CHURNED, N("enums", "Churned")),
    (e.Team.ACCOUNT_MANAGEMENT, N("enums", "Account management")),
    (e.Team.SALES, N("enums", "Sales")),
    (e.Team.MARKETING, N("enums", "Marketing")),
    (e.Team.OPERATIONS, N("enums", "Operations")),
    (e.Team.SUPPORT, N("enums", "Support")),
    (e.Team.FINANCE, N("enums", "Finance team")),
    (e.DecisionRole.DECISION_MAKER, N("enums", "Decision maker")),
    (e.DecisionRole.ECONOMIC_BUYER, N("enums", "Economic buyer")),
    (e.DecisionRole.INFLUENCER, N("enums", "Influencer")),
    (e.DecisionRole.CHAMPION, N("enums", "Champion")),
    (e.DecisionRole.USER, N("enums", "User")),
    (e.DecisionRole.GATEKEEPER, N("enums", "Gatekeeper")),
    (e.Channel.EMAIL, N("enums", "E-mail")),
    (e.Channel.PHONE, N("enums", "Phone")),
    (e.Channel.VIDEO, N("enums", "Video call")),
    (e.Channel.IN_PERSON, N("enums", "In person")),
    (e.Channel.CHAT, N("enums", "Chat")),
    (e.InteractionKind.CALL, N("enums", "Call")),
    (e.InteractionKind.EMAIL, N("enums", "E-mail")),
    (e.InteractionKind.VISIT, N("enums", "Visit")),
    (e.InteractionKind.VIDEO, N("enums", "Video call")),
    (e.OpportunityKind.NEW, N("enums", "New business")),
    (e.OpportunityKind.CROSS_SELL, N("enums", "Cross-sell")),
    (e.OpportunityKind.UPSELL, N("enums", "Upsell")),
    (e.OpportunityKind.RENEWAL, N("enums", "Renewal")),
    (e.OpportunityStage.PROSPECTING, N("enums", "Prospecting")),
    (e.OpportunityStage.QUALIFICATION, N("enums", "Qualification")),
    (e.OpportunityStage.PROPOSAL, N("enums", "Proposal")),
    (e.OpportunityStage.NEGOTIATION, N("enums", "Negotiation")),
    (e.OpportunityStage.CLOSED_WON, N("enums", "Won")),
    (e.OpportunityStage.CLOSED_LOST, N("enums", "Lost")),
    (e.RenewalStatus.NOT_DUE, N("enums", "Not due")),
    (e.RenewalStatus.IN_NEGOTIATION, N("enums", "In negotiation")),
    (e.RenewalStatus.RENEWED, N("enums", "Renewed")),
    (e.RenewalStatus.AUTO_RENEW, N("enums", "Renews automatically")),
    (e.RenewalStatus.NOT_RENEWING, N("enums", "Not renewing")),
    (e.KpiDirection.AT_LEAST, N("enums", "At least")),
    (e.KpiDirection.AT_MOST, N("enums", "At most")),
    (e.KpiFrequency.WEEKLY, N("enums", "Weekly")),
    (e.KpiFrequency.MONTHLY, N("enums", "Monthly")),
    (e.KpiFrequency.QUARTERLY, N("enums", "Quarterly")),
    (e.MarketNoteKind.COMPETITOR, N("enums", "Competitor")),
    (e.MarketNoteKind.MARKET_TREND, N("enums", "Market trend")),
    (e.MarketNoteKind.REGULATION, N("enums", "Regulation")),
    (e.ActionStatus.OPEN, N("enums", "Open")),
    (e.ActionStatus.IN_PROGRESS, N("enums", "In progress")),
    (e.ActionStatus.DONE, N("enums", "Done")),
    (e.ActionStatus.CANCELLED, N("enums", "Cancelled")),
)
# fmt: on


# Keyed by (enum class, value): StrEnum members equal their strings, so Sector.FINANCE
# and Team.FINANCE would otherwise be the same key.
_BY_CLASS = {(type(member), member.value): label for member, label in _LABELS}


def enum_label(value: Enum) -> str:
    """The translated name of *value*; unknown values fall back to a readable form."""
    source = _BY_CLASS.get((type(value), value.value))
    if source is None:
        return str(value.value).replace("_", " ").capitalize()
    return QCoreApplication.translate("enums", source)
