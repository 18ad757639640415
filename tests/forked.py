"""The program's commands as processes forked from one that has imported it already.

``python -m workbench …`` spends about half a second importing before it does anything:
once for each of the sixty team servers a test run starts, and for each of the forty
commands the kill tests start to kill. A fork server (one per test worker) imports the
program once; each command is then a fork of it, a process of its own running the same
``workbench`` command from :func:`workbench.cli.main`, with the starting test's
environment, folder and output files. Only this module and what it preloads are imported
there: not pytest, not Qt.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

_FORKS = multiprocessing.get_context("forkserver")
_FORKS.set_forkserver_preload(
    [
        "tests.forked",
        "workbench.cli",
        "workbench.server.app",
        "workbench.services.archive",
        "workbench.services.data_import",
        "workbench.services.sample_portfolio",
    ]
)


def _run(
    arguments: list[str], folder: str, environment: dict[str, str], out: str, err: str
) -> None:
    """In the forked process: the starting test's *environment* (the fork server's is that
    of the first test that started one) and *folder*, the command's output to the files
    *out* and *err* (one file for both when they are the same), no input, then the
    command."""
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(folder)
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)
    os.close(nothing)
    for number, path in ((1, out), (2, err)):
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if out == err else os.O_TRUNC)
        written = os.open(path, flags, 0o600)
        os.dup2(written, number)
        os.close(written)
    from workbench.cli import main

    sys.exit(main(arguments))


class ForkedCommand:
    """``workbench ARGUMENTS`` forked, answering to what tests ask of a
    :class:`subprocess.Popen` (its output is read from files: :meth:`communicate`)."""

    def __init__(
        self,
        arguments: list[str],
        *,
        folder: Path | None = None,
        environment: dict[str, str] | None = None,
        out: Path,
        err: Path | None = None,
        starts_processes: bool = False,
    ) -> None:
        """*starts_processes*: the command may start processes of its own (an archive
        restore does), which a daemon may not; the test then waits for it, or kills it,
        since the worker waits for such a process as it exits. A server is a daemon."""
        self.args = ["workbench", *arguments]
        self._out, self._err = out, err or out
        if self._out == self._err:
            self._out.write_bytes(b"")  # one file, appended to by both
        self._process = _FORKS.Process(
            target=_run,
            args=(
                arguments,
                str(folder or Path.cwd()),
                dict(environment if environment is not None else os.environ),
                str(self._out),
                str(self._err),
            ),
            daemon=not starts_processes,
        )
        self._process.start()

    @property
    def pid(self) -> int:
        assert self._process.pid is not None
        return self._process.pid

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        if self._process.exitcode is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return self._process.exitcode

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Wait for the command, then its output and its errors, as text."""
        self.wait(timeout)
        out = self._out.read_text(errors="replace")
        return out, ("" if self._err == self._out else self._err.read_text(errors="replace"))

    # A process that has ended is not signalled: the fork server reaps its children at
    # once, so its number may be another process's by then (Popen keeps it until waited).
    def terminate(self) -> None:
        if self.poll() is None:
            self._process.terminate()

    def kill(self) -> None:
        if self.poll() is None:
            self._process.kill()

    def send_signal(self, number: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, number)
