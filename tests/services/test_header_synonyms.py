"""Plain files headed the way people head them, in English or Spanish (``Account name``,
``Empresa``, ``Correo``, ``País``), come in as the kind their columns name; and a column
named after one of our own fields is never dropped by a layout guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.cli import main
from workbench.services.data_import import plan_file, read_file, write_plan
from workbench.services.import_layouts import recognise
from workbench.services.import_plan import Action
from workbench.store.database import Store, open_store
from workbench.store.models import Account, Contact, Incident, Opportunity


def imported(store: Store, path: Path) -> tuple[str | None, dict[str, str], int, int]:
    read = read_file(path)
    assert read.kind is not None, f"{path.name}: no kind guessed from {read.table.headers}"
    plan = plan_file(store, read, read.kind, read.mapping, path.name)
    write_plan(store, plan)
    return read.kind, read.mapping, plan.count(Action.CREATE), plan.count(Action.REFUSE)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "header",
    [
        "Account name",
        "Company",
        "Company name",
        "Client",
        "Customer",
        "EMPRESA",
        "cliente",
        "Razón social",
        "RAZON SOCIAL",
        "Nombre",
        "Nombre de la cuenta",
        "Organization",
    ],
)
def test_an_account_file_with_an_ordinary_name_header_comes_in(
    store: Store, tmp_path: Path, header: str
) -> None:
    path = write(tmp_path, "a.csv", f"{header},Country\nAcme Iberia,ES\nBeta GmbH,DE\n")
    kind, mapping, created, refused = imported(store, path)
    assert (kind, mapping[header], created, refused) == ("accounts", "name", 2, 0)
    with store.session() as session:
        assert sorted(session.scalars(select(Account.name))) == ["Acme Iberia", "Beta GmbH"]


def test_spanish_account_headers(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cuentas.csv",
        "Razón social;País;Sector;Sitio web;Descripción\n"
        "Acme Iberia;España;Tecnología;acme.es;Cliente desde 2019\n",
    )
    kind, mapping, created, refused = imported(store, path)
    assert kind == "accounts"
    assert mapping == {
        "Razón social": "name",
        "País": "country",
        "Sector": "sector",
        "Sitio web": "website",
        "Descripción": "description",
    }
    assert (created, refused) == (1, 0)
    with store.session() as session:
        account = session.scalars(select(Account)).one()
    assert (account.name, account.country, account.website) == ("Acme Iberia", "ES", "acme.es")


def test_spanish_contact_headers(store: Store, tmp_path: Path) -> None:
    imported(store, write(tmp_path, "a.csv", "Empresa\nAcme\n"))
    path = write(
        tmp_path,
        "contactos.csv",
        "Cliente,Nombre,Apellidos,Correo electrónico,Teléfono,Cargo\n"
        "Acme,Lucía,Pérez Gómez,lucia@acme.es,+34 600 000 000,Directora de compras\n",
    )
    kind, mapping, created, refused = imported(store, path)
    assert kind == "contacts"
    assert mapping == {
        "Cliente": "account",
        "Nombre": "first_name",
        "Apellidos": "last_name",
        "Correo electrónico": "email",
        "Teléfono": "phone",
        "Cargo": "job_title",
    }
    assert (created, refused) == (1, 0)
    with store.session() as session:
        contact = session.scalars(select(Contact)).one()
    assert (contact.first_name, contact.last_name, contact.email) == (
        "Lucía",
        "Pérez Gómez",
        "lucia@acme.es",
    )


def test_english_contact_headers(store: Store, tmp_path: Path) -> None:
    imported(store, write(tmp_path, "a.csv", "Company name\nAcme\n"))
    path = write(
        tmp_path,
        "contacts.csv",
        "Company,First Name,Surname,Email Address,Mobile,Title\n"
        "Acme,Ann,Lee,ann@acme.com,+1 555 0100,CFO\n",
    )
    kind, mapping, created, refused = imported(store, path)
    assert kind == "contacts"
    assert set(mapping.values()) == {
        "account",
        "first_name",
        "last_name",
        "email",
        "phone",
        "job_title",
    }
    assert (created, refused) == (1, 0)


def test_spanish_opportunity_and_incident_headers(store: Store, tmp_path: Path) -> None:
    imported(store, write(tmp_path, "a.csv", "Cliente\nAcme\n"))
    deals = write(
        tmp_path,
        "oportunidades.csv",
        "Cliente,Oportunidad,Etapa,Importe,Probabilidad,Fecha de cierre\n"
        "Acme,Renovación 2027,Propuesta,12000,40,2027-03-31\n",
    )
    kind, _mapping, created, refused = imported(store, deals)
    assert (kind, created, refused) == ("opportunities", 1, 0)
    cases = write(
        tmp_path,
        "incidencias.csv",
        "Cliente,Asunto,Gravedad,Estado,Fecha de alta\nAcme,Retraso en la entrega,Alta,Abierta,"
        "2026-11-02\n",
    )
    kind, _mapping, created, refused = imported(store, cases)
    assert (kind, created, refused) == ("incidents", 1, 0)
    with store.session() as session:
        assert session.scalars(select(Opportunity.name)).one() == "Renovación 2027"
        assert session.scalars(select(Incident.title)).one() == "Retraso en la entrega"


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        (("Cliente", "Trimestre", "Ingresos", "Coste"), "revenue"),
        (("Account name", "Quarter", "Revenue", "Cost"), "revenue"),
        (("Cliente", "Fecha de respuesta", "Puntuación", "Comentario"), "surveys"),
        (("Company", "Response date", "NPS", "Comment"), "surveys"),
        (("Cliente", "Indicador", "Fecha de medición", "Valor"), "kpi_measurements"),
        (("Client", "KPI", "Date measured", "Value"), "kpi_measurements"),
    ],
)
def test_every_kind_is_guessed_from_ordinary_headers(headers: tuple[str, ...], kind: str) -> None:
    guessed = recognise(headers)
    assert guessed.kind == kind
    assert len(guessed.mapping) == len(headers)


def test_our_own_field_names_are_never_dropped(store: Store, tmp_path: Path) -> None:
    imported(store, write(tmp_path, "a.csv", "name\nAcme\n"))
    path = write(
        tmp_path,
        "contacts.csv",
        "account,first_name,last_name,email\nAcme,Ann,Lee,ann@acme.com\nAcme,Bo,Ek,bo@acme.com\n",
    )
    kind, mapping, created, refused = imported(store, path)
    assert kind == "contacts"
    assert mapping["account"] == "account"
    assert (created, refused) == (2, 0)


def test_the_command_line_imports_spanish_headers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    accounts = write(tmp_path, "cuentas.csv", "Razón social,País\nAcme Iberia,ES\n")
    assert main(["import", str(accounts), "--db", str(db)]) == 0
    contacts = write(
        tmp_path,
        "contactos.csv",
        "account,first_name,last_name,email\nAcme Iberia,Lucía,Pérez,lucia@acme.es\n",
    )
    assert main(["import", str(contacts), "--db", str(db)]) == 0
    assert "1 created" in capsys.readouterr().out
    store = open_store(db)
    try:
        with store.session() as session:
            assert session.scalars(select(Contact.email)).one() == "lucia@acme.es"
    finally:
        store.close()
