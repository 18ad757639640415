"""How the process's C heap is shared between threads.

glibc's ``malloc`` gives each thread that allocates while another does its own arena (up
to eight per core) and keeps what a thread freed in that thread's arena. The window's
background tasks run on a thread pool, each reading thousands of rows: what the pool's
threads freed but kept adds to the window's peak memory. At the stress size, first start
(health history filled), every tab visited: 505 MB with an arena per thread, 481 MB with
two (medians of 3, ``python -m tests.benchmarks.memory DB``). Two arenas are enough for
threads that mostly wait for the GIL or for SQLite.
"""

from __future__ import annotations

import ctypes
import gc
import linecache
import sys
from typing import Any

#: ``M_ARENA_MAX`` in glibc's ``<malloc.h>``.
_M_ARENA_MAX = -8
ARENAS = 2


def share_heap_between_threads(arenas: int = ARENAS) -> bool:
    """Limit glibc's malloc to *arenas* arenas for the whole process; call it before
    starting threads. Returns whether it applied (not on other systems or C libraries)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, arenas))


def freeze_start_up_objects() -> None:
    """Move every object alive now (modules, classes, functions, the window's widgets) out
    of the garbage collector's sight, for the rest of the process.

    A full collection walks every tracked object while holding the GIL: with the ~330,000
    objects a started window holds, each took 380-800 ms at the stress size, and the window
    stood still for that long, every few loads. Frozen objects are still freed by their
    reference counts; only cycles among them would stay. Call it once, when the window has
    started, not per window (tests build hundreds of windows in one process).

    PySide6's import hook reads the source of every module imported after it into
    :mod:`linecache` (40 MB at start-up, kept for the life of the process); only tracebacks
    read that cache, and they fill it again as they need it, so it is emptied first.
    """
    linecache.clearcache()
    gc.freeze()


def stop_keeping_module_sources() -> bool:
    """PySide6's import hook reads the whole source of every module imported after it (to
    see whether it uses PySide6), and :mod:`linecache` keeps each file's text for the life
    of the process: 40 MB at start-up, more as Matplotlib and the rest load later. Wrap the
    hook so each module's text is dropped once read. Idempotent; returns whether the hook
    was found (it is internal to PySide6: without it nothing changes)."""
    feature = sys.modules.get("shibokensupport.feature")
    uses_pyside = getattr(feature, "_mod_uses_pyside", None)
    if uses_pyside is None or getattr(uses_pyside, "_drops_source", False):
        return uses_pyside is not None

    def _uses_pyside(module: Any) -> Any:
        try:
            return uses_pyside(module)
        finally:
            linecache.cache.pop(getattr(module, "__file__", None) or "", None)

    _uses_pyside._drops_source = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[union-attr]
    return True
