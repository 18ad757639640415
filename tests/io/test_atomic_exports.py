"""An export that fails leaves the previous file exactly as it was (issue 14, finding 7).

On a full disk a good ``c.csv`` used to become a truncated file and ``c.xlsx`` "not a
zip file". Each export entry point is run over a previous file: once failing half-way
through its content, and (as root) on a real full disk, a tiny tmpfs.
"""

from __future__ import annotations

import gc
import os
import subprocess
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from workbench.domain.period import Quarter
from workbench.io.table_export import Cell, write_csv, write_xlsx
from workbench.services.progress import Cancelled, Progress
from workbench.store.database import Store

PREVIOUS = b"the previous, good file\n"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


FILLER = ".filler"


def _only(folder: Path, name: str) -> None:
    """*name* holds the previous bytes and nothing else (no ``.partial``) is in *folder*."""
    assert (folder / name).read_bytes() == PREVIOUS
    assert sorted(p.name for p in folder.iterdir() if p.name != FILLER) == [name]


def _failing_rows() -> Iterator[Sequence[Cell]]:
    for number in range(5_000):
        yield number, f"row {number}", "x" * 200
    raise RuntimeError("the database went away half-way")


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_a_table_export_failing_half_way_keeps_the_previous_file(
    tmp_path: Path, writer: object
) -> None:
    name = f"c.{'csv' if writer is write_csv else 'xlsx'}"
    (tmp_path / name).write_bytes(PREVIOUS)
    with pytest.raises(RuntimeError, match="half-way"):
        writer(tmp_path / name, ["id", "name", "note"], _failing_rows())  # type: ignore[operator]
    _only(tmp_path, name)


def test_a_new_export_is_private_to_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "c.csv"
    write_csv(target, ["id"], [(1,)])
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_cancelled_entity_export_keeps_the_previous_file(
    sample_store: Store, tmp_path: Path, fmt: str
) -> None:
    from workbench.services.entity_export import BATCH, export_entity

    with sample_store.engine.begin() as connection:
        columns = [
            row[1]
            for row in connection.execute(text("PRAGMA table_info(contacts)"))
            if row[1] not in ("id", "email", "external_id")
        ]
        listed = ", ".join(columns)
        copies = {"is_primary": "0", "uid": "lower(hex(randomblob(16)))"}  # one primary each
        copied = ", ".join(copies.get(column, column) for column in columns)
        while connection.execute(text("SELECT count(*) FROM contacts")).scalar_one() <= 2 * BATCH:
            connection.execute(
                text(f"INSERT INTO contacts ({listed}) SELECT {copied} FROM contacts")
            )
    (tmp_path / "out").mkdir()
    folder = tmp_path / "out"
    name = f"contacts.{fmt}"
    (folder / name).write_bytes(PREVIOUS)

    def cancel_after_the_first_rows(_done: int, _total: int, _message: str) -> None:
        progress.cancel()

    progress = Progress(cancel_after_the_first_rows)
    with sample_store.session() as session, pytest.raises(Cancelled):
        export_entity(session, "contacts", folder / name, fmt, progress)
    _only(folder, name)


# --- a real full disk -------------------------------------------------------------------


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs all but full: room for the previous file and 4 KiB more."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs to fill needs root")
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        space = os.statvfs(folder)
        # Two pages left: one for the previous file, one for the start of the new one.
        (folder / FILLER).write_bytes(b"\0" * (space.f_bavail * space.f_frsize - 8192))
        yield folder
    finally:
        gc.collect()  # a writer that failed may still hold its (deleted) file open
        if subprocess.run(["umount", str(folder)], check=False).returncode:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)


@pytest.fixture
def account_with_everything(sample_store: Store) -> tuple[Store, int, int]:
    """The sample store, an account with a proposal, and that proposal."""
    with sample_store.session() as session:
        account_id, proposal_id = session.execute(
            text("SELECT account_id, id FROM proposals ORDER BY id LIMIT 1")
        ).one()
    return sample_store, account_id, proposal_id


