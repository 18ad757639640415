"""What can be imported: the kinds of record and, for each, the fields a column can fill.

A field says how its cells are read (text, number, date, a choice from a list, a
country, a reference to an account…), whether a row needs it, and how long it may
be. Choices are read generously: the stored value (``closed_won``), its English
name (``Closed Won``) or a word other systems use for it (Salesforce's
``Negotiation/Review``, HubSpot's ``closedwon``, ``Banking`` for finance).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache

from workbench.domain.enums import (
    AccountStatus,
    Channel,
    DecisionRole,
    IncidentCategory,
    IncidentStatus,
    OpportunityKind,
    OpportunityStage,
    Sector,
    Severity,
    Tier,
)
from workbench.domain.validation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # translatable, context "import"
    #: How cells are read: text, email, decimal, int, date, datetime, bool, choice,
    #: country, currency, zone, account, quarter, uid.
    reads: str = "text"
    required: bool = False
    choices: type[Enum] | None = None
    #: Characters the field holds; a longer cell is refused, or cut if *cut*.
    limit: int | None = None
    #: Free text (notes, descriptions): cut to *limit* with a note rather than refused.
    cut: bool = False


#: Characters a free-text field (a description, a note, a root cause) keeps from a cell;
#: the rest is cut, with a note on the row. Anything else has its own, shorter limit.
TEXT_LIMIT = 100_000
#: Any cell longer than this is refused, whatever it fills (an account's name or id,
#: a number, a date): no value we read is longer.
CELL_LIMIT = TEXT_LIMIT


def _text(key: str, label: str, limit: int | None = None, required: bool = False) -> Field:
    if limit is None:
        return Field(key, label, "text", required, limit=TEXT_LIMIT, cut=True)
    return Field(key, label, "text", required, limit=limit)


_ACCOUNT_REF = Field("account", QT_TRANSLATE_NOOP("import", "Account"), "account", required=True)
_EXTERNAL_ID = Field("external_id", QT_TRANSLATE_NOOP("import", "Id in the other system"), limit=64)
#: A row the other system marks as deleted is skipped.
_DELETED = Field("deleted", QT_TRANSLATE_NOOP("import", "Deleted in the other system"), "bool")
#: The record's identity in this program, the same on every machine (our export's last
#: column): a row with a stored uid updates that record, one with a new uid is created with it.
_UID = Field("uid", QT_TRANSLATE_NOOP("import", "UID"), "uid")

FIELDS: dict[str, tuple[Field, ...]] = {
    "accounts": (
        _text("name", QT_TRANSLATE_NOOP("import", "Name"), 200, required=True),
        _EXTERNAL_ID,
        Field("parent", QT_TRANSLATE_NOOP("import", "Parent account"), "account"),
        Field("sector", QT_TRANSLATE_NOOP("import", "Sector"), "choice", choices=Sector),
        Field("tier", QT_TRANSLATE_NOOP("import", "Tier"), "choice", choices=Tier),
        Field("status", QT_TRANSLATE_NOOP("import", "Status"), "choice", choices=AccountStatus),
        Field("country", QT_TRANSLATE_NOOP("import", "Country"), "country"),
        Field("currency", QT_TRANSLATE_NOOP("import", "Currency"), "currency"),
        Field("time_zone", QT_TRANSLATE_NOOP("import", "Time zone"), "zone"),
        _text("website", QT_TRANSLATE_NOOP("import", "Website"), 300),
        _text("email_domain", QT_TRANSLATE_NOOP("import", "E-mail domain"), 253),
        Field("client_since", QT_TRANSLATE_NOOP("import", "Client since"), "date"),
        Field("churned_on", QT_TRANSLATE_NOOP("import", "Lost on"), "date"),
        Field("won_back_on", QT_TRANSLATE_NOOP("import", "Won back on"), "date"),
        _text("description", QT_TRANSLATE_NOOP("import", "Description")),
    ),
    "contacts": (
        _ACCOUNT_REF,
        _text("first_name", QT_TRANSLATE_NOOP("import", "First name"), 100),
        _text("last_name", QT_TRANSLATE_NOOP("import", "Last name"), 100),
        _text("full_name", QT_TRANSLATE_NOOP("import", "Full name"), 201),
        Field("email", QT_TRANSLATE_NOOP("import", "E-mail"), "email", limit=320),
        _text("phone", QT_TRANSLATE_NOOP("import", "Phone"), 50),
        _text("job_title", QT_TRANSLATE_NOOP("import", "Job title"), 200),
        Field(
            "decision_role",
            QT_TRANSLATE_NOOP("import", "Role in the decision"),
            "choice",
            choices=DecisionRole,
        ),
        Field(
            "preferred_channel",
            QT_TRANSLATE_NOOP("import", "Preferred channel"),
            "choice",
            choices=Channel,
        ),
        _text("language", QT_TRANSLATE_NOOP("import", "Language"), 8),
        Field("is_primary", QT_TRANSLATE_NOOP("import", "Primary contact"), "bool"),
        _EXTERNAL_ID,
    ),
    "opportunities": (
        _ACCOUNT_REF,
        _text("name", QT_TRANSLATE_NOOP("import", "Name"), 300, required=True),
        Field("kind", QT_TRANSLATE_NOOP("import", "Kind"), "choice", choices=OpportunityKind),
        Field("stage", QT_TRANSLATE_NOOP("import", "Stage"), "choice", choices=OpportunityStage),
        Field("amount", QT_TRANSLATE_NOOP("import", "Amount"), "decimal"),
        Field("currency", QT_TRANSLATE_NOOP("import", "Currency"), "currency"),
        Field("probability", QT_TRANSLATE_NOOP("import", "Probability (%)"), "int"),
        Field("expected_close", QT_TRANSLATE_NOOP("import", "Expected close"), "date"),
        _EXTERNAL_ID,
    ),
    "incidents": (
        _ACCOUNT_REF,
        _text("title", QT_TRANSLATE_NOOP("import", "Title"), 300, required=True),
        _text("description", QT_TRANSLATE_NOOP("import", "Description")),
        Field(
            "category", QT_TRANSLATE_NOOP("import", "Category"), "choice", choices=IncidentCategory
        ),
        Field("severity", QT_TRANSLATE_NOOP("import", "Severity"), "choice", choices=Severity),
        Field("status", QT_TRANSLATE_NOOP("import", "Status"), "choice", choices=IncidentStatus),
        Field("reported_at", QT_TRANSLATE_NOOP("import", "Reported"), "datetime"),
        Field("acknowledged_at", QT_TRANSLATE_NOOP("import", "Acknowledged"), "datetime"),
        Field("resolved_at", QT_TRANSLATE_NOOP("import", "Resolved"), "datetime"),
        Field("closed_at", QT_TRANSLATE_NOOP("import", "Closed"), "datetime"),
        _text("client_impact", QT_TRANSLATE_NOOP("import", "Impact on the client")),
        _text("root_cause", QT_TRANSLATE_NOOP("import", "Root cause")),
        _text("resolution", QT_TRANSLATE_NOOP("import", "Resolution")),
        _EXTERNAL_ID,
    ),
    "revenue": (
        _ACCOUNT_REF,
        Field("period", QT_TRANSLATE_NOOP("import", "Quarter"), "quarter", required=True),
        Field("revenue", QT_TRANSLATE_NOOP("import", "Revenue"), "decimal", required=True),
        Field("cost", QT_TRANSLATE_NOOP("import", "Cost"), "decimal"),
    ),
    "surveys": (
        _ACCOUNT_REF,
        Field("contact", QT_TRANSLATE_NOOP("import", "Contact's e-mail"), "email"),
        Field("responded_on", QT_TRANSLATE_NOOP("import", "Answered on"), "date", required=True),
        Field("score", QT_TRANSLATE_NOOP("import", "Score (0–10)"), "int", required=True),
        _text("comment", QT_TRANSLATE_NOOP("import", "Comment")),
    ),
    "kpi_measurements": (
        _ACCOUNT_REF,
        _text("kpi", QT_TRANSLATE_NOOP("import", "Agreed KPI"), 200, required=True),
        Field("measured_on", QT_TRANSLATE_NOOP("import", "Measured on"), "date", required=True),
        Field("value", QT_TRANSLATE_NOOP("import", "Value"), "decimal", required=True),
        _text("note", QT_TRANSLATE_NOOP("import", "Note")),
    ),
}
FIELDS = {kind: (*fields, _UID, _DELETED) for kind, fields in FIELDS.items()}

KINDS = tuple(FIELDS)
KIND_TITLES = {
    "accounts": QT_TRANSLATE_NOOP("import", "Accounts"),
    "contacts": QT_TRANSLATE_NOOP("import", "Contacts"),
    "opportunities": QT_TRANSLATE_NOOP("import", "Opportunities"),
    "incidents": QT_TRANSLATE_NOOP("import", "Incidents (cases, tickets)"),
    "revenue": QT_TRANSLATE_NOOP("import", "Revenue by quarter"),
    "surveys": QT_TRANSLATE_NOOP("import", "Survey responses (NPS)"),
    "kpi_measurements": QT_TRANSLATE_NOOP("import", "Agreed-KPI measurements"),
}


def field_of(kind: str, key: str) -> Field:
    for candidate in FIELDS[kind]:
        if candidate.key == key:
            return candidate
    raise KeyError(f"{kind} has no field {key!r}")


def normalized(text: str) -> str:
    """Lower case, accents off, runs of anything but letters and digits as one ``_``."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", "_", bare.casefold()).strip("_")


