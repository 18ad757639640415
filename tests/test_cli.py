"""The command line, headless: version, help, demo, check, calendar, proposal and screenshot."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.io.ics_helpers import add_account, row_counts
from workbench import __version__
from workbench.cli import main
from workbench.cli.calendar import local_time_zone
from workbench.domain.validation import is_time_zone
from workbench.store.database import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_is_printed_by_the_installed_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"Account Workbench {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["demo"],
        ["check"],
        ["screenshot"],
        ["calendar", "import"],
        ["calendar", "export"],
        ["proposal", "list"],
        ["proposal", "export"],
        ["kpi"],
        ["report"],
        ["backup"],
        ["export"],
        ["restore"],
    ],
)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert "--db" in capsys.readouterr().out


def test_demo_then_check_on_a_new_database(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "demo",
        "--db",
        str(db_path),
        "--accounts",
        "12",
        "--seed",
        "4",
        "--as-of",
        "2026-11-26",
    )
    assert code == 0
    assert "accounts" in out and "12" in out
    code, out, _ = run(capsys, "check", "--db", str(db_path))
    assert (code, out) == (0, "integrity: ok\nforeign keys: ok\n")


def test_db_can_come_from_the_environment(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_DB", str(db_path))
    code, _, _ = run(capsys, "demo", "--accounts", "3")
    assert code == 0 and db_path.exists()


def test_demo_refuses_a_database_with_accounts(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path
) -> None:
    code, _, err = run(capsys, "demo", "--db", str(sample_db_path))
    assert code == 1
    assert "already holds 40 accounts" in err


def test_bad_arguments_are_refused_with_a_message(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    for argv, message in (
        (["demo", "--accounts", "0"], "must be at least 1"),
        (["demo", "--as-of", "26/11/2026"], "not a date in YYYY-MM-DD form"),
    ):
        with pytest.raises(SystemExit) as exited:
            main([*argv, "--db", str(db_path)])
        assert exited.value.code == 2
        assert message in capsys.readouterr().err
    assert not db_path.exists()


def test_check_fails_on_a_broken_reference(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path
) -> None:
    with sqlite3.connect(sample_db_path) as db:  # foreign keys are off in a plain connection
        db.execute("UPDATE contacts SET account_id = 99999 WHERE id = 1")
    code, out, _ = run(capsys, "check", "--db", str(sample_db_path))
    assert code == 1
    assert "foreign key: contacts row 1 refers to a missing accounts row" in out


def test_check_of_a_missing_file_does_not_create_it(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2 and "does not exist" in err
    assert not db_path.exists()


def test_commands_refuse_a_file_that_is_not_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00garbage" * 50)
    before = junk.read_bytes()
    code, out, _ = run(capsys, "check", "--db", str(junk))
    assert code == 1 and "integrity: " in out and "not a database" in out
    code, _, err = run(capsys, "kpi", "--db", str(junk))
    assert code == 6 and "not a database" in err and "Traceback" not in err
    assert junk.read_bytes() == before


def test_screenshot_renders_a_tab_to_png(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "shots" / "dashboard.png"
    code, _, _ = run(
        capsys,
        "screenshot",
        "--db",
        str(sample_db_path),
        "--tab",
        "dashboard",
        "--size",
        "1024x700",
        "-o",
        str(target),
    )
    assert code == 0
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 700)


ONE_MEETING = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
    b"UID:cli-1\r\nSUMMARY:Quarterly business review\r\n"
    b"DTSTART;TZID=W. Europe Standard Time:20261203T100000\r\n"
    b"DTEND;TZID=W. Europe Standard Time:20261203T110000\r\n"
    b"RRULE:FREQ=WEEKLY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _accounts(db_path: Path, *names: str) -> None:
    store = open_store(db_path)
    for name in names:
        add_account(store, name)
    store.close()


def test_calendar_import_reports_what_it_did(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    _accounts(db_path, "Acme Logistics", "Ebro Foods")
    ics = tmp_path / "invite.ics"
    ics.write_bytes(ONE_MEETING)
    argv = ("calendar", "import", str(ics), "--account", "acme", "--db", str(db_path))
    code, out, _ = run(capsys, *argv, "--zone", "Europe/Madrid")
    assert code == 0
    assert "created 1, updated 0, skipped 0" in out
    assert "“W. Europe Standard Time” read as Europe/Berlin" in out
    code, out, _ = run(capsys, *argv)
    assert code == 0 and "created 0, updated 1" in out


def test_calendar_import_of_a_broken_file_is_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    _accounts(db_path, "Acme")
    ics = tmp_path / "cut.ics"
    ics.write_bytes(ONE_MEETING[:-15])
    code, out, err = run(
        capsys, "calendar", "import", str(ics), "--account", "Acme", "--db", str(db_path)
    )
    assert code == 1 and out == ""
    assert "cut.ics refused: The file is cut short: END:VCALENDAR is missing" in err
    store = open_store(db_path)
    assert row_counts(store)["meetings"] == 0
    store.close()


def test_calendar_import_without_a_matching_account_asks_for_one(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    _accounts(db_path, "Acme")
    ics = tmp_path / "invite.ics"
    ics.write_bytes(ONE_MEETING)
    code, _, err = run(capsys, "calendar", "import", str(ics), "--db", str(db_path))
    assert code == 1 and "--account" in err


@pytest.mark.parametrize(
    ("name", "message"),
    [("Nobody", "no account is called 'Nobody'"), ("o", "'o' matches 2 accounts")],
)
def test_calendar_account_names_must_be_clear(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, name: str, message: str
) -> None:
    _accounts(db_path, "Acme Logistics", "Ebro Foods")
    ics = tmp_path / "invite.ics"
    ics.write_bytes(ONE_MEETING)
    code, _, err = run(
        capsys, "calendar", "import", str(ics), "--account", name, "--db", str(db_path)
    )
    assert code == 2 and message in err


def test_calendar_export_writes_a_file(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "december.ics"
    code, out, _ = run(
        capsys,
        "calendar",
        "export",
        "--db",
        str(sample_db_path),
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "-o",
        str(target),
    )
    assert code == 0
    assert out.startswith("wrote ") and f"to {target}" in out
    written = int(out.split()[1])
    assert written > 0
    assert target.read_bytes().count(b"BEGIN:VEVENT") >= written


def test_calendar_export_of_a_missing_database_does_not_create_it(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "calendar", "export", "--db", str(db_path), "-o", str(tmp_path / "x.ics")
    )
    assert code == 2 and "does not exist" in err
    assert not db_path.exists()


def test_calendar_refuses_an_unknown_zone(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["calendar", "import", "x.ics", "--zone", "Mars/Olympus", "--db", str(db_path)])
    assert exited.value.code == 2
    assert "not an IANA time zone" in capsys.readouterr().err


def test_the_local_zone_comes_from_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", ":America/Bogota")
    assert local_time_zone() == "America/Bogota"
    monkeypatch.setenv("TZ", "nonsense")
    assert is_time_zone(local_time_zone())


def _proposals(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "proposal", "list", "--db", str(db), "--json", *argv)
    assert code == 0, err
    found = json.loads(out)
    assert isinstance(found, list)
    return found


def test_proposal_list_as_json(capsys: pytest.CaptureFixture[str], sample_db_path: Path) -> None:
    found = _proposals(capsys, sample_db_path)
    assert found
    first = found[0]
    assert set(first) == {
        "id",
        "version",
        "title",
        "account",
        "status",
        "currency",
        "total",
        "valid_until",
        "last_edited",
    }
    assert Decimal(first["total"]) > 0 and isinstance(first["total"], str)
    assert datetime.fromisoformat(first["last_edited"]).tzinfo is not None
    edits = [row["last_edited"] for row in found]
    assert edits == sorted(edits, reverse=True)


def test_proposal_list_filters_by_status_and_account(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path
) -> None:
    everything = _proposals(capsys, sample_db_path)
    sent = _proposals(capsys, sample_db_path, "--status", "sent")
    assert sent and {row["status"] for row in sent} == {"sent"}
    drafts_or_sent = _proposals(capsys, sample_db_path, "--status", "sent", "--status", "draft")
    assert len(drafts_or_sent) == sum(row["status"] in ("sent", "draft") for row in everything)
    account = everything[0]["account"]
    mine = _proposals(capsys, sample_db_path, "--account", account)
    assert mine and {row["account"] for row in mine} == {account}
    code, _, err = run(
        capsys, "proposal", "list", "--db", str(sample_db_path), "--account", "No such client"
    )
    assert code == 2 and "no account is called" in err


def test_proposal_list_as_a_table(capsys: pytest.CaptureFixture[str], sample_db_path: Path) -> None:
    found = _proposals(capsys, sample_db_path)
    code, out, _ = run(capsys, "proposal", "list", "--db", str(sample_db_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "VER", "STATUS"]
    assert lines[-1] == f"{len(found)} proposals"
    first = found[0]
    assert f"{Decimal(first['total']):,} {first['currency']}" in lines[1]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_proposal_export_writes_the_file(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path, kind: str
) -> None:
    proposal = _proposals(capsys, sample_db_path)[0]
    target = tmp_path / f"proposal.{kind}"
    code, out, err = run(
        capsys,
        "proposal",
        "export",
        str(proposal["id"]),
        "--version",
        "1",
        "--db",
        str(sample_db_path),
        "-o",
        str(target),
    )
    assert code == 0, err
    assert f"wrote {target}" in out and "v1" in out
    magic = b"%PDF" if kind == "pdf" else b"PK"
    assert target.read_bytes().startswith(magic)


def test_proposal_export_format_can_be_said_whatever_the_name(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path
) -> None:
    proposal = _proposals(capsys, sample_db_path)[0]
    target = tmp_path / "proposal.out"
    argv = ["proposal", "export", str(proposal["id"]), "--db", str(sample_db_path), "-o"]
    code, _, err = run(capsys, *argv, str(target))
    assert code == 2 and "--format" in err and not target.exists()
    code, _, _ = run(capsys, *argv, str(target), "--format", "docx")
    assert code == 0 and target.read_bytes().startswith(b"PK")
    with pytest.raises(SystemExit) as exited:
        main([*argv, str(target), "--format", "odt"])
    assert exited.value.code == 2


def test_proposal_export_refuses_unknown_proposals_and_versions(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path
) -> None:
    proposal = _proposals(capsys, sample_db_path)[0]
    target = tmp_path / "x.pdf"
    base = ["--db", str(sample_db_path), "-o", str(target)]
    code, _, err = run(capsys, "proposal", "export", "99999", *base)
    assert code == 2 and "no proposal has the id 99999" in err
    code, _, err = run(capsys, "proposal", "export", str(proposal["id"]), "--version", "9", *base)
    assert code == 2 and "has no version 9" in err
    assert not target.exists()


def test_proposal_commands_do_not_create_a_missing_database(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "proposal", "list", "--db", str(db_path))
    assert code == 2 and "does not exist" in err
    code, _, err = run(
        capsys, "proposal", "export", "1", "--db", str(db_path), "-o", str(tmp_path / "x.pdf")
    )
    assert code == 2 and "does not exist" in err
    assert not db_path.exists()
