"""An import worked out before anything is written: each row read, checked and matched.

:func:`plan_import` reads every mapped cell (:mod:`import_cells`), refuses rows that
lack what the database needs, resolves each row's account (by its id in the other
system, then by name, from the database or from the file itself) and finds
duplicates: the same id in the other system is the same record, so a re-import
updates it; the same name, e-mail or e-mail domain is *probably* the same, and the
user chooses to merge, skip or create. A row with a UID (our own export's last column)
is first of all that record: a stored UID updates it whatever its name now, a new one is
created with it, so a file exported on one machine keeps its records' identities on
another; two rows with one UID are both refused. Nothing is written here; the preview
shows the plan and :mod:`import_write` carries it out in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from workbench.domain.enums import AccountStatus, Sector, Tier
from workbench.domain.text import has_control_characters, normalized, without_control_characters
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.io.delimited import DelimitedTable
from workbench.io.import_values import clean
from workbench.services.import_cells import CellNote, CellRefused, ColumnReader, read_uid
from workbench.services.import_fields import FIELDS, field_of
from workbench.services.import_layouts import Mapping
from workbench.services.progress import Progress
from workbench.store.models import (
    Account,
    AgreedKpi,
    Base,
    Contact,
    Incident,
    KpiMeasurement,
    Opportunity,
    RevenueRecord,
    SurveyResponse,
)


class Action(StrEnum):
    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"
    REFUSE = "refuse"


#: What a duplicate (not the same id, but the same name, e-mail or domain) becomes.
DUPLICATE_ACTIONS = (Action.MERGE, Action.SKIP, Action.CREATE)


@dataclass(frozen=True)
class RowNote:
    """A problem of a row (``refused``) or a change made to it; *column* is the file's."""

    column: str
    template: str  # context "import"
    values: dict[str, object]
    refused: bool

    def text(self, translate: Callable[[str], str] = lambda text: text) -> str:
        values = {key: _shown(value) for key, value in self.values.items()}
        if "field" in values:  # a field's label, itself translatable
            values["field"] = translate(str(values["field"]))
        return translate(self.template).format(**values)


#: Characters of a cell a note quotes: a 100,000-character cell is not repeated whole.
NOTE_QUOTE_LIMIT = 200


def _shown(value: object) -> object:
    if isinstance(value, str) and len(value) > NOTE_QUOTE_LIMIT:
        return value[:NOTE_QUOTE_LIMIT] + "…"
    return value


@dataclass(frozen=True)
class Match:
    """An existing record a row is (``same_record``) or may be the same as."""

    record_id: int
    reason: str  # uid, external_id, name, email, email_domain, key
    same_record: bool


#: Why a row is (or may be) a stored record, by :attr:`Match.reason`; context "import".
MATCH_REASONS = {
    "uid": QT_TRANSLATE_NOOP("import", "the same UID"),
    "external_id": QT_TRANSLATE_NOOP("import", "the same id in the other system"),
    "name": QT_TRANSLATE_NOOP("import", "the same name"),
    "email": QT_TRANSLATE_NOOP("import", "the same e-mail address"),
    "email_domain": QT_TRANSLATE_NOOP("import", "the same e-mail domain"),
    "key": QT_TRANSLATE_NOOP("import", "the same details"),
}


def match_text(match: Match, translate: Callable[[str], str] = lambda text: text) -> str:
    """ "already stored (the same name)" or "probably already stored (…)", translated."""
    reason = translate(MATCH_REASONS.get(match.reason, MATCH_REASONS["key"]))
    if match.same_record:
        return translate(QT_TRANSLATE_NOOP("import", "already stored ({reason})")).format(
            reason=reason
        )
    return translate(QT_TRANSLATE_NOOP("import", "probably already stored ({reason})")).format(
        reason=reason
    )


@dataclass
class PlannedRow:
    number: int  # 1-based, the header not counted
    values: dict[str, Any]
    notes: list[RowNote] = field(default_factory=list)
    match: Match | None = None
    action: Action = Action.CREATE
    #: Row (number) earlier in this file that this one refers to as its parent.
    parent_row: int | None = None
    #: Name of an account to create for this row (``create_missing_accounts``).
    new_account: str | None = None

    @property
    def refused(self) -> bool:
        return any(note.refused for note in self.notes)


