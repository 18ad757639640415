"""A deterministic, realistic sample portfolio for demos, tests and the stress benchmark.

Same ``seed`` and ``as_of`` date give the same database, row for row. Rows are
written with bulk Core inserts in one transaction (the ORM unit of work is
~10× slower), with explicit ids so children can point at parents without
reading anything back. The stress size (10,000 accounts) yields ~100,000
contacts and ~1,000,000 interaction and revenue rows.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from workbench.domain import all_day as whole_days
from workbench.domain.enums import (
    AccountStatus,
    ActionStatus,
    AttendeeRole,
    Channel,
    CompensationForm,
    DecisionRole,
    IncidentStatus,
    InteractionKind,
    MarketNoteKind,
    MeetingKind,
    MeetingMode,
    OpportunityKind,
    OpportunityStage,
    ProposalStatus,
    RenewalStatus,
    Sector,
    Severity,
    Team,
    Tier,
    TimelineActor,
)
from workbench.domain.identity import UidMaker, seeded_uids
from workbench.domain.money import round_money
from workbench.domain.period import Quarter
from workbench.domain.pricing import PricedLine, proposal_totals
from workbench.services import sample_vocabulary as vocab
from workbench.services.changes import ChangeSet
from workbench.services.progress import Progress
from workbench.store import models as m
from workbench.store.bulk import bulk_insert
from workbench.store.history import paused as history_paused

DEFAULT_ACCOUNTS = 40
STRESS_ACCOUNTS = 10_000
_BATCH_ACCOUNTS = 250  # accounts generated between two flushes (and progress reports)

#: Parents before children: the order tables are flushed in.
_TABLE_ORDER: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[misc]
    for model in (
        m.Colleague,
        m.Product,
        m.Account,
        m.Contact,
        m.Interaction,
        m.RevenueRecord,
        m.SurveyResponse,
        m.AgreedKpi,
        m.KpiMeasurement,
        m.Meeting,
        m.MeetingAttendee,
        m.MeetingException,
        m.Opportunity,
        m.Contract,
        m.AccountBudget,
        m.Incident,
        m.IncidentStatusChange,
        m.IncidentTeam,
        m.IncidentEvent,
        m.Compensation,
        m.ActionItem,
        m.Proposal,
        m.ProposalVersion,
        m.ProposalSection,
        m.ProposalLineItem,
        m.ProposalPhase,
        m.ProposalRoi,
        m.MarketNote,
    )
)


class DatabaseNotEmptyError(Exception):
    """The sample goes into an empty database only, so it never mixes with real data."""


@dataclass(frozen=True)
class SampleSummary:
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@cache
def _implicit_values(table: Table) -> dict[str, Any]:
    """What a left-out column holds: its scalar default, else NULL if it may be NULL.

    Callable defaults (timestamps, UIDs) are not used: the sample must be reproducible,
    so those values are always given.
    """
    implicit: dict[str, Any] = {}
    for column in table.c:
        default = column.default
        if default is not None and default.is_scalar:
            implicit[column.name] = default.arg  # type: ignore[attr-defined]
        elif column.nullable and not column.primary_key:
            implicit[column.name] = None
    return implicit


@dataclass
class _Rows:
    """Rows waiting to be inserted, and the next free id of each table."""

    connection: Connection
    #: The uids and the creation time of the records: from the seed and the date, so the
    #: same seed gives the same database.
    uids: UidMaker
    stamp: datetime
    pending: dict[Table, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    next_ids: dict[Table, int] = field(default_factory=lambda: defaultdict(lambda: 1))
    written: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, model: type[m.Base], **values: Any) -> int:
        """Queue a row; columns left out take their scalar default, or NULL when nullable."""
        table: Table = model.__table__  # type: ignore[assignment]
        if "id" in table.c and "id" not in values:
            values["id"] = self.next_ids[table]
            self.next_ids[table] += 1
        for name, default in _implicit_values(table).items():
            values.setdefault(name, default)
        if "uid" in table.c:
            values.setdefault("uid", self.uids())
            values.setdefault("created_at", self.stamp)
            values.setdefault("updated_at", values["created_at"])
        self.pending[table].append(values)
        return int(values.get("id", 0))

    def flush(self) -> None:
        for table in _TABLE_ORDER:
            rows = self.pending.pop(table, None)
            if rows:
                bulk_insert(self.connection, table, rows)
                self.written[table.name] += len(rows)


@dataclass
class _Account:
    """What later generators need to know about an account already drawn."""

    id: int
    name: str
    country: vocab.Country
    tier: Tier
    status: AccountStatus
    sector: Sector
    domain: str
    contact_ids: list[int]
    #: Scales quarterly revenue: a strategic account bills far more than a standard one.
    size: Decimal


class _Generator:
    def __init__(self, rows: _Rows, rng: random.Random, as_of: date) -> None:
        self.rows = rows
        self.rng = rng
        self.as_of = as_of
        self.now = datetime.combine(as_of, time(9, 0), tzinfo=UTC)
        self.me_id = 1
        self.colleague_ids_by_team: dict[Team, list[int]] = defaultdict(list)
        self.product_prices: list[tuple[int, str, str, Decimal, Decimal]] = []
        self.used_names: set[str] = set()
        self.used_domains: set[str] = set()

    # --- helpers ---------------------------------------------------------------------
    def _stamp(self, days_ago: int) -> datetime:
        return self.now - timedelta(days=days_ago)

    def _local(self, account: _Account, day: date, hour: int, minute: int = 0) -> datetime:
        zone = ZoneInfo(account.country.time_zone)
        return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)

    def _money(self, euros: Decimal, account: _Account) -> Decimal:
        return round_money(euros * account.country.per_euro, account.country.currency)

    def _person(self, language: str) -> tuple[str, str]:
        return self.rng.choice(vocab.FIRST_NAMES[language]), self.rng.choice(
            vocab.LAST_NAMES[language]
        )

    # --- portfolio-wide ----------------------------------------------------------------
    def colleagues(self) -> None:
        for name, email, team, is_me in vocab.COLLEAGUES:
            colleague_id = self.rows.add(
                m.Colleague, name=name, email=email, team=team, is_me=is_me, active=True
            )
            self.colleague_ids_by_team[team].append(colleague_id)

    def products(self) -> None:
        stamp = self._stamp(800)
        for code, name, unit, price, tax in vocab.PRODUCTS:
            product_id = self.rows.add(
                m.Product,
                code=code,
                name=name,
                unit=unit,
                unit_price=Decimal(price),
                currency="EUR",
                tax_rate=Decimal(tax),
                retired=False,
                created_at=stamp,
                updated_at=stamp,
            )
            self.product_prices.append((product_id, name, unit, Decimal(price), Decimal(tax)))

    # --- one account -------------------------------------------------------------------
    def account(self, previous: list[_Account]) -> _Account:
        rng = self.rng
        country = rng.choices(vocab.COUNTRIES, weights=vocab.COUNTRY_WEIGHTS)[0]
        sector = rng.choice([s for s in Sector if s is not Sector.OTHER])
        tier = rng.choices(list(Tier), weights=(15, 35, 50))[0]
        status = rng.choices(list(AccountStatus), weights=(8, 75, 10, 7))[0]
        name = self._company_name(country, sector)
        domain = self._domain(name)
        parent = None
        if previous and rng.random() < 0.1:
            parent = rng.choice(previous[-50:])
        since = self.as_of - timedelta(days=rng.randint(400, 3650))
        churned_on = (
            self.as_of - timedelta(days=rng.randint(10, 200))
            if status is AccountStatus.CHURNED
            else None
        )
        owner = (
            self.me_id
            if rng.random() < 0.8
            else rng.choice(self.colleague_ids_by_team[Team.ACCOUNT_MANAGEMENT])
        )
        created = self._stamp(rng.randint(0, 700))
        account_id = self.rows.add(
            m.Account,
            name=name,
            parent_id=parent.id if parent else None,
            sector=sector,
            tier=tier,
            status=status,
            country=country.code,
            time_zone=country.time_zone,
            currency=country.currency,
            owner_id=owner,
            website=f"https://www.{domain}",
            email_domain=domain,
            client_since=None if status is AccountStatus.PROSPECT else since,
            churned_on=churned_on,
            created_at=created,
            updated_at=created,
        )
        size = {
            Tier.STRATEGIC: Decimal(900_000),
            Tier.KEY: Decimal(250_000),
            Tier.STANDARD: Decimal(60_000),
        }[tier]
        size *= Decimal(rng.randint(50, 150)) / 100
        account = _Account(account_id, name, country, tier, status, sector, domain, [], size)
        self.contacts(account)
        if status is not AccountStatus.PROSPECT:
            self.interactions(account)
            self.revenue(account)
            self.surveys(account)
            self.agreed_kpis(account)
            self.contracts(account)
            self.budgets(account)
            if rng.random() < 0.3:
                self.incidents(account)
        if status is not AccountStatus.CHURNED:
            self.meetings(account)
            self.opportunities(account)
            if rng.random() < 0.3:
                self.proposal(account)
        if rng.random() < 0.35:
            self.market_notes(account)
        return account

    def _company_name(self, country: vocab.Country, sector: Sector) -> str:
        rng = self.rng
        for attempt in range(1000):
            words = vocab.SECTOR_WORDS[sector][country.language]
            root = rng.choice(vocab.NAME_ROOTS)
            core = (
                f"{rng.choice(words)} {root}"
                if country.language == "es"
                else f"{root} {rng.choice(words)}"
            )
            if attempt > 3:
                core = f"{core} {rng.choice(country.cities)}"
            if attempt > 20:
                core = f"{core} {attempt}"
            name = f"{core} {rng.choice(country.legal_suffixes)}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise AssertionError("name space exhausted")

    def _domain(self, name: str) -> str:
        base = "".join(ch for ch in name.lower().split(" s.")[0] if ch.isascii() and ch.isalnum())[
            :24
        ]
        domain = f"{base}.example"
        suffix = 2
        while domain in self.used_domains:
            domain = f"{base}{suffix}.example"
            suffix += 1
        self.used_domains.add(domain)
        return domain

    def contacts(self, account: _Account) -> None:
        rng = self.rng
        language = account.country.language
        for index in range(rng.randint(3, 17)):
            first, last = self._person(language)
            email_local = "".join(
                ch
                for ch in f"{first}.{last}".lower()
                if ch.isascii() and (ch.isalnum() or ch == ".")
            )
            stamp = self._stamp(rng.randint(0, 700))
            contact_id = self.rows.add(
                m.Contact,
                account_id=account.id,
                first_name=first,
                last_name=last,
                email=f"{email_local}{index}@{account.domain}",
                phone=f"+{rng.randint(10, 99)} {rng.randint(600000000, 699999999)}",
                job_title=rng.choice(vocab.JOB_TITLES[language]),
                decision_role=rng.choice(list(DecisionRole)),
                preferred_channel=rng.choice(list(Channel)),
                language=language,
                is_primary=index == 0,
                created_at=stamp,
                updated_at=stamp,
            )
            account.contact_ids.append(contact_id)

    def interactions(self, account: _Account) -> None:
        rng = self.rng
        language = account.country.language
        summaries = vocab.INTERACTION_SUMMARIES[language]
        months = vocab.MONTHS[language]
        kinds = list(InteractionKind)
        two_years = 730 * 86400
        for _ in range(rng.randint(48, 158)):
            occurred = self.now - timedelta(seconds=rng.randrange(two_years))
            self.rows.add(
                m.Interaction,
                account_id=account.id,
                contact_id=rng.choice(account.contact_ids),
                colleague_id=self.me_id,
                kind=rng.choice(kinds),
                occurred_at=occurred,
                summary=rng.choice(summaries).format(month=months[occurred.month - 1]),
            )

    def revenue(self, account: _Account) -> None:
        rng = self.rng
        current = Quarter.of(self.as_of)
        trend = Decimal(rng.randint(-6, 9)) / 100
        if account.status is AccountStatus.AT_RISK:
            trend -= Decimal("0.06")
        level = account.size
        churn_quarter = (
            Quarter.of(self.as_of - timedelta(days=200))
            if account.status is AccountStatus.CHURNED
            else None
        )
        for back in range(8, 0, -1):
            quarter = current.shifted(-back)
            if churn_quarter is not None and quarter > churn_quarter:
                break
            level = level * (1 + trend + Decimal(rng.randint(-4, 4)) / 100)
            revenue = self._money(level, account)
            cost = self._money(level * Decimal(rng.randint(55, 85)) / 100, account)
            self.rows.add(
                m.RevenueRecord,
                account_id=account.id,
                period=quarter.key,
                revenue=revenue,
                cost=cost,
            )

    def surveys(self, account: _Account) -> None:
        rng = self.rng
        mood = {AccountStatus.AT_RISK: -3, AccountStatus.CHURNED: -4}.get(account.status, 0)
        for back in range(8):
            for _ in range(rng.randint(0, 3)):
                day = self.as_of - timedelta(days=back * 91 + rng.randint(0, 90))
                score = max(0, min(10, round(rng.gauss(8 + mood, 1.8))))
                self.rows.add(
                    m.SurveyResponse,
                    account_id=account.id,
                    contact_id=rng.choice(account.contact_ids),
                    responded_on=day,
                    score=score,
                )

    def agreed_kpis(self, account: _Account) -> None:
        rng = self.rng
        for name, unit, direction, target, frequency, typical, spread in rng.sample(
            vocab.AGREED_KPIS, rng.randint(1, 3)
        ):
            stamp = self._stamp(400)
            kpi_id = self.rows.add(
                m.AgreedKpi,
                account_id=account.id,
                name=name,
                unit=unit,
                direction=direction,
                target=Decimal(target),
                frequency=frequency,
                active=True,
                created_at=stamp,
                updated_at=stamp,
            )
            step = 7 if frequency.value == "weekly" else 30
            for back in range(1, 365 // step + 1):
                value = Decimal(typical) + Decimal(rng.randint(-100, 100)) / 100 * Decimal(spread)
                self.rows.add(
                    m.KpiMeasurement,
                    kpi_id=kpi_id,
                    measured_on=self.as_of - timedelta(days=back * step),
                    value=value.quantize(Decimal("0.01")),
                )

    def meetings(self, account: _Account) -> None:
        rng = self.rng
        language = account.country.language
        monday = self.as_of - timedelta(days=self.as_of.weekday())
        # A recurring review: weekly for strategic accounts, monthly for the others.
        first_day = monday - timedelta(weeks=rng.randint(6, 30)) + timedelta(days=rng.randint(0, 4))
        weekday = ("MO", "TU", "WE", "TH", "FR")[first_day.weekday()]
        if account.tier is Tier.STRATEGIC:
            rrule, title = (
                f"FREQ=WEEKLY;BYDAY={weekday}",
                ("Revisión semanal" if language == "es" else "Weekly review"),
            )
        else:
            rrule, title = (
                f"FREQ=MONTHLY;BYDAY=1{weekday}",
                ("Revisión mensual" if language == "es" else "Monthly review"),
            )
            first_day = first_day.replace(day=1)
            while first_day.weekday() != ("MO", "TU", "WE", "TH", "FR").index(weekday):
                first_day += timedelta(days=1)
        series = self._meeting(account, title, MeetingKind.REVIEW, first_day, 10, 45, rrule=rrule)
        if rng.random() < 0.3:  # the series' second occurrence was cancelled
            second = rrulestr(rrule, dtstart=datetime.combine(first_day, time(10)))[1]
            self.rows.add(
                m.MeetingException,
                meeting_id=series,
                original_start=self._local(account, second.date(), 10),
                cancelled=True,
            )
        # One-off meetings: a past QBR with minutes and one coming up soon.
        past_day = self.as_of - timedelta(days=rng.randint(5, 80))
        qbr = self._meeting(
            account,
            "QBR" if language == "en" else "Revisión trimestral (QBR)",
            MeetingKind.QBR,
            past_day,
            15,
            90,
            minutes=True,
        )
        self._action_items(account, qbr)
        upcoming = self.as_of + timedelta(days=rng.randint(1, 20))
        kind = rng.choice([MeetingKind.NEGOTIATION, MeetingKind.QBR, MeetingKind.OTHER])
        self._meeting(
            account,
            {
                MeetingKind.NEGOTIATION: "Renewal negotiation"
                if language == "en"
                else "Negociación de la renovación",
                MeetingKind.QBR: "Quarterly business review"
                if language == "en"
                else "Revisión trimestral",
                MeetingKind.OTHER: "Product update"
                if language == "en"
                else "Novedades de producto",
            }[kind],
            kind,
            upcoming,
            11,
            60,
        )

    def all_day_events(self, drawn: list[_Account]) -> None:
        """A few whole-day events so the calendar shows some: client visits around *as_of*
        and one public holiday a year in three countries.

        Written after every account and drawing nothing from the random stream, so the
        rest of the sample is the same with or without them.
        """
        monday = self.as_of - timedelta(days=self.as_of.weekday())
        visited = [
            a
            for a in drawn
            if a.tier is Tier.STRATEGIC and a.status is AccountStatus.ACTIVE and a.contact_ids
        ]
        # (first day, days): yesterday and today, next week's Thursday, three days after.
        for account, (first, days) in zip(
            visited,
            ((self.as_of - timedelta(days=1), 2), (monday + timedelta(days=10), 1),
             (monday + timedelta(days=15), 3)),
            strict=False,
        ):  # fmt: skip
            spanish = account.country.language == "es"
            self._all_day(
                account,
                "Visita al cliente" if spanish else "Client visit day",
                MeetingKind.REVIEW,
                first,
                days,
                location=account.country.cities[0],
            )
        last_year = self.as_of.year - 1
        november = date(last_year, 11, 1)
        thanksgiving = november + timedelta(days=(3 - november.weekday()) % 7 + 21)  # 4th Thu
        holidays = {
            "ES": ("Día de la Constitución", date(last_year, 12, 6), "BYMONTH=12;BYMONTHDAY=6"),
            "US": ("Thanksgiving Day", thanksgiving, "BYMONTH=11;BYDAY=4TH"),
            "GB": ("Boxing Day", date(last_year, 12, 26), "BYMONTH=12;BYMONTHDAY=26"),
        }
        seen: set[str] = set()
        for account in drawn:
            code = account.country.code
            if code not in holidays or code in seen or account.status is AccountStatus.CHURNED:
                continue
            seen.add(code)
            title, first, by_day = holidays[code]
            rule = f"FREQ=YEARLY;{by_day}"
            self._all_day(account, title, MeetingKind.OTHER, first, 1, rule=rule)

    def _all_day(
        self,
        account: _Account,
        title: str,
        kind: MeetingKind,
        first: date,
        days: int,
        *,
        rule: str | None = None,
        location: str | None = None,
    ) -> None:
        zone = account.country.time_zone
        starts, ends = whole_days.bounds(first, days, zone)
        meeting_id = self.rows.next_ids[m.Meeting.__table__]  # type: ignore[index]
        stamp = self._local(account, first, 9) - timedelta(days=21)
        self.rows.add(
            m.Meeting,
            account_id=account.id,
            title=title,
            kind=kind,
            mode=MeetingMode.IN_PERSON,
            location=location,
            starts_at=starts,
            ends_at=ends,
            time_zone=zone,
            rrule=rule,
            ical_uid=f"sample-{account.id}-{meeting_id}@account-workbench",
            all_day=True,
            created_at=stamp,
            updated_at=stamp,
        )
        if location is not None:  # a visit: the main contact receives us
            for person in ({"contact_id": account.contact_ids[0]}, {"colleague_id": self.me_id}):
                self.rows.add(
                    m.MeetingAttendee, meeting_id=meeting_id, role=AttendeeRole.REQUIRED, **person
                )

    def _meeting(
        self,
        account: _Account,
        title: str,
        kind: MeetingKind,
        day: date,
        hour: int,
        minutes_long: int,
        *,
        rrule: str | None = None,
        minutes: bool = False,
    ) -> int:
        rng = self.rng
        while day.weekday() >= 5:
            day += timedelta(days=1)
        starts = self._local(account, day, hour)
        virtual = rng.random() < 0.6
        meeting_id = self.rows.next_ids[m.Meeting.__table__]  # type: ignore[index]
        stamp = starts - timedelta(days=14)
        language = account.country.language
        self.rows.add(
            m.Meeting,
            account_id=account.id,
            title=title,
            kind=kind,
            mode=MeetingMode.VIRTUAL if virtual else MeetingMode.IN_PERSON,
            location=None if virtual else rng.choice(account.country.cities),
            link=f"https://meet.example/{account.id}-{meeting_id}" if virtual else None,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=minutes_long),
            time_zone=account.country.time_zone,
            rrule=rrule,
            ical_uid=f"sample-{account.id}-{meeting_id}@account-workbench",
            agenda=(
                "1. Resultados\n2. KPIs acordados\n3. Próximos pasos"
                if language == "es"
                else "1. Results\n2. Agreed KPIs\n3. Next steps"
            ),
            minutes=(
                (
                    "Se revisaron los KPIs; el cliente pide mejorar los plazos."
                    if language == "es"
                    else "KPIs reviewed; the client asks for shorter lead times."
                )
                if minutes
                else None
            ),
            created_at=stamp,
            updated_at=stamp,
        )
        self.rows.add(
            m.MeetingAttendee,
            meeting_id=meeting_id,
            contact_id=account.contact_ids[0],
            role=AttendeeRole.REQUIRED,
        )
        self.rows.add(
            m.MeetingAttendee,
            meeting_id=meeting_id,
            colleague_id=self.me_id,
            role=AttendeeRole.REQUIRED,
        )
        return meeting_id

    def _action_items(
        self, account: _Account, meeting_id: int | None, incident_id: int | None = None
    ) -> None:
        rng = self.rng
        titles = (
            (
                "Enviar informe de KPIs actualizado",
                "Confirmar fechas con operaciones",
                "Preparar propuesta de ampliación",
            )
            if account.country.language == "es"
            else (
                "Send the updated KPI report",
                "Confirm dates with operations",
                "Prepare the extension proposal",
            )
        )
        for title in rng.sample(titles, rng.randint(1, 3)):
            team = rng.choice(
                [Team.OPERATIONS, Team.SALES, Team.MARKETING, Team.SUPPORT, Team.FINANCE]
            )
            status = rng.choices(
                [ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE], weights=(4, 2, 4)
            )[0]
            stamp = self._stamp(rng.randint(5, 60))
            by_person = rng.random() < 0.6
            self.rows.add(
                m.ActionItem,
                account_id=account.id,
                meeting_id=meeting_id,
                incident_id=incident_id,
                title=title,
                owner_colleague_id=rng.choice(self.colleague_ids_by_team[team])
                if by_person
                else None,
                owner_team=None if by_person else team,
                due_on=self.as_of + timedelta(days=rng.randint(-20, 30)),
                status=status,
                completed_at=stamp + timedelta(days=3) if status is ActionStatus.DONE else None,
                created_at=stamp,
                updated_at=stamp,
            )

    def opportunities(self, account: _Account) -> None:
        rng = self.rng
        for _ in range(rng.randint(0, 4)):
            kind = rng.choice(list(OpportunityKind))
            stage = rng.choice(list(OpportunityStage))
            probability = {OpportunityStage.CLOSED_WON: 100, OpportunityStage.CLOSED_LOST: 0}.get(
                stage, rng.choice([10, 25, 40, 60, 75, 90])
            )
            stamp = self._stamp(rng.randint(10, 300))
            label = {
                "new": "New business",
                "cross_sell": "Cross-sell",
                "upsell": "Upsell",
                "renewal": "Renewal",
            }[kind.value]
            self.rows.add(
                m.Opportunity,
                account_id=account.id,
                name=f"{label} {Quarter.of(self.as_of).shifted(rng.randint(0, 3)).label}",
                kind=kind,
                stage=stage,
                amount=self._money(account.size * Decimal(rng.randint(10, 80)) / 100, account),
                currency=account.country.currency,
                probability=probability,
                expected_close=self.as_of + timedelta(days=rng.randint(-60, 200)),
                created_at=stamp,
                updated_at=stamp,
            )

    def contracts(self, account: _Account) -> None:
        rng = self.rng
        for index in range(rng.randint(1, 2)):
            ends = self.as_of + timedelta(days=rng.randint(-30 if index else 5, 540))
            starts = ends - timedelta(days=365 * rng.randint(1, 3))
            due_soon = (ends - self.as_of).days < 120
            status = (
                rng.choice([RenewalStatus.IN_NEGOTIATION, RenewalStatus.NOT_DUE])
                if due_soon
                else rng.choice([RenewalStatus.NOT_DUE, RenewalStatus.AUTO_RENEW])
            )
            if account.status is AccountStatus.CHURNED:
                status = RenewalStatus.NOT_RENEWING
            stamp = datetime.combine(starts, time(12), tzinfo=UTC)
            self.rows.add(
                m.Contract,
                account_id=account.id,
                title=(
                    "Contrato marco de servicios"
                    if account.country.language == "es"
                    else "Master services agreement"
                )
                + (f" {index + 1}" if index else ""),
                starts_on=starts,
                ends_on=ends,
                annual_value=self._money(
                    account.size * 4 * Decimal(rng.randint(60, 100)) / 100, account
                ),
                currency=account.country.currency,
                notice_days=rng.choice([30, 60, 90]),
                renewal_status=status,
                created_at=stamp,
                updated_at=stamp,
            )

    def budgets(self, account: _Account) -> None:
        rng = self.rng
        current = Quarter.of(self.as_of)
        for ahead in range(-1, 3):
            planned = self._money(account.size * Decimal(rng.randint(90, 130)) / 100, account)
            committed = (
                round_money(planned * Decimal(rng.randint(20, 100)) / 100, account.country.currency)
                if ahead <= 0
                else Decimal(0)
            )
            self.rows.add(
                m.AccountBudget,
                account_id=account.id,
                period=current.shifted(ahead).key,
                planned=planned,
                committed=committed,
            )

    def incidents(self, account: _Account) -> None:
        rng = self.rng
        language = account.country.language
        for _ in range(rng.randint(1, 3)):
            category = rng.choice(list(vocab.INCIDENT_TITLES))
            severity = rng.choices(list(Severity), weights=(15, 30, 35, 20))[0]
            reported = self.now - timedelta(hours=rng.randint(2, 24 * 300))
            open_now = rng.random() < 0.3
            path = [IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED]
            path += (
                [IncidentStatus.MITIGATING]
                if open_now
                else [IncidentStatus.MITIGATING, IncidentStatus.RESOLVED, IncidentStatus.CLOSED]
            )
            if open_now:
                path = path[: rng.randint(1, 3)]
            times = [reported]
            for _step in path[1:]:
                candidate = times[-1] + timedelta(hours=rng.randint(1, 72))
                times.append(min(candidate, self.now))
            stage_time = dict(zip(path, times, strict=True))
            stamp = times[-1]
            incident_id = self.rows.add(
                m.Incident,
                account_id=account.id,
                title=rng.choice(vocab.INCIDENT_TITLES[category][language]),
                category=category,
                severity=severity,
                status=path[-1],
                owner_id=self.me_id,
                reported_at=reported,
                acknowledged_at=stage_time.get(IncidentStatus.ACKNOWLEDGED),
                resolved_at=stage_time.get(IncidentStatus.RESOLVED),
                closed_at=stage_time.get(IncidentStatus.CLOSED),
                created_at=reported,
                updated_at=stamp,
            )
            for status, when in stage_time.items():
                self.rows.add(
                    m.IncidentStatusChange, incident_id=incident_id, status=status, changed_at=when
                )
            for team in rng.sample(
                [Team.OPERATIONS, Team.SUPPORT, Team.SALES, Team.FINANCE], rng.randint(1, 2)
            ):
                self.rows.add(m.IncidentTeam, incident_id=incident_id, team=team)
            self.rows.add(
                m.IncidentEvent,
                incident_id=incident_id,
                occurred_at=reported,
                actor=TimelineActor.CLIENT,
                contact_id=account.contact_ids[0],
                client_communication=True,
                description="El cliente informa del problema por teléfono."
                if language == "es"
                else "Client reported the problem by phone.",
            )
            if IncidentStatus.ACKNOWLEDGED in stage_time:
                self.rows.add(
                    m.IncidentEvent,
                    incident_id=incident_id,
                    occurred_at=stage_time[IncidentStatus.ACKNOWLEDGED],
                    actor=TimelineActor.ACCOUNT_MANAGER,
                    colleague_id=self.me_id,
                    client_communication=True,
                    description="Confirmado al cliente; escalado a operaciones."
                    if language == "es"
                    else "Acknowledged to the client; escalated to operations.",
                )
            if not open_now and rng.random() < 0.4:
                self.rows.add(
                    m.Compensation,
                    incident_id=incident_id,
                    form=rng.choice(list(CompensationForm)),
                    amount=self._money(account.size * Decimal(rng.randint(1, 5)) / 100, account),
                    granted_on=times[-1].date(),
                )
            if open_now:
                self._action_items(account, None, incident_id)

    def proposal(self, account: _Account) -> None:
        rng = self.rng
        language = account.country.language
        stamp = self._stamp(rng.randint(20, 120))
        proposal_id = self.rows.add(
            m.Proposal,
            account_id=account.id,
            title=(
                "Propuesta de ampliación de servicios"
                if language == "es"
                else "Service extension proposal"
            ),
            created_at=stamp,
            updated_at=stamp,
        )
        versions = rng.randint(1, 2)
        for number in range(1, versions + 1):
            latest = number == versions
            status = (
                rng.choice([ProposalStatus.DRAFT, ProposalStatus.SENT, ProposalStatus.ACCEPTED])
                if latest
                else ProposalStatus.SENT
            )
            sent_at = None if status is ProposalStatus.DRAFT else stamp + timedelta(days=number * 7)
            decided_at = (
                sent_at + timedelta(days=5)
                if status is ProposalStatus.ACCEPTED and sent_at
                else None
            )
            version_stamp = stamp + timedelta(days=(number - 1) * 7)
            version_id = self.rows.add(
                m.ProposalVersion,
                proposal_id=proposal_id,
                number=number,
                status=status,
                currency="EUR",
                valid_until=(version_stamp + timedelta(days=30)).date(),
                sent_at=sent_at,
                decided_at=decided_at,
                created_at=version_stamp,
                updated_at=version_stamp,
            )
            for position, (kind, title, body) in enumerate(vocab.SECTION_TEXT[language]):
                self.rows.add(
                    m.ProposalSection,
                    version_id=version_id,
                    position=position,
                    kind=kind,
                    title=title,
                    body_html=body.format(account=account.name),
                )
            priced: list[PricedLine] = []
            for position, (product_id, name, unit, price, tax) in enumerate(
                rng.sample(self.product_prices, rng.randint(2, 5))
            ):
                quantity = Decimal(rng.randint(1, 20))
                discount = Decimal(rng.choice([0, 0, 5, 10]))
                priced.append(PricedLine(quantity, price, discount, tax, position > 2))
                self.rows.add(
                    m.ProposalLineItem,
                    version_id=version_id,
                    position=position,
                    product_id=product_id,
                    description=name,
                    quantity=quantity,
                    unit=unit,
                    unit_price=price,
                    discount_pct=discount,
                    tax_pct=tax,
                    optional=position > 2,
                )
            # The phases share the committed total exactly, as a real plan would.
            total = proposal_totals(priced, "EUR").total
            first_half = round_money(total / 2, "EUR")
            phase_start = (version_stamp + timedelta(days=30)).date()
            for position, amount in enumerate((first_half, total - first_half)):
                ends = phase_start + timedelta(days=rng.randint(30, 90))
                self.rows.add(
                    m.ProposalPhase,
                    version_id=version_id,
                    position=position,
                    name=(f"Fase {position + 1}" if language == "es" else f"Phase {position + 1}"),
                    starts_on=phase_start,
                    ends_on=ends,
                    amount=amount,
                )
                phase_start = ends + timedelta(days=1)
            self.rows.add(
                m.ProposalRoi,
                version_id=version_id,
                annual_benefit=round_money(total * Decimal(rng.randint(40, 90)) / 100, "EUR"),
                horizon_years=3,
                discount_rate_pct=Decimal(8),
            )

    def market_notes(self, account: _Account) -> None:
        rng = self.rng
        language = account.country.language
        for _ in range(rng.randint(1, 2)):
            competitor = rng.random() < 0.6
            stamp = self._stamp(rng.randint(1, 300))
            self.rows.add(
                m.MarketNote,
                account_id=account.id,
                kind=MarketNoteKind.COMPETITOR if competitor else MarketNoteKind.MARKET_TREND,
                competitor=rng.choice(vocab.COMPETITORS) if competitor else None,
                title=rng.choice(vocab.MARKET_NOTES[language]),
                noted_on=stamp.date(),
                created_at=stamp,
                updated_at=stamp,
            )


def generate_sample_portfolio(
    connection: Connection,
    *,
    accounts: int = DEFAULT_ACCOUNTS,
    seed: int = 1,
    as_of: date | None = None,
    progress: Progress | None = None,
) -> SampleSummary:
    """Fill an empty database with a sample portfolio, inside the caller's transaction.

    Raises :class:`DatabaseNotEmptyError` if any account exists, and
    ``Cancelled`` (from *progress*) if the user cancels; either way the
    caller's transaction rolls back and nothing is written.
    """
    if accounts < 1:
        raise ValueError("the sample needs at least one account")
    existing = connection.execute(
        select(func.count()).select_from(m.Account.__table__)
    ).scalar_one()
    if existing:
        raise DatabaseNotEmptyError(
            f"The database already holds {existing} accounts; the sample portfolio "
            "only goes into an empty database, so it never mixes with real data."
        )
    progress = progress or Progress()
    as_of = as_of or date.today()
    stamp = datetime.combine(as_of, time(), UTC)
    rng = random.Random(seed)
    rows = _Rows(
        connection, seeded_uids(random.Random(f"uids {seed}"), int(stamp.timestamp() * 1000)), stamp
    )
    generator = _Generator(rows, rng, as_of)
    # A sample starts with an empty history: nobody changed anything yet.
    with history_paused(connection, m.Base.metadata):
        generator.colleagues()
        generator.products()
        drawn: list[_Account] = []
        for index in range(accounts):
            drawn.append(generator.account(drawn))
            if (index + 1) % _BATCH_ACCOUNTS == 0 or index + 1 == accounts:
                rows.flush()
                progress.advance(index + 1, accounts, "accounts")
        generator.all_day_events(drawn)
        rows.flush()
    return SampleSummary(dict(rows.written))


def load_sample_portfolio(
    session: Session, accounts: int = DEFAULT_ACCOUNTS, progress: Progress | None = None
) -> tuple[SampleSummary, ChangeSet]:
    """:func:`generate_sample_portfolio` in the caller's session's transaction: a whole
    book where there was none, so every tab reloads."""
    summary = generate_sample_portfolio(session.connection(), accounts=accounts, progress=progress)
    return summary, ChangeSet.all()