_COMPANY = (
    "account, account name, company, company name, client, client name, customer, "
    "customer name, organization, organisation, organization name, "
    "cuenta, nombre de la cuenta, cliente, nombre del cliente, empresa, nombre de la empresa, "
    "compania, razon social, organizacion, entidad"
)
_EMAIL = "email, email address, e mail address, mail, correo, correo electronico, e mail"
_PHONE = "telephone, tel, phone number, mobile, mobile phone, telefono, movil, tlf"

#: Headers people write for a field, in English and Spanish, beyond its key and label;
#: compared :func:`normalized` (case, accents and punctuation do not matter).
_HEADER_WORDS: dict[str, dict[str, str]] = {
    "accounts": {
        "name": f"name, {_COMPANY}, nombre, nombre comercial",
        "parent": "parent, parent company, empresa matriz, matriz, cuenta principal",
        "sector": "industry, industria, sector, actividad",
        "tier": "nivel, categoria de cuenta",
        "status": "estado, lifecycle stage",
        "country": "pais, country region, nation, nacion",
        "currency": "moneda, divisa",
        "time_zone": "timezone, zona horaria, huso horario",
        "website": "web, sitio web, pagina web, website url, url",
        "email_domain": "domain, dominio, dominio de correo",
        "client_since": "customer since, cliente desde",
        "churned_on": "churned on, perdida el, perdido el, fecha de baja",
        "description": "descripcion, notes, notas",
    },
    "contacts": {
        "account": _COMPANY,
        "first_name": "first, given name, forename, firstname, nombre, nombre de pila",
        "last_name": "surname, family name, lastname, apellido, apellidos",
        "full_name": "contact name, contact, nombre completo, contacto, nombre y apellidos",
        "email": _EMAIL,
        "phone": f"{_PHONE}, phone",
        "job_title": "title, position, role title, cargo, puesto",
        "decision_role": "role, rol, papel, rol en la decision",
        "preferred_channel": "channel, canal, canal preferido",
        "language": "idioma, lengua",
        "is_primary": "primary, principal, contacto principal",
    },
    "opportunities": {
        "account": _COMPANY,
        "name": "name, opportunity, opportunity name, deal, deal name, nombre, oportunidad, "
        "nombre de la oportunidad",
        "kind": "type, tipo",
        "stage": "deal stage, etapa, fase",
        "amount": "value, importe, valor, monto, cantidad",
        "currency": "moneda, divisa",
        "probability": "probability, probabilidad",
        "expected_close": "close date, expected close date, fecha de cierre, cierre previsto, "
        "fecha prevista de cierre",
    },
    "incidents": {
        "account": _COMPANY,
        "title": "subject, summary, issue, case, ticket, asunto, titulo, resumen, incidencia",
        "description": "descripcion, detalle, details",
        "category": "type, tipo, categoria",
        "severity": "priority, prioridad, gravedad, severidad",
        "status": "estado",
        "reported_at": "created, created date, opened, date reported, reported at, fecha de alta, "
        "fecha de apertura, abierta el, creada el, fecha",
        "resolved_at": "resolved date, fecha de resolucion, resuelta el",
        "closed_at": "closed date, close date, fecha de cierre, cerrada el",
        "client_impact": "impact, impacto, impacto en el cliente",
        "root_cause": "cause, causa, causa raiz",
        "resolution": "resolucion, solucion",
    },
    "revenue": {
        "account": _COMPANY,
        "period": "period, trimestre, periodo",
        "revenue": "income, sales, ingresos, facturacion, ventas",
        "cost": "costs, coste, costes, costo, costos",
    },
    "surveys": {
        "account": _COMPANY,
        "contact": f"contact, contact email, {_EMAIL}, contacto, correo del contacto",
        "responded_on": "date, response date, responded on, fecha, fecha de respuesta, "
        "respondida el",
        "score": "score, nps, rating, puntuacion, valoracion",
        "comment": "comments, comentario, comentarios, observaciones",
    },
    "kpi_measurements": {
        "account": _COMPANY,
        "kpi": "kpi, indicator, metric, indicador, metrica, kpi acordado",
        "measured_on": "date, date measured, measured, fecha, fecha de medicion, medido el",
        "value": "value, valor, medida, resultado",
        "note": "notes, notas, comentario, comment",
    },
}