@dataclass(frozen=True)
class ImportOptions:
    #: What a probable duplicate becomes unless the user chooses per row.
    on_duplicate: Action = Action.MERGE
    #: For accounts whose file gives no country (the currency and zone follow it).
    country: str = "ES"
    sector: Sector = Sector.OTHER
    tier: Tier = Tier.STANDARD
    status: AccountStatus = AccountStatus.PROSPECT
    #: The account of every row when the file has no account column (e.g. tickets).
    account_for_all: int | None = None
    #: Rows naming an account that does not exist create it (else they are refused).
    create_missing_accounts: bool = False


@dataclass
class ImportPlan:
    kind: str
    source: str
    layout: str
    mapping: Mapping
    options: ImportOptions
    rows: list[PlannedRow]
    today: date

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action == action)

    def problem_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.notes]

    def choose(self, number: int, action: Action) -> None:
        """The user's choice for a probable duplicate (row *number*)."""
        row = self.rows[number - 1]
        if row.match is None or row.match.same_record or row.refused:
            raise ValueError(f"row {number} is not a probable duplicate")
        row.action = action


def _note(column: str, template: str, refused: bool = True, **values: object) -> RowNote:
    return RowNote(column, template, values, refused)


_EMPTY = QT_TRANSLATE_NOOP("import", "empty, and every row needs one")
_NO_COLUMN = QT_TRANSLATE_NOOP("import", "no column holds {field}, and every row needs one")


class _Lookup:
    """Existing records by the keys rows are matched on, loaded once per import."""

    def __init__(self, session: Session, kind: str, uids: bool = False) -> None:
        self.session = session
        #: Stored uid (its 32 hexadecimal digits, as stored) → its record, loaded only for a
        #: file with a UID column.
        self.by_uid: dict[str, int] = {}
        self.uids = uids
        if uids:
            table = Base.metadata.tables[TABLES[kind]]
            stored = type_coerce(table.c.uid, String)  # not made a UUID for each record
            self.by_uid = {
                uid: record for uid, record in session.execute(select(stored, table.c.id))
            }
        self.accounts_by_external: dict[str, int] = {}
        self.accounts_by_name: dict[str, int | None] = {}  # None: more than one
        self.account_currency: dict[int, str] = {}
        for account_id, name, external, currency in session.execute(
            select(Account.id, Account.name, Account.external_id, Account.currency)
        ):
            if external:
                self.accounts_by_external[external_key(external)] = account_id
            key = name.casefold()
            self.accounts_by_name[key] = None if key in self.accounts_by_name else account_id
            self.account_currency[account_id] = currency
        self.by_external: dict[str, int] = {}
        #: Record id → its id in the other system, for records that have one.
        self.external_of: dict[int, str] = {}
        self.by_key: dict[Any, int] = {}
        self.by_domain: dict[str, int] = {}
        #: Account → its primary contact, and the primary contacts.
        self.primary_of: dict[int, int] = {}
        self.primary_contacts: set[int] = set()
        self.contacts_by_email: dict[tuple[int, str], int] = {}
        self.kpis: dict[tuple[int, str], int] = {}
        #: Account → its stored parent.
        self.parents: dict[int, int] = {}
        #: Incidents with an id in the other system (any, for a file with UIDs) → their
        #: stored moments (``_MOMENTS``).
        self.moments: dict[int, dict[str, datetime]] = {}
        getattr(self, f"_load_{kind}")()

    def _load_accounts(self) -> None:
        for account_id, parent_id in self.session.execute(select(Account.id, Account.parent_id)):
            if parent_id is not None:
                self.parents[account_id] = parent_id
        self.by_external = dict(self.accounts_by_external)
        self.external_of = {record: external for external, record in self.by_external.items()}
        self.by_key = {k: v for k, v in self.accounts_by_name.items() if v is not None}
        for account_id, domain in self.session.execute(
            select(Account.id, Account.email_domain).where(Account.email_domain.is_not(None))
        ):
            self.by_domain.setdefault(str(domain).casefold(), account_id)

    def _load_external(self, model: Any, key_columns: tuple[Any, ...]) -> None:
        for record_id, external, *key in self.session.execute(
            select(model.id, model.external_id, *key_columns)
        ):
            if external:
                self.by_external[external_key(external)] = record_id
                self.external_of[record_id] = external_key(external)
            self.by_key[_key(*key)] = record_id

    def _load_contacts(self) -> None:
        # Folded in Python: SQLite's lower() leaves non-ASCII letters (É, Ø) as they are.
        self._load_external(Contact, (Contact.email,))
        self.by_key.pop(_key(None), None)
        for contact_id, account_id in self.session.execute(
            select(Contact.id, Contact.account_id).where(Contact.is_primary)
        ):
            self.primary_of[account_id] = contact_id
            self.primary_contacts.add(contact_id)

    def _load_opportunities(self) -> None:
        self._load_external(Opportunity, (Opportunity.account_id, Opportunity.name))

    def _load_incidents(self) -> None:
        self._load_external(Incident, (Incident.account_id, Incident.title, Incident.reported_at))
        columns = [getattr(Incident, key) for key in _MOMENTS]
        known = select(Incident.id, *columns)
        if not self.uids:
            known = known.where(Incident.external_id.is_not(None))
        for record_id, *moments in self.session.execute(known):
            self.moments[record_id] = {
                key: moment for key, moment in zip(_MOMENTS, moments, strict=True) if moment
            }

    def _load_revenue(self) -> None:
        for record_id, account_id, period in self.session.execute(
            select(RevenueRecord.id, RevenueRecord.account_id, RevenueRecord.period)
        ):
            self.by_key[(account_id, period)] = record_id

    def _load_surveys(self) -> None:
        for record_id, *key in self.session.execute(
            select(
                SurveyResponse.id,
                SurveyResponse.account_id,
                SurveyResponse.responded_on,
                SurveyResponse.score,
                SurveyResponse.comment,
            )
        ):
            self.by_key[_key(*key)] = record_id
        self._load_contact_emails()

    def _load_contact_emails(self) -> None:
        for contact_id, account_id, email in self.session.execute(
            select(Contact.id, Contact.account_id, Contact.email).where(Contact.email.is_not(None))
        ):
            self.contacts_by_email.setdefault((account_id, str(email).casefold()), contact_id)

    def _load_kpi_measurements(self) -> None:
        for kpi_id, account_id, name in self.session.execute(
            select(AgreedKpi.id, AgreedKpi.account_id, AgreedKpi.name)
        ):
            self.kpis[(account_id, name.casefold())] = kpi_id
        for record_id, kpi_id, day in self.session.execute(
            select(KpiMeasurement.id, KpiMeasurement.kpi_id, KpiMeasurement.measured_on)
        ):
            self.by_key[(kpi_id, day)] = record_id


