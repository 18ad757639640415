"""``workbench import`` from the command line: a summary, problems on stderr, exit codes,
and an import killed mid-way leaves the database as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.dumps import dump
from workbench.cli import main
from workbench.store.database import open_store
from workbench.store.models import Account, Opportunity

CSV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "csv"


def corpus(name: str) -> Path:
    path = CSV_CORPUS / name
    if not path.exists():
        pytest.skip(f"the CSV corpus is not at {CSV_CORPUS}")
    return path


def count(db: Path, model: type) -> int:
    store = open_store(db)
    try:
        with store.session() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        store.close()


def test_salesforce_pair_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    accounts = corpus("salesforce_account_export_dataloader_sample.csv")
    assert main(["import", str(accounts), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "accounts from salesforce_account_export_dataloader_sample.csv" in out
    assert "(Salesforce Account): 423 created" in out
    opportunities = corpus("salesforce_opportunity_export_dataloader_sample.csv")
    assert main(["import", str(opportunities), "--db", str(db)]) == 0
    assert count(db, Opportunity) == 38
    assert main(["import", str(accounts), "--db", str(db)]) == 0
    assert "0 created, 0 updated, 423 unchanged" in capsys.readouterr().out
    assert count(db, Account) == 423


def test_refused_rows_exit_1_with_reasons_and_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    source = tmp_path / "people.csv"
    source.write_text("Empresa;Nombre\nAcme;Ana\n;Luis\n", encoding="utf-8")
    report = tmp_path / "report.csv"
    code = main(
        [
            "import",
            str(source),
            "--kind",
            "contacts",
            "--mapping",
            '{"Empresa": "account", "Nombre": "first_name"}',
            "--create-accounts",
            "--report",
            str(report),
            "--db",
            str(db),
        ]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "row 2 refused: Empresa: empty, and every row needs one" in captured.err
    assert "1 created" in captured.out and "1 refused, 1 accounts created" in captured.out
    assert "empty, and every row needs one" in report.read_text(encoding="utf-8-sig")


def test_an_unknown_layout_without_a_mapping_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    code = main(
        ["import", str(corpus("fr_excel_semicolon_latin1_crlf_decimal_comma.csv")), "--db", str(db)]
    )
    assert code == 1
    assert "not a layout I know" in capsys.readouterr().err


def test_a_bad_mapping_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.sqlite"
    path = corpus("escaped_double_quotes.csv")
    assert (
        main(["import", str(path), "--kind", "accounts", "--mapping", "[1]", "--db", str(db)]) == 2
    )
    assert (
        main(
            [
                "import",
                str(path),
                "--kind",
                "accounts",
                "--mapping",
                '{"column1": "nope"}',
                "--db",
                str(db),
            ]
        )
        == 2
    )
    assert "--mapping" in capsys.readouterr().err


def test_an_archive_is_restored_by_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    assert (
        main(
            [
                "import",
                str(corpus("salesforce_account_export_dataloader_sample.csv")),
                "--db",
                str(db),
            ]
        )
        == 0
    )
    archive = tmp_path / "all.zip"
    assert main(["export", "--format", "archive", "-o", str(archive), "--db", str(db)]) == 0
    other = tmp_path / "other.sqlite"
    assert main(["import", str(archive), "--db", str(other)]) == 0
    assert "restored all.zip" in capsys.readouterr().out
    assert dump(other) == dump(db)


def test_an_import_killed_mid_way_leaves_the_database_as_before(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    assert main(["import", str(corpus("hubspot_company_fivetran_seed.csv")), "--db", str(db)]) == 0
    before = dump(db)
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as stream:
        stream.write("Name,Website,Description\n")
        for n in range(150_000):
            stream.write(f"Killed Co {n},https://k{n}.example.com,{'x' * 200}\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench",
            "import",
            str(big),
            "--kind",
            "accounts",
            "--mapping",
            '{"Name": "name", "Website": "website", "Description": "description"}',
            "--db",
            str(db),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = db.with_name(db.name + "-wal")
    journal = db.with_name(db.name + "-journal")
    deadline = time.monotonic() + 120
    start_size = wal.stat().st_size if wal.exists() else 0
    # Kill it once it is writing: the write-ahead log (or rollback journal) grows.
    while time.monotonic() < deadline and process.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size > start_size + 4_000_000 or (journal.exists() and journal.stat().st_size > 0):
            break
        time.sleep(0.02)
    assert process.poll() is None, "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert dump(db) == before
    assert count(db, Account) == 24


def test_an_unknown_account_for_every_row_is_a_usage_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.sqlite"
    source = tmp_path / "people.csv"
    source.write_text("Nombre\nAna\n", encoding="utf-8")
    code = main(
        [
            "import",
            str(source),
            "--kind",
            "contacts",
            "--mapping",
            '{"Nombre": "first_name"}',
            "--account",
            "Globex",
            "--db",
            str(db),
        ]
    )
    assert code == 2
    assert capsys.readouterr().err == "workbench import: no account is called 'Globex'\n"
