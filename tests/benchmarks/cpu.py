"""CPU seconds used by a process, a PostgreSQL cluster, the whole machine (Linux /proc):
what the sync benchmarks print beside their latencies, to say where the time went."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from tests.server.cluster import PostgresCluster

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int | str) -> list[str]:
    """The fields of /proc/PID/stat after the command's name (the state is the first)."""
    return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()


def cpu_of(pid: int) -> float:
    """CPU seconds *pid* has used (user and system), with its reaped children's."""
    return sum(int(value) for value in _stat(pid)[11:15]) / _TICK


def cpu_of_cluster(cluster: PostgresCluster) -> float:
    """CPU seconds the cluster's postmaster and its live processes have used."""
    postmaster = int((cluster.folder / "data" / "postmaster.pid").read_text().split()[0])
    total = cpu_of(postmaster)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if int(_stat(entry.name)[1]) == postmaster:
                    total += cpu_of(int(entry.name))
    return total


def cpu_of_machine() -> float:
    """CPU seconds every core of the machine has been busy (not idle, not waiting)."""
    ticks = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / _TICK
