"""Importing files written by other programs: every file of ../shared/corpus/csv either
comes in with its rows and exact text or is refused with a reason; re-imports update
instead of duplicating; one transaction; undo of the last import."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.dumps import dump
from workbench.domain.enums import AccountStatus, Sector
from workbench.io.delimited import ReadProblem, read_delimited
from workbench.services.data_import import (
    FileRead,
    plan_file,
    read_file,
    write_plan,
    write_problem_report,
)
from workbench.services.import_layouts import recognise
from workbench.services.import_plan import Action, ImportOptions
from workbench.services.import_write import UndoRefused, last_import, undo_last_import
from workbench.services.progress import Cancelled, Progress
from workbench.store.database import Store
from workbench.store.models import Account, Contact, Incident, Opportunity

CSV_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "csv"


def corpus(name: str) -> Path:
    path = CSV_CORPUS / name
    if not path.exists():
        pytest.skip(f"the CSV corpus is not at {CSV_CORPUS}")
    return path


def run_import(
    store: Store,
    path: Path,
    kind: str | None = None,
    mapping: dict[str, str] | None = None,
    **options: object,
) -> tuple[object, object]:
    read = read_file(path, kind=kind)
    plan = plan_file(
        store,
        read,
        kind or read.kind or "",
        mapping if mapping is not None else read.mapping,
        path.name,
        ImportOptions(**options),  # type: ignore[arg-type]
    )
    return plan, write_plan(store, plan)


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the corpus, file by file -------------------------------------------------------------
@dataclass(frozen=True)
class Expected:
    kind: str | None  # None: not a layout we know, and no mapping given
    created: int = 0
    refused: int = 0
    skipped: int = 0
    mapping: dict[str, str] | None = None
    options: dict[str, object] = field(default_factory=dict)
    reason: str = ""  # part of the first refused row's reason


#: file → what importing it does (on an empty database, accounts imported first).
CORPUS = {
    "salesforce_account_export_dataloader_sample.csv": Expected("accounts", created=423),
    "salesforce_account_upsert_ideographic_spaces.csv": Expected(
        "accounts", created=10, mapping={"NAME": "name", "ORACLE_ID__C": "external_id"}
    ),
    "salesforce_opportunity_export_dataloader_sample.csv": Expected("opportunities", created=38),
    "hubspot_company_fivetran_seed.csv": Expected("accounts", created=24),
    "hubspot_contact_fivetran_seed.csv": Expected(
        "contacts", refused=22, reason="no account “SampleCompany”"
    ),
    "hubspot_ticket_fivetran_seed.csv": Expected(
        "incidents", refused=24, reason="no column says which account"
    ),
    "es_utf8_all_fields_quoted_accents.csv": Expected(
        "accounts",
        created=2,
        skipped=3,
        mapping={"NOMBREUE": "name", "DESCRIPCIONPROGRAMA": "description"},
    ),
    "it_excel_semicolon_cp1252_multiline_header_EXCERPT.csv": Expected(
        "accounts",
        created=102,
        mapping={"Denominazione in italiano": "name", "Denominazione Regione": "description"},
        options={"country": "IT"},
    ),
    "escaped_double_quotes.csv": Expected(
        "accounts", created=2, mapping={"column1": "name", "column2": "description"}
    ),
    "cr_only_line_endings_multiline_field.csv": Expected(
        "accounts", created=2, mapping={"b": "name", "a": "description"}
    ),
    "bom_utf16le.csv": Expected("accounts", created=2, mapping={"column1": "name"}),
    "bom_utf8_quoted_header.csv": Expected("accounts", created=2, mapping={"column1": "name"}),
    "ragged_rows_too_long_too_short.csv": Expected(
        "accounts", created=1, refused=2, mapping={"column_b": "name"}, reason="4 fields"
    ),
    "decimal_comma_thousands_dot.csv": Expected(
        "opportunities",
        created=1,
        mapping={"a": "amount", "b": "name"},
        options={"account_for_all": 1},
    ),
    "fr_excel_semicolon_latin1_crlf_decimal_comma.csv": Expected(None),
}


def test_every_corpus_file_has_an_expectation() -> None:
    if not CSV_CORPUS.exists():
        pytest.skip(f"the CSV corpus is not at {CSV_CORPUS}")
    assert {p.name for p in CSV_CORPUS.glob("*.csv")} == set(CORPUS)


def _with_salesforce_accounts(store: Store) -> None:
    run_import(store, corpus("salesforce_account_export_dataloader_sample.csv"))


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_corpus_file_imports_or_says_why(store: Store, name: str) -> None:
    expected = CORPUS[name]
    path = corpus(name)
    read = read_file(path, kind=expected.kind if expected.mapping else None)
    if expected.kind is None:
        assert read.kind is None and read.mapping == {}  # the user is asked to map it
        return
    if expected.kind == "opportunities" and expected.mapping is None:
        _with_salesforce_accounts(store)
    if "account_for_all" in expected.options:
        run_import(store, corpus("bom_utf16le.csv"), "accounts", {"column1": "name"})
    before = dump(store.path)
    plan, result = run_import(store, path, expected.kind, expected.mapping, **expected.options)
    assert (result.created, result.refused, result.skipped) == (
        expected.created,
        expected.refused,
        expected.skipped,
    ), [n.text() for r in plan.rows for n in r.notes][:5]
    if expected.reason:
        first = next(row for row in plan.rows if row.refused)
        assert any(expected.reason in note.text() for note in first.notes)
    if result.created == result.updated == 0:  # nothing but the run itself was recorded
        assert _without_runs(dump(store.path)) == _without_runs(before)


def test_salesforce_text_comes_in_exactly(store: Store) -> None:
    _with_salesforce_accounts(store)
    with store.session() as session:
        gravity = session.scalars(
            select(Account).where(Account.external_id == "001x0000002xLCVAA2")
        ).one()
        recall = session.scalars(
            select(Account).where(Account.name == "Recall Information Management, S. A.")
        ).one()
    assert (gravity.name, gravity.country, gravity.currency, gravity.time_zone) == (
        "Gravity Investments",
        "US",
        "USD",
        "America/New_York",
    )
    assert (recall.country, recall.currency, recall.time_zone) == ("ES", "EUR", "Europe/Madrid")


def test_the_ordinal_sign_of_a_cp1252_file_survives(store: Store) -> None:
    path = corpus("salesforce_account_export_dataloader_sample.csv")
    run_import(
        store,
        path,
        "accounts",
        {"ID": "external_id", "NAME": "name", "BILLINGSTREET": "description"},
    )
    with store.session() as session:
        streets = set(session.scalars(select(Account.description)))
    assert "00045844 c/ San Romualdo, 26 5º" in streets


def test_salesforce_opportunities_are_linked_to_their_accounts(store: Store) -> None:
    _with_salesforce_accounts(store)
    table = read_delimited(
        corpus("salesforce_opportunity_export_dataloader_sample.csv").read_bytes()
    )
    pairs = {
        row[table.headers.index("ID")]: row[table.headers.index("ACCOUNTID")] for row in table.rows
    }
    run_import(store, corpus("salesforce_opportunity_export_dataloader_sample.csv"))
    with store.session() as session:
        linked = dict(
            session.execute(
                select(Opportunity.external_id, Account.external_id).join(
                    Account, Account.id == Opportunity.account_id
                )
            ).all()
        )
        george = session.scalars(
            select(Opportunity).where(Opportunity.external_id == "006x0000001YtCrAAK")
        ).one()
    assert linked == pairs
    assert (george.amount, george.probability, george.stage.value) == (
        Decimal("500000"),
        100,
        "closed_won",
    )
    assert george.expected_close == date(2005, 11, 9)


def test_ideographic_spaces_are_trimmed(store: Store) -> None:
    run_import(
        store,
        corpus("salesforce_account_upsert_ideographic_spaces.csv"),
        "accounts",
        {"NAME": "name", "ORACLE_ID__C": "external_id"},
    )
    with store.session() as session:
        external = session.scalars(
            select(Account.external_id).where(Account.name == "account Upsert #0")
        ).one()
    assert external == "1-000000"


def test_hubspot_contacts_can_create_their_companies(store: Store) -> None:
    plan, result = run_import(
        store, corpus("hubspot_contact_fivetran_seed.csv"), create_missing_accounts=True
    )
    refused = [row for row in plan.rows if row.refused]
    assert result.created + result.refused == 22
    assert result.accounts_created >= 1
    assert all(
        any("empty, and every row needs one" in n.text() for n in row.notes) for row in refused
    )
    assert count(store, Contact) == result.created


def test_hubspot_tickets_come_in_for_a_chosen_account(store: Store) -> None:
    run_import(store, corpus("bom_utf16le.csv"), "accounts", {"column1": "name"})
    plan, result = run_import(store, corpus("hubspot_ticket_fivetran_seed.csv"), account_for_all=1)
    assert (result.created, result.refused) == (23, 1)  # one was closed before it was opened
    refused = next(row for row in plan.rows if row.refused)
    assert "before the incident was reported" in refused.notes[-1].text()
    with store.session() as session:
        closed = session.scalar(
            select(func.count()).select_from(Incident).where(Incident.closed_at.is_not(None))
        )
        statuses = set(session.scalars(select(Incident.status)))
    assert closed and "closed" in statuses


def test_reimporting_updates_instead_of_duplicating(store: Store) -> None:
    _with_salesforce_accounts(store)
    _plan, again = run_import(store, corpus("salesforce_account_export_dataloader_sample.csv"))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 423)
    assert count(store, Account) == 423


def test_a_changed_reimport_updates_and_undo_puts_it_back(store: Store, tmp_path: Path) -> None:
    first = write(tmp_path, "a.csv", "Id,Name,Industry\nX1,Acme,Banking\nX2,Beta,Software\n")
    run_import(
        store, first, "accounts", {"Id": "external_id", "Name": "name", "Industry": "sector"}
    )
    before = dump(store.path)
    second = write(tmp_path, "b.csv", "Id,Name,Industry\nX1,Acme Corp,Banking\nX3,Gamma,\n")
    _plan, result = run_import(
        store, second, "accounts", {"Id": "external_id", "Name": "name", "Industry": "sector"}
    )
    assert (result.created, result.updated) == (1, 1)
    with store.session() as session:
        assert session.scalars(select(Account.name).where(Account.external_id == "X1")).one() == (
            "Acme Corp"
        )
        undo_last_import(session)
        session.commit()
    with store.session() as session:
        names = sorted(session.scalars(select(Account.name)))
        undone = last_import(session)
    assert names == ["Acme", "Beta"]
    assert undone is None  # only the last import can be undone
    assert _without_runs(dump(store.path)) == _without_runs(before)


def _without_runs(found: dict[str, list[tuple]]) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    return {t: rows for t, rows in found.items() if t not in ("import_runs", "import_changes")}


def test_undo_is_refused_when_records_were_added_to_imported_ones(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path, "a.csv", "Name\nAcme\n")
    run_import(store, path, "accounts", {"Name": "name"})
    with store.transaction() as session:
        account = session.scalars(select(Account)).one()
        session.add(Contact(account_id=account.id, first_name="Ana", last_name="Ruiz"))
    with store.session() as session, pytest.raises(UndoRefused, match="1 records"):
        undo_last_import(session)
    assert count(store, Account) == 1


def test_bad_rows_are_refused_with_reasons_and_the_rest_stored(
    store: Store, tmp_path: Path
) -> None:
    run_import(store, write(tmp_path, "acc.csv", "Name\nAcme\n"), "accounts", {"Name": "name"})
    path = write(
        tmp_path,
        "opps.csv",
        "Account;Name;Amount;Close\n"
        "Acme;Good;1.234,50;31/12/2026\n"
        "Acme;Bad date;10;31/13/2026\n"
        "Acme;Negative;-5;01/01/2027\n"
        "Acme;;10;01/01/2027\n"
        "Nobody;Orphan;10;01/01/2027\n",
    )
    mapping = {"Account": "account", "Name": "name", "Amount": "amount", "Close": "expected_close"}
    plan, result = run_import(store, path, "opportunities", mapping)
    assert (result.created, result.refused) == (1, 4)
    reasons = {row.number: "; ".join(n.text() for n in row.notes) for row in plan.rows}
    assert "not a date" in reasons[2]
    assert "cannot be negative" in reasons[3]
    assert "empty, and every row needs one" in reasons[4]
    assert plan.rows[3].notes[0].column == "Name"
    assert "no account “Nobody”" in reasons[5]
    with store.session() as session:
        good = session.scalars(select(Opportunity)).one()
    assert (good.amount, good.expected_close, good.currency) == (
        Decimal("1234.50"),
        date(2026, 12, 31),
        "EUR",
    )
    report = tmp_path / "problems.csv"
    assert write_problem_report(report, plan) == 4
    assert "cannot be negative" in report.read_text(encoding="utf-8-sig")


def test_probable_duplicates_follow_the_choice(store: Store, tmp_path: Path) -> None:
    run_import(store, write(tmp_path, "a.csv", "Name\nAcme\n"), "accounts", {"Name": "name"})
    again = write(tmp_path, "b.csv", "Name,Industry\nACME,Banking\n")
    mapping = {"Name": "name", "Industry": "sector"}
    plan, result = run_import(store, again, "accounts", mapping, on_duplicate=Action.SKIP)
    assert plan.rows[0].match is not None and plan.rows[0].match.reason == "name"
    assert (result.created, result.skipped) == (0, 1)
    _plan, merged = run_import(store, again, "accounts", mapping)
    assert merged.updated == 1
    with store.session() as session:
        assert session.scalars(select(Account.sector)).one() == Sector.FINANCE
    _plan, created = run_import(store, again, "accounts", mapping, on_duplicate=Action.CREATE)
    assert created.created == 1 and count(store, Account) == 2


def test_parents_are_found_later_in_the_file(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "sf.csv",
        "ID,NAME,PARENTID,TYPE\n001A,Child Co,001B,Customer - Direct\n001B,Parent Co,,Prospect\n",
    )
    run_import(store, path)
    with store.session() as session:
        child = session.scalars(select(Account).where(Account.name == "Child Co")).one()
        assert child.parent is not None and child.parent.name == "Parent Co"
        assert child.status == AccountStatus.ACTIVE and child.client_since is not None


def test_a_cancelled_import_leaves_the_database_as_it_was(sample_store: Store) -> None:
    before = dump(sample_store.path)
    _with_salesforce_accounts_planned = read_file(
        corpus("salesforce_account_export_dataloader_sample.csv")
    )
    plan = plan_file(
        sample_store,
        _with_salesforce_accounts_planned,
        "accounts",
        _with_salesforce_accounts_planned.mapping,
        "sf.csv",
    )
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_plan(sample_store, plan, progress)
    assert dump(sample_store.path) == before


def test_unreadable_files_are_refused_before_anything(store: Store, tmp_path: Path) -> None:
    before = dump(store.path)
    for data in (b"\x00\x01\x02binary\xff" * 50, b"PK\x03\x04broken zip"):
        path = tmp_path / "bad.csv"
        path.write_bytes(data)
        with pytest.raises(ReadProblem):
            read_file(path)
    assert dump(store.path) == before


def test_own_export_is_recognised(tmp_path: Path) -> None:
    headers = ("id", "account", "first_name", "last_name", "email", "decision_role", "is_primary")
    recognised = recognise(headers)
    assert (recognised.layout, recognised.kind) == ("Account Workbench", "contacts")
    assert recognised.mapping["account"] == "account"
    assert "id" not in recognised.mapping


def test_file_read_reports_layout(tmp_path: Path) -> None:
    read = read_file(corpus("hubspot_ticket_fivetran_seed.csv"))
    assert isinstance(read, FileRead)
    assert (read.layout, read.kind) == ("HubSpot tickets (sync)", "incidents")
    assert read.mapping["property_subject"] == "title"


def test_imported_at_is_recorded(store: Store, tmp_path: Path) -> None:
    run_import(store, write(tmp_path, "a.csv", "Name\nAcme\n"), "accounts", {"Name": "name"})
    with store.session() as session:
        run = last_import(session)
    assert run is not None and run.created == 1
    assert run.imported_at <= datetime.now(UTC)


def test_a_plain_file_is_guessed_from_its_column_names() -> None:
    headers = ("Account", "First name", "Last name", "E-mail", "Phone")
    guessed = recognise(headers)
    assert (guessed.layout, guessed.kind) == ("", "contacts")
    assert guessed.mapping == {
        "Account": "account",
        "First name": "first_name",
        "Last name": "last_name",
        "E-mail": "email",
        "Phone": "phone",
    }
    assert recognise(("Classement", "Quartier", "Date")).kind is None


def test_a_plain_name_column_is_not_taken_for_salesforce() -> None:
    guessed = recognise(("Name", "Country"))
    assert (guessed.layout, guessed.kind) == ("", "accounts")
    upsert = recognise(("NAME", "TYPE", "PHONE", "ACCOUNTNUMBER__C", "WEBSITE"))
    assert upsert.layout == "Salesforce Account"


def test_a_cancel_at_the_last_moment_still_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "Name\nAcme\nBeta\n")
    read = read_file(path, kind="accounts")
    plan = plan_file(store, read, "accounts", {"Name": "name"}, path.name)
    before = dump(store.path)

    def cancel_once_started(done: int, _total: int, _message: str) -> None:
        if done == 0:  # pressed while the rows are being written, after the last check
            progress.cancel()

    progress = Progress(cancel_once_started)
    with pytest.raises(Cancelled):
        write_plan(store, plan, progress)
    assert dump(store.path) == before


def test_the_problem_report_lists_probable_duplicates(store: Store, tmp_path: Path) -> None:
    run_import(store, write(tmp_path, "a.csv", "Name\nAcme\n"), "accounts", {"Name": "name"})
    path = write(tmp_path, "b.csv", "Name\nACME\n")
    read = read_file(path, kind="accounts")
    plan = plan_file(store, read, "accounts", {"Name": "name"}, path.name)
    report = tmp_path / "report.csv"
    assert write_problem_report(report, plan) == 1
    assert "probably already stored (the same name)" in report.read_text(encoding="utf-8-sig")


def test_a_missing_column_names_the_field_in_the_users_language(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path, "a.csv", "Website\nhttps://acme.es\n")
    read = read_file(path, kind="accounts")
    plan = plan_file(store, read, "accounts", {"Website": "website"}, path.name)
    note = plan.rows[0].notes[0]
    spanish = {
        "Name": "Nombre",
        "no column holds {field}, and every row needs one": "ninguna "
        "columna contiene {field}, y todas las filas lo necesitan",
    }
    assert note.text(lambda text: spanish.get(text, text)) == (
        "ninguna columna contiene Nombre, y todas las filas lo necesitan"
    )


def test_quotes_line_breaks_and_accents_come_in_exactly(store: Store) -> None:
    run_import(
        store,
        corpus("escaped_double_quotes.csv"),
        "accounts",
        {"column1": "name", "column2": "description"},
    )
    run_import(
        store,
        corpus("cr_only_line_endings_multiline_field.csv"),
        "accounts",
        {"b": "name", "a": "description"},
    )
    run_import(
        store, corpus("es_utf8_all_fields_quoted_accents.csv"), "accounts", {"NOMBREUE": "name"}
    )
    run_import(
        store,
        corpus("it_excel_semicolon_cp1252_multiline_header_EXCERPT.csv"),
        "accounts",
        {"Denominazione in italiano": "name", "Denominazione altra lingua": "description"},
        country="IT",
    )
    with store.session() as session:
        stored = dict(session.execute(select(Account.name, Account.description)).all())
    assert stored['"The Best" Account'] == "bla" and 'The "Best" Account' in stored
    assert stored["5"] == "Once upon\na time"
    assert {"Consejo de Educación Secundaria", "Consejo de Formación en Educación"} <= set(stored)
    assert stored["San Floriano del Collio"] == "Števerjan" and "Agliè" in stored
