"""Archives edited the way a hostile or damaged file would be, and how a restore is judged."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from workbench.store.database import open_store
from workbench.store.integrity import check_database

Rows = list[dict[str, Any]]


def rows_of(archive: Path, table: str) -> Rows:
    with zipfile.ZipFile(archive) as opened:
        rows: Rows = json.loads(opened.read(f"tables/{table}.json"))
    return rows


def rebuild(
    source: Path,
    target: Path,
    *,
    tables: dict[str, Rows | None] | None = None,
    manifest: dict[str, Any] | None = None,
    extra: dict[str, bytes] | None = None,
    indent: int | None = None,
) -> Path:
    """A copy of the archive *source* with tables replaced (or left out, ``None``), manifest
    entries changed and members added; counts in the manifest follow the tables given."""
    with zipfile.ZipFile(source) as old:
        found = json.loads(old.read("manifest.json"))
        members = {name: old.read(name) for name in old.namelist()}
    if indent is not None:
        for name in list(members):
            if name.startswith("tables/"):
                members[name] = json.dumps(json.loads(members[name]), indent=indent).encode()
    for table, rows in (tables or {}).items():
        member = f"tables/{table}.json"
        if rows is None:
            members.pop(member)
            found["tables"].pop(table)
        else:
            members[member] = json.dumps(rows, ensure_ascii=False).encode()  # as written
            found["tables"][table] = len(rows)
    found.update(manifest or {})
    members["manifest.json"] = json.dumps(found).encode()
    members.update(extra or {})
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, content in members.items():
            new.writestr(name, content)
    return target


def checked(db_path: Path) -> bool:
    """Whether the database opens and passes the integrity and foreign-key checks."""
    store = open_store(db_path)
    try:
        return check_database(store.engine).ok
    finally:
        store.close()


def snapshot(db_path: Path) -> tuple[bytes, list[str]]:
    """The database's bytes and every other file in its folder."""
    siblings = sorted(p.name for p in db_path.parent.iterdir() if p != db_path)
    return db_path.read_bytes(), siblings
