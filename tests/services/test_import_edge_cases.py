"""Inputs that must be refused per row (or change nothing stored) rather than reach the
database as an error: every plan a file gives is written whole, merges keep what the
file leaves out, and undo puts back exactly what was there."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.dumps import dump
from workbench.services.data_import import plan_file, read_file, write_plan
from workbench.services.import_plan import Action, ImportOptions, ImportPlan
from workbench.services.import_write import ImportResult, UndoRefused, undo_last_import
from workbench.store.database import Store
from workbench.store.models import Account, Contact, Incident, Opportunity, RevenueRecord
from workbench.store.search_index import TABLE, fill_statements

ACCOUNTS = {"Id": "external_id", "Name": "name", "Parent": "parent", "Domain": "email_domain"}
OPPORTUNITIES = {"Account": "account", "Name": "name", "Id": "external_id", "Amount": "amount"}
REVENUE = {"Account": "account", "Quarter": "period", "Revenue": "revenue"}
CONTACTS = {"Account": "account", "First": "first_name", "Email": "email", "Primary": "is_primary"}


def run(
    store: Store, tmp_path: Path, text: str, kind: str, mapping: dict[str, str], **options: object
) -> tuple[ImportPlan, ImportResult]:
    path = tmp_path / f"{kind}-{len(list(tmp_path.iterdir()))}.csv"
    path.write_text(text, encoding="utf-8")
    read = read_file(path, kind=kind)
    plan = plan_file(store, read, kind, mapping, path.name, ImportOptions(**options))  # type: ignore[arg-type]
    return plan, write_plan(store, plan)


def reasons(plan: ImportPlan) -> dict[int, str]:
    return {row.number: "; ".join(note.text() for note in row.notes) for row in plan.rows}


def undo(store: Store) -> None:
    with store.transaction() as session:
        undo_last_import(session)


def without_runs(found: dict[str, list[tuple]]) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    return {t: rows for t, rows in found.items() if t not in ("import_runs", "import_changes")}


def index_as_rebuilt(store: Store, tmp_path: Path) -> tuple[list[tuple], list[tuple]]:  # type: ignore[type-arg]
    """The search index as stored, and as the triggers would have made it from scratch."""
    copy = tmp_path / "rebuilt.sqlite"
    shutil.copy(store.path, copy)
    with sqlite3.connect(copy) as db:
        stored = db.execute(f"SELECT rowid, * FROM {TABLE} ORDER BY rowid").fetchall()
        db.execute(f"DELETE FROM {TABLE}")
        for statement in fill_statements():
            db.execute(statement)
        rebuilt = db.execute(f"SELECT rowid, * FROM {TABLE} ORDER BY rowid").fetchall()
    return stored, rebuilt


def test_revenue_comes_in_and_repeats_update(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Name\nAcme\n", "accounts", {"Name": "name"})
    plan, result = run(
        store, tmp_path, "Account,Quarter,Revenue\nAcme,2026-Q1,10\n", "revenue", REVENUE
    )
    assert (result.created, result.refused) == (1, 0), reasons(plan)
    _plan, again = run(
        store, tmp_path, "Account,Quarter,Revenue\nAcme,2026-Q1,12\n", "revenue", REVENUE
    )
    assert again.updated == 1
    with store.session() as session:
        assert session.scalars(select(RevenueRecord.revenue)).one() == Decimal(12)


def test_rows_for_different_new_accounts_are_not_the_same_record(
    store: Store, tmp_path: Path
) -> None:
    plan, result = run(
        store,
        tmp_path,
        "Account,Quarter,Revenue\nNew one,2026-Q1,10\nNew two,2026-Q1,20\n",
        "revenue",
        REVENUE,
        create_missing_accounts=True,
    )
    assert (result.created, result.skipped, result.accounts_created) == (2, 0, 2), reasons(plan)
    plan, result = run(
        store,
        tmp_path,
        "Account,Name\nNew three,Renewal\nNew four,Renewal\nnew FOUR,Renewal\n",
        "opportunities",
        {"Account": "account", "Name": "name"},
        create_missing_accounts=True,
    )
    assert (result.created, result.skipped) == (2, 1), reasons(plan)


def test_a_quarter_out_of_range_is_refused(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Name\nAcme\n", "accounts", {"Name": "name"})
    plan, result = run(
        store, tmp_path, "Account,Quarter,Revenue\nAcme,15/06/1850,10\n", "revenue", REVENUE
    )
    assert result.refused == 1 and "not a quarter" in reasons(plan)[1]


def test_numbers_the_database_cannot_hold_are_refused(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Name\nAcme\n", "accounts", {"Name": "name"})
    before = dump(store.path)
    plan, result = run(
        store,
        tmp_path,
        "Account,Name,Amount\nAcme,Fine,10.5\nAcme,Cents,1.123456\nAcme,Huge,1e30\n",
        "opportunities",
        OPPORTUNITIES,
    )
    assert (result.created, result.refused) == (1, 2), reasons(plan)
    assert "decimal places" in reasons(plan)[2]
    assert "too large" in reasons(plan)[3]
    assert len(dump(store.path)["opportunities"]) == len(before["opportunities"]) + 1


def test_an_account_for_all_that_does_not_exist_is_refused(store: Store, tmp_path: Path) -> None:
    before = without_runs(dump(store.path))
    plan, result = run(
        store, tmp_path, "Name\nDeal\n", "opportunities", {"Name": "name"}, account_for_all=999
    )
    assert result.refused == 1 and "no longer exists" in reasons(plan)[1]
    assert without_runs(dump(store.path)) == before


def test_two_rows_for_one_stored_record_update_it_once(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Id,Name,Parent,Domain\nA1,Acme,,acme.com\n", "accounts", ACCOUNTS)
    text = "Id,Name,Parent,Domain\nA1,Acme Corp,,\n,Other name,,acme.com\n"
    plan, result = run(store, tmp_path, text, "accounts", ACCOUNTS)
    assert (result.updated, result.skipped) == (1, 1), reasons(plan)
    assert "the same record as row 1" in reasons(plan)[2]
    run(store, tmp_path, "Account,Name\nAcme Corp,Deal\n", "opportunities", OPPORTUNITIES)
    text = "Account,Name,Id\nAcme Corp,Deal,O1\nAcme Corp,Deal,O2\n"
    plan, result = run(store, tmp_path, text, "opportunities", OPPORTUNITIES)
    assert (result.updated, result.skipped) == (1, 1), reasons(plan)


def test_a_merged_incident_keeps_its_dates(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Name\nAcme\n", "accounts", {"Name": "name"})
    incidents = {"Account": "account", "Title": "title", "Id": "external_id"}
    run(
        store,
        tmp_path,
        "Account,Title,Id,Reported,Acknowledged\nAcme,Down,T1,2024-01-10 10:00,2024-01-11\n",
        "incidents",
        {**incidents, "Reported": "reported_at", "Acknowledged": "acknowledged_at"},
    )
    plan, result = run(
        store, tmp_path, "Account,Title,Id\nAcme,Down again,T1\n", "incidents", incidents
    )
    assert result.updated == 1 and "today" not in reasons(plan)[1]
    # Acknowledged before the stored report, or reported after the stored acknowledgement.
    plan, result = run(
        store,
        tmp_path,
        "Account,Title,Id,Acknowledged\nAcme,Down,T1,2023-01-01\n",
        "incidents",
        {**incidents, "Acknowledged": "acknowledged_at"},
    )
    assert result.refused == 1 and "before the incident was reported" in reasons(plan)[1]
    plan, result = run(
        store,
        tmp_path,
        "Account,Title,Id,Reported\nAcme,Down,T1,2024-02-01\n",
        "incidents",
        {**incidents, "Reported": "reported_at"},
    )
    assert result.refused == 1, reasons(plan)
    with store.session() as session:
        incident = session.scalars(select(Incident)).one()
    assert incident.reported_at == datetime(2024, 1, 10, 10, tzinfo=UTC)


def test_a_primary_contact_stays_primary_and_there_is_never_two(
    store: Store, tmp_path: Path
) -> None:
    run(store, tmp_path, "Name\nAcme\nBeta\n", "accounts", {"Name": "name"})
    text = "Account,First,Email,Primary\nAcme,Ana,ana@a.com,yes\nBeta,Bea,bea@b.com,yes\n"
    run(store, tmp_path, text, "contacts", CONTACTS)
    plan, result = run(store, tmp_path, text, "contacts", CONTACTS)
    assert result.unchanged == 2, reasons(plan)
    # Ana moves to Beta, which has a primary contact already.
    plan, result = run(
        store, tmp_path, "Account,First,Email\nBeta,Ana,ana@a.com\n", "contacts", CONTACTS
    )
    assert result.updated == 1 and "already has a primary contact" in reasons(plan)[1]
    with store.session() as session:
        primaries = session.execute(
            select(Contact.first_name, Contact.account_id).where(Contact.is_primary)
        ).all()
    assert [name for name, _account in primaries] == ["Bea"]


def test_undo_of_a_merge_linking_a_new_parent(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Name\nChild\n", "accounts", {"Name": "name"})
    before = without_runs(dump(store.path))
    run(store, tmp_path, "Name,Parent\nNew parent,\nChild,New parent\n", "accounts", ACCOUNTS)
    with store.session() as session:
        child = session.scalars(select(Account).where(Account.name == "Child")).one()
        assert child.parent is not None and child.parent.name == "New parent"
    undo(store)
    assert without_runs(dump(store.path)) == before


def test_parents_never_make_a_cycle(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Id,Name,Parent\nA,Top,\nB,Middle,A\n", "accounts", ACCOUNTS)
    plan, _result = run(
        store,
        tmp_path,
        "Id,Name,Parent\nC1,Cycle one,C2\nC2,Cycle two,C1\nA,Top,B\nS,Self,S\n",
        "accounts",
        ACCOUNTS,
    )
    assert "would be its own parent" in reasons(plan)[1]  # the cycle is broken once
    assert "would be its own parent" not in reasons(plan)[2]
    assert "would be its own parent" in reasons(plan)[3]
    assert "would be its own parent" in reasons(plan)[4]
    with store.session() as session:
        parents = dict(session.execute(select(Account.id, Account.parent_id)).all())
    for start in parents:
        seen, current = set(), start
        while current is not None:
            assert current not in seen, "a cycle of parents"
            seen.add(current)
            current = parents[current]


def test_a_parent_matched_to_a_stored_account_is_linked_even_when_skipped(
    store: Store, tmp_path: Path
) -> None:
    run(store, tmp_path, "Name\nAcme\n", "accounts", {"Name": "name"})
    run(
        store,
        tmp_path,
        "Name,Parent\nACME,\nAcme Iberia,ACME\n",
        "accounts",
        ACCOUNTS,
        on_duplicate=Action.SKIP,
    )
    with store.session() as session:
        child = session.scalars(select(Account).where(Account.name == "Acme Iberia")).one()
        assert child.parent is not None and child.parent.name == "Acme"


def test_salesforce_ids_match_in_15_or_18_characters(store: Store, tmp_path: Path) -> None:
    run(store, tmp_path, "Id,Name\n001x0000002xLCV,Gravity\n", "accounts", ACCOUNTS)
    plan, result = run(
        store,
        tmp_path,
        "Account,Name\n001x0000002xLCVAA2,Deal\n",
        "opportunities",
        OPPORTUNITIES,
    )
    assert result.created == 1, reasons(plan)
    # and the other way round: stored with 18, named with 15
    run(store, tmp_path, "Id,Name\n001x0000002xLCWAA2,Other\n", "accounts", ACCOUNTS)
    plan, result = run(
        store, tmp_path, "Account,Name\n001x0000002xLCW,Deal\n", "opportunities", OPPORTUNITIES
    )
    assert result.created == 1, reasons(plan)
    _plan, again = run(store, tmp_path, "Id,Name\n001x0000002xLCW,Other\n", "accounts", ACCOUNTS)
    assert (again.created, again.unchanged) == (0, 1)


def test_search_index_follows_import_and_undo(sample_store: Store, tmp_path: Path) -> None:
    with sample_store.session() as session:
        name = session.scalars(select(Account.name).order_by(Account.id).limit(1)).one()
    before = without_runs(dump(sample_store.path))
    run(
        sample_store,
        tmp_path,
        f"Name,Description\n{name},Renamed by the file\nBrand new,Searchable words\n",
        "accounts",
        {"Name": "name", "Description": "description"},
    )
    stored, rebuilt = index_as_rebuilt(sample_store, tmp_path)
    assert stored == rebuilt
    undo(sample_store)
    stored, rebuilt = index_as_rebuilt(sample_store, tmp_path)
    assert stored == rebuilt
    assert without_runs(dump(sample_store.path)) == before


def test_an_opportunity_keeps_stored_values_the_file_leaves_empty(
    store: Store, tmp_path: Path
) -> None:
    run(store, tmp_path, "Name\nAcme\n", "accounts", {"Name": "name"})
    run(
        store,
        tmp_path,
        "Account,Name,Id,Amount\nAcme,Deal,O1,500\n",
        "opportunities",
        OPPORTUNITIES,
    )
    _plan, result = run(
        store, tmp_path, "Account,Name,Id,Amount\nAcme,Deal,O1,\n", "opportunities", OPPORTUNITIES
    )
    assert result.unchanged == 1
    with store.session() as session:
        assert session.scalars(select(Opportunity.amount)).one() == Decimal(500)


def test_undo_is_refused_when_imported_records_were_edited_since(
    store: Store, tmp_path: Path
) -> None:
    run(store, tmp_path, "Name,Description\nAcme,Old\n", "accounts", {"Name": "name"})
    run(
        store,
        tmp_path,
        "Name,Description\nAcme,From the file\n",
        "accounts",
        {"Name": "name", "Description": "description"},
    )
    with store.transaction() as session:
        account = session.scalars(select(Account)).one()
        account.description = "Typed by hand after the import"
        account.updated_at = datetime.now(UTC)
    with store.session() as session, pytest.raises(UndoRefused, match="edited since"):
        undo_last_import(session)
    with store.session() as session:
        assert session.scalars(select(Account.description)).one() == (
            "Typed by hand after the import"
        )


def test_a_country_in_the_file_does_not_change_a_stored_accounts_currency(
    store: Store, tmp_path: Path
) -> None:
    mapping = {"Id": "external_id", "Name": "name", "Country": "country"}
    run(store, tmp_path, "Id,Name,Country\nX1,Acme,ES\n", "accounts", mapping)
    run(store, tmp_path, "Id,Name,Country\nX1,Acme,United States\n", "accounts", mapping)
    with store.session() as session:
        acme = session.scalars(select(Account)).one()
    assert (acme.country, acme.currency, acme.time_zone) == ("US", "EUR", "Europe/Madrid")


def test_e_mails_match_whatever_their_case_beyond_ascii(store: Store, tmp_path: Path) -> None:
    mapping = {"Account": "account", "Last": "last_name", "Email": "email"}
    text = "Account,Last,Email\nAcme,Ruiz,ÉLODIE@ACME.ES\n"
    run(store, tmp_path, text, "contacts", mapping, create_missing_accounts=True)
    plan, _result = run(
        store, tmp_path, text.replace("ÉLODIE@ACME.ES", "élodie@acme.es"), "contacts", mapping
    )
    assert plan.rows[0].match is not None and plan.rows[0].match.reason == "email"


def test_accounts_are_not_created_from_ids_or_overlong_names(store: Store, tmp_path: Path) -> None:
    mapping = {"Company": "account", "Last": "last_name"}
    text = (
        "Company,Last\n"
        "2182162682,Ruiz\n"
        "001x0000002xLCVAA2,Pérez\n"
        "001x0000002xLCV,Gómez\n"
        f"{'A' * 201},Long\n"
        "Nueva Empresa S.L.,Sanz\n"
    )
    plan, result = run(store, tmp_path, text, "contacts", mapping, create_missing_accounts=True)
    assert (result.created, result.refused, result.accounts_created) == (1, 4, 1)
    found = reasons(plan)
    assert all("cannot be created from an id" in found[n] for n in (1, 2, 3))
    assert "at most 200 characters" in found[4]


def test_a_file_of_ids_and_one_column_updates_just_that_column(
    store: Store, tmp_path: Path
) -> None:
    accounts = {"Id": "external_id", "Name": "name", "Web": "website"}
    run(store, tmp_path, "Id,Name,Web\nA1,Acme,acme.es\n", "accounts", accounts)
    contacts = {"Id": "external_id", "Account": "account", "Last": "last_name", "Phone": "phone"}
    run(store, tmp_path, "Id,Account,Last,Phone\nC1,A1,Ruiz,+34 1\n", "contacts", contacts)
    deals = {"Id": "external_id", "Account": "account", "Name": "name", "Amount": "amount"}
    run(store, tmp_path, "Id,Account,Name,Amount\nO1,A1,Renewal,100\n", "opportunities", deals)

    _plan, web = run(store, tmp_path, "Id,Web\nA1,acme.com\n", "accounts", accounts)
    _plan, phone = run(store, tmp_path, "Id,Phone\nC1,+34 2\nC9,+34 9\n", "contacts", contacts)
    _plan, amount = run(store, tmp_path, "Id,Amount\nO1,250\n", "opportunities", deals)
    assert (web.updated, phone.updated, phone.refused, amount.updated) == (1, 1, 1, 1)
    with store.session() as session:
        acme = session.scalars(select(Account)).one()
        ruiz = session.scalars(select(Contact)).one()
        renewal = session.scalars(select(Opportunity)).one()
    assert (acme.name, acme.website) == ("Acme", "acme.com")
    assert (ruiz.last_name, ruiz.phone, ruiz.account_id) == ("Ruiz", "+34 2", acme.id)
    assert (renewal.name, renewal.amount) == ("Renewal", Decimal("250"))


def test_control_characters_are_removed_with_a_note_and_never_stored(
    store: Store, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    padding = "Filler,x\n" * 500  # NUL past the first 4 KB (there it means binary)
    text = f"Name,Description\n{padding}Ac\x1bme\x07,fine\nEbro,line\x00one\x7f\n"
    plan, _ = run(store, tmp_path, text, "accounts", {"Name": "name", "Description": "description"})
    assert "2 control characters removed" in reasons(plan)[501]
    assert "2 control characters removed" in reasons(plan)[502]
    with store.session() as session:
        stored = dict(session.execute(select(Account.name, Account.description)).all())
    assert stored["Acme"] == "fine" and stored["Ebro"] == "lineone"
    sheet = Workbook().active
    assert sheet is not None
    for name, description in stored.items():  # openpyxl refuses control characters
        sheet.append([name, description])


def test_text_over_its_limit_is_cut_if_free_text_and_refused_if_a_name(
    store: Store, tmp_path: Path
) -> None:
    from workbench.services.import_fields import TEXT_LIMIT

    text = f"Name,Description\nAcme,{'d' * (TEXT_LIMIT + 5)}\n{'n' * 250},short\n"
    plan, _ = run(store, tmp_path, text, "accounts", {"Name": "name", "Description": "description"})
    assert f"cut to its first {TEXT_LIMIT} characters (it had {TEXT_LIMIT + 5})" in reasons(plan)[1]
    assert "longer than 200 characters" in reasons(plan)[2]
    assert [row.action for row in plan.rows] == [Action.CREATE, Action.REFUSE]
    with store.session() as session:
        assert len(session.scalars(select(Account.description)).one()) == TEXT_LIMIT
    # A reference no account can have is refused, and the note does not repeat it whole.
    huge = "r" * 300_000
    plan, _ = run(store, tmp_path, f"Account,First\n{huge},Ana\n", "contacts", CONTACTS)
    assert plan.rows[0].action == Action.REFUSE and len(reasons(plan)[1]) < 400


def test_decomposed_accents_are_stored_composed(store: Store, tmp_path: Path) -> None:
    decomposed = "Ma\u0301rti\u0301nez"
    run(store, tmp_path, f"Name\n{decomposed}\n", "accounts", {"Name": "name"})
    with store.session() as session:
        assert session.scalars(select(Account.name)).one() == "M\u00e1rt\u00ednez"