#: The table of each kind of record.
TABLES = {
    "accounts": "accounts",
    "contacts": "contacts",
    "opportunities": "opportunities",
    "incidents": "incidents",
    "revenue": "revenue_records",
    "surveys": "survey_responses",
    "kpi_measurements": "kpi_measurements",
}

#: An incident's moments, the report first.
_MOMENTS = ("reported_at", "acknowledged_at", "resolved_at", "closed_at")


_SALESFORCE_CASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"


def external_key(identifier: str) -> str:
    """An id in the other system as it is matched: a Salesforce id in its 15-character form
    (the 18-character one adds three characters that encode the case of the first 15)."""
    if len(identifier) != 18 or not identifier.isascii() or not identifier.isalnum():
        return identifier
    short = identifier[:15]
    suffix = "".join(
        _SALESFORCE_CASE[sum(1 << i for i, c in enumerate(short[at : at + 5]) if c.isupper())]
        for at in (0, 5, 10)
    )
    return short if identifier[15:] == suffix else identifier


_NAME_LIMIT = 200  # accounts.name


def _is_an_id(reference: str) -> bool:
    """Whether an account reference is an id in another system (a HubSpot number, a
    Salesforce 15- or 18-character id) rather than a name to create an account with."""
    if reference.isdigit():
        return True
    if len(reference) == 18:
        return external_key(reference) != reference  # its checksum holds
    return (
        len(reference) == 15
        and reference.isascii()
        and reference.isalnum()
        and sum(c.isdigit() for c in reference) >= 5
    )


def _key(*parts: Any) -> tuple[Any, ...]:
    return tuple(part.casefold() if isinstance(part, str) else part for part in parts)