@pytest.mark.faults
@pytest.mark.parametrize(
    ("kind", "fmt"), [("contacts", "csv"), ("contacts", "xlsx"), ("accounts", "xlsx")]
)
def test_an_entity_export_on_a_full_disk_keeps_the_previous_file(
    sample_store: Store, full_disk: Path, kind: str, fmt: str
) -> None:
    from workbench.services.entity_export import export_entity

    name = f"c.{fmt}"
    (full_disk / name).write_bytes(PREVIOUS)
    with sample_store.session() as session, pytest.raises(OSError) as raised:
        export_entity(session, kind, full_disk / name, fmt)
    assert raised.value.errno == 28  # ENOSPC: the disk really was full
    _only(full_disk, name)


@pytest.mark.faults
@pytest.mark.parametrize("fmt", ["pptx", "xlsx"])
def test_a_client_report_on_a_full_disk_keeps_the_previous_file(
    account_with_everything: tuple[Store, int, int], full_disk: Path, fmt: str
) -> None:
    from workbench.charts.report_images import render_charts
    from workbench.services.report_files import write_client_report

    store, account_id, _ = account_with_everything
    name = f"report.{fmt}"
    (full_disk / name).write_bytes(PREVIOUS)
    with store.session() as session, pytest.raises(OSError):
        write_client_report(
            session,
            account_id,
            Quarter(2026, 4),
            full_disk / name,
            fmt,  # type: ignore[arg-type]
            now=NOW,
            render_charts=render_charts,
        )
    _only(full_disk, name)


@pytest.mark.faults
def test_a_proposal_docx_on_a_full_disk_keeps_the_previous_file(
    account_with_everything: tuple[Store, int, int], full_disk: Path
) -> None:
    from workbench.charts.proposal_images import render_charts
    from workbench.io.proposal_docx import export_docx
    from workbench.services.proposal_document import load_document

    store, _, proposal_id = account_with_everything
    document = load_document(store, proposal_id)
    (full_disk / "p.docx").write_bytes(PREVIOUS)
    with pytest.raises(OSError):
        export_docx(document, full_disk / "p.docx", render_charts(document))
    _only(full_disk, "p.docx")


@pytest.mark.faults
@pytest.mark.usefixtures("qapp")
def test_a_pdf_on_a_full_disk_keeps_the_previous_file(
    account_with_everything: tuple[Store, int, int], full_disk: Path
) -> None:
    from workbench.services.incident_report import load_incident_report
    from workbench.services.proposal_document import load_document
    from workbench.ui.reports.incident_html import export_incident_report
    from workbench.ui.reports.proposal_html import export_pdf

    store, _, proposal_id = account_with_everything
    (full_disk / "p.pdf").write_bytes(PREVIOUS)
    with pytest.raises(OSError):
        export_pdf(load_document(store, proposal_id), full_disk / "p.pdf")
    _only(full_disk, "p.pdf")
    report = load_incident_report(store, period=(datetime(2000, 1, 1).date(), NOW.date()))
    with pytest.raises(OSError):
        export_incident_report(report, full_disk / "p.pdf")
    _only(full_disk, "p.pdf")


@pytest.mark.faults
def test_a_problem_report_on_a_full_disk_keeps_the_previous_file(full_disk: Path) -> None:
    (full_disk / "problems.csv").write_bytes(PREVIOUS)
    rows = ((number, "refused", "email", "not an e-mail " * 20, 1) for number in range(2_000))
    with pytest.raises(OSError):
        write_csv(
            full_disk / "problems.csv", ["row", "action", "column", "problem", "refused"], rows
        )
    _only(full_disk, "problems.csv")


@pytest.mark.faults
@pytest.mark.usefixtures("qapp")
def test_a_screenshot_on_a_full_disk_keeps_the_previous_file(
    sample_db_path: Path, full_disk: Path
) -> None:
    from workbench.app import save_screenshot

    (full_disk / "shot.png").write_bytes(PREVIOUS)
    with pytest.raises(OSError):
        save_screenshot(sample_db_path, "portfolio", (1366, 768), full_disk / "shot.png")
    _only(full_disk, "shot.png")
