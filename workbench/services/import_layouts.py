"""Files we know by their headers: Salesforce and HubSpot exports, and our own.

Salesforce's Data Loader writes API names (``BILLINGCOUNTRY``, ``STAGENAME``);
HubSpot writes UI labels (``Company name``) or, through syncs, internal names
(``property_name``). Headers are compared normalized (:func:`normalized`), so case,
accents and punctuation do not matter. A layout claims a file when its signature
headers are all there; the one that recognises the most columns wins. Anything
else gets a guess from the field names, for the user to finish in the mapping
dialog, and the user's mapping is remembered under :func:`layout_key`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from workbench.services.import_fields import FIELDS, field_of, header_names, normalized

#: Column → field, for a file of a kind; headers as written in the file.
Mapping = dict[str, str]


@dataclass(frozen=True)
class Layout:
    name: str
    kind: str
    #: Normalized header → field; the first header naming a field claims it.
    columns: tuple[tuple[str, str], ...]
    #: Normalized headers that must all be present.
    signature: frozenset[str]
    #: Of these, at least one (when given): what tells this system's file from a plain one.
    telltale: frozenset[str] = frozenset()

    def claims(self, present: set[str]) -> bool:
        return self.signature <= present and (not self.telltale or bool(self.telltale & present))

    def mapping(self, headers: tuple[str, ...]) -> Mapping:
        present = {normalized(header): header for header in reversed(headers)}
        mapping: Mapping = {}
        claimed: set[str] = set()
        for column, key in self.columns:
            header = present.get(column)
            if header is not None and key not in claimed and header not in mapping:
                mapping[header] = key
                claimed.add(key)
        return mapping


def _layout(name: str, kind: str, signature: str, columns: str, telltale: str = "") -> Layout:
    pairs = tuple(
        (normalized(column), key)
        for line in columns.split(",")
        if line.strip()
        for column, key in [line.strip().split("=")]
    )
    return Layout(
        name, kind, tuple(pairs), frozenset(signature.split()), frozenset(telltale.split())
    )


_DELETED = "isdeleted=deleted, is_deleted=deleted, _fivetran_deleted=deleted,"

LAYOUTS: tuple[Layout, ...] = (
    _layout(
        "Salesforce Account",
        "accounts",
        "name",
        f"""ID=external_id, NAME=name, PARENTID=parent, TYPE=status, INDUSTRY=sector,
        BILLINGCOUNTRY=country, SHIPPINGCOUNTRY=country, WEBSITE=website,
        DESCRIPTION=description, CURRENCYISOCODE=currency, {_DELETED}""",
        "annualrevenue billingcountry billingcity accountnumber accountnumber_c parentid "
        "isdeleted sic numberofemployees masterrecordid",
    ),
    _layout(
        "Salesforce Contact",
        "contacts",
        "lastname",
        f"""ID=external_id, ACCOUNTID=account, FIRSTNAME=first_name, LASTNAME=last_name,
        EMAIL=email, PHONE=phone, MOBILEPHONE=phone, TITLE=job_title, {_DELETED}""",
    ),
    _layout(
        "Salesforce Opportunity",
        "opportunities",
        "stagename",
        f"""ID=external_id, ACCOUNTID=account, NAME=name, STAGENAME=stage, AMOUNT=amount,
        PROBABILITY=probability, CLOSEDATE=expected_close, TYPE=kind,
        CURRENCYISOCODE=currency, {_DELETED}""",
    ),
    _layout(
        "Salesforce Case",
        "incidents",
        "subject casenumber",
        f"""ID=external_id, ACCOUNTID=account, SUBJECT=title, DESCRIPTION=description,
        STATUS=status, PRIORITY=severity, TYPE=category, REASON=category,
        CREATEDDATE=reported_at, CLOSEDDATE=closed_at, {_DELETED}""",
    ),
    _layout(
        "HubSpot companies (sync)",
        "accounts",
        "property_name",
        f"""id=external_id, property_name=name, property_hs_parent_company_id=parent,
        property_lifecyclestage=status, property_industry=sector, property_country=country,
        property_domain=email_domain, property_website=website,
        property_description=description, {_DELETED}""",
    ),
    _layout(
        "HubSpot companies",
        "accounts",
        "company_name",
        """Record ID=external_id, Company ID=external_id, Company name=name,
        Parent Company=parent, Lifecycle Stage=status, Industry=sector,
        Country/Region=country, Country=country, Company Domain Name=email_domain,
        Website URL=website, Description=description""",
    ),
    _layout(
        "HubSpot contacts (sync)",
        "contacts",
        "property_email",
        f"""id=external_id, property_associatedcompanyid=account, property_company=account,
        property_firstname=first_name, property_lastname=last_name, property_email=email,
        property_phone=phone, property_jobtitle=job_title, {_DELETED}""",
    ),
    _layout(
        "HubSpot contacts",
        "contacts",
        "first_name last_name email",
        """Record ID=external_id, Contact ID=external_id, Associated Company=account,
        Company Name=account, First Name=first_name, Last Name=last_name, Email=email,
        Phone Number=phone, Job Title=job_title""",
    ),
    _layout(
        "HubSpot deals (sync)",
        "opportunities",
        "property_dealname",
        f"""id=external_id, property_associatedcompanyid=account, property_dealname=name,
        property_dealstage=stage, property_amount=amount, property_closedate=expected_close,
        property_dealtype=kind, property_deal_currency_code=currency, {_DELETED}""",
    ),
    _layout(
        "HubSpot deals",
        "opportunities",
        "deal_name",
        """Record ID=external_id, Deal ID=external_id, Associated Company=account,
        Company name=account, Deal Name=name, Deal Stage=stage, Amount=amount,
        Close Date=expected_close, Deal Type=kind, Currency=currency""",
    ),
    _layout(
        "HubSpot tickets (sync)",
        "incidents",
        "property_subject",
        f"""id=external_id, property_associatedcompanyid=account, property_subject=title,
        property_content=description, property_hs_ticket_priority=severity,
        property_hs_ticket_category=category, property_createdate=reported_at,
        property_closed_date=closed_at, {_DELETED}""",
    ),
    _layout(
        "HubSpot tickets",
        "incidents",
        "ticket_name",
        """Record ID=external_id, Ticket ID=external_id, Associated Company=account,
        Ticket name=title, Ticket description=description, Priority=severity,
        Ticket status=status, Category=category, Create date=reported_at,
        Close date=closed_at""",
    ),
)


def _own_layout(kind: str, signature: str) -> Layout:
    keys = [field.key for field in FIELDS[kind] if field.key not in ("full_name", "deleted")]
    return Layout(
        "Account Workbench", kind, tuple((key, key) for key in keys), frozenset(signature.split())
    )


#: Files written by our own export (File → Export data…): headers are field names.
OWN_LAYOUTS = (
    _own_layout("accounts", "name sector tier status country"),
    _own_layout("contacts", "account first_name last_name decision_role"),
    _own_layout("opportunities", "account name stage probability"),
    _own_layout("incidents", "account title category severity reported_at"),
    _own_layout("revenue", "account period revenue"),
    _own_layout("surveys", "account responded_on score"),
    _own_layout("kpi_measurements", "account kpi measured_on value"),
)


@dataclass(frozen=True)
class Recognised:
    layout: str  # the layout's name, "" when only guessed
    kind: str | None
    mapping: Mapping


def recognise(headers: tuple[str, ...], kind: str | None = None) -> Recognised:
    """The known layout of a file with *headers* (of *kind* if given), or a guess."""
    present = {normalized(header) for header in headers}
    best: tuple[int, Layout] | None = None
    for layout in (*OWN_LAYOUTS, *LAYOUTS):
        if kind is not None and layout.kind != kind:
            continue
        if not layout.claims(present):
            continue
        score = len(_completed(layout, headers))
        if best is None or score > best[0]:
            best = (score, layout)
    if best is not None:
        return Recognised(best[1].name, best[1].kind, _completed(best[1], headers))
    if kind is not None:
        return Recognised("", kind, guess_mapping(headers, kind))
    return _guessed_kind(headers)


def _completed(layout: Layout, headers: tuple[str, ...]) -> Mapping:
    """*layout*'s mapping, plus every other column that names a field it left unfilled:
    a layout guess never drops a column called ``account`` or ``Company``."""
    mapping = layout.mapping(headers)
    for header, key in guess_mapping(headers, layout.kind).items():
        if header not in mapping and key not in mapping.values():
            mapping[header] = key
    return mapping


def _guessed_kind(headers: tuple[str, ...]) -> Recognised:
    """The kind whose fields name the most columns, if they include what a row needs."""
    best = Recognised("", None, {})
    for kind, fields in FIELDS.items():
        mapping = guess_mapping(headers, kind)
        needed = {field.key for field in fields if field.required}
        # One named column is enough when it is the file's only one ("Empresa" and names).
        enough = len(mapping) >= 2 or len(mapping) == len(headers)
        if needed <= set(mapping.values()) and enough and len(mapping) > len(best.mapping):
            best = Recognised("", kind, mapping)
    return best


def guess_mapping(headers: tuple[str, ...], kind: str) -> Mapping:
    """Columns named like a field (``Name``, ``E-mail``, ``Country``, ``Razón social``,
    ``Correo``) mapped to it: see :func:`header_names`."""
    names = header_names(kind)
    mapping: Mapping = {}
    for header in headers:
        key = names.get(normalized(header))
        if key is not None and key not in mapping.values():
            mapping[header] = key
    return mapping


def layout_key(headers: tuple[str, ...]) -> str:
    """A short stable key for files with these headers, to remember a mapping under."""
    joined = "\x1f".join(sorted(normalized(header) for header in headers))
    return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def checked_mapping(kind: str, mapping: Mapping) -> Mapping:
    """*mapping* with unknown fields refused (``KeyError``) and ignored columns dropped."""
    checked: Mapping = {}
    for header, key in mapping.items():
        if not key:
            continue
        field_of(kind, key)
        if key in checked.values():
            raise ValueError(f"two columns fill {key!r}")
        checked[header] = key
    return checked
