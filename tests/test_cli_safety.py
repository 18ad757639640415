"""Commands against absent, empty, damaged, busy, read-only and open databases: one line
saying why, a distinct exit code, and nothing created or changed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from contextlib import closing
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.store.database import open_store
from workbench.store.failures import FailureKind, describe_failure

READ_ONLY_COMMANDS = [
    ["check"],
    ["kpi"],
    ["export", "--kind", "contacts", "-o", "{tmp}/c.csv"],
    ["report", "Acme", "-o", "{tmp}/r.xlsx"],
    ["proposal", "list"],
    ["calendar", "export", "-o", "{tmp}/m.ics"],
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def workbench(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS, ids=lambda c: c[0])
def test_read_only_commands_never_create_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    argv = [part.format(tmp=tmp_path) for part in command]
    typo = tmp_path / "typo" / "dir" / "x.sqlite"
    code, _, err = run(capsys, *argv, "--db", str(typo))
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "typo").exists()

    empty = tmp_path / "empty.sqlite"
    empty.touch()
    code, _, err = run(capsys, *argv, "--db", str(empty))
    assert code == 2 and "empty" in err
    assert empty.stat().st_size == 0 and not Path(f"{empty}-wal").exists()

    code, _, err = run(capsys, *argv, "--db", str(tmp_path))
    assert code == 2 and "folder" in err


def _damage(path: Path, seed: int) -> None:
    """Flip 64 bytes in the data pages (never the schema's), as a failing disk would."""
    with closing(sqlite3.connect(path)) as db:
        page = db.execute("PRAGMA page_size").fetchone()[0]
        schema = {
            number - 1
            for (number,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")
        }
    size = path.stat().st_size
    chosen = random.Random(seed)
    with open(path, "r+b") as stream:
        for _ in range(64):
            offset = chosen.randrange(size // 2, size)
            while offset // page in schema:
                offset = chosen.randrange(size // 2, size)
            stream.seek(offset)
            byte = stream.read(1)
            stream.seek(-1, os.SEEK_CUR)
            stream.write(bytes([byte[0] ^ 0xFF]))


def test_a_damaged_database_is_reported_not_read(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path
) -> None:
    _damage(sample_db_path, seed=14)
    code, out, err = run(capsys, "check", "--db", str(sample_db_path))
    assert code == 1 and "Traceback" not in out + err
    assert out.startswith("integrity: ") and "integrity: ok" not in out
    code, out, err = run(capsys, "kpi", "--db", str(sample_db_path))
    assert code == FailureKind.DAMAGED and "damaged" in err and out == ""
    code, _, err = run(
        capsys, "export", "--kind", "accounts", "-o", "x.csv", "--db", str(sample_db_path)
    )
    assert code == FailureKind.DAMAGED and "workbench check" in err


def test_a_busy_database_is_waited_for_with_a_message_then_used(
    sample_db_path: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "accounts.csv"
    csv.write_text("Name,Country\nEsperas Ibéricas SL,ES\n", encoding="utf-8")
    writer = sqlite3.connect(sample_db_path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    release = threading.Timer(2.0, writer.execute, ("COMMIT",))
    release.start()
    try:
        done = workbench("import", str(csv), "--kind", "accounts", "--db", str(sample_db_path))
    finally:
        release.join()
        writer.close()
    assert done.returncode == 0, done.stderr
    assert "waiting for" in done.stderr and "1 created" in done.stdout


def test_a_database_kept_busy_is_refused_in_one_line(sample_db_path: Path, tmp_path: Path) -> None:
    csv = tmp_path / "accounts.csv"
    csv.write_text("Name,Country\nEsperas Ibéricas SL,ES\n", encoding="utf-8")
    writer = sqlite3.connect(sample_db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        done = workbench(
            "import",
            str(csv),
            "--kind",
            "accounts",
            "--db",
            str(sample_db_path),
            env={"WORKBENCH_BUSY_WAIT": "1"},
        )
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert done.returncode == FailureKind.BUSY
    assert "busy" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 2  # "waiting for …" then the refusal


def test_restore_is_refused_while_another_process_has_the_database_open(
    sample_db_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.sqlite"
    assert workbench("backup", "--db", str(sample_db_path), "-o", str(backup)).returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from workbench.store.database import open_store; "
            "s = open_store(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)",
            str(sample_db_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = sample_db_path.read_bytes()
        done = workbench("restore", str(backup), "--db", str(sample_db_path))
        assert done.returncode == FailureKind.BUSY
        assert f"process {holder.pid}" in done.stderr and "Nothing was changed" in done.stderr
        assert sample_db_path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert workbench("restore", str(backup), "--db", str(sample_db_path)).returncode == 0


def test_a_read_only_database_is_not_replaced_by_a_restore(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.sqlite"
    run(capsys, "backup", "--db", str(sample_db_path), "-o", str(backup))
    sample_db_path.chmod(0o400)
    before = sample_db_path.read_bytes()
    code, _, err = run(capsys, "restore", str(backup), "--db", str(sample_db_path))
    assert code == FailureKind.READ_ONLY and "read-only" in err
    assert sample_db_path.read_bytes() == before


def test_everything_the_program_creates_is_owner_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "new" / "book.sqlite"
    assert run(capsys, "demo", "--accounts", "3", "--db", str(db))[0] == 0
    backup = tmp_path / "new" / "backups" / "copy.sqlite"
    run(capsys, "backup", "--db", str(db), "-o", str(backup))
    export = tmp_path / "contacts.xlsx"
    run(capsys, "export", "--kind", "contacts", "-o", str(export), "--db", str(db))
    for path in (db, backup, export):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (db.parent, backup.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    store = open_store(db)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE accounts SET description = 'x'")
        assert stat.S_IMODE(Path(f"{db}-wal").stat().st_mode) == 0o600
    store.close()


def test_restore_keeps_the_permissions_of_the_file_it_replaces(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.sqlite"
    run(capsys, "backup", "--db", str(sample_db_path), "-o", str(backup))
    sample_db_path.chmod(0o640)
    assert run(capsys, "restore", str(backup), "--db", str(sample_db_path))[0] == 0
    assert stat.S_IMODE(sample_db_path.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database is locked"), FailureKind.BUSY),
        (sqlite3.OperationalError("database or disk is full"), FailureKind.DISK_FULL),
        (OSError(28, "No space left on device"), FailureKind.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), FailureKind.READ_ONLY),
        (PermissionError(13, "Permission denied"), FailureKind.READ_ONLY),
        (sqlite3.DatabaseError("database disk image is malformed"), FailureKind.DAMAGED),
    ],
)
def test_failures_are_recognised_through_wrappers(error: Exception, kind: FailureKind) -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT …", {}, error)
    for candidate in (error, wrapped):
        failure = describe_failure(candidate)
        assert failure is not None and failure.kind is kind
    assert describe_failure(ValueError("not a database failure at all")) is None


def test_a_passphrase_is_never_an_argument() -> None:
    done = workbench("encrypt", "--passphrase", "x", "--db", "nowhere.sqlite")
    assert done.returncode == 2 and "unrecognized arguments" in done.stderr


def test_a_damaged_database_can_be_restored_and_its_bytes_are_kept(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.sqlite"
    run(capsys, "backup", "--db", str(sample_db_path), "-o", str(backup))
    _damage(sample_db_path, seed=14)
    damaged = sample_db_path.read_bytes()
    code, out, err = run(capsys, "restore", str(backup), "--db", str(sample_db_path))
    assert code == 0, err
    kept = Path(out.split("kept in ")[-1].strip())
    assert "damaged" in kept.name and kept.read_bytes() == damaged
    assert run(capsys, "check", "--db", str(sample_db_path))[0] == 0


def test_a_read_only_command_reads_an_older_database_without_upgrading_it(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path
) -> None:
    from alembic import command

    from workbench.store.engine import create_database_engine
    from workbench.store.migrate import alembic_config, current_revision

    engine = create_database_engine(sample_db_path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    assert current_revision(engine) == "0004"
    engine.dispose()
    before = sample_db_path.read_bytes()
    scratch_before = set(Path(tempfile.gettempdir()).glob("workbench-read-*"))
    code, out, err = run(capsys, "kpi", "--db", str(sample_db_path))
    assert code == 0, err
    assert '"period"' in out
    assert sample_db_path.read_bytes() == before
    assert not (sample_db_path.parent / "backups").exists()
    assert set(Path(tempfile.gettempdir()).glob("workbench-read-*")) == scratch_before
    csv = sample_db_path.with_name("one.csv")
    csv.write_text("Name,Country\nAntigua Versión SL,ES\n", encoding="utf-8")
    assert (
        run(capsys, "import", str(csv), "--kind", "accounts", "--db", str(sample_db_path))[0] == 0
    )
    engine = create_database_engine(sample_db_path)
    assert current_revision(engine) != "0004"  # a writing command upgrades it, as before
    engine.dispose()


def _answer_prompts(argv: list[str], answers: list[bytes]) -> tuple[int, str]:
    """Run ``workbench ARGV`` on a real pseudo-terminal, answering each prompt in turn."""
    import pty

    pid, terminal = pty.fork()
    if pid == 0:  # the child: the pseudo-terminal is its controlling terminal
        # A job started in the background (`make test &`) ignores SIGINT, and execv keeps
        # that: Ctrl-C on the terminal would then never reach the prompt.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execv(sys.executable, [sys.executable, "-m", "workbench", *argv])
    seen = b""
    for answer in answers:
        while not seen.rstrip().endswith(b":"):
            seen += os.read(terminal, 1024)
        os.write(terminal, answer)
        seen = b""
    output = b""
    while True:
        try:
            chunk = os.read(terminal, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


@pytest.mark.parametrize("stop", [b"\x03", b"\x04"], ids=["ctrl-c", "ctrl-d"])
def test_stopping_at_the_confirmation_prompt_encrypts_nothing(
    sample_db_path: Path, stop: bytes
) -> None:
    before = sample_db_path.read_bytes()
    env_had = os.environ.pop("WORKBENCH_PASSPHRASE", None)
    try:
        code, output = _answer_prompts(
            ["encrypt", "--db", str(sample_db_path)], [b"long enough phrase\n", stop]
        )
    finally:
        if env_had is not None:
            os.environ["WORKBENCH_PASSPHRASE"] = env_had
    assert code == FailureKind.PASSPHRASE, output
    assert "nothing was changed" in output and "Traceback" not in output
    assert sample_db_path.read_bytes() == before


def test_a_mistyped_confirmation_encrypts_nothing(sample_db_path: Path) -> None:
    before = sample_db_path.read_bytes()
    code, output = _answer_prompts(
        ["encrypt", "--db", str(sample_db_path)],
        [b"long enough phrase\n", b"long enough phrasE\n"],
    )
    assert code == FailureKind.PASSPHRASE and "not the same" in output
    assert sample_db_path.read_bytes() == before


def test_restore_is_refused_when_the_lock_file_cannot_be_used(
    sample_db_path: Path, tmp_path: Path
) -> None:
    """Something in the lock file's place: nobody can tell who has the database open."""
    backup = tmp_path / "b.sqlite"
    assert workbench("backup", "--db", str(sample_db_path), "-o", str(backup)).returncode == 0
    lock = sample_db_path.with_name(sample_db_path.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.mkdir()
    before = sample_db_path.read_bytes()
    done = workbench("restore", str(backup), "--db", str(sample_db_path))
    assert done.returncode == FailureKind.READ_ONLY, done.stderr
    assert "lock file" in done.stderr and sample_db_path.read_bytes() == before


def test_a_full_disk_while_writing_an_export_is_not_called_a_database_failure() -> None:
    full = OSError(28, "No space left on device", "/media/usb/.contacts.xlsx.x1y2.partial")
    failure = describe_failure(full)
    assert failure is not None and failure.kind is FailureKind.DISK_FULL
    assert "/media/usb" in str(failure) and "database" not in str(failure)
    database = OSError(28, "No space left on device", "/home/ana/workbench.sqlite-wal")
    assert "database" in str(describe_failure(database))
    assert describe_failure(ValueError("malformed CSV line")) is None


def test_a_schema_page_with_garbled_text_is_reported_as_damaged(
    capsys: pytest.CaptureFixture[str], sample_db_path: Path
) -> None:
    """A failing disk may garble the schema itself: a table's name no longer UTF-8."""
    data = bytearray(sample_db_path.read_bytes())
    at = data.index(b"tablealembic_versionalembic_version") + len(b"table")
    data[at] = 0xDF  # the name starts a two-byte sequence the next byte does not continue
    sample_db_path.write_bytes(bytes(data))
    code, out, err = run(capsys, "kpi", "--db", str(sample_db_path))
    assert code == FailureKind.DAMAGED and "damaged" in err and out == ""
    assert "Traceback" not in err