def header_names(kind: str) -> dict[str, str]:
    """Normalized header → field of *kind*: the field's key, its label, and the words
    people write for it (:data:`_HEADER_WORDS`)."""
    names: dict[str, str] = {}
    for field in FIELDS[kind]:
        names.setdefault(field.key, field.key)
        names.setdefault(normalized(field.label), field.key)
    for key, words in _HEADER_WORDS.get(kind, {}).items():
        for word in words.split(","):
            names.setdefault(normalized(word), key)
    return names


#: Words other systems (and people) use for our choices, normalized.
_SYNONYMS: dict[type[Enum], dict[str, str]] = {
    Sector: {
        "software": "technology",
        "tech": "technology",
        "it": "technology",
        "computer_software": "technology",
        "information_technology_and_services": "technology",
        "electronics": "technology",
        "tecnologia": "technology",
        "banking": "finance",
        "insurance": "finance",
        "financial_services": "finance",
        "finanzas": "finance",
        "banca": "finance",
        "seguros": "finance",
        "transportation": "logistics",
        "shipping": "logistics",
        "logistica": "logistics",
        "transport": "logistics",
        "logistics_and_supply_chain": "logistics",
        "consultoria": "consulting",
        "management_consulting": "consulting",
        "manufactura": "manufacturing",
        "industrial": "manufacturing",
        "machinery": "manufacturing",
        "industria": "manufacturing",
        "telecommunications": "telecom",
        "communications": "telecom",
        "telecomunicaciones": "telecom",
        "media": "advertising",
        "marketing_and_advertising": "advertising",
        "publicidad": "advertising",
        "entertainment": "advertising",
        "healthcare": "pharma",
        "biotechnology": "pharma",
        "pharmaceuticals": "pharma",
        "hospital_health_care": "pharma",
        "farmacia": "pharma",
        "salud": "pharma",
        "otro": "other",
        "otros": "other",
    },
    Tier: {
        "estrategica": "strategic",
        "estrategico": "strategic",
        "clave": "key",
        "a": "strategic",
        "b": "key",
        "c": "standard",
        "estandar": "standard",
    },
    AccountStatus: {
        "customer": "active",
        "customer_direct": "active",
        "customer_channel": "active",
        "cliente": "active",
        "activo": "active",
        "activa": "active",
        "lead": "prospect",
        "subscriber": "prospect",
        "marketingqualifiedlead": "prospect",
        "salesqualifiedlead": "prospect",
        "opportunity": "prospect",
        "prospecto": "prospect",
        "en_riesgo": "at_risk",
        "risk": "at_risk",
        "former_customer": "churned",
        "lost": "churned",
        "perdido": "churned",
        "perdida": "churned",
    },
    OpportunityStage: {
        "needs_analysis": "qualification",
        "id_decision_makers": "qualification",
        "qualifiedtobuy": "qualification",
        "appointmentscheduled": "prospecting",
        "value_proposition": "proposal",
        "perception_analysis": "proposal",
        "proposal_price_quote": "proposal",
        "presentationscheduled": "proposal",
        "negotiation_review": "negotiation",
        "decisionmakerboughtin": "negotiation",
        "contractsent": "negotiation",
        "closedwon": "closed_won",
        "won": "closed_won",
        "closedlost": "closed_lost",
        "lost": "closed_lost",
        "ganada": "closed_won",
        "perdida": "closed_lost",
        "negociacion": "negotiation",
        "propuesta": "proposal",
        "cualificacion": "qualification",
        "prospeccion": "prospecting",
    },
    OpportunityKind: {
        "new_business": "new",
        "newbusiness": "new",
        "new_customer": "new",
        "existing_business": "upsell",
        "existingbusiness": "upsell",
        "existing_customer_upgrade": "upsell",
        "cross_sell": "cross_sell",
        "crosssell": "cross_sell",
        "renovacion": "renewal",
        "existing_customer_replacement": "renewal",
        "nuevo": "new",
        "nueva": "new",
    },
    IncidentStatus: {
        "new": "open",
        "working": "acknowledged",
        "escalated": "mitigating",
        "in_progress": "acknowledged",
        "waiting_on_contact": "mitigating",
        "waiting_on_us": "acknowledged",
        "abierta": "open",
        "abierto": "open",
        "cerrada": "closed",
        "cerrado": "closed",
        "resuelta": "resolved",
        "resuelto": "resolved",
    },
    Severity: {
        "urgent": "1",
        "critical": "1",
        "p1": "1",
        "critica": "1",
        "urgente": "1",
        "high": "2",
        "p2": "2",
        "alta": "2",
        "medium": "3",
        "normal": "3",
        "p3": "3",
        "media": "3",
        "low": "4",
        "p4": "4",
        "baja": "4",
    },
    IncidentCategory: {
        "delay": "delivery_delay",
        "retraso": "delivery_delay",
        "product": "quality",
        "problem": "quality",
        "calidad": "quality",
        "billing": "budget_misalignment",
        "facturacion": "budget_misalignment",
        "feature_request": "requirement_change",
        "question": "communication_breakdown",
    },
    DecisionRole: {
        "decisor": "decision_maker",
        "influenciador": "influencer",
        "usuario": "user",
        "campeon": "champion",
    },
    Channel: {
        "e_mail": "email",
        "correo": "email",
        "telefono": "phone",
        "call": "phone",
        "meeting": "in_person",
        "presencial": "in_person",
        "videocall": "video",
    },
}


def read_choice(choices: type[Enum], text: str) -> Enum | None:
    """The member *text* names (its value, its name or a known synonym); ``None`` if none."""
    word = normalized(text)
    if not word:
        return None
    word = _SYNONYMS.get(choices, {}).get(word, word)
    return _members_by_word(choices).get(word)


@cache
def _members_by_word(choices: type[Enum]) -> dict[str, Enum]:
    """Each member of *choices* by its normalized value and name, the first member naming
    a word keeping it: worked out once, not for each cell (100,000 rows read 200,000)."""
    words: dict[str, Enum] = {}
    for member in choices:
        words.setdefault(normalized(str(member.value)), member)
        words.setdefault(normalized(member.name), member)
    return words
