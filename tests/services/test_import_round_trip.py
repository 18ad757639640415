"""Export → import round trips: whatever is stored comes back field for field, and
hostile bytes never touch the database."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.dumps import dump
from workbench.domain.enums import AccountStatus, Channel, DecisionRole, Sector, Tier
from workbench.io.delimited import ReadProblem
from workbench.services.data_import import plan_file, read_file, write_plan
from workbench.services.entity_export import export_rows
from workbench.services.import_plan import Action
from workbench.store.database import Store, open_store
from workbench.store.models import Account, Contact

#: Text as people type it: accents, quotes, separators, line breaks, formula-like starts.
TEXT = (
    st.text(
        alphabet=st.sampled_from(
            list(string.ascii_letters + string.digits + " ,;\"'|\t\n=+-@#%&()/.:")
            + list("áéíóúñÑçÇºª€ÄÖÜßŠšłŁ—–“”«»\u3000\u00a0")
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(lambda text: bool(text) and not text.startswith("'"))
)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def books(draw: st.DrawFn) -> list[dict]:
    names = draw(st.lists(TEXT, min_size=1, max_size=6, unique_by=str.casefold))
    accounts = []
    for index, name in enumerate(names):
        accounts.append(
            {
                "name": name[:200],
                "sector": draw(st.sampled_from(Sector)),
                "tier": draw(st.sampled_from(Tier)),
                "status": draw(st.sampled_from(AccountStatus)),
                "country": draw(st.sampled_from(["ES", "US", "GB", "MX", "DE", "JP"])),
                "website": draw(st.none() | TEXT),
                "email_domain": draw(st.none() | st.sampled_from(["acme.es", "b.com"])),
                "external_id": draw(st.none() | st.just(f"001x{index:014d}")),
                "client_since": draw(st.none() | DAYS),
                "churned_on": draw(st.none() | DAYS),
                "description": draw(st.none() | TEXT),
                "parent": draw(st.none() | st.sampled_from(names[:index] or [None])),
                "contacts": [
                    {
                        "first_name": draw(TEXT)[:100],
                        "last_name": draw(TEXT)[:100],
                        "email": f"p{index}.{n}@example.com",
                        "phone": draw(
                            st.none() | st.sampled_from(["+34 600 111 222", "-1", "91 5"])
                        ),
                        "job_title": draw(st.none() | TEXT),
                        "decision_role": draw(st.none() | st.sampled_from(DecisionRole)),
                        "preferred_channel": draw(st.none() | st.sampled_from(Channel)),
                        "language": draw(st.none() | st.sampled_from(["es", "en", "pt"])),
                        "is_primary": n == 0 and draw(st.booleans()),
                    }
                    for n in range(draw(st.integers(0, 3)))
                ],
            }
        )
    return accounts


def _store_book(store: Store, book: list[dict]) -> None:
    zones = {
        "ES": "Europe/Madrid",
        "US": "America/New_York",
        "GB": "Europe/London",
        "MX": "America/Mexico_City",
        "DE": "Europe/Berlin",
        "JP": "Asia/Tokyo",
    }
    currencies = {"ES": "EUR", "US": "USD", "GB": "GBP", "MX": "MXN", "DE": "EUR", "JP": "JPY"}
    with store.transaction() as session:
        made: dict[str, Account] = {}
        for entry in book:
            account = Account(
                name=entry["name"],
                sector=entry["sector"],
                tier=entry["tier"],
                status=entry["status"],
                country=entry["country"],
                time_zone=zones[entry["country"]],
                currency=currencies[entry["country"]],
                website=entry["website"],
                email_domain=entry["email_domain"],
                external_id=entry["external_id"],
                client_since=entry["client_since"],
                churned_on=entry["churned_on"],
                description=entry["description"],
                parent=made.get(entry["parent"]) if entry["parent"] else None,
            )
            made[entry["name"]] = account
            session.add(account)
            for person in entry["contacts"]:
                session.add(Contact(account=account, **person))


def _exported(store: Store, kind: str) -> list[list[object]]:
    with store.session() as session:
        headers, rows = export_rows(session, kind)
        keep = [i for i, header in enumerate(headers) if header not in ("id", "owner")]
        return [[row[i] for i in keep] for row in rows]


def _round_trip(source: Store, target: Store, folder: Path, kind: str) -> None:
    from workbench.services.entity_export import export_entity

    path = folder / f"{kind}.csv"
    with source.session() as session:
        export_entity(session, kind, path, "csv")
    read = read_file(path)
    assert read.kind == kind and read.layout == "Account Workbench"
    plan = plan_file(target, read, kind, read.mapping, path.name)
    assert plan.count(Action.REFUSE) == 0, [n.text() for r in plan.rows for n in r.notes]
    write_plan(target, plan)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book=books())
def test_export_then_import_preserves_every_field(book: list[dict]) -> None:
    with TemporaryDirectory() as folder:
        source, target = (
            open_store(Path(folder) / "a.sqlite"),
            open_store(Path(folder) / "b.sqlite"),
        )
        try:
            _store_book(source, book)
            for kind in ("accounts", "contacts"):
                _round_trip(source, target, Path(folder), kind)
                assert _exported(target, kind) == _exported(source, kind)
        finally:
            source.close()
            target.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2_000), cut=st.integers(0, 400))
def test_random_or_truncated_files_never_touch_the_database(data: bytes, cut: int) -> None:
    with TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "w.sqlite")
        try:
            with store.transaction() as session:
                session.add(
                    Account(
                        name="Kept",
                        sector="other",
                        tier="key",
                        status="active",
                        country="ES",
                        time_zone="Europe/Madrid",
                        currency="EUR",
                    )
                )
            before = dump(store.path)
            good = b"Name,Website\nAcme,https://acme.es\n" * 20
            for payload in (data, good[:cut] + data[:50]):
                path = Path(folder) / "in.csv"
                path.write_bytes(payload)
                try:
                    read = read_file(path, kind="accounts")
                except ReadProblem:
                    continue
                mapping = dict.fromkeys(read.table.headers[:1], "name")
                plan = plan_file(
                    store,
                    read,
                    "accounts",
                    mapping,
                    "in.csv",
                )
                refused = [row for row in plan.rows if row.refused]
                assert all(any(n.refused for n in row.notes) for row in refused)
            assert dump(store.path) == before
        finally:
            store.close()
