"""``workbench history`` and ``workbench compact-history``, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from workbench.cli import main
from workbench.domain.enums import Tier
from workbench.store.database import open_store
from workbench.store.models import Account, Operation


def _edit_tier(db: Path, author: str, *tiers: Tier) -> str:
    store = open_store(db)
    try:
        store.author = author
        with store.session() as session:
            account = session.scalars(select(Account).order_by(Account.id).limit(1)).one()
        for tier in tiers:
            with store.transaction() as session:
                session.execute(update(Account).where(Account.id == account.id).values(tier=tier))
        return account.name
    finally:
        store.close()


def test_history_prints_one_line_a_change_newest_first(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _edit_tier(sample_db_path, "Elena Vidal", Tier.KEY, Tier.STRATEGIC)
    code = main(["history", name, "--db", str(sample_db_path), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].endswith(" · Elena Vidal · Tier: Key → Strategic")
    assert all(" · Elena Vidal · Tier: " in line for line in lines)


def test_history_in_spanish_and_as_json(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _edit_tier(sample_db_path, "Elena Vidal", Tier.KEY, Tier.STRATEGIC)
    assert main(["history", name, "--db", str(sample_db_path), "--lang", "es"]) == 0
    spanish = capsys.readouterr().out.splitlines()[0]
    assert spanish.endswith(" · Elena Vidal · Nivel: Clave → Estratégica"), spanish
    assert main(["history", name, "--db", str(sample_db_path), "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries[0] | {"at": None, "record_uid": None} == {
        "at": None,
        "author": "Elena Vidal",
        "source": "form",
        "kind": "update",
        "record": "Account",
        "record_uid": None,
        "record_name": name,
        "field": "tier",
        "old": "key",
        "new": "strategic",
    }


def test_history_since_a_later_day_prints_nothing(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _edit_tier(sample_db_path, "Elena Vidal", Tier.STRATEGIC)
    assert main(["history", name, "--db", str(sample_db_path), "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == ""


def test_history_of_an_unknown_account_is_refused_in_one_line(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "Nobody SL", "--db", str(sample_db_path), "--lang", "en"]) == 2
    _out, err = capsys.readouterr()
    assert err.strip() == "workbench history: no account is called 'Nobody SL'"


def test_a_bad_date_is_refused_before_anything_is_read(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["compact-history", "--before", "2026-02-30", "--db", str(sample_db_path)])
    assert exit_.value.code == 2
    assert "2026-02-30" in capsys.readouterr().err


def test_compact_history_keeps_the_last_value_of_each_field_before_the_day(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(sample_db_path)
    with store.session() as session:
        first = session.scalars(select(Account).order_by(Account.id).limit(1)).one()
    store.close()
    others = [tier for tier in Tier if tier != first.tier]  # every step a change
    name = _edit_tier(sample_db_path, "Elena Vidal", *others, first.tier)
    store = open_store(sample_db_path)
    with store.transaction() as session:  # the three changes were made long ago
        for operation in session.scalars(select(Operation)):
            operation.at = operation.at.replace(year=2020)
    store.close()
    assert main(["compact-history", "--before", "2021-01-01", "--db", str(sample_db_path)]) == 0
    assert capsys.readouterr().out.startswith("removed 2 changes and 2 operations")
    assert main(["history", name, "--db", str(sample_db_path), "--json"]) == 0
    kept = json.loads(capsys.readouterr().out)
    assert [(e["old"], e["new"]) for e in kept] == [(others[-1].value, first.tier.value)]


def test_history_prints_the_conflicts_a_team_sync_listed_among_the_changes(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.services.conflict_history import log_conflicts

    name = _edit_tier(sample_db_path, "Elena Vidal", Tier.KEY, Tier.STRATEGIC)
    store = open_store(sample_db_path)
    try:
        with store.transaction() as session:
            uid = str(session.scalars(select(Account.uid).where(Account.name == name)).one())
            conflict = {
                "id": 3, "table": "accounts", "record": uid, "account": uid, "label": name,
                "field": "tier", "base": "standard", "theirs": "strategic",
                "theirs_by": "Jorge Ruiz", "theirs_at": "2026-11-26T06:00:00+00:00",
                "yours": "key", "yours_by": "Elena Vidal",
                "yours_at": "2026-11-26T07:00:00+00:00",
                "resolved_at": "2999-01-01T09:30:00+00:00", "resolved_by": "Jorge Ruiz",
                "resolution": {"take": "mine", "value": "key"},
            }  # fmt: skip
            log_conflicts(session, [conflict])
    finally:
        store.close()
    assert main(["history", name, "--db", str(sample_db_path), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # Settled "in 2999": the newest line; the edit made today; then the conflict arising.
    assert lines[0].endswith(
        " · Jorge Ruiz · Conflict settled · Tier: settled for Elena Vidal's Key"
    )
    assert lines[1].endswith(" · Elena Vidal · Tier: Key → Strategic")
    assert lines[-1].endswith(
        " · Elena Vidal · Conflict · Tier: Key clashed with Jorge Ruiz's Strategic, "
        "which the team kept"
    )
    assert main(["history", name, "--db", str(sample_db_path), "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in entries] == ["conflict_settled", "update", "conflict"]
    assert entries[-1] | {"record_uid": None} == {
        "at": "2026-11-26T07:00:00+00:00", "author": "Elena Vidal", "kind": "conflict",
        "record": "Account", "record_uid": None, "record_name": name, "field": "tier",
        "yours": "key", "yours_by": "Elena Vidal", "theirs": "strategic",
        "theirs_by": "Jorge Ruiz", "take": None, "value": None,
    }  # fmt: skip
    assert main(["history", name, "--db", str(sample_db_path), "--since", "2999-01-01"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # the settling alone
