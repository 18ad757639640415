"""The team server as a process forked from one that has imported it already.

``python -m workbench server`` spends 0.6 s of CPU importing before it answers, once for
each of the sixty servers a test run starts. A fork server (one per test worker) imports
the server once; each server is then a fork of it, a process of its own running the same
``workbench server`` command. Only this module and what it preloads are imported there:
not pytest, not Qt.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys

_FORKS = multiprocessing.get_context("forkserver")
_FORKS.set_forkserver_preload(["tests.server.served", "workbench.cli", "workbench.server.app"])


def _serve(arguments: list[str], log: str, environment: dict[str, str]) -> None:
    """In the forked process: the starting test's *environment* (the fork server's is
    that of the first test that started one), the command's output to *log*, then the
    command."""
    os.environ.clear()
    os.environ.update(environment)
    written = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(written, 1)
    os.dup2(written, 2)
    os.close(written)
    from workbench.cli import main

    sys.exit(main(arguments))


class ForkedServer:
    """A forked server, answering to what tests ask of a :class:`subprocess.Popen`."""

    def __init__(self, arguments: list[str], log: str) -> None:
        self._process = _FORKS.Process(
            target=_serve, args=(arguments, log, dict(os.environ)), daemon=True
        )
        self._process.start()

    @property
    def pid(self) -> int:
        assert self._process.pid is not None
        return self._process.pid

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        if self._process.exitcode is None:
            raise subprocess.TimeoutExpired("workbench server", timeout or 0)
        return self._process.exitcode

    # A process that has ended is not signalled: the fork server reaps its children at
    # once, so its number may be another process's by then (Popen keeps it until waited).
    def terminate(self) -> None:
        if self.poll() is None:
            self._process.terminate()

    def kill(self) -> None:
        if self.poll() is None:
            self._process.kill()