def plan_import(
    session: Session,
    table: DelimitedTable,
    kind: str,
    mapping: Mapping,
    *,
    source: str = "",
    layout: str = "",
    options: ImportOptions | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read, check and match every row of *table* as records of *kind*; writes nothing."""
    options = options or ImportOptions()
    progress = progress or Progress()
    index = {header: position for position, header in enumerate(table.headers)}
    readers = [
        (
            index[header],
            ColumnReader.for_column(
                header,
                field_of(kind, key),
                [row[index[header]] for row in table.rows],
                table.delimiter,
            ),
        )
        for header, key in mapping.items()
        if header in index
    ]
    today = today or date.today()
    planner = _Planner(session, kind, options, mapping, today, _uid_rows(table, index, mapping))
    rows: list[PlannedRow] = []
    for number, cells in enumerate(table.rows, start=1):
        if number % 2_000 == 0:
            progress.advance(number, len(table.rows), "")
        row = PlannedRow(number, {})
        for position, reader in readers:
            try:
                value, note = reader.read(_stored_form(row, reader.header, cells, position))
            except CellRefused as refused:
                row.notes.append(RowNote(reader.header, refused.template, refused.values, True))
                continue
            if note is not None:
                row.notes.append(_note_of(reader.header, note))
            if value is not None:
                row.values[reader.field.key] = value
        if number in table.ragged:
            row.notes.append(
                _note(
                    "",
                    QT_TRANSLATE_NOOP("import", "has {count} fields where the header has {header}"),
                    refused=True,
                    count=table.ragged[number],
                    header=len(table.headers),
                )
            )
        planner.settle(row)
        rows.append(row)
    planner.link_parents(rows)
    source = without_control_characters(source)  # a file's name, stored with the run
    return ImportPlan(kind, source, layout, dict(mapping), options, rows, today)


def _uid_rows(
    table: DelimitedTable, index: dict[str, int], mapping: Mapping
) -> dict[UUID, list[int]] | None:
    """The rows of each UID the file holds, when it has a UID column (else ``None``): read
    before the rows are planned, so that both rows of a UID given twice are refused."""
    header = next((header for header, key in mapping.items() if key == "uid"), None)
    if header is None or header not in index:
        return None
    position = index[header]
    rows: dict[UUID, list[int]] = {}
    for number, cells in enumerate(table.rows, start=1):
        if position < len(cells):
            uid = read_uid(clean(without_control_characters(cells[position])))
            if uid is not None:
                rows.setdefault(uid, []).append(number)
    return rows


def _stored_form(row: PlannedRow, column: str, cells: tuple[str, ...], position: int) -> str:
    """The cell as text may be stored: in NFC and without control characters (ESC, BEL,
    NUL… break every XML export later); a note on *row* says how many were removed."""
    text = cells[position] if position < len(cells) else ""
    if not text.isascii():
        text = normalized(text)
    if has_control_characters(text):
        kept = without_control_characters(text)
        row.notes.append(
            _note(
                column,
                QT_TRANSLATE_NOOP("import", "{count} control characters removed"),
                refused=False,
                count=len(text) - len(kept),
            )
        )
        return kept
    return text


def _note_of(column: str, note: CellNote) -> RowNote:
    return RowNote(column, note.template, note.values, False)


class _Planner:
    """Checks each row, fills what follows from it, resolves its account and matches it."""

    def __init__(
        self,
        session: Session,
        kind: str,
        options: ImportOptions,
        mapping: Mapping,
        today: date,
        uid_rows: dict[UUID, list[int]] | None = None,
    ):
        self.kind = kind
        self.options = options
        self.today = today
        self.lookup = _Lookup(session, kind, uids=uid_rows is not None)
        #: The file's UIDs → the rows that have them (two or more: all refused).
        self.uid_rows = uid_rows or {}
        #: Stored records a row names by UID: no other row is probably one of them.
        by_uid = self.lookup.by_uid
        self.claimed = {by_uid[uid.hex] for uid in self.uid_rows if uid.hex in by_uid}
        self.column_of = {key: header for header, key in mapping.items()}
        #: Keys seen earlier in the file → the row that had them.
        self.seen: dict[Any, int] = {}
        self.names_in_file: dict[str, int] = {}
        self.externals_in_file: dict[str, int] = {}
        self.primary_in_file: set[Any] = set()
        #: Stored record → the row matched to it.
        self.matched_rows: dict[int, int] = {}

    def settle(self, row: PlannedRow) -> None:
        if row.values.pop("deleted", False):
            row.notes.append(
                _note(
                    self.column_of.get("deleted", ""),
                    QT_TRANSLATE_NOOP("import", "deleted in the other system; skipped"),
                    refused=False,
                )
            )
            row.action = Action.SKIP
            return
        self._by_uid(row)
        # A row naming a stored record by its id only updates it: it needs nothing else.
        known = self._known_by_id(row)
        if not known:
            self._required(row)
        if self.kind != "accounts":
            self._account_of(row)
        if not row.refused:
            getattr(self, f"_settle_{self.kind}")(row)
        if not row.refused and row.action != Action.SKIP:
            self._claim(row)
        if "uid" in row.values and row.match is not None and row.match.reason != "uid":
            row.notes.append(
                _note(
                    self.column_of.get("uid", ""),
                    QT_TRANSLATE_NOOP(
                        "import",
                        "no record has this UID here; updating the record found keeps its own",
                    ),
                    refused=False,
                )
            )
        if row.refused:
            row.action = Action.REFUSE
        elif row.action == Action.CREATE and row.match is not None:
            row.action = Action.MERGE if row.match.same_record else self.options.on_duplicate

    def _claim(self, row: PlannedRow) -> None:
        """One row at most is matched to a stored record: a later one is a repeat of it."""
        if row.match is None:
            return
        earlier = self.matched_rows.setdefault(row.match.record_id, row.number)
        if earlier != row.number:
            row.match = None
            self._same_as_earlier(row, earlier)

    def _by_uid(self, row: PlannedRow) -> None:
        """A row with a stored UID is that record, whatever else it says; two rows with one
        UID are refused, as which of them is the record cannot be told."""
        uid = row.values.get("uid")
        if uid is None:
            return
        others = [number for number in self.uid_rows.get(uid, ()) if number != row.number]
        if others:
            row.notes.append(
                _note(
                    self.column_of.get("uid", ""),
                    QT_TRANSLATE_NOOP("import", "row {row} has the same UID; both are refused"),
                    row=others[0],
                )
            )
        elif uid.hex in self.lookup.by_uid:
            row.match = Match(self.lookup.by_uid[uid.hex], "uid", True)

    def _identified(self, row: PlannedRow, record_id: int) -> None:
        """The row's id in the other system is stored record *record_id*'s: it is that
        record, unless its UID names another (then neither can be trusted)."""
        if row.match is None:
            row.match = Match(record_id, "external_id", True)
        elif row.match.record_id != record_id:
            row.notes.append(
                _note(
                    self.column_of.get("external_id", ""),
                    QT_TRANSLATE_NOOP(
                        "import", "its UID is one stored record's and this id another's"
                    ),
                )
            )

    def _known_by_id(self, row: PlannedRow) -> bool:
        if row.match is not None and row.match.reason == "uid":
            return True
        external = external_key(row.values.get("external_id", ""))
        return bool(external) and external in self.lookup.by_external

    def _required(self, row: PlannedRow) -> None:
        for candidate in FIELDS[self.kind]:
            if not candidate.required or candidate.key in row.values:
                continue
            if candidate.key == "account" and self.options.account_for_all is not None:
                continue
            if candidate.key == "account" and "account" not in self.column_of:
                row.notes.append(
                    _note(
                        "",
                        QT_TRANSLATE_NOOP(
                            "import", "no column says which account; choose one for every row"
                        ),
                    )
                )
                continue
            column = self.column_of.get(candidate.key, "")
            if column:
                row.notes.append(_note(column, _EMPTY))
            else:
                row.notes.append(_note("", _NO_COLUMN, field=candidate.label))

    # -- accounts -----------------------------------------------------------------
    def _account_of(self, row: PlannedRow) -> None:
        reference = row.values.pop("account", None)
        if reference is None:
            chosen = self.options.account_for_all
            if chosen is not None and chosen in self.lookup.account_currency:
                row.values["account_id"] = chosen
            elif chosen is not None:
                row.notes.append(
                    _note(
                        "",
                        QT_TRANSLATE_NOOP(
                            "import", "the account chosen for every row no longer exists"
                        ),
                    )
                )
            return
        found = self._account_named(reference)
        if found is not None:
            row.values["account_id"] = found
        elif self.options.create_missing_accounts and _is_an_id(reference):
            row.notes.append(
                _note(
                    self.column_of["account"],
                    QT_TRANSLATE_NOOP(
                        "import",
                        "no account has the id “{value}”; an account cannot be created from "
                        "an id: import the accounts first",
                    ),
                    value=reference,
                )
            )
        elif self.options.create_missing_accounts and len(reference) > _NAME_LIMIT:
            row.notes.append(
                _note(
                    self.column_of["account"],
                    QT_TRANSLATE_NOOP("import", "an account name is at most {limit} characters"),
                    limit=_NAME_LIMIT,
                )
            )
        elif self.options.create_missing_accounts:
            row.new_account = reference
            row.notes.append(
                _note(
                    self.column_of["account"],
                    QT_TRANSLATE_NOOP("import", "no account “{value}” yet; it will be created"),
                    refused=False,
                    value=reference,
                )
            )
        else:
            row.notes.append(
                _note(
                    self.column_of["account"],
                    QT_TRANSLATE_NOOP("import", "no account “{value}”: import the accounts first"),
                    value=reference,
                )
            )

    def _account_named(self, reference: str) -> int | None:
        lookup = self.lookup
        found = lookup.accounts_by_external.get(external_key(reference))
        if found is None:
            found = lookup.accounts_by_name.get(reference.casefold())
        return found

    def _settle_accounts(self, row: PlannedRow) -> None:
        values, lookup = row.values, self.lookup
        external, name = external_key(values.get("external_id", "")), values.get("name", "")
        # Rows with ids in the other system are the same record only when the ids are; rows
        # with UIDs, only when those are (two rows with one UID are refused).
        if external:
            earlier = self.externals_in_file.get(external)
        elif "uid" not in values:
            earlier = self.names_in_file.get(name.casefold())
        else:
            earlier = None
        if earlier is not None:
            self._same_as_earlier(row, earlier)
            return
        if external:
            self.externals_in_file[external] = row.number
        if name:
            self.names_in_file.setdefault(name.casefold(), row.number)
        if external and external in lookup.by_external:
            self._identified(row, lookup.by_external[external])
        elif row.match is not None:
            pass
        elif self._may_be(row, lookup.by_key.get(name.casefold())):
            row.match = Match(lookup.by_key[name.casefold()], "name", False)
        elif self._may_be(row, lookup.by_domain.get(values.get("email_domain", "").casefold())):
            row.match = Match(
                lookup.by_domain[values["email_domain"].casefold()], "email_domain", False
            )
        # A new account's currency and zone follow its country (import_write); a stored
        # one keeps its own: its revenue is in that currency.

    def link_parents(self, rows: list[PlannedRow]) -> None:
        """Parents named by an id or a name, in the database or earlier or later in the file."""
        if self.kind != "accounts":
            return
        references: dict[int, str] = {}
        for row in rows:
            reference = row.values.pop("parent", None)
            if reference is None or row.action in (Action.REFUSE, Action.SKIP):
                continue
            references[row.number] = reference
            in_file = self.externals_in_file.get(external_key(reference)) or self.names_in_file.get(
                reference.casefold()
            )
            if in_file is not None:
                row.parent_row = in_file
                continue
            found = self._account_named(reference)
            if found is not None:
                row.values["parent_id"] = found
            else:
                row.notes.append(
                    _note(
                        self.column_of.get("parent", ""),
                        QT_TRANSLATE_NOOP(
                            "import", "no parent account “{value}”; left without one"
                        ),
                        refused=False,
                        value=reference,
                    )
                )
        _Hierarchy(rows, self.lookup.parents).break_cycles(references, self.column_of)

    def _same_as_earlier(self, row: PlannedRow, earlier: int) -> None:
        row.notes.append(
            _note(
                "",
                QT_TRANSLATE_NOOP("import", "the same record as row {row}; skipped"),
                refused=False,
                row=earlier,
            )
        )
        row.action = Action.SKIP

    def _may_be(self, row: PlannedRow, record_id: int | None) -> bool:
        """Whether the record found by name (or the like) may be the row's: not when both
        have ids in the other system and those differ."""
        if record_id is None or record_id in self.claimed:
            return False
        theirs = self.lookup.external_of.get(record_id)
        mine = external_key(row.values.get("external_id", ""))
        return not (theirs and mine and theirs != mine)

    def _matched(
        self, row: PlannedRow, key: tuple[Any, ...], same_record: bool = False, reason: str = "key"
    ) -> bool:
        """Skip a repeat within the file (rows without an id in the other system, nor a UID
        unless *key* is one only a record may have), else match *key* against the database."""
        if not row.values.get("external_id") and (same_record or "uid" not in row.values):
            if key in self.seen:
                self._same_as_earlier(row, self.seen[key])
                return True
            self.seen[key] = row.number
        record_id = self.lookup.by_key.get(key)
        if record_id is None:
            return False
        if row.match is None and (same_record or self._may_be(row, record_id)):
            row.match = Match(record_id, reason, same_record)
        elif same_record and row.match is not None and row.match.record_id != record_id:
            row.notes.append(
                _note(
                    "",
                    QT_TRANSLATE_NOOP(
                        "import",
                        "another stored record has these details; the record of its UID "
                        "cannot take them",
                    ),
                )
            )
        return False

    def _external(self, row: PlannedRow) -> bool:
        external = external_key(row.values.get("external_id", ""))
        if not external:
            return False
        if ("external", external) in self.seen:
            self._same_as_earlier(row, self.seen[("external", external)])
            return True
        self.seen[("external", external)] = row.number
        if external in self.lookup.by_external:
            self._identified(row, self.lookup.by_external[external])
        return False

    # -- the other kinds ------------------------------------------------------------
    def _account_key(self, row: PlannedRow) -> Any:
        """The row's account in the keys rows are matched on: its id, or the name of the
        account to create for it (rows for two new accounts are not the same record)."""
        if row.new_account is not None:
            return ("new", row.new_account.casefold())
        return row.values.get("account_id")

    def _settle_contacts(self, row: PlannedRow) -> None:
        values = row.values
        full = values.pop("full_name", None)
        if full and not values.get("first_name") and not values.get("last_name"):
            first, _, last = full.rpartition(" ")
            values["first_name"], values["last_name"] = (first, last) if first else ("", last)
        nameless = not values.get("first_name") and not values.get("last_name")
        if nameless and not self._known_by_id(row):
            row.notes.append(_note("", QT_TRANSLATE_NOOP("import", "the contact has no name")))
            return
        if self._external(row):
            return
        email = values.get("email")
        if email and self._matched(row, _key(email), reason="email"):
            return
        self._settle_primary(row)

    def _settle_primary(self, row: PlannedRow) -> None:
        """One primary contact per account: the stored one (kept on a merge), else the
        file's first."""
        values, lookup = row.values, self.lookup
        record = row.match.record_id if row.match is not None else None
        account = self._account_key(row)
        if not values.get("is_primary", record in lookup.primary_contacts) or account is None:
            return
        stored = lookup.primary_of.get(account)
        if (stored is not None and stored != record) or account in self.primary_in_file:
            values["is_primary"] = False
            row.notes.append(
                _note(
                    self.column_of.get("is_primary", ""),
                    QT_TRANSLATE_NOOP("import", "the account already has a primary contact"),
                    refused=False,
                )
            )
        else:
            self.primary_in_file.add(account)

    def _settle_opportunities(self, row: PlannedRow) -> None:
        if not self._external(row) and row.match is None:
            self._matched(row, _key(self._account_key(row), row.values["name"]), reason="name")

    def _settle_incidents(self, row: PlannedRow) -> None:
        values = row.values
        if self._external(row):
            return
        # A merge keeps the stored moments the file leaves out: all must follow the report.
        moments = dict(self.lookup.moments.get(row.match.record_id, {})) if row.match else {}
        moments.update((key, values[key]) for key in _MOMENTS if values.get(key) is not None)
        if "reported_at" not in moments:
            values["reported_at"] = moments["reported_at"] = _midnight(self.today)
            row.notes.append(
                _note(
                    self.column_of.get("reported_at", ""),
                    QT_TRANSLATE_NOOP("import", "no date reported; today is used"),
                    refused=False,
                )
            )
        reported = moments["reported_at"]
        for stage in _MOMENTS[1:]:
            if moments.get(stage) is not None and moments[stage] < reported:
                row.notes.append(
                    _note(
                        self.column_of.get(stage if stage in values else "reported_at", ""),
                        QT_TRANSLATE_NOOP(
                            "import", "{when} is before the incident was reported ({reported})"
                        ),
                        when=moments[stage].strftime("%Y-%m-%d %H:%M"),
                        reported=reported.strftime("%Y-%m-%d %H:%M"),
                    )
                )
                return
        if row.match is None:
            self._matched(
                row,
                _key(self._account_key(row), values["title"], values["reported_at"]),
                reason="name",
            )

    def _settle_revenue(self, row: PlannedRow) -> None:
        self._matched(row, (self._account_key(row), row.values["period"]), True)

    def _settle_surveys(self, row: PlannedRow) -> None:
        values = row.values
        email = values.pop("contact", None)
        account = values.get("account_id")
        if email is not None:
            contact = self.lookup.contacts_by_email.get((account, email.casefold()))  # type: ignore[arg-type]
            if contact is None:
                row.notes.append(
                    _note(
                        self.column_of.get("contact", ""),
                        QT_TRANSLATE_NOOP(
                            "import", "no contact “{value}” at this account; kept without one"
                        ),
                        refused=False,
                        value=email,
                    )
                )
            else:
                values["contact_id"] = contact
        self._matched(
            row,
            _key(
                self._account_key(row),
                values["responded_on"],
                values["score"],
                values.get("comment"),
            ),
        )

    def _settle_kpi_measurements(self, row: PlannedRow) -> None:
        values = row.values
        name = values.pop("kpi")
        kpi = self.lookup.kpis.get((values.get("account_id"), name.casefold()))  # type: ignore[arg-type]
        if kpi is None:
            if values.get("account_id") is not None:
                row.notes.append(
                    _note(
                        self.column_of.get("kpi", ""),
                        QT_TRANSLATE_NOOP("import", "the account has no agreed KPI “{value}”"),
                        value=name,
                    )
                )
            return
        values["kpi_id"] = kpi
        self._matched(row, (kpi, values["measured_on"]), True)


class _Hierarchy:
    """Accounts and their parents as the import would leave them, to keep them a tree.

    A node is a stored account (``("record", id)``) or one a row creates (``("row", n)``).
    """

    def __init__(self, rows: list[PlannedRow], stored_parents: dict[int, int]) -> None:
        self.rows = rows
        self.stored_parents = stored_parents
        #: Nodes known to lead up to a top account.
        self.rooted: set[tuple[str, int]] = set()
        self.row_of_record = {
            row.match.record_id: row
            for row in rows
            if row.match is not None and row.action != Action.CREATE
        }

    def node(self, row: PlannedRow) -> tuple[str, int]:
        if row.match is not None and row.action != Action.CREATE:
            return ("record", row.match.record_id)
        return ("row", row.number)

    def parent(self, node: tuple[str, int]) -> tuple[str, int] | None:
        kind, number = node
        row = self.rows[number - 1] if kind == "row" else self.row_of_record.get(number)
        if row is not None and row.parent_row is not None:
            return self.node(self.rows[row.parent_row - 1])
        if row is not None and "parent_id" in row.values:
            return ("record", row.values["parent_id"])
        stored = self.stored_parents.get(number) if kind == "record" else None
        return None if stored is None else ("record", stored)

    def leads_back(self, row: PlannedRow) -> bool:
        """Whether the row's account would be among its own ancestors."""
        start = self.node(row)
        seen: list[tuple[str, int]] = []
        current = self.parent(start)
        while current is not None and current not in self.rooted:
            if current == start or current in seen:
                return True
            seen.append(current)
            current = self.parent(current)
        self.rooted.update(seen)
        return False

    def break_cycles(self, references: dict[int, str], column_of: dict[str, str]) -> None:
        for number, reference in references.items():
            row = self.rows[number - 1]
            if not self.leads_back(row):
                continue
            row.parent_row = None
            row.values.pop("parent_id", None)
            row.notes.append(
                _note(
                    column_of.get("parent", ""),
                    QT_TRANSLATE_NOOP(
                        "import",
                        "with “{value}” as its parent it would be its own parent; left without one",
                    ),
                    refused=False,
                    value=reference,
                )
            )


def _midnight(day: date) -> datetime:
    from datetime import UTC

    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def with_choices(plan: ImportPlan, choices: dict[int, Action]) -> ImportPlan:
    """A copy of *plan* with the user's per-row choices for probable duplicates."""
    copy = replace(plan, rows=[replace(row) for row in plan.rows])
    for number, action in choices.items():
        copy.choose(number, action)
    return copy
