"""Any kind of record out to CSV or Excel: accounts, contacts, opportunities, incidents, …

One row per record, the columns named as in the database (``name``, ``client_since``,
``external_id``…) so a file exported here is recognised when imported back; the last is
the record's ``uid``, the identity that is the same on every machine, so importing the file
into another database updates the same records there (:mod:`workbench.services.import_plan`). Values
stay typed in Excel (numbers, dates, amounts); text that a spreadsheet would run as
a formula is neutralised (:mod:`workbench.io.table_export`). Rows are read in batches,
so 100,000 contacts never sit in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from workbench.io.table_export import Cell, write_csv, write_xlsx
from workbench.services.export_kinds import KINDS
from workbench.services.progress import Progress
from workbench.store.models import (
    Account,
    ActionItem,
    Colleague,
    Contact,
    Contract,
    Incident,
    Meeting,
    Opportunity,
    RevenueRecord,
    SurveyResponse,
)

BATCH = 5_000


def _accounts() -> Any:
    parent, owner = aliased(Account), aliased(Colleague)
    return (
        select(
            Account.id,
            Account.name,
            parent.name.label("parent"),
            Account.sector,
            Account.tier,
            Account.status,
            Account.country,
            Account.time_zone,
            Account.currency,
            owner.name.label("owner"),
            Account.website,
            Account.email_domain,
            Account.external_id,
            Account.client_since,
            Account.churned_on,
            Account.won_back_on,
            Account.description,
            Account.uid,
        )
        .outerjoin(parent, parent.id == Account.parent_id)
        .outerjoin(owner, owner.id == Account.owner_id)
        .order_by(Account.id)
    )


def _with_account(*columns: Any) -> Any:
    return select(*columns[:1], Account.name.label("account"), *columns[1:])


_STATEMENTS: dict[str, Any] = {
    "accounts": _accounts,
    "contacts": lambda: (
        _with_account(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.phone,
            Contact.job_title,
            Contact.decision_role,
            Contact.preferred_channel,
            Contact.language,
            Contact.is_primary,
            Contact.external_id,
            Contact.uid,
        )
        .join(Account, Account.id == Contact.account_id)
        .order_by(Contact.id)
    ),
    "opportunities": lambda: (
        _with_account(
            Opportunity.id,
            Opportunity.name,
            Opportunity.kind,
            Opportunity.stage,
            Opportunity.amount,
            Opportunity.currency,
            Opportunity.probability,
            Opportunity.expected_close,
            Opportunity.external_id,
            Opportunity.uid,
        )
        .join(Account, Account.id == Opportunity.account_id)
        .order_by(Opportunity.id)
    ),
    "contracts": lambda: (
        _with_account(
            Contract.id,
            Contract.title,
            Contract.starts_on,
            Contract.ends_on,
            Contract.annual_value,
            Contract.currency,
            Contract.notice_days,
            Contract.renewal_status,
            Contract.external_id,
            Contract.uid,
        )
        .join(Account, Account.id == Contract.account_id)
        .order_by(Contract.id)
    ),
    "incidents": lambda: (
        _with_account(
            Incident.id,
            Incident.title,
            Incident.category,
            Incident.severity,
            Incident.status,
            Incident.reported_at,
            Incident.acknowledged_at,
            Incident.resolved_at,
            Incident.closed_at,
            Incident.description,
            Incident.client_impact,
            Incident.root_cause,
            Incident.resolution,
            Incident.external_id,
            Incident.uid,
        )
        .join(Account, Account.id == Incident.account_id)
        .order_by(Incident.id)
    ),
    "meetings": lambda: (
        _with_account(
            Meeting.id,
            Meeting.title,
            Meeting.kind,
            Meeting.mode,
            Meeting.starts_at,
            Meeting.ends_at,
            Meeting.time_zone,
            Meeting.rrule,
            Meeting.location,
            Meeting.link,
            Meeting.agenda,
            Meeting.minutes,
            Meeting.uid,
        )
        .join(Account, Account.id == Meeting.account_id)
        .order_by(Meeting.id)
    ),
    "action_items": lambda: (
        _with_account(
            ActionItem.id,
            ActionItem.title,
            ActionItem.owner_team,
            ActionItem.due_on,
            ActionItem.status,
            ActionItem.completed_at,
            ActionItem.details,
            ActionItem.uid,
        )
        .join(Account, Account.id == ActionItem.account_id)
        .order_by(ActionItem.id)
    ),
    "revenue": lambda: (
        _with_account(
            RevenueRecord.id,
            Account.currency,
            RevenueRecord.period,
            RevenueRecord.revenue,
            RevenueRecord.cost,
            RevenueRecord.uid,
        )
        .join(Account, Account.id == RevenueRecord.account_id)
        .order_by(RevenueRecord.account_id, RevenueRecord.period)
    ),
    "surveys": lambda: (
        _with_account(
            SurveyResponse.id,
            SurveyResponse.responded_on,
            SurveyResponse.score,
            SurveyResponse.comment,
            SurveyResponse.uid,
        )
        .join(Account, Account.id == SurveyResponse.account_id)
        .order_by(SurveyResponse.id)
    ),
}

if tuple(_STATEMENTS) != KINDS:  # one list of kinds, in one order, for every caller
    raise RuntimeError("entity_export's statements and export_kinds.KINDS differ")


def _cell(value: Any) -> Cell:
    if isinstance(value, UUID):
        return str(value)  # the canonical form with dashes; import reads it or the bare 32 digits
    if isinstance(value, Enum):
        return str(value.value) if not isinstance(value.value, int) else int(value.value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value  # aware UTC: the CSV says so (+00:00); Excel gets the UTC clock time
    return value


def export_rows(
    session: Session, kind: str, progress: Progress | None = None
) -> tuple[list[str], Iterator[Sequence[Cell]]]:
    """The headers and a stream of typed rows of *kind*."""
    statement = _STATEMENTS[kind]()
    result = session.execute(statement.execution_options(yield_per=BATCH))
    headers = list(result.keys())
    progress = progress or Progress()

    def rows() -> Iterator[Sequence[Cell]]:
        for count, row in enumerate(result, start=1):
            if count % BATCH == 0:
                progress.advance(count, 0, kind)
            yield [_cell(value) for value in row]

    return headers, rows()


def export_entity(
    session: Session, kind: str, path: Path, fmt: str, progress: Progress | None = None
) -> int:
    """Write every record of *kind* to *path* as ``csv`` or ``xlsx``; returns the row count."""
    if kind not in _STATEMENTS:
        raise KeyError(kind)
    headers, rows = export_rows(session, kind, progress)
    if fmt == "csv":
        return write_csv(path, headers, rows)
    if fmt == "xlsx":
        return write_xlsx(path, headers, rows, sheet=kind)
    raise ValueError(f"unknown export format {fmt!r}")
