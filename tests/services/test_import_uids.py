"""A record's UID through export and import: the same records on another machine, a
re-import updates them (whatever they are called now), and a UID that is malformed or
given twice is refused without touching what is stored."""

from __future__ import annotations

import csv
import uuid
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.dumps import dump
from workbench.domain.identity import uuid7
from workbench.services.data_import import plan_file, read_file, write_plan
from workbench.services.entity_export import export_entity, export_rows
from workbench.services.import_cells import read_uid
from workbench.services.import_plan import Action, ImportPlan, match_text
from workbench.services.import_write import ImportResult, undo_last_import
from workbench.store.database import Store, open_store
from workbench.store.models import Account, Contact


def _uids(store: Store, model: type) -> dict[uuid.UUID, object]:
    """Each record's uid → what identifies it to a person (an account's name, a contact's
    e-mail and account)."""
    with store.session() as session:
        if model is Account:
            return {uid: name for uid, name in session.execute(select(Account.uid, Account.name))}
        return {
            uid: (email, account)
            for uid, email, account in session.execute(
                select(Contact.uid, Contact.email, Account.name).join(Account)
            )
        }


def _export(store: Store, kind: str, path: Path) -> Path:
    with store.session() as session:
        export_entity(session, kind, path, path.suffix[1:])
    return path


def _plan(store: Store, path: Path, kind: str) -> ImportPlan:
    read = read_file(path)
    assert read.kind == kind and read.layout == "Account Workbench"
    assert read.mapping.get("uid") == "uid"  # our export's header
    return plan_file(store, read, kind, read.mapping, path.name)


def _import(store: Store, path: Path, kind: str) -> tuple[ImportPlan, ImportResult]:
    plan = _plan(store, path, kind)
    return plan, write_plan(store, plan)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def _write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_the_export_ends_with_each_records_uid(sample_store: Store) -> None:
    with sample_store.session() as session:
        headers, rows = export_rows(session, "accounts")
        first = next(iter(rows))
        stored = session.scalar(select(Account.uid).order_by(Account.id).limit(1))
    assert headers[-1] == "uid"
    assert first[-1] == str(stored)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_another_database_gets_the_same_uids(sample_store: Store, tmp_path: Path, fmt: str) -> None:
    target = open_store(tmp_path / "other.sqlite")
    try:
        for kind, model in (("accounts", Account), ("contacts", Contact)):
            path = _export(sample_store, kind, tmp_path / f"{kind}.{fmt}")
            plan, result = _import(target, path, kind)
            assert plan.count(Action.REFUSE) == 0
            assert result.created == len(plan.rows)
            assert _uids(target, model) == _uids(sample_store, model)
    finally:
        target.close()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_re_import_updates_the_same_records(
    sample_store: Store, tmp_path: Path, fmt: str
) -> None:
    for kind, model in (("accounts", Account), ("contacts", Contact)):
        before = _uids(sample_store, model)
        path = _export(sample_store, kind, tmp_path / f"{kind}.{fmt}")
        plan, result = _import(sample_store, path, kind)
        assert {row.action for row in plan.rows} == {Action.MERGE}
        assert all(row.match is not None and row.match.reason == "uid" for row in plan.rows)
        assert result.created == 0 and result.unchanged == len(plan.rows)
        assert _uids(sample_store, model) == before


def test_a_renamed_account_is_found_by_its_uid(sample_store: Store, tmp_path: Path) -> None:
    path = _export(sample_store, "accounts", tmp_path / "accounts.csv")
    rows = _rows(path)
    renamed, other = rows[0], rows[1]
    # Another stored account's name: by name alone the row would be that account.
    renamed["name"] = other["name"]
    renamed["external_id"] = ""
    _write_rows(path, [renamed])
    plan = _plan(sample_store, path, "accounts")
    row = plan.rows[0]
    assert row.action == Action.MERGE and row.match is not None
    assert match_text(row.match) == "already stored (the same UID)"
    result = write_plan(sample_store, plan)
    assert result.updated == 1 and result.created == 0
    with sample_store.session() as session:
        account = session.scalars(
            select(Account).where(Account.uid == uuid.UUID(renamed["uid"]))
        ).one()
        assert account.name == other["name"]


def test_a_uid_new_here_creates_the_record_with_it_and_undo_takes_it_back(
    sample_store: Store, tmp_path: Path
) -> None:
    path = _export(sample_store, "accounts", tmp_path / "accounts.csv")
    rows = _rows(path)
    before = dump(sample_store.path)
    changed, new = dict(rows[0]), dict(rows[1])
    changed["description"] = "Renamed in the other laptop"
    fresh = uuid7()
    # Nothing else of a stored account, so not even probably one (its e-mail domain would be).
    new.update(name="Brand New SL", external_id="", email_domain="", uid=fresh.hex.upper())
    _write_rows(path, [changed, new])
    plan, result = _import(sample_store, path, "accounts")
    assert [row.action for row in plan.rows] == [Action.MERGE, Action.CREATE]
    assert result.created == 1 and result.updated == 1
    assert _uids(sample_store, Account)[fresh] == "Brand New SL"
    with sample_store.transaction() as session:
        undo_last_import(session)
    after = dump(sample_store.path)
    del before["import_runs"], before["import_changes"], after["import_runs"]
    del after["import_changes"]
    assert after == before


