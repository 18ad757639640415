"""The command line, headless: version, help, demo, check and screenshot."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import __version__
from workbench.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_is_printed_by_the_installed_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"Account Workbench {__version__}"


@pytest.mark.parametrize("command", [[], ["demo"], ["check"], ["screenshot"]])
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
    code, _, err = run(capsys, "check", "--db", str(junk))
    assert code == 2 and "not a database" in err


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
