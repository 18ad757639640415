"""Generated hostile archives through the real restore: a real small archive with its
values, types, manifest, member names or bytes mutated, restored into a copy of a real
database. Each is restored or refused with an :class:`ArchiveError`, never a traceback;
a refusal leaves the database byte for byte as it was; a restore gives a sound database
whose every value the checks accept; each in bounded time."""

from __future__ import annotations

import io
import json
import os
import shutil
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.conftest import AS_OF
from workbench.services.archive import (
    MANIFEST,
    ArchiveError,
    archived_tables,
    restore_archive,
    write_archive,
)
from workbench.services.backup import verify_backup
from workbench.services.sample_portfolio import generate_sample_portfolio
from workbench.store.database import open_store
from workbench.store.integrity import check_database

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", "150"))
SECONDS = 10.0
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_TABLES = [t.name for t in archived_tables()]
_CONTROL = "".join(map(chr, [*range(0x20), 0x7F])) + "\u2028\ufeff"


class _Base:
    """The archive every example starts from, and the database it is restored over."""

    def __init__(self, folder: Path) -> None:
        self.db = folder / "small.sqlite"
        store = open_store(self.db)
        with store.engine.begin() as connection:
            generate_sample_portfolio(connection, accounts=2, seed=3, as_of=AS_OF)
        store.close()
        archive = write_archive(self.db, folder / "small.zip").path
        with zipfile.ZipFile(archive) as opened:
            self.members = {info.filename: opened.read(info) for info in opened.infolist()}
        self.manifest: dict[str, Any] = json.loads(self.members[MANIFEST])
        self.rows: dict[str, list[dict[str, Any]]] = {
            table: json.loads(self.members[f"tables/{table}.json"]) for table in _TABLES
        }


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> _Base:
    return _Base(tmp_path_factory.mktemp("archive-fuzz"))


def _values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from([2**63 - 1, -(2**63), 2**63, 2**64, 10**30, 0, 1, -1]),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        st.text(alphabet=_CONTROL + "aé/_-: 0123456789", max_size=30),
        st.sampled_from(
            [
                "Mars/Olympus",
                "Europe/Madrid",
                "2023-02-30",
                "0001-01-01",
                "9999-12-31",
                "2024-02-29",
                "2023-01-01 24:00:00.000000",
                "2023-13-01 10:00:00.000000",
                "2023-01-01T10:00:00+05:00",
                "2023-01-01 10:00:00",
                "9223372036854775808",
                "key",
                "active",
                "",
                " ",
            ]
        ),
        st.fixed_dictionaries({"$bytes": st.sampled_from(["AAEC", "@@", "", "AP8Q"])}),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    )


@st.composite
def hostile_archive(draw: st.DrawFn, base: _Base) -> tuple[bytes, str]:
    """A mutated copy of the base archive's bytes, and the kind of mutation (for statistics)."""
    rows = {table: [dict(row) for row in found] for table, found in base.rows.items()}
    manifest = json.loads(json.dumps(base.manifest))
    members = dict(base.members)
    kind = draw(st.sampled_from(["values", "types", "manifest", "members", "bytes", "cut"]))
    if kind in ("values", "types"):
        for _ in range(draw(st.integers(1, 4))):
            table = draw(st.sampled_from([t for t in _TABLES if rows[t]]))
            row = draw(st.sampled_from(rows[table]))
            column = draw(st.sampled_from(sorted(row)))
            if kind == "values":
                row[column] = draw(_values())
            else:  # a value of another column, or of another row's column
                other = draw(st.sampled_from(rows[table]))
                row[column] = other[draw(st.sampled_from(sorted(other)))]
        for table, found in rows.items():
            members[f"tables/{table}.json"] = json.dumps(found).encode()
    elif kind == "manifest":
        key = draw(st.sampled_from(["schema", "version", "tables", "format", "written_at"]))
        if key == "schema":
            manifest[key] = draw(st.sampled_from(["0000", "0001", "0003", "0004", "9999", "", 5]))
        elif key == "tables":
            table = draw(st.sampled_from(_TABLES))
            if draw(st.booleans()):
                manifest[key].pop(table)
            else:
                manifest[key][table] = draw(st.sampled_from([-1, 0, 10**9, "3", None]))
        else:
            manifest[key] = draw(_values())
        members[MANIFEST] = json.dumps(manifest).encode()
    elif kind == "members":
        name = draw(st.sampled_from(sorted(members)))
        operation = draw(st.sampled_from(["drop", "rename", "add", "empty"]))
        if operation == "drop":
            members.pop(name)
        elif operation == "rename":
            new = draw(
                st.sampled_from(["../x.json", "tables/planets.json", "/abs.json", name + "x"])
            )
            members[new] = members.pop(name)
        elif operation == "add":
            members[draw(st.sampled_from(["tables/planets.json", "x", name.upper()]))] = b"[]"
        else:
            members[name] = b""
    data = _zip(members)
    if kind == "bytes":
        changed = bytearray(data)
        for _ in range(draw(st.integers(1, 16))):
            changed[draw(st.integers(0, len(changed) - 1))] = draw(st.integers(0, 255))
        data = bytes(changed)
    elif kind == "cut":
        data = data[: draw(st.integers(0, len(data) - 1))]
    return data, kind


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@FUZZ
@given(st.data())
def test_a_hostile_archive_is_restored_whole_or_refused_leaving_the_database_as_it_was(
    base: _Base, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    content, kind = data.draw(hostile_archive(base))
    folder = tmp_path_factory.mktemp("hostile")
    archive = folder / "hostile.zip"
    archive.write_bytes(content)
    target = folder / "workbench.sqlite"
    shutil.copyfile(base.db, target)
    before = target.read_bytes()
    started = time.monotonic()
    try:
        restore_archive(archive, target)
    except ArchiveError as refused:
        event(f"{kind}: refused")
        assert str(refused)
        assert target.read_bytes() == before
        # No scratch file left beside it (a lock file and a kept copy may be).
        left = {p.name for p in folder.iterdir() if p.suffix != ".lock"} - {"backups"}
        assert left == {"hostile.zip", "workbench.sqlite"}
    else:
        event(f"{kind}: restored")
        verify_backup(target)
        store = open_store(target)
        try:
            assert check_database(store.engine).ok
        finally:
            store.close()
        # What was restored is itself an archive that restores: every value passed.
        again = write_archive(target, folder / "again.zip").path
        restore_archive(again, folder / "again.sqlite")
    assert time.monotonic() - started < SECONDS