@pytest.mark.parametrize(
    "text",
    [
        "not-a-uid",
        "0190a3b4c5d67e8f9a0b1c2d3e4f5a6",  # 31 digits
        "0190a3b4c5d67e8f9a0b1c2d3e4f5a6g",  # not hexadecimal
        "{0190a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b}",
        "urn:uuid:0190a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b",
        "0190a3b4c5d6-7e8f-9a0b-1c2d3e4f5a6b",
    ],
)
def test_a_malformed_uid_is_refused_and_nothing_is_touched(
    sample_store: Store, tmp_path: Path, text: str
) -> None:
    path = _export(sample_store, "accounts", tmp_path / "accounts.csv")
    row = _rows(path)[0]
    row.update(uid=text, name="Changed by a bad row")
    _write_rows(path, [row])
    before = dump(sample_store.path)
    plan = _plan(sample_store, path, "accounts")
    (planned,) = plan.rows
    assert planned.action == Action.REFUSE
    assert [note.text() for note in planned.notes] == [
        f"“{text}” is not a UID (32 hexadecimal digits, with or without the dashes of 8-4-4-4-12)"
    ]
    assert planned.notes[0].column == "uid"
    assert dump(sample_store.path) == before


def test_two_rows_with_one_uid_are_both_refused(sample_store: Store, tmp_path: Path) -> None:
    path = _export(sample_store, "contacts", tmp_path / "contacts.csv")
    rows = _rows(path)[:3]
    rows[2]["uid"] = rows[0]["uid"].replace("-", "")  # the same UID, written without dashes
    rows[2]["external_id"] = ""
    rows[0]["job_title"] = rows[2]["job_title"] = "Changed by a refused row"
    _write_rows(path, rows)
    before = dump(sample_store.path)
    plan = _plan(sample_store, path, "contacts")
    assert [row.action for row in plan.rows] == [Action.REFUSE, Action.MERGE, Action.REFUSE]
    assert plan.rows[0].notes[0].text() == "row 3 has the same UID; both are refused"
    assert plan.rows[2].notes[0].text() == "row 1 has the same UID; both are refused"
    result = write_plan(sample_store, plan)
    assert result.refused == 2 and result.created == 0
    after = dump(sample_store.path)
    for table in ("accounts", "contacts"):
        assert after[table] == before[table]


def test_a_uid_and_an_id_in_the_other_system_naming_two_records_are_refused(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("name,external_id\nAcme,001A\nBeta,001B\n", encoding="utf-8")
    read = read_file(path, kind="accounts")
    write_plan(store, plan_file(store, read, "accounts", read.mapping, path.name))
    acme = _rows_of(store)["Acme"]
    _write_rows(
        path,
        [
            {
                "name": "Acme",
                "external_id": "001B",
                "uid": str(acme),
                "sector": "other",
                "tier": "key",
                "status": "active",
                "country": "ES",
            }
        ],
    )
    before = dump(store.path)
    plan = _plan(store, path, "accounts")
    assert plan.rows[0].action == Action.REFUSE
    assert plan.rows[0].notes[0].text() == "its UID is one stored record's and this id another's"
    assert dump(store.path) == before


def test_a_record_found_by_its_other_id_keeps_its_own_uid(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("name,external_id\nAcme,001A\n", encoding="utf-8")
    read = read_file(path, kind="accounts")
    write_plan(store, plan_file(store, read, "accounts", read.mapping, path.name))
    stored = _rows_of(store)["Acme"]
    _write_rows(
        path,
        [
            {
                "name": "Acme Corp",
                "external_id": "001A",
                "uid": str(uuid7()),
                "sector": "other",
                "tier": "key",
                "status": "active",
                "country": "ES",
            }
        ],
    )
    plan, result = _import(store, path, "accounts")
    row = plan.rows[0]
    assert row.action == Action.MERGE and row.match is not None
    assert row.match.reason == "external_id"
    assert [note.text() for note in row.notes] == [
        "no record has this UID here; updating the record found keeps its own"
    ]
    assert result.updated == 1
    assert _rows_of(store) == {"Acme Corp": stored}


def _rows_of(store: Store) -> dict[str, uuid.UUID]:
    with store.session() as session:
        return {name: uid for name, uid in session.execute(select(Account.name, Account.uid))}


def test_a_uid_is_read_bare_or_with_dashes_in_either_case() -> None:
    uid = uuid7()
    for text in (uid.hex, uid.hex.upper(), str(uid), str(uid).upper()):
        assert read_uid(text) == uid
    assert read_uid(str(uid)[:-1]) is None
    assert read_uid(" " + uid.hex) is None  # cells are trimmed before: only digits here


def test_a_uid_whose_new_details_are_another_records_is_refused(
    sample_store: Store, tmp_path: Path
) -> None:
    """An account has one revenue figure per quarter: a row moving its record (found by
    UID) to a quarter stored already under another would break that, so it is refused."""
    path = _export(sample_store, "revenue", tmp_path / "revenue.csv")
    rows = _rows(path)
    first, second = next(
        (a, b)
        for a, b in pairwise(rows)
        if a["account"] == b["account"] and a["period"] != b["period"]
    )
    first["period"] = second["period"]
    _write_rows(path, [first])
    before = dump(sample_store.path)
    plan = _plan(sample_store, path, "revenue")
    assert plan.rows[0].action == Action.REFUSE
    assert [note.text() for note in plan.rows[0].notes] == [
        "another stored record has these details; the record of its UID cannot take them"
    ]
    write_plan(sample_store, plan)
    after = dump(sample_store.path)
    assert after["revenue_records"] == before["revenue_records"]
