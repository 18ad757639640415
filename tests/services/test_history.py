"""The field history: written by the triggers in the change's own transaction, whatever made
the change (a form's ORM edit, an import, an undo, a deletion cascading to children), read
back per account, said in words, compacted on request."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from workbench.domain.enums import ChangeKind, ChangeSource, Tier
from workbench.services.data_import import plan_file, read_file, write_plan
from workbench.services.history import (
    Reference,
    Wording,
    account_history,
    as_json,
    change_text,
    compact_history,
    describe,
)
from workbench.services.import_write import undo_last_import
from workbench.store.database import Store
from workbench.store.history import STAMPS
from workbench.store.models import (
    Account,
    Contact,
    FieldChange,
    Interaction,
    Operation,
    Opportunity,
)


def _first_account(store: Store) -> Account:
    with store.session() as session:
        return session.scalars(select(Account).order_by(Account.id).limit(1)).one()


def test_a_form_edit_records_each_changed_field_with_its_old_and_new_value(
    sample_store: Store,
) -> None:
    sample_store.author = "Elena Vidal"
    account = _first_account(sample_store)
    with sample_store.transaction() as session:
        stored = session.get(Account, account.id)
        assert stored is not None
        stored.tier = Tier.STRATEGIC if stored.tier != Tier.STRATEGIC else Tier.KEY
        stored.website = "https://example.test"
        stored.name = stored.name  # unchanged: no row
    with sample_store.session() as session:
        entries = account_history(session, account.id)
        stamped = session.get(Account, account.id)
    assert {(e.field, e.old, e.new) for e in entries} == {
        ("tier", account.tier, stored.tier),
        ("website", account.website, "https://example.test"),
    }
    assert {(e.author, e.source, e.kind) for e in entries} == {
        ("Elena Vidal", ChangeSource.FORM, ChangeKind.UPDATE)
    }
    assert stamped is not None and stamped.updated_by == "Elena Vidal"
    assert stamped.uid == account.uid and entries[0].record_uid == account.uid


def test_the_history_is_written_in_the_same_transaction_as_the_change(
    sample_store: Store,
) -> None:
    account = _first_account(sample_store)
    with pytest.raises(RuntimeError), sample_store.transaction() as session:
        stored = session.get(Account, account.id)
        assert stored is not None
        stored.website = "https://never.test"
        session.flush()  # the trigger has written its row inside the transaction …
        assert session.scalar(select(func.count()).select_from(FieldChange)) == 1
        raise RuntimeError("the save fails after the write")
    with sample_store.session() as session:  # … and the rollback took both away
        assert session.scalar(select(func.count()).select_from(FieldChange)) == 0
        assert session.scalar(select(func.count()).select_from(Operation)) == 0
        assert session.get(Account, account.id).website == account.website  # type: ignore[union-attr]


def test_a_transaction_that_changes_nothing_leaves_no_operation(sample_store: Store) -> None:
    with sample_store.transaction() as session:
        session.scalars(select(Account)).all()
    with sample_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Operation)) == 0


def test_a_core_statement_is_recorded_as_an_orm_edit_is(sample_store: Store) -> None:
    account = _first_account(sample_store)
    with sample_store.transaction(ChangeSource.COMMAND) as session:
        session.execute(
            update(Opportunity)
            .where(Opportunity.account_id == account.id)
            .values(probability=100 - Opportunity.probability)
        )
    with sample_store.session() as session:
        entries = [e for e in account_history(session, account.id) if e.table == "opportunities"]
    assert entries and all(e.field == "probability" and e.new == 100 - e.old for e in entries)
    assert {e.source for e in entries} == {ChangeSource.COMMAND}


def test_deleting_an_account_leaves_its_and_its_childrens_last_values(
    sample_store: Store,
) -> None:
    account = _first_account(sample_store)
    with sample_store.session() as session:
        contacts = session.scalars(select(Contact).where(Contact.account_id == account.id)).all()
    assert contacts
    with sample_store.transaction() as session:
        session.delete(session.get(Account, account.id))
    with sample_store.session() as session:
        entries = account_history(session, account.id)
    deleted = {(e.table, e.record_uid, e.field): e for e in entries if e.kind == ChangeKind.DELETE}
    assert deleted[("accounts", account.uid, "name")].old == account.name
    for contact in contacts:  # removed by the foreign key's cascade, recorded all the same
        entry = deleted[("contacts", contact.uid, "last_name")]
        assert entry.old == contact.last_name and entry.new is None
        assert entry.record_name == f"{contact.first_name} {contact.last_name}"


def _import(store: Store, folder: Path, name: str) -> None:
    source = folder / "accounts.csv"
    source.write_text(f"Name,Website\n{name},https://imported.test\n", encoding="utf-8")
    read = read_file(source)
    plan = plan_file(
        store, read, "accounts", {"Name": "name", "Website": "website"}, source=source.name
    )
    write_plan(store, plan)


def test_an_import_and_its_undo_are_recorded_from_their_sources(
    sample_store: Store, tmp_path: Path
) -> None:
    account = _first_account(sample_store)
    _import(sample_store, tmp_path, account.name)
    with sample_store.transaction(ChangeSource.UNDO) as session:
        undo_last_import(session)
    with sample_store.session() as session:
        entries = account_history(session, account.id)
    website = [(e.source, e.old, e.new) for e in entries if e.field == "website"]
    assert website == [  # newest first
        (ChangeSource.UNDO, "https://imported.test", account.website),
        (ChangeSource.IMPORT, account.website, "https://imported.test"),
    ]


def test_a_created_record_lists_the_values_it_was_created_with(sample_store: Store) -> None:
    account = _first_account(sample_store)
    with sample_store.transaction() as session:
        session.add(
            Contact(account_id=account.id, first_name="Ana", last_name="Ruiz", email="a@x.test")
        )
    with sample_store.session() as session:
        created = [e for e in account_history(session, account.id) if e.kind == ChangeKind.CREATE]
    assert {(e.field, e.old, e.new) for e in created} >= {
        ("first_name", None, "Ana"),
        ("last_name", None, "Ruiz"),
        ("email", None, "a@x.test"),
    }
    assert {e.record_name for e in created} == {"Ana Ruiz"}
    assert uuid.UUID(hex=created[0].record_uid.hex).version == 7


def test_an_entry_reads_as_one_line_and_as_json(sample_store: Store) -> None:
    sample_store.author = "Elena Vidal"
    account = _first_account(sample_store)
    with sample_store.transaction() as session:
        session.execute(update(Account).where(Account.id == account.id).values(tier=Tier.KEY))
        session.execute(update(Account).where(Account.id == account.id).values(tier=Tier.STRATEGIC))
    with sample_store.session() as session:
        newest = account_history(session, account.id, limit=1)[0]
    assert describe(newest, Wording()).endswith(" · Elena Vidal · Tier: Key → Strategic")
    assert as_json(newest) | {"at": None} == {
        "at": None,
        "author": "Elena Vidal",
        "source": "form",
        "kind": "update",
        "record": "Account",
        "record_uid": account.uid.hex,
        "record_name": account.name,
        "field": "tier",
        "old": "key",
        "new": "strategic",
    }


def test_since_leaves_out_what_came_before(sample_store: Store) -> None:
    account = _first_account(sample_store)
    with sample_store.transaction() as session:
        session.execute(update(Account).where(Account.id == account.id).values(website="a"))
    later = datetime.now(UTC) + timedelta(seconds=1)
    with sample_store.session() as session:
        assert account_history(session, account.id)
        assert account_history(session, account.id, since=later) == []


def test_compacting_keeps_each_fields_last_value_before_the_date(sample_store: Store) -> None:
    account = _first_account(sample_store)
    for website in ("a", "b", "c"):
        with sample_store.transaction() as session:
            session.execute(update(Account).where(Account.id == account.id).values(website=website))
    with sample_store.transaction() as session:
        session.execute(update(Operation).values(at=datetime(2020, 1, 1, tzinfo=UTC)))
    with sample_store.transaction() as session:
        session.execute(update(Account).where(Account.id == account.id).values(website="d"))
    with sample_store.transaction(ChangeSource.SYSTEM) as session:
        compacted, changes = compact_history(session, datetime(2021, 1, 1, tzinfo=UTC))
    assert (compacted.changes_removed, compacted.operations_removed) == (2, 2)
    assert changes.touches("field_changes")
    with sample_store.session() as session:
        kept = [(e.old, e.new) for e in account_history(session, account.id)]
    assert kept == [("c", "d"), ("b", "c")]


def test_a_field_naming_another_record_reads_as_its_name(sample_store: Store) -> None:
    account = _first_account(sample_store)
    with sample_store.session() as session:
        first, second = session.scalars(
            select(Contact).where(Contact.account_id == account.id).order_by(Contact.id).limit(2)
        ).all()
        interaction = session.scalars(
            select(Interaction).where(Interaction.contact_id == first.id).limit(1)
        ).one()
    with sample_store.transaction() as session:
        session.execute(
            update(Interaction).where(Interaction.id == interaction.id).values(contact_id=second.id)
        )
    with sample_store.transaction() as session:  # the new contact gone: its id is all there is
        session.execute(
            update(Interaction).where(Interaction.contact_id == second.id).values(contact_id=None)
        )
        session.delete(session.get(Contact, second.id))
    with sample_store.session() as session:
        moved = [
            e
            for e in account_history(session, account.id)
            if e.record_uid == interaction.uid and e.field == "contact_id"
        ]
    wording = Wording()
    assert [change_text(e, wording) for e in moved] == [
        f"Contact: #{second.id} → —",
        f"Contact: {first.first_name} {first.last_name} → #{second.id}",
    ]
    assert as_json(moved[-1])["old"] == first.id


def test_an_imports_records_and_their_undo_are_in_the_history_whole_and_in_order(
    sample_store: Store, tmp_path: Path
) -> None:
    """An import records its created rows in one statement (``recorded_in_bulk``), its undo
    the deleted ones: each row whole, as stored, as the row-by-row triggers would."""
    account = _first_account(sample_store)
    source = tmp_path / "contacts.csv"
    source.write_text(
        f"Account,First name,Last name,E-mail\n{account.name},Ana,Ruiz,ana@x.test\n"
        f"{account.name},Luis,Gil,luis@x.test\n",
        encoding="utf-8",
    )
    read = read_file(source)
    write_plan(sample_store, plan_file(sample_store, read, "contacts", read.mapping, source.name))
    with sample_store.session() as session:
        imported = session.scalars(
            select(Contact).where(Contact.email.in_(["ana@x.test", "luis@x.test"]))
        ).all()
        stored = {
            contact.uid: {
                field: value
                for field, value in session.execute(
                    select(Contact.__table__).where(Contact.id == contact.id)
                )
                .mappings()
                .one()
                .items()
                if field not in STAMPS and value is not None
            }
            for contact in imported
        }
    with sample_store.transaction(ChangeSource.UNDO) as session:
        undo_last_import(session)
    with sample_store.session() as session:
        entries = [e for e in account_history(session, account.id) if e.table == "contacts"]
        triggers = session.scalar(
            select(func.count())
            .select_from(text("sqlite_master"))
            .where(text("type = 'trigger' AND name LIKE 'history_contacts_%'"))
        )
    assert triggers == 3  # set aside for the import and the undo, then made again
    for kind, source_kind, side in (
        (ChangeKind.CREATE, ChangeSource.IMPORT, "new"),
        (ChangeKind.DELETE, ChangeSource.UNDO, "old"),
    ):
        recorded: dict[uuid.UUID, dict[str, object]] = {}
        for entry in entries:
            if entry.kind == kind:
                assert entry.source == source_kind
                recorded.setdefault(entry.record_uid, {})[entry.field] = getattr(entry, side)
        assert recorded.keys() == stored.keys()
        for uid, fields in recorded.items():
            assert fields.keys() == stored[uid].keys()
            assert fields["email"] == stored[uid]["email"]
            assert fields["account_id"] == Reference("accounts", account.id, account.name)
    ids = [e.id for e in entries if e.kind == ChangeKind.CREATE]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 2  # newest first, in id order


def test_a_value_another_program_stored_as_bytes_never_stops_a_deletion(
    sample_store: Store,
) -> None:
    """JSON holds no bytes: a record kept whole in the history keeps a BLOB as its hex
    digits, so deleting a record another program wrote bytes into still works."""
    account = _first_account(sample_store)
    with sample_store.transaction() as session:
        session.execute(
            text("UPDATE accounts SET description = X'00FF10' WHERE id = :id"), {"id": account.id}
        )
    with sample_store.transaction() as session:
        session.delete(session.get(Account, account.id))
    with sample_store.session() as session:
        deleted = {
            e.field: e.old
            for e in account_history(session, account.id)
            if e.kind == ChangeKind.DELETE and e.table == "accounts"
        }
    assert deleted["description"] == "00FF10" and deleted["name"] == account.name


def test_every_record_table_has_a_name_for_the_history_page() -> None:
    from workbench.domain.record_labels import RECORD_KINDS
    from workbench.store.models import Base

    recorded = {name for name, table in Base.metadata.tables.items() if "uid" in table.c}
    # An operation has a uid too, but it is the history itself, not a record in it.
    assert recorded - set(RECORD_KINDS) == {"operations"}
