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
import sys

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
    """
    gc.freeze()
