"""The window's threads share two C heaps (glibc arenas), not one each: what pool threads
free is then reused rather than kept per thread (see workbench.heap for the figures).
Checked in a child process, since the setting is for a process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import ctypes, sys, threading
build = sys.argv[1] == "window"
if build:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from workbench.app import build_main_window
    app = QApplication([])
    settings = QSettings(sys.argv[2] + ".ini", QSettings.Format.IniFormat)
    window = build_main_window(sys.argv[2], settings=settings, synchronous_tasks=True)
start = threading.Barrier(8)
def work():
    start.wait()  # all at once, as the pool's tasks
    blocks = [bytearray(4096) for _ in range(2000)]
    del blocks
threads = [threading.Thread(target=work) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]
out = libc.fopen(sys.argv[3].encode(), b"w")
libc.malloc_info(0, out)
libc.fclose(out)
"""


def _heaps(tmp_path: Path, mode: str) -> int:
    info = tmp_path / f"{mode}.xml"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("MALLOC_ARENA_MAX", None)
    subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(tmp_path / "w.sqlite"), str(info)],
        env=environment,
        check=True,
        timeout=120,
    )
    return info.read_text().count("<heap nr=")


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.confstr("CS_GNU_LIBC_VERSION") is None,
    reason="glibc's malloc only",
)
def test_the_window_threads_share_two_heaps(tmp_path: Path) -> None:
    assert _heaps(tmp_path, "bare") > 2  # without it, a heap per thread
    assert _heaps(tmp_path, "window") <= 2


SOURCES_CHILD = """
import linecache, sys
from pathlib import Path
import PySide6.QtWidgets  # its import hook reads every later module's source
from workbench.heap import stop_keeping_module_sources
folder = Path(sys.argv[1])
(folder / "kept_before.py").write_text("VALUE = 1\\n" * 2000)
(folder / "dropped_after.py").write_text("VALUE = 2\\n" * 2000)
sys.path.insert(0, str(folder))
import kept_before
assert stop_keeping_module_sources() and stop_keeping_module_sources()  # idempotent
import dropped_after
print(kept_before.__file__ in linecache.cache, dropped_after.__file__ in linecache.cache)
"""


def test_module_sources_read_by_pysides_import_hook_are_not_kept(tmp_path: Path) -> None:
    """The hook kept every module's text in linecache: 40 MB at start-up at the stress size."""
    done = subprocess.run(
        [sys.executable, "-c", SOURCES_CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]  # kept without the wrapper, not with it
