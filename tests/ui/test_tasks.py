"""Background tasks on a real thread pool: results, errors and cancel come back on the UI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from workbench.services.progress import Progress
from workbench.ui.tasks import TaskHandle, TaskRunner


def test_task_runs_off_the_ui_thread_and_reports_back_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    worker_threads: list[threading.Thread] = []
    results: list[tuple[int, bool]] = []
    progress_seen: list[int] = []

    def work(progress: Progress) -> int:
        worker_threads.append(threading.current_thread())
        for step in range(3):
            progress.advance(step + 1, 3)
        return 42

    def finished(result: int) -> None:
        results.append((result, QThread.currentThread() is runner.thread()))

    def failed(error: Exception) -> None:
        raise AssertionError(error)

    runner.run(
        work,
        on_finished=finished,
        on_failed=failed,
        on_progress=lambda d, t, m: progress_seen.append(d),
    )
    # Callbacks are connected before the task starts; waiting on a signal here could miss it.
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: progress_seen == [1, 2, 3])
    assert not runner.busy


def test_cancel_stops_the_task_and_failures_are_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    outcomes: list[str] = []

    def endless(progress: Progress) -> None:
        while True:
            progress.advance(0, 1)
            time.sleep(0.005)

    handle = runner.run(
        endless,
        on_finished=lambda r: outcomes.append("done"),
        on_failed=lambda e: outcomes.append("failed"),
        on_cancelled=lambda: outcomes.append("cancelled"),
    )
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)

    def broken(progress: Progress) -> None:
        raise ValueError("disk full")

    errors: list[Exception] = []
    runner.run(broken, on_finished=lambda r: outcomes.append("done"), on_failed=errors.append)
    # Its callbacks are connected before it starts: waiting on the signal once it runs could
    # miss a failure already reported by a fast worker.
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert outcomes == ["cancelled"]
    assert [str(e) for e in errors] == ["disk full"]
    runner.wait_for_all()


def test_a_task_counts_as_a_write_unless_marked_a_read() -> None:
    runner = TaskRunner(synchronous=True)
    seen: dict[str, tuple[bool, bool]] = {}

    def unmarked(progress: Progress) -> None:
        seen["unmarked"] = (runner.busy, runner.writing)

    def read(progress: Progress) -> None:
        seen["read"] = (runner.busy, runner.writing)

    runner.run(unmarked, on_finished=lambda r: None, on_failed=lambda e: None)
    runner.run(read, on_finished=lambda r: None, on_failed=lambda e: None, writes=False)
    assert seen == {"unmarked": (True, True), "read": (True, False)}
    assert not runner.busy
    assert not runner.writing


def test_a_read_cancelled_after_its_last_check_reports_cancelled_not_its_result() -> None:
    outcomes: list[str] = []
    handles: list[TaskHandle] = []

    def read(progress: Progress) -> str:
        handles[0].cancel()  # the window closes while the read is between checks
        return "rows"

    def write(progress: Progress) -> str:
        handles[1].cancel()  # too late: the write is done and committed
        return "saved"

    handles.append(TaskHandle(writes=False))
    handles[0].sig_finished.connect(outcomes.append)
    handles[0].sig_cancelled.connect(lambda: outcomes.append("read cancelled"))
    handles[0].run(read)
    handles.append(TaskHandle())
    handles[1].sig_finished.connect(outcomes.append)
    handles[1].sig_cancelled.connect(lambda: outcomes.append("write cancelled"))
    handles[1].run(write)
    assert outcomes == ["read cancelled", "saved"]


def test_busy_lasts_until_the_callbacks_have_run_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A worker that has ended but whose answer still waits in the UI thread's queue
    counts as busy: "not busy" means every callback has run (a cancel's too)."""
    runner = TaskRunner()
    started = threading.Event()
    seen: dict[str, bool] = {}

    def finished(_result: object) -> None:
        seen["busy in its callback"] = runner.busy

    runner.run(lambda _p: 1, on_finished=finished, on_failed=print, writes=False)
    assert runner.wait_for_all(10_000)  # the worker ended; no event loop turned yet
    assert runner.busy and "busy in its callback" not in seen
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert seen == {"busy in its callback": True}

    def slow(progress: Progress) -> None:
        started.set()
        while True:
            progress.advance(0, 1)
            time.sleep(0.005)

    cancelled: list[bool] = []
    handle = runner.run(
        slow, on_finished=print, on_failed=print, on_cancelled=lambda: cancelled.append(True)
    )
    assert started.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert cancelled == [True]
