"""Peak memory of the window on a database, every tab visited. Prints figures, asserts nothing.

``python -m tests.benchmarks.memory DB [--trace N]``: starts the main window on DB in a
child process (offscreen, 1366×768, the real thread pool, settings of its own), visits
every tab in turn waiting for its data, then selects an account in the Portfolio, and
prints the peak resident memory (``ru_maxrss``) and the current one after each step. The
first line is the baseline: Qt and the application imported, a QApplication, no window.

``--trace N`` follows Python's own allocations instead (tracemalloc; slower, and blind
to what Qt and SQLite allocate in C), with the tasks run one at a time on the UI thread so
that each one's peak is its own: for each task, its peak of Python allocations and the N
lines holding the most at that peak; at the end, the N lines holding the most.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

LIMIT_S = 600.0


def _mb_peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _mb_now() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024**2


def _report(step: str, started: float) -> None:
    print(
        f"{step:<34} peak {_mb_peak():6.0f} MB  now {_mb_now():6.0f} MB  "
        f"({time.perf_counter() - started:5.1f} s)",
        flush=True,
    )


def _trace_tasks(lines: int) -> None:
    """Wrap every task so that its peak of Python allocations, and where it was, is printed."""
    import threading
    import tracemalloc

    from workbench.ui.tasks import TaskRunner

    run = TaskRunner.run

    def traced(self: TaskRunner, function: Callable[..., object], **kwargs: object) -> object:
        name = getattr(function, "__qualname__", None) or getattr(
            getattr(function, "func", None), "__qualname__", repr(function)
        )
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        best: list[object] = [before + 16 * 1024**2, None]
        stop = threading.Event()

        def watch() -> None:  # a snapshot each time the task holds 16 MB more than before
            while not stop.wait(0.02):
                current = tracemalloc.get_traced_memory()[0]
                if current > int(best[0]):  # type: ignore[call-overload]
                    best[0], best[1] = current + 16 * 1024**2, tracemalloc.take_snapshot()

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            return run(self, function, **kwargs)  # type: ignore[arg-type]
        finally:
            stop.set()
            watcher.join()
            peak = tracemalloc.get_traced_memory()[1]
            print(f"  task {name}: Python peak +{(peak - before) / 1024**2:.0f} MB", flush=True)
            if isinstance(best[1], tracemalloc.Snapshot):
                for stat in best[1].statistics("lineno")[:lines]:
                    frame = stat.traceback[0]
                    print(
                        f"    {stat.size / 1024**2:7.1f} MB {stat.count:9,} blocks  "
                        f"{frame.filename}:{frame.lineno}"
                    )

    TaskRunner.run = traced  # type: ignore[assignment, method-assign]


def _child(db: Path, trace: int) -> None:
    if trace:
        import tracemalloc

        tracemalloc.start(1)
        _trace_tasks(trace)
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.ui.page_data import shows_its_data as tab_shows_its_data
    from workbench.app import build_main_window
    from workbench.heap import freeze_start_up_objects

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    _report("baseline (Qt, no window)", started)

    def wait(done: Callable[[], bool]) -> None:
        deadline = time.perf_counter() + LIMIT_S
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the benchmark waited too long")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)

    def shows_its_data(page: QWidget) -> bool:
        try:
            return tab_shows_its_data(page)
        except KeyError:  # a tab the check does not know: nothing to wait for
            return True

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db, settings=settings, synchronous_tasks=bool(trace))
        window.resize(1366, 768)
        window.show()
        freeze_start_up_objects()  # as the application does once shown
        tasks = window.context.tasks
        for page in window.pages:
            window.tabs.setCurrentWidget(page)
            wait(lambda page=page: shows_its_data(page) and not tasks.busy)  # type: ignore[misc]
            page.repaint()
            _report(f"{window.tabs.tabText(window.tabs.indexOf(page))} tab loaded", started)
        portfolio = window.pages[0]
        window.tabs.setCurrentWidget(portfolio)
        view = portfolio.view  # type: ignore[attr-defined]
        for row in (100, 5000):
            view.table.selectRow(row)
            wait(lambda: not tasks.busy)
            view.detail.repaint()
            _report(f"account selected (row {row})", started)
        if trace:
            import tracemalloc

            snapshot = tracemalloc.take_snapshot()
            print(f"\nPython allocations held now, top {trace} lines:")
            for stat in snapshot.statistics("lineno")[:trace]:
                frame = stat.traceback[0]
                print(
                    f"  {stat.size / 1024**2:7.1f} MB {stat.count:9,} blocks  "
                    f"{frame.filename}:{frame.lineno}"
                )
        tasks.cancel_all(30_000)
        tasks.wait_for_all(30_000)
        window.close()
        window.context.workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--trace", type=int, default=0, metavar="N")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.db, args.trace)
        return
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "tests.benchmarks.memory", str(args.db), "--child"]
    if args.trace:
        command += ["--trace", str(args.trace)]
    subprocess.run(command, env=environment, check=True)


if __name__ == "__main__":
    main()
