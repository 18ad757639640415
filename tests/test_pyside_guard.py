"""Guard against PySide6 6.12.0 on Python 3.11, which leaks references to True and None
on every signal emit until the interpreter aborts ("Fatal Python error: bool_dealloc")."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_flag = Signal(bool)
    sig_value = Signal(object)


def test_installed_pyside_respects_the_pin() -> None:
    version = tuple(int(part) for part in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert version < (6, 12), (
            f"PySide6 {PySide6.__version__} crashes Python 3.11; see pyproject.toml"
        )
    assert version >= (6, 11)


def test_signal_emits_do_not_leak_references_to_true_or_none(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.sig_flag.connect(received.append)
    emitter.sig_value.connect(received.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(3000):
        emitter.sig_flag.emit(True)
        emitter.sig_value.emit(None)
    received.clear()
    # Immortal objects (3.12+) report a huge constant count; a leak shows as a steady fall.
    assert sys.getrefcount(True) >= true_before - 100
    assert sys.getrefcount(None) >= none_before - 100
