"""Every service that changes data says what it changed: the tables the tabs listen for,
and the accounts whose rows the Portfolio reloads alone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from tests.services.test_accounts_and_records import draft
from tests.services.test_meetings import _account_with_people, _weekly_draft
from workbench.domain.enums import Team
from workbench.services import meetings
from workbench.services.account_records import (
    KINDS,
    add_record,
    delete_record,
    restore_records,
    update_record,
)
from workbench.services.accounts import (
    create_account,
    delete_account,
    deleted_with,
    deletion_summary,
    restore_account,
    set_archived,
    update_account,
)
from workbench.services.changes import ChangeSet
from workbench.services.data_import import apply_plan, plan_read, read_file
from workbench.services.database_copy import copy_database
from workbench.services.import_plan import ImportOptions
from workbench.services.import_write import import_summary, undo_import
from workbench.services.sample_portfolio import load_sample_portfolio
from workbench.store.database import Store, open_store
from workbench.store.models import Account

MEETING_TABLES = {"meetings", "meeting_attendees", "meeting_exceptions"}


def test_account_changes_name_the_account_and_a_deletion_reloads_every_tab(store: Store) -> None:
    with store.transaction() as session:
        account_id, created = create_account(session, draft())
        _none, updated = update_account(session, account_id, draft(name="Teide"))
        _none, archived = set_archived(session, account_id, True)
    for changes in (created, updated, archived):
        assert changes == ChangeSet.of("accounts", accounts=(account_id,))
    with store.transaction() as session:
        snapshot, deleted = delete_account(session, account_id)
        _none, restored = restore_account(session, snapshot)
    assert deleted.everything and restored.everything


def test_record_changes_name_their_list_and_account(store: Store) -> None:
    contacts = KINDS["contacts"]
    values = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com"}
    with store.transaction() as session:
        account_id, _ = create_account(session, draft())
        record_id, added = add_record(session, contacts, account_id, values)
        _none, updated = update_record(session, contacts, record_id, values | {"last_name": "Gil"})
        snapshot, deleted = delete_record(session, contacts, record_id)
        _none, restored = restore_records(session, snapshot)
    expected = ChangeSet.of("contacts", accounts=(account_id,))
    assert added == updated == expected
    assert deleted == restored == expected


def test_meeting_changes_name_its_tables_and_accounts(sample_store: Store) -> None:
    account_id, contacts, colleague = _account_with_people(sample_store)
    with sample_store.session() as session:
        other = session.scalars(select(Account.id).where(Account.id != account_id)).first()
    assert other is not None
    weekly = _weekly_draft(account_id, contacts, colleague)
    with sample_store.transaction() as session:
        meeting_id, created = meetings.create_meeting(session, weekly)
        state = meetings.meeting_state(session, meeting_id)
        first = datetime.fromisoformat(str(state.meeting["starts_at"]))
        _none, occurrence = meetings.update_occurrence(session, meeting_id, first, weekly)
        _none, cancelled = meetings.cancel_occurrence(session, meeting_id, first)
        _none, put_back = meetings.put_meeting_state(session, state)
        moved = weekly.__class__(**{**vars(weekly), "account_id": other, "contact_ids": ()})
        _none, updated = meetings.update_meeting(session, meeting_id, moved)
        _item_id, action = meetings.add_action_item(
            session,
            meeting_id,
            other,
            {"title": "Send the offer", "status": "open", "owner_team": Team.SALES},
        )
        snapshot, deleted = meetings.delete_meeting(session, meeting_id)
        _none, restored = meetings.restore_meeting(session, snapshot)
    mine = ChangeSet.of(*MEETING_TABLES, accounts=(account_id,))
    assert created == occurrence == cancelled == put_back == mine
    # Moving a meeting to another account changes the next meeting of both.
    assert updated == ChangeSet.of(*MEETING_TABLES, accounts=(account_id, other))
    assert action == ChangeSet.of("action_items", accounts=(other,))
    for changes in (deleted, restored):
        assert changes.touches("meetings") and changes.account_ids >= {other}
        assert changes.touches("action_items")  # the item agreed in it goes with it


def test_an_import_and_its_undo_name_the_records_tables_and_the_import_bookkeeping(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("First name,Last name,Company\nAna,Ruiz,Zafiro Digital\n", encoding="utf-8")
    read = read_file(path, kind="contacts")
    with store.session() as session:
        plan = plan_read(
            session,
            read,
            "contacts",
            read.mapping,
            path.name,
            ImportOptions(create_missing_accounts=True),
        )
    with store.transaction() as session:
        result, imported = apply_plan(session, plan)
    assert result.created == 1 and result.accounts_created == 1
    # A contact filed under an account the file named first: the Portfolio gets a row.
    assert imported == ChangeSet.of("accounts", "contacts", "import_runs", "import_changes")
    with store.transaction() as session:
        summary = import_summary(session)
        run, undone = undo_import(session)
    assert summary is not None and (summary.kind, summary.created) == (
        "contacts",
        2,
    )  # and its account
    assert run.kind == "contacts"
    assert undone == ChangeSet.of("accounts", "contacts", "import_runs", "import_changes")
    with store.session() as session:
        assert import_summary(session) is None


def test_a_sample_or_a_copied_database_changes_everything(
    store: Store, tmp_path: Path, sample_db_path: Path
) -> None:
    with store.session() as session, session.begin():
        summary, loaded = load_sample_portfolio(session, accounts=3)
    assert summary.rows["accounts"] == 3 and loaded.everything
    empty = open_store(tmp_path / "empty.sqlite")
    try:
        with empty.session() as session, session.begin():
            counts, copied = copy_database(session, sample_db_path)
    finally:
        empty.close()
    assert counts["accounts"] == 40 and copied.everything


def test_the_question_before_a_deletion_names_what_goes_besides_the_account(
    sample_store: Store,
) -> None:
    with sample_store.session() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.id)).first()
        assert account_id is not None
        summary = deletion_summary(session, account_id)
        besides = deleted_with(session, account_id)
    assert summary.pop("accounts") == 1 and besides == summary and besides["contacts"] > 0
