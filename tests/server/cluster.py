"""A throwaway PostgreSQL cluster for the team server's tests and benchmarks: ``initdb``
in a temporary folder, ``pg_ctl`` on 127.0.0.1 at a free port, ``fsync=off`` (a test's
data need not survive a power cut), removed at the end.

``initdb`` refuses to run as root, so when the tests run as root the cluster belongs to
the ``postgres`` user and its commands run through ``runuser``. Local connections are
trusted (the cluster listens on the loopback only and lives as long as the tests), so no
password is written anywhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

#: Where Debian's ``postgresql`` package puts the server's programs, newest first.
_DEBIAN_BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


class ClusterUnavailable(RuntimeError):
    """PostgreSQL's programs are not installed (``apt-get install postgresql``)."""


def _binaries() -> Path:
    for folder in _DEBIAN_BINARIES:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    raise ClusterUnavailable("PostgreSQL is not installed: apt-get install postgresql")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


#: The role the server connects as: the owner of its database, and no superuser.
OWNER = "workbench"


def as_superuser(url: str) -> str:
    """*url* for the cluster's superuser, whom row-level security does not stop: a test
    reads the whole book with it."""
    return url.replace(f"://{OWNER}@", "://postgres@", 1)


@dataclass
class PostgresCluster:
    """One running cluster; :meth:`database` creates a database in it."""

    folder: Path
    port: int
    bin: Path
    _as_postgres: bool = field(default=False, repr=False)

    @classmethod
    def start(cls) -> PostgresCluster:
        binaries = _binaries()
        as_postgres = os.geteuid() == 0
        # The postgres user must reach the folder: a test worker's own temporary folder
        # (conftest.py) is its owner's alone, /tmp is everyone's.
        folder = Path(tempfile.mkdtemp(prefix="workbench-pg-", dir="/tmp" if as_postgres else None))
        if as_postgres:
            shutil.chown(folder, "postgres", "postgres")
        cluster = cls(folder, free_port(), binaries, as_postgres)
        cluster.run(
            "initdb",
            "-D",
            str(folder / "data"),
            "--auth=trust",
            "--username=postgres",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-p {cluster.port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off "
            f"-c unix_socket_directories={folder} -c max_connections=200"
        )
        cluster.run(
            "pg_ctl",
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        )
        cluster._as_superuser(f"CREATE ROLE {OWNER} LOGIN NOSUPERUSER NOBYPASSRLS")
        return cluster

    def _as_superuser(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def run(self, program: str, *arguments: str) -> None:
        command = [str(self.bin / program), *arguments]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder, timeout=120)
        if done.returncode != 0:
            raise ClusterUnavailable(f"{program} failed ({done.returncode}): {done.stderr.strip()}")

    def url(self, database: str = "postgres", user: str = OWNER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def copy_of(self, template: str, name: str) -> str:
        """A new database called *name* holding what the database *template* holds (which
        nobody may be connected to), owned as :meth:`database`'s are; its SQLAlchemy URL.
        PostgreSQL copies it file by file: a fraction of the time of making it again."""
        self._as_superuser(
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {OWNER}',
        )
        return self.url(name)

    def database(self, name: str) -> str:
        """A new, empty database called *name*, owned by the role the server connects as
        (not a superuser, so that row-level security holds for it); its SQLAlchemy URL."""
        self._as_superuser(
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            f'CREATE DATABASE "{name}" OWNER {OWNER}',
        )
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(ClusterUnavailable):
            self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        for _ in range(50):
            try:
                shutil.rmtree(self.folder)
                return
            except OSError:
                time.sleep(0.1)
