from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from workbench.services.database_copy import TargetNotEmptyError, copy_database_into
from workbench.store.database import Store
from workbench.store.integrity import check_database
from workbench.store.migrate import DatabaseOpenError
from workbench.store.models import Account, Contact, Interaction


def test_a_workbench_database_is_copied_whole_into_an_empty_one(
    store: Store, sample_db_path: Path
) -> None:
    original = sample_db_path.read_bytes()
    with store.engine.begin() as connection:
        counts = copy_database_into(connection, sample_db_path)
    assert counts["accounts"] == 40
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 40
        assert session.scalar(select(func.count()).select_from(Contact)) == counts["contacts"]
        assert (
            session.scalar(select(func.count()).select_from(Interaction)) == counts["interactions"]
        )
    assert check_database(store.engine).ok
    assert sample_db_path.read_bytes() == original  # the source file is never touched


def test_copy_into_a_database_with_accounts_is_refused(
    sample_store: Store, sample_db_template: Path
) -> None:
    with pytest.raises(TargetNotEmptyError), sample_store.engine.begin() as connection:
        copy_database_into(connection, sample_db_template)


def test_copy_from_a_file_that_is_not_a_database_writes_nothing(
    store: Store, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_text("Name;Revenue\nAcme;12\n", encoding="utf-8")
    with (
        pytest.raises(DatabaseOpenError, match="not a database"),
        store.engine.begin() as connection,
    ):
        copy_database_into(connection, junk)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_a_copy_brings_the_sources_history_and_writes_none_of_its_own(
    sample_store: Store, store: Store
) -> None:
    from sqlalchemy import update

    from workbench.domain.enums import ChangeSource, Tier
    from workbench.services.history import account_history
    from workbench.store.models import FieldChange, Operation, Setting

    with sample_store.transaction() as session:  # the source has a history
        session.execute(update(Account).where(Account.id == 1).values(tier=Tier.STANDARD))
        session.add(Setting(key="author", value="Elena Vidal"))
    with store.transaction(ChangeSource.SYSTEM) as session:  # the target one of its own
        session.add(Setting(key="author", value="Someone Else"))
    with store.session() as session:
        own = session.scalars(select(FieldChange.id)).all()
    assert own
    with store.transaction(ChangeSource.MERGE) as session:
        copy_database_into(session.connection(), sample_store.path)
    with store.session() as session:
        operations = session.scalar(select(func.count()).select_from(Operation))
        changes = session.scalars(select(FieldChange)).all()
        author = session.scalar(select(Setting.value).where(Setting.key == "author"))
        tiers = [e for e in account_history(session, 1) if e.field == "tier"]
    assert author == "Elena Vidal"  # the source's settings replace the target's
    assert len(changes) == len(own) + 2  # the target's own, the source's tier and new setting
    assert operations == 2  # the target's, the source's: the copy itself made none
    assert [(e.new, e.author) for e in tiers] == [(Tier.STANDARD, sample_store.author)]
